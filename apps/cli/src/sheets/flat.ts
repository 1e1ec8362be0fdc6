/**
 * Writing units with their facts as "Đơn vị và dữ kiện" rows (the flat CSV layout that `antq danh-gia`
 * streams), e.g. for a very large sample file.
 */
import type { AnnualFacts, AssessedUnit } from "@antq/domain";
import { getPath, toCellValue } from "./cells.js";
import { COMBINED_SHEET } from "./specs.js";

/** Headers of the flat layout. */
export const flatHeaders = (): string[] => COMBINED_SHEET.columns.map((c) => c.header);

/** One flat row; dates as dd/mm/yyyy. Lists other than attestations/models are written as counts only when empty. */
export const flatRow = (unit: AssessedUnit, facts: AnnualFacts): Array<string | number | undefined> => {
  const record = { unit, facts };
  return COMBINED_SHEET.columns.map((column) => {
    const raw = getPath(record, column.path);
    if (column.type === "list-count" && Array.isArray(raw) && raw.length > 0) return undefined;
    const value = toCellValue(column, raw);
    if (column.type === "date" && typeof value === "string") return value.split("-").reverse().join("/");
    return typeof value === "boolean" ? String(value) : value;
  });
};
