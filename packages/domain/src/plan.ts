import * as z from "zod";
import { DocumentReferenceSchema } from "./document-ref.js";
import { AdminUnitIdSchema, RecordIdSchema } from "./ids.js";
import { count, text } from "./internal/id.js";
import { checkRange } from "./internal/range.js";
import { parser } from "./parse.js";

/**
 * Programmes that plans set targets for: điển hình units (QĐ 9745/QĐ-BCA-V05; KH 612/KH-BCA-V05), "Công an
 * phường điển hình, kiểu mẫu", movement models, An toàn về ANTT recognition, or other.
 *
 * @example
 * ```ts
 * TargetProgrammeSchema.parse("typical-unit");
 * ```
 */
export const TargetProgrammeSchema = z
  .enum(["typical-unit", "model-ward-police", "movement-model", "security-safe-unit", "other"])
  .meta({ title: "Chương trình, nội dung chỉ tiêu" });

/**
 * A target programme (see {@link TargetProgrammeSchema}).
 *
 * @example
 * ```ts
 * const p: TargetProgramme = "model-ward-police";
 * ```
 */
export type TargetProgramme = z.infer<typeof TargetProgrammeSchema>;

/**
 * Vietnamese labels of {@link TargetProgramme}.
 *
 * @example
 * ```ts
 * TARGET_PROGRAMME_LABELS_VI["model-ward-police"]; // "Công an phường điển hình, kiểu mẫu"
 * ```
 */
export const TARGET_PROGRAMME_LABELS_VI: Readonly<Record<TargetProgramme, string>> = {
  "typical-unit": "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ",
  "model-ward-police": "Công an phường điển hình, kiểu mẫu",
  "movement-model": "Mô hình phong trào toàn dân bảo vệ ANTQ",
  "security-safe-unit": "Công nhận đạt tiêu chuẩn An toàn về ANTT",
  other: "Chương trình, nội dung khác",
};

/**
 * Subjects counted by a target.
 *
 * @example
 * ```ts
 * TargetSubjectSchema.parse("township"); // thị trấn
 * ```
 */
export const TargetSubjectSchema = z
  .enum([
    "commune",
    "ward",
    "township",
    "special-zone",
    "agency",
    "enterprise",
    "education",
    "residential-area",
    "ward-police",
    "model",
    "any",
  ])
  .meta({ title: "Đối tượng của chỉ tiêu" });

/**
 * A target subject (see {@link TargetSubjectSchema}).
 *
 * @example
 * ```ts
 * const s: TargetSubject = "enterprise";
 * ```
 */
export type TargetSubject = z.infer<typeof TargetSubjectSchema>;

/**
 * Vietnamese labels of {@link TargetSubject}.
 *
 * @example
 * ```ts
 * TARGET_SUBJECT_LABELS_VI["ward-police"]; // "Công an phường"
 * ```
 */
export const TARGET_SUBJECT_LABELS_VI: Readonly<Record<TargetSubject, string>> = {
  commune: "Xã",
  ward: "Phường",
  township: "Thị trấn (đến 30/6/2025)",
  "special-zone": "Đặc khu",
  agency: "Cơ quan",
  enterprise: "Doanh nghiệp",
  education: "Cơ sở giáo dục",
  "residential-area": "Khu dân cư",
  "ward-police": "Công an phường",
  model: "Mô hình",
  any: "Mọi loại đơn vị",
};

/**
 * A count target for one year and one kind of unit, e.g. KH 10/KH-BCĐ-CAT (An Giang, 08/02/2023): 16 điển
 * hình units in 2023 = 6 xã, 2 phường, 2 thị trấn, 3 cơ quan, 1 doanh nghiệp, 2 cơ sở giáo dục.
 *
 * @example
 * ```ts
 * CountTargetSchema.parse({ year: 2023, programme: "typical-unit", subject: "commune", count: 6 });
 * ```
 */
export const CountTargetSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100).meta({ title: "Năm" }),
    programme: TargetProgrammeSchema,
    subject: TargetSubjectSchema,
    count: count("Số lượng"),
    scopeId: AdminUnitIdSchema.optional(),
  })
  .meta({ title: "Chỉ tiêu số lượng" });

/**
 * Where a percentage target is measured: across the province, or in each city and town of the district
 * level (An Giang's Đề án: "mỗi thành phố, thị xã có ít nhất 30% Công an phường" — seeds, KH 10/KH-BCĐ-CAT
 * conference of 30/8/2023).
 *
 * @example
 * ```ts
 * PercentageAreaScopeSchema.parse("each-district");
 * ```
 */
export const PercentageAreaScopeSchema = z
  .enum(["province", "each-district"])
  .meta({ title: "Phạm vi tính tỷ lệ" });

