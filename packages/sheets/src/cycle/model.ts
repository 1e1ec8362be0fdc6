/**
 * The sheets of movement models (HD 22/HD-BCA-V05), derived from @antq/domain's `ModelSchema`: "Danh sách mô
 * hình" (one model per row; "Mô hình" in files made before, told apart from the unit template's sheet of that
 * name by its header row), "Điểm áp dụng mô hình" (its sites and teams, HD 22's counting) and "Đánh giá mô hình"
 * (its yearly rating: "hoạt động hiệu quả" as TT 124 asks, and the province's level), linked by "Mã mô hình".
 */
import { type Model, ModelSchema, parseModel } from "@antq/domain";
import type { Column } from "../columns.js";
import { FACT_LIST_SHEETS, type SheetSpec } from "../specs.js";
import {
  derivedRecordColumns,
  documentHeaders,
  keyColumn,
  recordSheetSpec as sheet,
} from "./derived-sheets.js";
import type { RecordGroup } from "./records.js";

const derived = derivedRecordColumns(ModelSchema, {
  id: "Mã mô hình",
  hostUnitId: "Mã đơn vị chủ quản",
  hostAdminUnitId: "Mã xã, phường (đơn vị hành chính)",
  replicatedFrom: "Nhân rộng từ mô hình (mã)",
  ...documentHeaders("establishment", "Quyết định thành lập"),
});

/**
 * "Mã mô hình" in the site and rating sheets.
 *
 * @example
 * ```ts
 * MODEL_SITE_SHEET.columns[0] === MODEL_KEY_COLUMN; //=> true
 * ```
 */
export const MODEL_KEY_COLUMN: Column = keyColumn("Mã mô hình", "modelId", "Danh sách mô hình");

/**
 * "Danh sách mô hình": one model per row. Files made before this name was chosen call it "Mô hình", the name of
 * the unit template's sheet of each unit's models: {@link matchCycleSheet} tells the two apart.
 *
 * @example
 * ```ts
 * MODEL_SHEET.columns.filter((c) => c.required).map((c) => c.header); //=> ["Mã mô hình", "Tên mô hình", "Loại mô hình", "Ngày bắt đầu"]
 * ```
 */
export const MODEL_SHEET: SheetSpec = sheet(
  "mo-hinh",
  "Danh sách mô hình",
  "Mỗi dòng là một mô hình phong trào toàn dân bảo vệ ANTQ (tên, loại, đơn vị chủ quản, ngày bắt đầu).",
  derived.columns,
);

/**
 * "Điểm áp dụng mô hình": one site of a model per row.
 *
 * @example
 * ```ts
 * MODEL_SITE_SHEET.columns.map((c) => c.header).includes("Số tổ"); //=> true
 * ```
 */
export const MODEL_SITE_SHEET: SheetSpec = sheet(
  "diem-mo-hinh",
  "Điểm áp dụng mô hình",
  "Mỗi dòng là một điểm áp dụng mô hình, với số tổ (cách đếm của Hướng dẫn 22/HD-BCA-V05).",
  [
    MODEL_KEY_COLUMN,
    ...derived.list("sites", {
      adminUnitId: "Mã xã, phường (đơn vị hành chính)",
      assessedUnitId: "Mã đơn vị (khu dân cư, cơ quan…)",
    }),
  ],
);

/**
 * "Đánh giá mô hình": one yearly rating of a model per row.
 *
 * @example
 * ```ts
 * MODEL_RATING_SHEET.sheetName; //=> "Đánh giá mô hình"
 * ```
 */
export const MODEL_RATING_SHEET: SheetSpec = sheet(
  "danh-gia-mo-hinh",
  "Đánh giá mô hình",
  "Mỗi dòng là kết quả đánh giá, xếp loại một mô hình trong một năm (hoạt động hiệu quả hay không; mức xếp loại theo hướng dẫn của tỉnh vì Hướng dẫn 22/HD-BCA-V05 chưa công bố tên mức).",
  [MODEL_KEY_COLUMN, ...derived.list("ratings", documentHeaders("decision", "Quyết định xếp loại"))],
);

/**
 * The model sheets, in workbook order.
 *
 * @example
 * ```ts
 * MODEL_SHEETS.map((s) => s.sheetName); //=> ["Danh sách mô hình", "Điểm áp dụng mô hình", "Đánh giá mô hình"]
 * ```
 */
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

/** The unit template's sheet of each unit's models of the year (`annualFacts.models`): "Mô hình". */
const UNIT_MODELS_SHEET = FACT_LIST_SHEETS.find((s) => s.listField === "models") as SheetSpec;

