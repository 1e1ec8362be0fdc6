/**
 * The sheets of a plan (kế hoạch, đề án) and its targets, derived from @antq/domain's `PlanSchema`: one row
 * per plan in "Kế hoạch", one row per target in "Chỉ tiêu số lượng" (by year and kind of unit, e.g. An
 * Giang's KH 10/KH-BCĐ-CAT: 16 điển hình units in 2023) and "Chỉ tiêu tỷ lệ" (e.g. ≥ 30% of ward police in
 * each city by 2025, then one more each year and 100% by 2030), linked by "Mã kế hoạch".
 */
import { type Plan, PlanSchema, parsePlan } from "@antq/domain";
import type { Column } from "../columns.js";
import type { SheetSpec } from "../specs.js";
import { derivedRecordColumns, keyColumn, recordSheetSpec as sheet } from "./derived-sheets.js";
import type { RecordGroup } from "./records.js";

const derived = derivedRecordColumns(PlanSchema, {
  id: "Mã kế hoạch",
  "document.number": "Số, ký hiệu văn bản",
  "document.date": "Ngày ban hành",
  "document.kind": "Loại văn bản",
  "document.issuer": "Cơ quan ban hành",
  "document.title": "Trích yếu",
  scopeId: "Mã tỉnh áp dụng",
});

/**
 * "Mã kế hoạch" in the target sheets: the plan the row belongs to.
 *
 * @example
 * ```ts
 * [PLAN_KEY_COLUMN.header, PLAN_KEY_COLUMN.path]; //=> ["Mã kế hoạch", ["planId"]]
 * ```
 */
export const PLAN_KEY_COLUMN: Column = keyColumn("Mã kế hoạch", "planId", "Kế hoạch");

/**
 * "Kế hoạch": one plan per row.
 *
 * @example
 * ```ts
 * PLAN_SHEET.columns.slice(0, 2).map((c) => c.header); //=> ["Mã kế hoạch", "Số, ký hiệu văn bản"]
 * ```
 */
export const PLAN_SHEET: SheetSpec = sheet(
  "ke-hoach",
  "Kế hoạch",
  "Mỗi dòng là một kế hoạch, đề án (số, ngày, cơ quan ban hành, tỉnh áp dụng, giai đoạn).",
  derived.columns,
);

/**
 * "Chỉ tiêu số lượng": one count target per row (year, programme, kind of unit, count).
 *
 * @example
 * ```ts
 * PLAN_COUNT_SHEET.columns[0] === PLAN_KEY_COLUMN; //=> true
 * ```
 */
export const PLAN_COUNT_SHEET: SheetSpec = sheet(
  "chi-tieu-so-luong",
  "Chỉ tiêu số lượng",
  "Mỗi dòng là một chỉ tiêu số lượng của một kế hoạch: năm, chương trình, loại đơn vị và số lượng (ví dụ năm 2023: 6 xã điển hình).",
  [PLAN_KEY_COLUMN, ...derived.list("countTargets", { scopeId: "Mã địa bàn áp dụng" })],
);

/**
 * "Chỉ tiêu tỷ lệ": one percentage target per row (by year, minimum percent, where it is measured, pace).
 *
 * @example
 * ```ts
 * PLAN_PERCENT_SHEET.sheetName; //=> "Chỉ tiêu tỷ lệ"
 * ```
 */
export const PLAN_PERCENT_SHEET: SheetSpec = sheet(
  "chi-tieu-ty-le",
  "Chỉ tiêu tỷ lệ",
  'Mỗi dòng là một chỉ tiêu tỷ lệ của một kế hoạch: đến năm, tỷ lệ tối thiểu, phạm vi tính (toàn tỉnh hoặc từng thành phố, thị xã) và nhịp độ (ví dụ "từ năm 2026 mỗi năm thêm ít nhất 1").',
  [PLAN_KEY_COLUMN, ...derived.list("percentageTargets", { scopeId: "Mã địa bàn áp dụng" })],
);

/**
 * The plan sheets, in workbook order.
 *
 * @example
 * ```ts
 * PLAN_SHEETS.map((s) => s.id); //=> ["ke-hoach", "chi-tieu-so-luong", "chi-tieu-ty-le"]
 * ```
 */
export const PLAN_SHEETS: readonly SheetSpec[] = [PLAN_SHEET, PLAN_COUNT_SHEET, PLAN_PERCENT_SHEET];

/**
 * The plan record group: a plan and its two target sheets.
 *
 * @example
 * ```ts
 * PLAN_GROUP.lists.map((l) => l.field); //=> ["countTargets", "percentageTargets"]
 * ```
 */
export const PLAN_GROUP: RecordGroup<Plan> = {
  main: PLAN_SHEET,
  lists: [
    { spec: PLAN_COUNT_SHEET, field: "countTargets", keyColumn: PLAN_KEY_COLUMN },
    { spec: PLAN_PERCENT_SHEET, field: "percentageTargets", keyColumn: PLAN_KEY_COLUMN },
  ],
  parse: parsePlan,
};
