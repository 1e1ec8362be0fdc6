import * as z from "zod";
import { CalendarDateSchema } from "./calendar-date.js";
import { DocumentReferenceSchema } from "./document-ref.js";
import { AssessedUnitIdSchema, PersonIdSchema, RecordIdSchema } from "./ids.js";
import { text } from "./internal/id.js";
import { parser } from "./parse.js";
import { PersonRoleSchema } from "./person-role.js";

/**
 * Forms of commendation (Luật Thi đua, khen thưởng 06/2022/QH15 Điều 9) and emulation awards used in the
 * movement: huân chương, huy chương, danh hiệu vinh dự nhà nước, kỷ niệm chương, bằng khen, giấy khen, cờ thi
 * đua, danh hiệu thi đua.
 *
 * @example
 * ```ts
 * AwardFormSchema.parse("certificate-of-merit"); // Bằng khen
 * ```
 */
export const AwardFormSchema = z
  .enum([
    "order",
    "medal",
    "state-honorary-title",
    "commemorative-medal",
    "certificate-of-merit",
    "certificate-of-commendation",
    "emulation-flag",
    "emulation-title",
    "other",
  ])
  .meta({ title: "Hình thức khen thưởng" });

/**
 * An award form (see {@link AwardFormSchema}).
 *
 * @example
 * ```ts
 * const f: AwardForm = "certificate-of-commendation";
 * ```
 */
export type AwardForm = z.infer<typeof AwardFormSchema>;

/**
 * Vietnamese labels of {@link AwardForm}.
 *
 * @example
 * ```ts
 * AWARD_FORM_LABELS_VI["certificate-of-merit"]; // "Bằng khen"
 * ```
 */
export const AWARD_FORM_LABELS_VI: Readonly<Record<AwardForm, string>> = {
  order: "Huân chương",
  medal: "Huy chương",
  "state-honorary-title": "Danh hiệu vinh dự nhà nước",
  "commemorative-medal": "Kỷ niệm chương",
  "certificate-of-merit": "Bằng khen",
  "certificate-of-commendation": "Giấy khen",
  "emulation-flag": "Cờ thi đua",
  "emulation-title": "Danh hiệu thi đua",
  other: "Hình thức khác",
};

/**
 * Who issued an award (regulations.md §5.2 observed practice): the Prime Minister, the Minister of Public
 * Security, the provincial People's Committee or its chair, the district (until 30/6/2025) or commune chair,
 * the director of the provincial police, a steering committee, a head of an enterprise or agency, or other.
 *
 * @example
 * ```ts
 * AwardIssuerKindSchema.parse("provincial-police-director"); // Giám đốc Công an tỉnh
 * ```
 */
export const AwardIssuerKindSchema = z
  .enum([
    "president",
    "prime-minister",
    "minister-of-public-security",
    "provincial-people-committee",
    "provincial-people-committee-chair",
    "district-people-committee-chair",
    "commune-people-committee-chair",
    "provincial-police-director",
    "steering-committee",
    "head-of-organisation",
    "other",
  ])
  .meta({ title: "Cấp khen thưởng" });

/**
 * An issuer kind (see {@link AwardIssuerKindSchema}).
 *
 * @example
 * ```ts
 * const k: AwardIssuerKind = "prime-minister";
 * ```
 */
export type AwardIssuerKind = z.infer<typeof AwardIssuerKindSchema>;

/**
 * Vietnamese labels of {@link AwardIssuerKind}.
 *
 * @example
 * ```ts
 * AWARD_ISSUER_KIND_LABELS_VI["provincial-police-director"]; // "Giám đốc Công an tỉnh, thành phố"
 * ```
 */
export const AWARD_ISSUER_KIND_LABELS_VI: Readonly<Record<AwardIssuerKind, string>> = {
  president: "Chủ tịch nước",
  "prime-minister": "Thủ tướng Chính phủ",
  "minister-of-public-security": "Bộ trưởng Bộ Công an",
  "provincial-people-committee": "Ủy ban nhân dân tỉnh, thành phố",
  "provincial-people-committee-chair": "Chủ tịch Ủy ban nhân dân tỉnh, thành phố",
  "district-people-committee-chair": "Chủ tịch Ủy ban nhân dân cấp huyện (đến 30/6/2025)",
  "commune-people-committee-chair": "Chủ tịch Ủy ban nhân dân cấp xã",
  "provincial-police-director": "Giám đốc Công an tỉnh, thành phố",
  "steering-committee": "Ban Chỉ đạo",
  "head-of-organisation": "Người đứng đầu cơ quan, tổ chức, doanh nghiệp",
  other: "Cấp khác",
};

