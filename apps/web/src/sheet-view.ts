/**
 * The problem rows of a workbook shown where they are: for each sheet with located problems, its header row and
 * the rows with problems (their cells as the officer typed them), each problem cell carrying its messages. Read
 * again from the file's bytes with @antq/sheets/xlsx (the same reader and limits), only when there are problems.
 */
import type { InputIssue } from "@antq/sheets";
import { readXlsxSheets } from "@antq/sheets/xlsx";

/** One cell of the view: its column letter, its text (shortened) and the problems located on it. */
export interface SheetCell {
  readonly column: string;
  readonly text: string;
  readonly problems: readonly string[];
  readonly severity?: "error" | "warning";
}

/** A sheet's header row and its problem rows (the first {@link ROWS_SHOWN}). */
export interface SheetView {
  readonly sheet: string;
  readonly header: readonly SheetCell[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly SheetCell[] }[];
  /** Problem rows not shown. */
  readonly more: number;
}

/** Problem rows shown per sheet. */
export const ROWS_SHOWN = 30;
/** Characters of a cell shown (a 1 MB cell stays a short line). */
const CELL_TEXT = 60;

const letter = (index: number): string => {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

const shown = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  const text =
    value instanceof Date
      ? value.toISOString().slice(0, 10).split("-").reverse().join("/")
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);
  return text.length > CELL_TEXT
    ? `${text.slice(0, CELL_TEXT)}… (${text.length.toLocaleString("vi-VN")} ký tự)`
    : text;
};

/** The sheet views of a workbook's located problems (none when no problem has a sheet and a row). */
export const problemSheets = async (
  bytes: Uint8Array,
  issues: readonly InputIssue[],
): Promise<SheetView[]> => {
  const bySheet = new Map<string, Map<number, InputIssue[]>>();
  for (const issue of issues) {
    if (issue.sheet === undefined || issue.row === undefined) continue;
    const rows = bySheet.get(issue.sheet) ?? new Map<number, InputIssue[]>();
    rows.set(issue.row, [...(rows.get(issue.row) ?? []), issue]);
    bySheet.set(issue.sheet, rows);
  }
  if (bySheet.size === 0) return [];
  const views: SheetView[] = [];
  for await (const sheet of readXlsxSheets(bytes)) {
    const problems = bySheet.get(sheet.name);
    if (!problems) continue;
    const wanted = new Set([...problems.keys()].sort((a, b) => a - b).slice(0, ROWS_SHOWN));
    let header: SheetCell[] = [];
    const rows: { line: number; cells: SheetCell[] }[] = [];
    for await (const batch of sheet.rows()) {
      for (const row of batch) {
        if (header.length === 0 && !wanted.has(row.line)) {
          header = row.cells.map((c, i) => ({ column: letter(i), text: shown(c), problems: [] }));
          continue;
        }
        const found = problems.get(row.line);
        if (!found || !wanted.has(row.line)) continue;
        const width = Math.max(row.cells.length, header.length);
        rows.push({
          line: row.line,
          cells: Array.from({ length: width }, (_, i) => {
            const column = letter(i);
            const here = found.filter((p) => p.column === column);
            return {
              column,
              text: shown(row.cells[i]),
              problems: here.map((p) => p.message),
              ...(here.length > 0
                ? { severity: here.some((p) => p.severity === "error") ? "error" : "warning" }
                : {}),
            } as SheetCell;
          }),
        });
      }
      if (rows.length === wanted.size) break;
    }
    views.push({ sheet: sheet.name, header, rows, more: problems.size - wanted.size });
  }
  return views;
};