/**
 * Which "Mô hình" sheet a header row belongs to. The unit template (`antq mau`) and the model template (`antq
 * mau --loai mo-hinh`) both name a sheet "Mô hình": the first lists each unit's models of the year ("Mã đơn
 * vị", "Năm đánh giá", "Mã mô hình", "Hiệu quả hoạt động"), the second the models themselves ("Mã mô hình",
 * "Tên mô hình", "Loại mô hình", "Ngày bắt đầu"). A header row is `"model-records"` or `"unit-models"` when it
 * has every required header of that layout and not all of the other's; `"ambiguous"` when it has both,
 * `"unknown"` when it has neither.
 *
 * @example
 * ```ts
 * modelSheetKind(["Mã mô hình", "Tên mô hình", "Loại mô hình", "Ngày bắt đầu"]); //=> "model-records"
 * modelSheetKind(["Mã đơn vị", "Năm đánh giá", "Mã mô hình", "Hiệu quả hoạt động"]); //=> "unit-models"
 * modelSheetKind([" mã mô hình ", "Tên mô hình"]); //=> "unknown"
 * ```
 */
export const modelSheetKind = (
  headers: readonly string[],
): "model-records" | "unit-models" | "ambiguous" | "unknown" => {
  const present = new Set(
    headers.map((h) =>
      String(h ?? "")
        .normalize("NFC")
        .trim()
        .toLocaleLowerCase("vi"),
    ),
  );
  const complete = (spec: SheetSpec) =>
    spec.columns.filter((c) => c.required).every((c) => present.has(c.header.toLocaleLowerCase("vi")));
  const records = complete(MODEL_SHEET);
  const units = complete(UNIT_MODELS_SHEET);
  return records && units ? "ambiguous" : records ? "model-records" : units ? "unit-models" : "unknown";
};

/**
 * The required headers of both "Mô hình" layouts, for messages: `{ records, units }`.
 *
 * @example
 * ```ts
 * MODEL_SHEET_HEADERS.records; //=> "Mã mô hình, Tên mô hình, Loại mô hình, Ngày bắt đầu"
 * MODEL_SHEET_HEADERS.units; //=> "Mã đơn vị, Năm đánh giá, Mã mô hình, Hiệu quả hoạt động"
 * ```
 */
export const MODEL_SHEET_HEADERS: { readonly records: string; readonly units: string } = {
  records: MODEL_SHEET.columns
    .filter((c) => c.required)
    .map((c) => c.header)
    .join(", "),
  units: UNIT_MODELS_SHEET.columns
    .filter((c) => c.required)
    .map((c) => c.header)
    .join(", "),
};

const normal = (text: string) => text.normalize("NFC").trim().toLocaleLowerCase("vi");

/**
 * The layout among `specs` of a worksheet, by its name and header row: the spec named so; for a sheet named
 * "Mô hình" (the model list's name in files made before it became "Danh sách mô hình", and the unit template's
 * sheet of each unit's models) {@link MODEL_SHEET} when its header row is the model list's, `"skip"` when it is
 * the unit template's, and a Vietnamese message (to locate at the sheet's row 1) when it cannot be told.
 * `undefined` when no spec has the name.
 *
 * @example
 * ```ts
 * matchCycleSheet(MODEL_SHEETS, "Mô hình", ["Mã mô hình", "Tên mô hình", "Loại mô hình", "Ngày bắt đầu"]) === MODEL_SHEET; //=> true
 * matchCycleSheet(MODEL_SHEETS, "Mô hình", ["Mã đơn vị", "Năm đánh giá", "Mã mô hình", "Hiệu quả hoạt động"]); //=> "skip"
 * matchCycleSheet(MODEL_SHEETS, "danh sách mô hình ", [])?.id; //=> "mo-hinh"
 * matchCycleSheet(PLAN_SHEETS, "Mô hình", []); //=> undefined
 * typeof matchCycleSheet(MODEL_SHEETS, "Mô hình", ["Mã mô hình"]) === "object"; //=> true
 * ```
 */
export const matchCycleSheet = (
  specs: readonly SheetSpec[],
  sheetName: string,
  headers: readonly string[],
): SheetSpec | "skip" | { readonly message: string } | undefined => {
  const name = normal(sheetName);
  const named = specs.find((s) => normal(s.sheetName) === name);
  if (named !== undefined) return named;
  if (name !== normal(UNIT_MODELS_SHEET.sheetName) || !specs.includes(MODEL_SHEET)) return undefined;
  const kind = modelSheetKind(headers);
  if (kind === "model-records") return MODEL_SHEET;
  if (kind === "unit-models") return "skip";
  return {
    message: `${kind === "ambiguous" ? "dòng tiêu đề có cột của cả hai mẫu" : "dòng tiêu đề không khớp mẫu nào"} — danh sách mô hình (trang “${MODEL_SHEET.sheetName}” của mẫu mô hình) cần các cột ${MODEL_SHEET_HEADERS.records}; mô hình của từng đơn vị (mẫu dữ kiện năm) cần các cột ${MODEL_SHEET_HEADERS.units}. Sửa dòng tiêu đề theo một trong hai mẫu`,
  };
};
