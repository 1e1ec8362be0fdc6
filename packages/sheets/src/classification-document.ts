/**
 * The machine output of a movement classification (QĐ 510/QĐ-BCA-V05), `antq.classification/1`: English
 * keys, points as numbers, ratios as `{ part, total }`, levels and unit kinds as codes, Vietnamese titles in
 * the schema's metadata (schemas/classification.schema.json). The counts per level are @antq/criteria's
 * `countLevels`.
 */
import {
  CLASSIFICATION_KINDS,
  type ClassificationResult,
  countLevels,
  MOVEMENT_LEVELS,
  type MovementLevel,
} from "@antq/criteria";
import { formatNumber, formatPercentOf } from "@antq/format-vi";
import * as z from "zod";
import { RatioSchema, ratio } from "./ratio.js";

/**
 * The format tag of {@link ClassificationDocumentSchema}.
 *
 * @example
 * ```ts
 * CLASSIFICATION_FORMAT; //=> "antq.classification/1"
 * ```
 */
export const CLASSIFICATION_FORMAT = "antq.classification/1";

const LevelSchema = z
  .enum(MOVEMENT_LEVELS.map((l) => l.id) as [MovementLevel, ...MovementLevel[]])
  .meta({ title: "Mức phân loại (mã)" });

const KindSchema = z
  .enum(CLASSIFICATION_KINDS.map((k) => k.id) as [string, ...string[]])
  .meta({ title: "Loại đơn vị được phân loại (mã)" });

/**
 * One unit's classification in `antq.classification/1` (and `antq.classification-explanation/1`).
 *
 * @example
 * ```ts
 * ClassificationUnitSchema.safeParse(classificationUnitJson(classifications[0]!)).success; //=> true
 * ```
 */
export const ClassificationUnitSchema = z
  .object({
    unitId: z.string().meta({ title: "Mã đơn vị" }),
    unitName: z.string().nullable().meta({ title: "Tên đơn vị" }),
    kind: KindSchema,
    year: z.int().meta({ title: "Năm" }),
    points: z.number().meta({ title: "Điểm" }),
    maxPoints: z.number().meta({ title: "Điểm tối đa" }),
    scoreLevel: z.string().meta({ title: "Mức theo điểm (mã)" }),
    scoreLevelTitle: z.string().meta({ title: "Mức theo điểm" }),
    level: LevelSchema,
    levelTitle: z.string().meta({ title: "Mức phân loại" }),
    status: z.enum(["final", "can_xem_xet"]).meta({ title: "Trạng thái (chính thức/cần xem xét)" }),
    review: z.array(z.string()).meta({ title: "Cần xem xét" }),
  })
  .meta({ title: "Kết quả phân loại một đơn vị" });

/**
 * One unit's classification as {@link ClassificationUnitSchema} has it: points as numbers (the score's tenths
 * divided by 10), levels as codes with their titles.
 *
 * @example
 * ```ts
 * const unit = classificationUnitJson(classifications[0]!);
 * [unit.unitName, unit.points, unit.level]; //=> ["Xã Mỹ Thành", 97.5, "xuat_sac"]
 * ```
 */
export const classificationUnitJson = (
  r: ClassificationResult,
): z.infer<typeof ClassificationUnitSchema> => ({
  unitId: r.unitId,
  unitName: r.score.sheet.unitName ?? null,
  kind: r.kind,
  year: r.year,
  points: r.score.total / 10,
  maxPoints: r.score.max / 10,
  scoreLevel: r.score.scoreLevel.id,
  scoreLevelTitle: r.score.scoreLevel.label,
  level: r.level,
  levelTitle: r.levelLabel,
  status: r.status,
  review: r.review.map((n) => n.message),
});

/**
 * `antq.classification/1`: the classification of the units of some score sheets.
 *
 * @example
 * ```ts
 * const document = classificationDocument(classifications, { configuration: "Cấu hình ví dụ", errors: 0 });
 * ClassificationDocumentSchema.safeParse(document).success; //=> true
 * ClassificationDocumentSchema.safeParse({ ...document, format: "antq.classification/2" }).success; //=> false
 * ```
 */
export const ClassificationDocumentSchema = z
  .object({
    format: z.literal(CLASSIFICATION_FORMAT).meta({ title: "Định dạng" }),
    configuration: z.string().meta({ title: "Cấu hình phân loại" }),
    overlays: z
      .array(
        z
          .object({
            id: z.string().meta({ title: "Mã gói bổ sung" }),
            label: z.string().meta({ title: "Tên gói bổ sung" }),
            package: z
              .object({
                name: z.string().meta({ title: "Tên gói" }),
                version: z.string().meta({ title: "Phiên bản" }),
              })
              .meta({ title: "Gói cung cấp" }),
            source: z.string().meta({ title: "Tệp hoặc gói cấu hình của tỉnh đã nạp" }),
          })
          .meta({ title: "Gói bổ sung cấu hình của tỉnh" }),
      )
      .optional()
      .meta({ title: "Cấu hình của tỉnh áp dụng trên cấu hình ví dụ (không có: dùng cấu hình ví dụ)" }),
    summary: z
      .object({
        total: z.int().nonnegative().meta({ title: "Tổng số đơn vị được phân loại" }),
        levels: z
          .array(
            z.object({
              level: LevelSchema,
              title: z.string().meta({ title: "Mức phân loại" }),
              units: z.int().nonnegative().meta({ title: "Số đơn vị" }),
              share: RatioSchema.meta({ title: "Tỷ lệ (số đơn vị/tổng số)" }),
            }),
          )
          .meta({ title: "Theo mức phân loại" }),
      })
      .meta({ title: "Tổng hợp" }),
    units: z.array(ClassificationUnitSchema).meta({ title: "Kết quả từng đơn vị" }),
    errors: z.int().nonnegative().meta({ title: "Số lỗi của bảng điểm" }),
  })
  .meta({ title: "Kết quả phân loại phong trào Toàn dân bảo vệ an ninh Tổ quốc (antq.classification/1)" });

