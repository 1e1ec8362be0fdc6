/**
 * Writing units with their facts as "Đơn vị và dữ kiện" rows (the flat CSV layout that `antq danh-gia`
 * streams), e.g. for a very large sample file.
 */
import type { AnnualFacts, AssessedUnit } from "@antq/domain";
import { getPath, toCellValue } from "./cells.js";
import type { Column } from "./columns.js";
import { COMBINED_SHEET } from "./specs.js";

/**
 * Headers of the flat layout.
 *
 * @example
 * ```ts
 * flatHeaders().slice(0, 3); //=> ["Loại đơn vị", "Mã đơn vị", "Tên đơn vị"]
 * ```
 */
export const flatHeaders = (): string[] => COMBINED_SHEET.columns.map((c) => c.header);

/** Paths (dotted) of the lists written as ";"-separated codes, with their codes column. */
const KEYED_COLUMNS = new Map(
  COMBINED_SHEET.columns.filter((c) => c.type === "keyed-list").map((c) => [c.path.join("."), c]),
);

/** True when the codes column can say exactly this list: only codes, each item being its code and fixed fields. */
const sayableAsCodes = (column: Column, items: readonly unknown[]): boolean => {
  if (items.length === 0) return false; // a blank codes cell means "not reported", not "none"
  const key = column.itemKey ?? "id";
  const fixed = column.itemFixed ?? {};
  return items.every((item) => {
    if (typeof item !== "object" || item === null) return false;
    const record = item as Record<string, unknown>;
    const code = record[key];
    if (typeof code !== "string" || code.trim() !== code || code === "" || /[;\n]/.test(code)) return false;
    return (
      Object.keys(record).every((k) => k === key || (k in fixed && fixed[k] === record[k])) &&
      Object.keys(fixed).every((k) => k in record)
    );
  });
};

/**
 * One flat row with the full facts: dates as dd/mm/yyyy, every list of cases as its count and, when it has
 * cases, its JSON detail; attestations and models as ";"-separated codes when codes say all of it, else as
 * JSON detail.
 *
 * @example
 * ```ts
 * const row = flatRow(unit, facts);
 * row.slice(0, 3); //=> ["Khu dân cư", "KDC-28000-01", "Ấp Vĩnh Kim"]
 * row.length === flatHeaders().length; //=> true
 * ```
 */
export const flatRow = (unit: AssessedUnit, facts: AnnualFacts): Array<string | number | undefined> => {
  const record = { unit, facts };
  return COMBINED_SHEET.columns.map((column) => {
    const raw = getPath(record, column.path);
    if (column.type === "keyed-list" && !(Array.isArray(raw) && sayableAsCodes(column, raw)))
      return undefined;
    const codes = column.type === "json-list" ? KEYED_COLUMNS.get(column.path.join(".")) : undefined;
    if (codes) return Array.isArray(raw) && !sayableAsCodes(codes, raw) ? JSON.stringify(raw) : undefined;
    const value = toCellValue(column, raw);
    if (column.type === "date" && typeof value === "string") return value.split("-").reverse().join("/");
    return typeof value === "boolean" ? String(value) : value;
  });
};
