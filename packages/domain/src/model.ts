import * as z from "zod";
import { CalendarDateSchema } from "./calendar-date.js";
import { DocumentReferenceSchema } from "./document-ref.js";
import { AdminUnitIdSchema, AssessedUnitIdSchema, ModelIdSchema } from "./ids.js";
import { count, text } from "./internal/id.js";
import { checkRange } from "./internal/range.js";
import { parser } from "./parse.js";

/**
 * Common kinds of movement model (regulations.md §4.1: "Tổ an ninh công nhân", "Camera phòng, chống tội
 * phạm", "Đội công nhân xung kích tự quản về ANTT", "Tổ tự quản", "Nhà trọ tự quản", "Tiếng kẻng an ninh" …).
 * Use `"other"` and the model's name for anything else.
 *
 * @example
 * ```ts
 * ModelKindSchema.parse("security-camera");
 * ```
 */
export const ModelKindSchema = z
  .enum([
    "self-managed-team",
    "workers-security-team",
    "workers-shock-team",
    "security-camera",
    "self-managed-lodging",
    "self-managed-motorbike-taxi",
    "security-bell",
    "security-light",
    "household-self-defence",
    "school-safety",
    "border-peace",
    "other",
  ])
  .meta({ title: "Loại mô hình" });

/**
 * A model kind (see {@link ModelKindSchema}).
 *
 * @example
 * ```ts
 * const k: ModelKind = "workers-security-team";
 * ```
 */
export type ModelKind = z.infer<typeof ModelKindSchema>;

/**
 * Vietnamese labels of {@link ModelKind}.
 *
 * @example
 * ```ts
 * MODEL_KIND_LABELS_VI["security-camera"]; // "Camera an ninh, camera phòng, chống tội phạm"
 * ```
 */
export const MODEL_KIND_LABELS_VI: Readonly<Record<ModelKind, string>> = {
  "self-managed-team": "Tổ tự quản về ANTT",
  "workers-security-team": "Tổ an ninh công nhân",
  "workers-shock-team": "Đội công nhân xung kích tự quản về ANTT",
  "security-camera": "Camera an ninh, camera phòng, chống tội phạm",
  "self-managed-lodging": "Nhà trọ tự quản",
  "self-managed-motorbike-taxi": "Tổ xe ôm tự quản",
  "security-bell": "Tiếng kẻng an ninh",
  "security-light": "Ngọn đèn an ninh",
  "household-self-defence": "Hộ tự phòng – Số nhà tự quản",
  "school-safety": "Bình yên mái trường – Giảng đường hội nhập",
  "border-peace": "Biên giới bình yên",
  other: "Mô hình khác",
};

/**
 * Whether a movement model operated effectively in the year (the TT 124 question "hoạt động hiệu quả"), or
 * that it has not been rated yet.
 *
 * @example
 * ```ts
 * ModelEffectivenessLevelSchema.parse("effective");
 * ```
 */
export const ModelEffectivenessLevelSchema = z
  .enum(["effective", "not-effective", "not-rated"])
  .meta({ title: "Hiệu quả hoạt động" });

/**
 * A model's effectiveness (see {@link ModelEffectivenessLevelSchema}).
 *
 * @example
 * ```ts
 * const e: ModelEffectivenessLevel = "not-rated";
 * ```
 */
export type ModelEffectivenessLevel = z.infer<typeof ModelEffectivenessLevelSchema>;

/**
 * Vietnamese labels of {@link ModelEffectivenessLevel}.
 *
 * @example
 * ```ts
 * MODEL_EFFECTIVENESS_LABELS_VI.effective; // "Hoạt động hiệu quả"
 * ```
 */
export const MODEL_EFFECTIVENESS_LABELS_VI: Readonly<Record<ModelEffectivenessLevel, string>> = {
  effective: "Hoạt động hiệu quả",
  "not-effective": "Hoạt động không hiệu quả",
  "not-rated": "Chưa đánh giá",
};

/**
 * One site ("điểm") where a model is applied, with the number of teams ("tổ") there. HD 22/HD-BCA-V05 counts
 * a model by name, its sites (localities where it was replicated) and its teams.
 *
 * @example
 * ```ts
 * ModelSiteSchema.parse({ name: "Ấp Long Hòa", assessedUnitId: "kdc-ap-long-hoa-chau-thanh", teams: 2, startDate: "2023-05-01" });
 * ```
 */
