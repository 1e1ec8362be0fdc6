import * as z from "zod";

/**
 * The role of a person in a unit, used for perpetrators, disciplined or sanctioned persons and
 * persons newly involved in social evils (TT 124 Điều 4 khoản 4–5, Điều 5 khoản 3, Điều 6 khoản 3 điểm h,
 * Điều 7 khoản 4).
 *
 * @example
 * ```ts
 * PersonRoleSchema.parse("learner");
 * ```
 */
export const PersonRoleSchema = z
  .enum([
    "resident",
    "staff",
    "teacher",
    "learner",
    "security-force-member",
    "security-team-member",
    "commune-police-officer",
    "outsider",
    "unknown",
  ])
  .meta({ title: "Vai trò của người liên quan" });

/**
 * Role of a person in a unit (see {@link PersonRoleSchema}).
 *
 * @example
 * ```ts
 * const role: PersonRole = "staff";
 * ```
 */
export type PersonRole = z.infer<typeof PersonRoleSchema>;

/**
 * Vietnamese labels of {@link PersonRole}.
 *
 * @example
 * ```ts
 * PERSON_ROLE_LABELS_VI["security-team-member"]; // "Thành viên Tổ bảo vệ ANTT"
 * ```
 */
export const PERSON_ROLE_LABELS_VI: Readonly<Record<PersonRole, string>> = {
  resident: "Người dân cư trú tại địa bàn",
  staff: "Cán bộ, công chức, viên chức, người lao động",
  teacher: "Nhà giáo",
  learner: "Người học",
  "security-force-member": "Thành viên lực lượng bảo vệ cơ quan, doanh nghiệp, cơ sở giáo dục",
  "security-team-member": "Thành viên Tổ bảo vệ ANTT",
  "commune-police-officer": "Cán bộ, chiến sĩ Công an cấp xã",
  outsider: "Người ngoài địa bàn, đơn vị",
  unknown: "Chưa xác định",
};
