/**
 * Sheets of the movement's yearly cycle whose rows are records (a Tổ bảo vệ ANTT, a member, an activity, an
 * award proposal), not units or annual facts: the columns are derived from a flat row schema built from the
 * @antq/domain schemas, the rows are converted with the same cell rules as the assessment sheets, and every
 * problem is located (sheet, row, column) in Vietnamese.
 */
import type * as z from "zod";
import { convertCell, getPath, type RawCell, setPath } from "../cells.js";
import { type Column, deriveColumns, jsonSchemaOf } from "../columns.js";
import type { SheetSpec } from "../specs.js";

/**
 * A located problem of a record sheet.
 *
 * @example
 * ```ts
 * const i: RecordSheetIssue = { sheet: "Tổ bảo vệ ANTT", row: 3, column: "Ngày thành lập", message: "…" };
 * ```
 */
export interface RecordSheetIssue {
  readonly sheet: string;
  /** 1-based row number in the sheet. */
  readonly row: number;
  /** The column header, when the problem is in one cell. */
  readonly column?: string | undefined;
  readonly message: string;
}

/**
 * "Trang “Tổ bảo vệ ANTT”, dòng 3, cột “Ngày thành lập”: …".
 *
 * @example
 * ```ts
 * recordIssueText({ sheet: "Thành viên Tổ", row: 4, message: "Thiếu mã Tổ." }); //=> "Trang “Thành viên Tổ”, dòng 4: Thiếu mã Tổ."
 * ```
 */
export const recordIssueText = (i: RecordSheetIssue): string =>
  `Trang “${i.sheet}”, dòng ${i.row}${i.column ? `, cột “${i.column}”` : ""}: ${i.message}`;

/**
 * A record sheet: a {@link SheetSpec} (so that the xlsx template writer takes it) whose rows are records.
 *
 * @example
 * ```ts
 * TEAM_SHEET.columns.some((c) => c.header === "Mã Tổ bảo vệ ANTT"); //=> true
 * ```
 */
export type RecordSheetSpec = SheetSpec & { readonly target: "facts-list" };

/**
 * A record sheet derived from a flat row schema (nested objects become "Cha: con" columns).
 *
 * @example
 * ```ts
 * recordSheet("vi-du", "Ví dụ", "Mỗi dòng là một ví dụ.", TeamRowSchema).sheetName; //=> "Ví dụ"
 * ```
 */
export const recordSheet = (
  id: string,
  sheetName: string,
  description: string,
  schema: z.ZodType,
  headers: Readonly<Record<string, string>> = {},
): RecordSheetSpec => ({
  id,
  sheetName,
  description,
  target: "facts-list",
  fixed: {},
  columns: deriveColumns(jsonSchemaOf(schema), { headers }).columns,
});

/** One converted row: its row number and the object built from its cells. */
export interface RecordRow {
  readonly row: number;
  readonly value: Record<string, unknown>;
}

/**
 * Converts the rows of a record sheet: headers matched to the spec's columns (a missing required column and an
 * unknown header are reported), each cell converted (wrong numbers, dates, list values are located), blank rows
 * skipped. Rows with a bad cell are left out of `rows`.
 *
 * @example
 * ```ts
 * recordRows(TEAM_SHEET, [], []).issues[0]?.message.startsWith("Thiếu cột"); //=> true
 * ```
 */
export const recordRows = (
  spec: SheetSpec,
  headers: readonly RawCell[],
  rows: readonly { readonly line: number; readonly cells: readonly RawCell[] }[],
  headerRow = 1,
): { rows: RecordRow[]; issues: RecordSheetIssue[] } => {
  const issues: RecordSheetIssue[] = [];
  const byHeader = new Map(spec.columns.map((c) => [c.header.normalize("NFC").toLowerCase(), c] as const));
  const placed: (Column | undefined)[] = headers.map((h) => {
    const text = typeof h === "string" ? h.trim().normalize("NFC") : h === undefined ? "" : String(h);
    if (text === "") return undefined;
    const column = byHeader.get(text.toLowerCase());
    if (column === undefined)
      issues.push({
        sheet: spec.sheetName,
        row: headerRow,
        column: text,
        message: "Cột không có trong mẫu.",
      });
    return column;
  });
  for (const c of spec.columns)
    if (c.required && !placed.includes(c))
      issues.push({ sheet: spec.sheetName, row: headerRow, message: `Thiếu cột bắt buộc “${c.header}”.` });
  if (issues.length > 0) return { rows: [], issues };
  const out: RecordRow[] = [];
  for (const r of rows) {
    const value: Record<string, unknown> = { ...spec.fixed };
    let filled = false;
    let bad = false;
    placed.forEach((column, i) => {
      if (column === undefined) return;
      const cell = convertCell(column, r.cells[i]);
      if (!cell.ok) {
        bad = true;
        issues.push({ sheet: spec.sheetName, row: r.line, column: column.header, message: cell.message });
        return;
      }
      if (cell.value === undefined) return;
      filled = true;
      setPath(value, column.path, cell.value);
    });
    if (!filled && !bad) continue;
    if (!bad) out.push({ row: r.line, value });
  }
  return { rows: out, issues };
};

/**
 * Locates a schema issue of a record built from a row: the column whose path is the issue's path (or its
 * longest prefix), else the row.
 *
 * @example
 * ```ts
 * locateIssue(TEAM_SHEET, 5, ["establishedOn"], "Ngày không hợp lệ").column; //=> "Ngày thành lập"
 * ```
 */
export const locateIssue = (
  spec: SheetSpec,
  row: number,
  path: readonly (string | number)[],
  message: string,
): RecordSheetIssue => {
  const dotted = path.join(".");
  let best: Column | undefined;
  for (const c of spec.columns) {
    const p = c.path.join(".");
    if (
      (dotted === p || dotted.startsWith(`${p}.`)) &&
      (best === undefined || p.length > best.path.join(".").length)
    )
      best = c;
  }
  return { sheet: spec.sheetName, row, column: best?.header, message };
};

/**
 * A value read back from a converted row (`getPath` on its object).
 *
 * @example
 * ```ts
 * valueAt({ row: 2, value: { rating: { year: 2025 } } }, ["rating", "year"]); //=> 2025
 * ```
 */
export const valueAt = (row: RecordRow, path: readonly string[]): unknown => getPath(row.value, path);
