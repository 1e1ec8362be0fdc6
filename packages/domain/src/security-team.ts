import * as z from "zod";
import { CalendarDateSchema } from "./calendar-date.js";
import { DocumentReferenceSchema } from "./document-ref.js";
import { AdminUnitIdSchema, AssessedUnitIdSchema, PersonIdSchema, SecurityTeamIdSchema } from "./ids.js";
import { text } from "./internal/id.js";
import { checkRange } from "./internal/range.js";
import { parser } from "./parse.js";
import { TaskRatingSchema } from "./rating.js";

/**
 * A yearly rating of a team or member under HD 01/HD-BCA-V05 (window 15/11 → 14/11): the proposed level and
 * the level decided by the Chủ tịch UBND cấp xã.
 *
 * @example
 * ```ts
 * TeamRatingSchema.parse({ year: 2025, proposed: "excellent", rating: "good", ratedOn: "2025-11-25" });
 * ```
 */
export const TeamRatingSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100).meta({ title: "Năm đánh giá" }),
    proposed: TaskRatingSchema.meta({ title: "Mức đề nghị" }).optional(),
    rating: TaskRatingSchema.meta({ title: "Mức được xếp loại" }).optional(),
    ratedOn: CalendarDateSchema.optional(),
    decision: DocumentReferenceSchema.optional(),
  })
  .meta({ title: "Xếp loại hằng năm" });

/**
 * Positions in a Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15): Tổ trưởng, Tổ phó, Tổ viên.
 *
 * @example
 * ```ts
 * SecurityTeamRoleSchema.parse("deputy"); // Tổ phó
 * ```
 */
export const SecurityTeamRoleSchema = z
  .enum(["leader", "deputy", "member"])
  .meta({ title: "Chức danh trong Tổ" });

/**
 * A position in a team (see {@link SecurityTeamRoleSchema}).
 *
 * @example
 * ```ts
 * const r: SecurityTeamRole = "leader";
 * ```
 */
export type SecurityTeamRole = z.infer<typeof SecurityTeamRoleSchema>;

/**
 * Vietnamese labels of {@link SecurityTeamRole}.
 *
 * @example
 * ```ts
 * SECURITY_TEAM_ROLE_LABELS_VI.leader; // "Tổ trưởng"
 * ```
 */
export const SECURITY_TEAM_ROLE_LABELS_VI: Readonly<Record<SecurityTeamRole, string>> = {
  leader: "Tổ trưởng",
  deputy: "Tổ phó",
  member: "Tổ viên",
};

/**
 * Gender of a person, as recorded for Kỷ niệm chương service years (TT 20/2025/TT-BCA: 15 years for men, 10
 * for women).
 *
 * @example
 * ```ts
 * GenderSchema.parse("female");
 * ```
 */
export const GenderSchema = z.enum(["male", "female"]).meta({ title: "Giới tính" });

/**
 * A gender (see {@link GenderSchema}).
 *
 * @example
 * ```ts
 * const g: Gender = "male";
 * ```
 */
export type Gender = z.infer<typeof GenderSchema>;

/**
 * Vietnamese labels of {@link Gender}.
 *
 * @example
 * ```ts
 * GENDER_LABELS_VI.female; // "Nữ"
 * ```
 */
export const GENDER_LABELS_VI: Readonly<Record<Gender, string>> = {
  male: "Nam",
  female: "Nữ",
};

/**
 * A member of a Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15), with the dates needed for the 9-month rule
 * (HD 01: members with under 9 months' participation are not assessed) and for Kỷ niệm chương service years
 * (TT 20/2025/TT-BCA: 15 years for men, 10 for women; earlier service in Bảo vệ dân phố / Công an xã counts).
 *
 * @example
 * ```ts
 * SecurityTeamMemberSchema.parse({ id: "tv-01", name: "Nguyễn Văn An", role: "leader", joinedOn: "2024-07-01", gender: "male" });
 * ```
 */
export const SecurityTeamMemberSchema = z
  .strictObject({
    id: PersonIdSchema,
    name: text("Họ tên", 200).optional(),
    role: SecurityTeamRoleSchema,
    gender: GenderSchema.optional(),
    birthDate: CalendarDateSchema.optional(),
    joinedOn: CalendarDateSchema,
    leftOn: CalendarDateSchema.optional(),
    transferredOn: CalendarDateSchema.optional(),
    priorServiceStart: CalendarDateSchema.optional(),
    underComplaint: z
      .boolean()
      .meta({ title: "Đang trong thời gian giải quyết khiếu nại, tố cáo" })
      .optional(),
    ratings: z.array(TeamRatingSchema).meta({ title: "Xếp loại hằng năm" }).optional(),
  })
  .superRefine((m, ctx) => checkRange(ctx, m.joinedOn, m.leftOn, ["leftOn"]))
  .meta({ title: "Thành viên Tổ bảo vệ ANTT" });

/**
 * A team member (see {@link SecurityTeamMemberSchema}).
 *
 * @example
 * ```ts
 * const leader = (m: SecurityTeamMember) => m.role === "leader";
 * ```
 */
export type SecurityTeamMember = z.infer<typeof SecurityTeamMemberSchema>;

/**
 * A grassroots security team (Tổ bảo vệ an ninh, trật tự, Luật 30/2023/QH15, in force 01/07/2024): the commune,
 * the thôn/tổ dân phố it covers, establishment date (teams operating under 9 months are not assessed, HD 01),
 * members and yearly ratings.
 *
 * @example
 * ```ts
 * SecurityTeamSchema.parse({
 *   id: "to-bv-antt-long-hoa", name: "Tổ bảo vệ ANTT ấp Long Hòa", communeId: "C28261",
 *   coverage: ["kdc-ap-long-hoa-chau-thanh"], establishedOn: "2024-07-01",
 *   members: [{ id: "tv-01", role: "leader", joinedOn: "2024-07-01" }],
 * });
 * ```
 */
export const SecurityTeamSchema = z
  .strictObject({
    id: SecurityTeamIdSchema,
    name: text("Tên Tổ", 300),
    communeId: AdminUnitIdSchema,
    coverage: z.array(AssessedUnitIdSchema).meta({ title: "Các thôn, tổ dân phố phụ trách" }).optional(),
    establishedOn: CalendarDateSchema,
    dissolvedOn: CalendarDateSchema.optional(),
    establishment: DocumentReferenceSchema.optional(),
    underComplaint: z
      .boolean()
      .meta({ title: "Đang trong thời gian giải quyết khiếu nại, tố cáo" })
      .optional(),
    members: z.array(SecurityTeamMemberSchema).meta({ title: "Thành viên" }),
    ratings: z.array(TeamRatingSchema).meta({ title: "Xếp loại hằng năm" }).optional(),
  })
  .superRefine((t, ctx) => checkRange(ctx, t.establishedOn, t.dissolvedOn, ["dissolvedOn"]))
  .meta({ id: "SecurityTeam", title: "Tổ bảo vệ an ninh, trật tự" });

/**
 * A grassroots security team (see {@link SecurityTeamSchema}).
 *
 * @example
 * ```ts
 * const size = (t: SecurityTeam) => t.members.length;
 * ```
 */
export type SecurityTeam = z.infer<typeof SecurityTeamSchema>;

/**
 * Parses a grassroots security team.
 *
 * @example
 * ```ts
 * parseSecurityTeam({ id: "to-1", name: "Tổ 1", communeId: "C28261", establishedOn: "2024-07-01", members: [] }).ok; // true
 * ```
 */
export const parseSecurityTeam = parser(SecurityTeamSchema);
