/**
 * Writing domain objects into the input workbook layout (the template plus data rows), e.g. for the demo
 * province: the same sheet specs as the reader, so what is written reads back unchanged.
 */
import type { AnnualFacts, AssessedUnit } from "@antq/domain";
import type ExcelJS from "exceljs";
import { getPath, toCellValue } from "../cells.js";
import type { Column } from "../columns.js";
import { FACT_LIST_SHEETS, FACTS_SHEET, type SheetSpec, UNIT_SHEETS } from "../specs.js";
import { buildTemplateWorkbook } from "./template.js";
import { safeCell } from "./workbook.js";

const cellFor = (column: Column, record: unknown): ExcelJS.CellValue => {
  const value = toCellValue(column, getPath(record, column.path));
  if (value === undefined) return null;
  if (column.type === "date" && typeof value === "string") return new Date(`${value}T00:00:00Z`);
  return safeCell(value);
};

const fill = (workbook: ExcelJS.Workbook, spec: SheetSpec, records: readonly unknown[]) => {
  const sheet = workbook.getWorksheet(spec.sheetName);
  if (!sheet) return;
  records.forEach((record, i) => {
    const row = sheet.getRow(i + 2);
    spec.columns.forEach((column, c) => {
      const value = cellFor(column, record);
      if (value !== null) row.getCell(c + 1).value = value;
    });
  });
};

/**
 * A filled-in input workbook for the given units and facts (the template with one row per record).
 *
 * @example
 * ```ts
 * buildDataWorkbook([], []).getWorksheet("Khu dân cư")?.rowCount; //=> 1
 * ```
 */
export const buildDataWorkbook = (
  units: readonly AssessedUnit[],
  facts: readonly AnnualFacts[],
): ExcelJS.Workbook => {
  const specs = [...UNIT_SHEETS, FACTS_SHEET, ...FACT_LIST_SHEETS];
  const workbook = buildTemplateWorkbook(specs);
  for (const spec of UNIT_SHEETS) {
    fill(
      workbook,
      spec,
      units.filter((u) => u.kind === spec.unitKind),
    );
  }
  fill(workbook, FACTS_SHEET, facts);
  for (const spec of FACT_LIST_SHEETS) {
    const field = spec.listField as keyof AnnualFacts;
    const rows = facts.flatMap((f) =>
      ((f[field] as ReadonlyArray<Record<string, unknown>> | undefined) ?? []).map((item) => ({
        ...item,
        unitId: f.unitId,
        year: f.year,
      })),
    );
    fill(workbook, spec, rows);
  }
  return workbook;
};
