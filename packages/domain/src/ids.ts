import type * as z from "zod";
import { idString } from "./internal/id.js";

/**
 * Id of an administrative unit (tỉnh, huyện, xã …), unique across time. Codes of the
 * statistics office are reused after 1 July 2025, so ids of units created by the reform
 * carry a suffix, e.g. `"P08"` (old Tuyên Quang) and `"P08-2025"` (new Tuyên Quang).
 *
 * @example
 * ```ts
 * AdminUnitIdSchema.parse("P82-2025");
 * ```
 */
export const AdminUnitIdSchema = idString("Mã định danh đơn vị hành chính").brand<"AdminUnitId">();
/**
 * Branded id of an administrative unit.
 *
 * @example
 * ```ts
 * const id: AdminUnitId = AdminUnitIdSchema.parse("P01");
 * ```
 */
export type AdminUnitId = z.infer<typeof AdminUnitIdSchema>;

/**
 * Id of an assessed unit (khu dân cư, xã/phường/đặc khu, cơ quan, doanh nghiệp, cơ sở giáo dục).
 *
 * @example
 * ```ts
 * AssessedUnitIdSchema.parse("kdc-ap-binh-hoa-2");
 * ```
 */
export const AssessedUnitIdSchema = idString("Mã đơn vị được đánh giá").brand<"AssessedUnitId">();
/**
 * Branded id of an assessed unit.
 *
 * @example
 * ```ts
 * const id: AssessedUnitId = AssessedUnitIdSchema.parse("dn-cap-nuoc-hg");
 * ```
 */
export type AssessedUnitId = z.infer<typeof AssessedUnitIdSchema>;

/**
 * Id of a movement model (mô hình phong trào toàn dân bảo vệ ANTQ).
 *
 * @example
 * ```ts
 * ModelIdSchema.parse("mh-camera-pctp");
 * ```
 */
export const ModelIdSchema = idString("Mã mô hình").brand<"ModelId">();
/**
 * Branded id of a movement model.
 *
 * @example
 * ```ts
 * const id: ModelId = ModelIdSchema.parse("mh-to-an-ninh-cong-nhan");
 * ```
 */
export type ModelId = z.infer<typeof ModelIdSchema>;

/**
 * Id of a grassroots security team (Tổ bảo vệ an ninh, trật tự).
 *
 * @example
 * ```ts
 * SecurityTeamIdSchema.parse("to-bv-antt-01");
 * ```
 */
export const SecurityTeamIdSchema = idString("Mã Tổ bảo vệ ANTT").brand<"SecurityTeamId">();
/**
 * Branded id of a grassroots security team.
 *
 * @example
 * ```ts
 * const id: SecurityTeamId = SecurityTeamIdSchema.parse("to-bv-antt-01");
 * ```
 */
export type SecurityTeamId = z.infer<typeof SecurityTeamIdSchema>;

/**
 * Id of a person (team member, award recipient, disciplined person …). Personal data should
 * stay with the data owner; the domain only needs a stable id and, optionally, a display name.
 *
 * @example
 * ```ts
 * PersonIdSchema.parse("nguoi-0001");
 * ```
 */
export const PersonIdSchema = idString("Mã cá nhân").brand<"PersonId">();
/**
 * Branded id of a person.
 *
 * @example
 * ```ts
 * const id: PersonId = PersonIdSchema.parse("nguoi-0001");
 * ```
 */
export type PersonId = z.infer<typeof PersonIdSchema>;

/**
 * Id of a record (incident, activity, award, plan, score sheet …) inside a data set.
 *
 * @example
 * ```ts
 * RecordIdSchema.parse("vu-2025-001");
 * ```
 */
export const RecordIdSchema = idString("Mã bản ghi").brand<"RecordId">();
/**
 * Branded id of a record.
 *
 * @example
 * ```ts
 * const id: RecordId = RecordIdSchema.parse("vu-2025-001");
 * ```
 */
export type RecordId = z.infer<typeof RecordIdSchema>;

/**
 * Id of a rubric (bảng chấm điểm), e.g. a provincial QĐ 510 implementation for one unit kind.
 *
 * @example
 * ```ts
 * RubricIdSchema.parse("qd510/co-quan-doanh-nghiep/2024");
 * ```
 */
export const RubricIdSchema = idString("Mã bảng chấm điểm").brand<"RubricId">();
/**
 * Branded id of a rubric.
 *
 * @example
 * ```ts
 * const id: RubricId = RubricIdSchema.parse("qd510/co-quan-doanh-nghiep/2024");
 * ```
 */
export type RubricId = z.infer<typeof RubricIdSchema>;