/**
 * An `antq.classification/1` document.
 *
 * @example
 * ```ts
 * const document: ClassificationDocument = classificationDocument(classifications, { configuration: "Cấu hình ví dụ", errors: 0 });
 * document.units.map((u) => [u.unitName, u.points, u.level])[0]; //=> ["Xã Mỹ Thành", 97.5, "xuat_sac"]
 * document.summary.total; //=> 2
 * ```
 */
export type ClassificationDocument = z.infer<typeof ClassificationDocumentSchema>;

/**
 * A province overlay in force on the classification configuration (an @antq/rules overlay's id, label and
 * package), with the file or package it was loaded from.
 *
 * @example
 * ```ts
 * const overlay: ConfigurationOverlay = {
 *   id: "tinh-hau-giang.qd510",
 *   label: "Bảng điểm phân loại phong trào của tỉnh Hậu Giang",
 *   package: { name: "@antq/criteria-hau-giang", version: "1.0.0" },
 *   source: "@antq/criteria-hau-giang",
 * };
 * overlay.package.name; //=> "@antq/criteria-hau-giang"
 * ```
 */
export interface ConfigurationOverlay {
  readonly id: string;
  readonly label: string;
  readonly package: { readonly name: string; readonly version: string };
  readonly source: string;
}

/**
 * The `antq.classification/1` document of some classification results; `overlays`, the province overlays in
 * force (none: the example configuration), are listed only when there are any.
 *
 * @example
 * ```ts
 * classificationDocument([], { configuration: "Cấu hình ví dụ", errors: 0 }).summary.total; //=> 0
 * classificationDocument([], { configuration: "Cấu hình ví dụ", errors: 0, overlays: [] }).overlays; //=> undefined
 * ```
 */
export const classificationDocument = (
  results: readonly ClassificationResult[],
  options: {
    readonly configuration: string;
    readonly errors: number;
    readonly overlays?: readonly ConfigurationOverlay[];
  },
): ClassificationDocument => {
  const counts = countLevels(results);
  return {
    format: CLASSIFICATION_FORMAT,
    configuration: options.configuration,
    ...(options.overlays !== undefined && options.overlays.length > 0
      ? {
          overlays: options.overlays.map((o) => ({
            id: o.id,
            label: o.label,
            package: { name: o.package.name, version: o.package.version },
            source: o.source,
          })),
        }
      : {}),
    summary: {
      total: results.length,
      levels: MOVEMENT_LEVELS.map((l) => ({
        level: l.id,
        title: l.label,
        units: counts[l.id],
        share: ratio(counts[l.id], results.length),
      })),
    },
    units: results.map(classificationUnitJson),
    errors: options.errors,
  };
};

/**
 * The console lines of a classification (`antq phan-loai`): the title, the configuration and, per level, how
 * many units reached it out of all ("1/2 (50,0%)"; "—" when nothing was classified).
 *
 * @example
 * ```ts
 * const lines = classificationLines(classificationDocument(classifications, { configuration: "Cấu hình ví dụ", errors: 0 }));
 * lines[0]; //=> "KẾT QUẢ PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC"
 * lines[2]; //=> "  • Xuất sắc: 1/2 (50,0%)"
 * ```
 */
export const classificationLines = (document: ClassificationDocument): string[] => {
  const total = document.summary.total;
  const share = (units: number) =>
    total === 0 ? "—" : `${formatNumber(units)}/${formatNumber(total)} (${formatPercentOf(units, total)})`;
  return [
    "KẾT QUẢ PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC",
    `Cấu hình: ${configurationText(document)}`,
    ...document.summary.levels.map((l) => `  • ${l.title}: ${share(l.units)}`),
  ];
};

/**
 * Which classification configuration is in force, in Vietnamese: the example configuration of @antq/criteria
 * (its thresholds need review), or the province's overlays — each with its package and the file or package it
 * was loaded from — over the example for what they do not set.
 *
 * @example
 * ```ts
 * const example = classificationDocument([], { configuration: "Cấu hình ví dụ", errors: 0 });
 * configurationText(example); //=> "Cấu hình ví dụ (cấu hình ví dụ của @antq/criteria — ngưỡng điểm cần xem xét)"
 * const province = classificationDocument([], {
 *   configuration: "Cấu hình ví dụ",
 *   errors: 0,
 *   overlays: [{ id: "tinh-hau-giang.qd510", label: "Bảng điểm của tỉnh Hậu Giang", package: { name: "@antq/criteria-hau-giang", version: "1.0.0" }, source: "./hau-giang.mjs" }],
 * });
 * configurationText(province); //=> "cấu hình của tỉnh — Bảng điểm của tỉnh Hậu Giang (@antq/criteria-hau-giang 1.0.0, nạp từ ./hau-giang.mjs); phần tỉnh không quy định theo Cấu hình ví dụ"
 * ```
 */
export const configurationText = (document: Pick<ClassificationDocument, "configuration" | "overlays">) => {
  const overlays = document.overlays ?? [];
  if (overlays.length === 0)
    return `${document.configuration} (cấu hình ví dụ của @antq/criteria — ngưỡng điểm cần xem xét)`;
  const listed = overlays.map(
    (o) =>
      `${o.label} (${o.package.name} ${o.package.version}${o.source === o.package.name ? "" : `, nạp từ ${o.source}`})`,
  );
  return `cấu hình của tỉnh — ${listed.join("; ")}; phần tỉnh không quy định theo ${document.configuration}`;
};
