import type { AnnualFacts, AssessedUnit } from "@antq/domain";
import {
  FACT_LIST_SHEETS,
  FACTS_SHEET,
  flatHeaders,
  flatRow,
  getPath,
  toCellValue,
  UNIT_SHEETS,
} from "@antq/sheets";
import ExcelJS from "exceljs";
import { toCsv } from "../../src/io/csv.js";

/** A JSON input document: the @antq/domain dataset. */
export interface DatasetDocument {
  readonly units: Array<Record<string, unknown>>;
  readonly annualFacts: Array<Record<string, unknown>>;
}

const headerIndex = (sheet: ExcelJS.Worksheet): Map<string, number> => {
  const map = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, i) => map.set(String(cell.value), i));
  return map;
};

/** Fills a template workbook (from `antq mau`) with the document, like an officer would. */
export const fillTemplate = async (
  templatePath: string,
  doc: DatasetDocument,
  target: string,
): Promise<void> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(templatePath);
  const fill = (
    sheetName: string,
    columns: typeof FACTS_SHEET.columns,
    records: Array<Record<string, unknown>>,
  ) => {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const headers = headerIndex(sheet);
    records.forEach((record, r) => {
      for (const column of columns) {
        const value = toCellValue(column, getPath(record, column.path));
        if (value === undefined) continue;
        const index = headers.get(column.header);
        if (index === undefined) throw new Error(`no column ${column.header}`);
        sheet.getCell(r + 2, index).value =
          column.type === "date" && typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
      }
    });
  };
  for (const spec of UNIT_SHEETS)
    fill(
      spec.sheetName,
      spec.columns,
      doc.units.filter((u) => u.kind === spec.unitKind),
    );
  fill(FACTS_SHEET.sheetName, FACTS_SHEET.columns, doc.annualFacts);
  for (const spec of FACT_LIST_SHEETS) {
    const field = spec.listField as string;
    const rows = doc.annualFacts.flatMap((f) =>
      ((f[field] as Array<Record<string, unknown>> | undefined) ?? []).map((item) => ({
        ...item,
        unitId: f.unitId,
        year: f.year,
      })),
    );
    fill(spec.sheetName, spec.columns, rows);
  }
  await workbook.xlsx.writeFile(target);
};

/** The document as one "Đơn vị và dữ kiện" CSV, written by `flatRow` like `antq demo --csv-phang`. */
export const toCombinedCsv = (doc: DatasetDocument, repeat = 1): string => {
  const factsByUnit = new Map(doc.annualFacts.map((f) => [f.unitId, f]));
  const rows: Array<Array<string | number | undefined>> = [];
  for (let i = 0; i < repeat; i++) {
    for (const unit of doc.units) {
      rows.push(
        flatRow(unit as unknown as AssessedUnit, (factsByUnit.get(unit.id) ?? {}) as unknown as AnnualFacts),
      );
    }
  }
  return toCsv(flatHeaders(), rows).replace(/^\ufeff/, "");
};