/**
 * Vietnamese labels of the percentage target scopes.
 *
 * @example
 * ```ts
 * PERCENTAGE_AREA_SCOPE_LABELS_VI["each-district"]; // "Từng thành phố, thị xã"
 * ```
 */
export const PERCENTAGE_AREA_SCOPE_LABELS_VI: Readonly<
  Record<z.infer<typeof PercentageAreaScopeSchema>, string>
> = {
  province: "Toàn tỉnh",
  "each-district": "Từng thành phố, thị xã",
};

/**
 * A percentage target reached by a year, e.g. "≥30% Công an phường điển hình, kiểu mẫu by 2025; 100% by 2030".
 * `minimumPercent` is a whole percentage (the rules compare `reached × 100 ≥ minimumPercent × total` exactly).
 * `areaScope` says where the share is measured; `fromYear` and `minimumNewPerYear` carry a pace such as An
 * Giang's "từ năm 2026 – 2030, mỗi năm xây dựng mới từ 01 Công an phường" (seeds).
 *
 * @example
 * ```ts
 * PercentageTargetSchema.parse({ byYear: 2025, programme: "model-ward-police", subject: "ward-police", minimumPercent: 30 });
 * ```
 */
export const PercentageTargetSchema = z
  .strictObject({
    byYear: z.int().min(2000).max(2100).meta({ title: "Đến năm" }),
    programme: TargetProgrammeSchema,
    subject: TargetSubjectSchema,
    minimumPercent: z.int().min(0).max(100).meta({ title: "Tỷ lệ tối thiểu (%)" }),
    scopeId: AdminUnitIdSchema.optional(),
    scopeNote: text("Phạm vi áp dụng", 300).optional(),
    areaScope: PercentageAreaScopeSchema.optional(),
    fromYear: z.int().min(2000).max(2100).meta({ title: "Từ năm" }).optional(),
    minimumNewPerYear: count("Số đơn vị mới tối thiểu mỗi năm").optional(),
  })
  .meta({ title: "Chỉ tiêu tỷ lệ" });

/**
 * A plan (kế hoạch, đề án) with its document and targets.
 *
 * @example
 * ```ts
 * PlanSchema.parse({
 *   id: "kh-10-2023-ag", document: { number: "10/KH-BCĐ-CAT", date: "2023-02-08", kind: "plan", issuer: "Ban Chỉ đạo 138 tỉnh An Giang" },
 *   title: "Xây dựng xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình về phong trào toàn dân bảo vệ ANTQ",
 *   scopeId: "P89", countTargets: [{ year: 2023, programme: "typical-unit", subject: "commune", count: 6 }],
 * });
 * ```
 */
export const PlanSchema = z
  .strictObject({
    id: RecordIdSchema,
    document: DocumentReferenceSchema,
    title: text("Tên kế hoạch", 1000),
    scopeId: AdminUnitIdSchema.optional(),
    fromYear: z.int().min(2000).max(2100).meta({ title: "Từ năm" }).optional(),
    toYear: z.int().min(2000).max(2100).meta({ title: "Đến năm" }).optional(),
    countTargets: z.array(CountTargetSchema).meta({ title: "Chỉ tiêu số lượng" }).optional(),
    percentageTargets: z.array(PercentageTargetSchema).meta({ title: "Chỉ tiêu tỷ lệ" }).optional(),
  })
  .superRefine((p, ctx) => checkRange(ctx, p.fromYear, p.toYear, ["toYear"]))
  .meta({ id: "Plan", title: "Kế hoạch, chỉ tiêu" });

/**
 * A plan with targets (see {@link PlanSchema}).
 *
 * @example
 * ```ts
 * const total2023 = (p: Plan) => (p.countTargets ?? []).filter((t) => t.year === 2023).reduce((n, t) => n + t.count, 0);
 * ```
 */
export type Plan = z.infer<typeof PlanSchema>;

/**
 * Parses a plan.
 *
 * @example
 * ```ts
 * const plan = parsePlan({
 *   id: "kh-10-2023-an-giang",
 *   document: { number: "10/KH-BCĐ-CAT", date: "2023-02-08", kind: "plan", issuer: "Ban Chỉ đạo 138 tỉnh An Giang" },
 *   title: "Xây dựng xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình",
 *   scopeId: "P89", fromYear: 2023, toYear: 2025,
 *   countTargets: [{ year: 2023, programme: "typical-unit", subject: "commune", count: 6 }],
 * });
 * plan.ok && plan.value.countTargets?.[0]?.count; //=> 6
 * ```
 */
export const parsePlan = parser(PlanSchema);
