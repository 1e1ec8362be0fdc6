import { getPath, type RowSource, type SheetSpec, toCellValue } from "../src/index.js";

/** A sheet of the given layout holding `records`, its cells written as the template writer writes them. */
export const sheetOf = (spec: SheetSpec, records: readonly unknown[], file = "du-lieu.xlsx"): RowSource => ({
  file,
  sheet: spec.sheetName,
  headers: spec.columns.map((c) => c.header),
  rows: [
    records.map((r, i) => ({
      line: i + 2,
      cells: spec.columns.map((c) => toCellValue(c, getPath(r, c.path))),
    })),
  ],
});