/**
 * The recipient: a collective (tập thể; an assessed unit or any named collective such as "Nhân dân và cán bộ
 * xã …") or an individual (cá nhân).
 *
 * @example
 * ```ts
 * AwardRecipientSchema.parse({ kind: "collective", name: "Công an xã Tân Tiến" });
 * AwardRecipientSchema.parse({ kind: "individual", name: "Nguyễn Văn An", role: "security-team-member" });
 * ```
 */
export const AwardRecipientSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("collective"),
      name: text("Tên tập thể", 300),
      unitId: AssessedUnitIdSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal("individual"),
      name: text("Họ tên", 200),
      personId: PersonIdSchema.optional(),
      role: PersonRoleSchema.optional(),
      position: text("Chức vụ, đơn vị công tác", 300).optional(),
    }),
  ])
  .meta({ title: "Đối tượng được khen thưởng" });

/**
 * Kind of award recipient: a collective (tập thể) or an individual (cá nhân).
 *
 * @example
 * ```ts
 * const k: AwardRecipientKind = "collective";
 * ```
 */
export type AwardRecipientKind = z.infer<typeof AwardRecipientSchema>["kind"];

/**
 * Vietnamese labels of {@link AwardRecipientKind}.
 *
 * @example
 * ```ts
 * AWARD_RECIPIENT_KIND_LABELS_VI.individual; // "Cá nhân"
 * ```
 */
export const AWARD_RECIPIENT_KIND_LABELS_VI: Readonly<Record<AwardRecipientKind, string>> = {
  collective: "Tập thể",
  individual: "Cá nhân",
};

/**
 * An award (khen thưởng): form, issuer, collective or individual recipient, decision (number checked by
 * `@antq/format-vi`), date, reason.
 *
 * @example
 * ```ts
 * AwardSchema.parse({
 *   id: "kt-2024-01", form: "certificate-of-merit", issuer: { kind: "provincial-people-committee", name: "UBND tỉnh Tiền Giang" },
 *   recipient: { kind: "collective", name: "Công an huyện Châu Thành" }, date: "2024-09-25",
 *   reason: "Có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị 07/CT-BCA-V28",
 * });
 * ```
 */
export const AwardSchema = z
  .strictObject({
    id: RecordIdSchema,
    form: AwardFormSchema,
    formName: text("Tên hình thức, danh hiệu", 300).optional(),
    issuer: z
      .strictObject({
        kind: AwardIssuerKindSchema,
        name: text("Tên cơ quan, người khen thưởng", 300).optional(),
      })
      .meta({ title: "Cấp khen thưởng" }),
    recipient: AwardRecipientSchema,
    decision: DocumentReferenceSchema.optional(),
    date: CalendarDateSchema,
    reason: text("Lý do khen thưởng", 2000),
    year: z.int().min(2000).max(2100).meta({ title: "Năm thành tích" }).optional(),
  })
  .meta({ id: "Award", title: "Khen thưởng" });

/**
 * An award (see {@link AwardSchema}).
 *
 * @example
 * ```ts
 * const collective = (a: Award) => a.recipient.kind === "collective";
 * ```
 */
export type Award = z.infer<typeof AwardSchema>;

/**
 * Parses an award.
 *
 * @example
 * ```ts
 * const award = parseAward({
 *   id: "kt-tg-2024-bk", form: "certificate-of-merit",
 *   issuer: { kind: "provincial-people-committee", name: "UBND tỉnh Tiền Giang" },
 *   recipient: { kind: "collective", name: "Công an huyện Châu Thành" },
 *   date: "2024-09-25", reason: "Có thành tích trong 10 năm thực hiện Chỉ thị số 07/CT-BCA-V28 của Bộ Công an",
 * });
 * award.ok && award.value.recipient.kind; //=> "collective"
 * parseAward({ id: "kt-1", form: "huân chương" }).ok; //=> false
 * ```
 */
export const parseAward = parser(AwardSchema);
