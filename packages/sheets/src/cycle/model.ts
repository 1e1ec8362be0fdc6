/**
 * The sheets of movement models (HD 22/HD-BCA-V05), derived from @antq/domain's `ModelSchema`: "Mô hình"
 * (one model per row), "Điểm áp dụng mô hình" (its sites and teams, HD 22's counting) and "Đánh giá mô hình"
 * (its yearly rating: "hoạt động hiệu quả" as TT 124 asks, and the province's level), linked by "Mã mô hình".
 */
import { fieldLabelVi, type Model, ModelSchema, parseModel } from "@antq/domain";
import { type Column, deriveColumns, jsonSchemaOf } from "../columns.js";
import type { SheetSpec } from "../specs.js";
import type { RecordGroup } from "./records.js";

const DOC = (prefix: string, label: string): Record<string, string> => ({
  [`${prefix}.number`]: `${label}: số, ký hiệu`,
  [`${prefix}.date`]: `${label}: ngày`,
  [`${prefix}.kind`]: `${label}: loại văn bản`,
  [`${prefix}.issuer`]: `${label}: cơ quan ban hành`,
  [`${prefix}.title`]: `${label}: trích yếu`,
});

const derived = deriveColumns(jsonSchemaOf(ModelSchema), {
  headers: {
    id: "Mã mô hình",
    hostUnitId: "Mã đơn vị chủ quản",
    hostAdminUnitId: "Mã xã, phường (đơn vị hành chính)",
    replicatedFrom: "Nhân rộng từ mô hình (mã)",
    ...DOC("establishment", "Quyết định thành lập"),
  },
  labelFor: (path) => fieldLabelVi(ModelSchema, {}, path),
});

const list = (field: string, headers: Readonly<Record<string, string>>): Column[] =>
  (derived.lists.find((l) => l.field === field)?.columns ?? []).map((c) => ({
    ...c,
    header: headers[c.path.join(".")] ?? c.header,
  }));

/** "Mã mô hình" in the site and rating sheets. */
export const MODEL_KEY_COLUMN: Column = {
  header: "Mã mô hình",
  path: ["modelId"],
  type: "text",
  required: true,
  description: 'Mã mô hình ghi ở trang "Mô hình".',
};

const sheet = (
  id: string,
  sheetName: string,
  description: string,
  columns: readonly Column[],
): SheetSpec => ({
  id,
  sheetName,
  description,
  target: "record",
  fixed: {},
  columns,
});

/** "Mô hình": one model per row. */
export const MODEL_SHEET: SheetSpec = sheet(
  "mo-hinh",
  "Mô hình",
  "Mỗi dòng là một mô hình phong trào toàn dân bảo vệ ANTQ (tên, loại, đơn vị chủ quản, ngày bắt đầu).",
  derived.columns,
);

/** "Điểm áp dụng mô hình": one site of a model per row. */
export const MODEL_SITE_SHEET: SheetSpec = sheet(
  "diem-mo-hinh",
  "Điểm áp dụng mô hình",
  "Mỗi dòng là một điểm áp dụng mô hình, với số tổ (cách đếm của Hướng dẫn 22/HD-BCA-V05).",
  [
    MODEL_KEY_COLUMN,
    ...list("sites", {
      adminUnitId: "Mã xã, phường (đơn vị hành chính)",
      assessedUnitId: "Mã đơn vị (khu dân cư, cơ quan…)",
    }),
  ],
);

/** "Đánh giá mô hình": one yearly rating of a model per row. */
export const MODEL_RATING_SHEET: SheetSpec = sheet(
  "danh-gia-mo-hinh",
  "Đánh giá mô hình",
  "Mỗi dòng là kết quả đánh giá, xếp loại một mô hình trong một năm (hoạt động hiệu quả hay không; mức xếp loại theo hướng dẫn của tỉnh vì Hướng dẫn 22/HD-BCA-V05 chưa công bố tên mức).",
  [MODEL_KEY_COLUMN, ...list("ratings", DOC("decision", "Quyết định xếp loại"))],
);

/** The model sheets, in workbook order. */
export const MODEL_SHEETS: readonly SheetSpec[] = [MODEL_SHEET, MODEL_SITE_SHEET, MODEL_RATING_SHEET];

/**
 * The model record group: a model, its sites and its ratings.
 *
 * @example
 * ```ts
 * MODEL_GROUP.lists.map((l) => l.field); //=> ["sites", "ratings"]
 * ```
 */
export const MODEL_GROUP: RecordGroup<Model> = {
  main: MODEL_SHEET,
  lists: [
    { spec: MODEL_SITE_SHEET, field: "sites", keyColumn: MODEL_KEY_COLUMN },
    { spec: MODEL_RATING_SHEET, field: "ratings", keyColumn: MODEL_KEY_COLUMN },
  ],
  parse: parseModel,
};