export const ModelSiteSchema = z
  .strictObject({
    name: text("Tên điểm", 300),
    adminUnitId: AdminUnitIdSchema.optional(),
    assessedUnitId: AssessedUnitIdSchema.optional(),
    teams: count("Số tổ"),
    members: count("Số thành viên").optional(),
    startDate: CalendarDateSchema.optional(),
    endDate: CalendarDateSchema.optional(),
  })
  .superRefine((s, ctx) => checkRange(ctx, s.startDate, s.endDate, ["endDate"]))
  .meta({ title: "Điểm áp dụng mô hình" });

/**
 * The rating of a model for a year (HD 22 provides for "đánh giá, xếp loại mô hình"; its level names were not
 * found, so `ratingLevel` holds the provincial level and `effectiveness` the TT 124 question).
 *
 * @example
 * ```ts
 * ModelRatingSchema.parse({ year: 2024, effectiveness: "effective", ratedOn: "2024-11-20", ratingLevel: "Tốt" });
 * ```
 */
export const ModelRatingSchema = z
  .strictObject({
    year: z.int().min(2000).max(2100).meta({ title: "Năm đánh giá" }),
    effectiveness: ModelEffectivenessLevelSchema,
    ratedOn: CalendarDateSchema.optional(),
    ratingLevel: text("Mức xếp loại theo hướng dẫn của tỉnh", 100).optional(),
    decision: DocumentReferenceSchema.optional(),
  })
  .meta({ title: "Đánh giá, xếp loại mô hình" });

/**
 * A movement model (mô hình phong trào toàn dân bảo vệ ANTQ): name, kind, host unit, sites and teams, start
 * date, ratings, and whether it is recognised as an "điển hình tiên tiến".
 *
 * @example
 * ```ts
 * ModelSchema.parse({
 *   id: "mh-camera-pctp-tan-tien", name: "Camera phòng, chống tội phạm", kind: "security-camera",
 *   hostUnitId: "xa-tan-tien-vi-thanh", startDate: "2022-03-26",
 *   sites: [{ name: "Ấp 1", teams: 1 }, { name: "Ấp 2", teams: 1 }],
 *   ratings: [{ year: 2024, effectiveness: "effective" }],
 * });
 * ```
 */
export const ModelSchema = z
  .strictObject({
    id: ModelIdSchema,
    name: text("Tên mô hình", 300),
    kind: ModelKindSchema,
    hostUnitId: AssessedUnitIdSchema.optional(),
    hostAdminUnitId: AdminUnitIdSchema.optional(),
    replicatedFrom: ModelIdSchema.optional(),
    startDate: CalendarDateSchema,
    endDate: CalendarDateSchema.optional(),
    establishment: DocumentReferenceSchema.optional(),
    sites: z.array(ModelSiteSchema).meta({ title: "Các điểm áp dụng" }).optional(),
    ratings: z.array(ModelRatingSchema).meta({ title: "Kết quả đánh giá, xếp loại" }).optional(),
    advancedExample: z.boolean().meta({ title: "Được công nhận là điển hình tiên tiến" }).optional(),
    note: text("Ghi chú", 2000).optional(),
  })
  .superRefine((m, ctx) => checkRange(ctx, m.startDate, m.endDate, ["endDate"]))
  .meta({ id: "Model", title: "Mô hình phong trào toàn dân bảo vệ ANTQ" });

/**
 * A movement model (see {@link ModelSchema}).
 *
 * @example
 * ```ts
 * const sites = (m: Model) => m.sites?.length ?? 0;
 * ```
 */
export type Model = z.infer<typeof ModelSchema>;

/**
 * Parses a movement model.
 *
 * @example
 * ```ts
 * parseModel({ id: "mh-1", name: "Tổ an ninh công nhân", kind: "workers-security-team", startDate: "2020-01-01" }).ok; // true
 * ```
 */
export const parseModel = parser(ModelSchema);

/**
 * HD 22 counts of a model: sites ("điểm") and teams ("tổ").
 *
 * @example
 * ```ts
 * modelCounts({ sites: [{ name: "Ấp 1", teams: 2 }, { name: "Ấp 2", teams: 1 }] }); // { sites: 2, teams: 3 }
 * ```
 */
export function modelCounts(model: Pick<Model, "sites">): { sites: number; teams: number } {
  const sites = model.sites ?? [];
  return { sites: sites.length, teams: sites.reduce((n, s) => n + s.teams, 0) };
}
