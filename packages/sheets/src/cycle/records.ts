/**
 * The one reader of the movement's yearly-cycle records (plans and their targets, điển hình registrations,
 * models and their ratings, Tổ bảo vệ ANTT and their members, activities, award proposals) from sheets: one
 * main sheet with one record per row, and list sheets whose rows are added to the record named in their key
 * column (e.g. the targets of a plan, the members of a team). Every cell is converted with the column of its
 * sheet spec, the record is checked with its @antq/domain parser, and every problem is located by file, sheet,
 * row, column and field path, as the assessment input is.
 */
import type { DomainIssue } from "@antq/domain";
import type * as z from "zod";
import { columnLetter, convertCell, ListCount, type RawCell, setPath } from "../cells.js";
import { type Column, deriveColumns, jsonSchemaOf } from "../columns.js";
import type { InputIssue, SourceRef } from "../dataset.js";
import type { SheetSpec } from "../specs.js";

/**
 * A record sheet: a {@link SheetSpec} (so that the xlsx template writer takes it) whose rows are records.
 *
 * @example
 * ```ts
 * TEAM_SHEET.target; //=> "facts-list"
 * ```
 */
export type RecordSheetSpec = SheetSpec & { readonly target: "facts-list" };

/**
 * A record sheet derived from a flat row schema (nested objects become "Cha: con" columns).
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * recordSheet("vi-du", "Ví dụ", "Mỗi dòng là một ví dụ.", z.object({ id: z.string() }), { id: "Mã" }).columns[0]?.header; //=> "Mã"
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

/**
 * A list sheet of a record group: its rows fill `field` of the record whose id is in `keyColumn`.
 *
 * @example
 * ```ts
 * const targets: RecordListSheet | undefined = PLAN_GROUP.lists[0];
 * [targets?.spec.sheetName, targets?.field, targets?.keyColumn.header]; //=> ["Chỉ tiêu số lượng", "countTargets", "Mã kế hoạch"]
 * ```
 */
export interface RecordListSheet {
  readonly spec: SheetSpec;
  readonly field: string;
  readonly keyColumn: Column;
}

/**
 * A group of sheets that make up one kind of record.
 *
 * @example
 * ```ts
 * PLAN_GROUP.main.sheetName; //=> "Kế hoạch"
 * ```
 */
export interface RecordGroup<T> {
  /** The sheet of the records, one per row; its `id` column (path `["id"]`) names them. */
  readonly main: SheetSpec;
  readonly lists: readonly RecordListSheet[];
  readonly parse: (value: unknown) => { ok: true; value: T } | { ok: false; issues: readonly DomainIssue[] };
  /**
   * Builds the value the parser checks from the row's object (with its list items under their fields), when the
   * sheet's columns are not the record's own fields (e.g. a team's rating of the year as columns of its row).
   */
  readonly toRecord?: (row: Record<string, unknown>) => unknown;
  /** The inverse of `toRecord` for locating: the row path (list field, index, column path) of a parser issue. */
  readonly rowPath?: (path: readonly (string | number)[]) => readonly (string | number)[];
}

/**
 * A sheet's rows as read from a file: its header row and its data rows (1-based line numbers).
 *
 * @example
 * ```ts
 * const rows: SheetRows = { file: "dang-ky.csv", sheet: "Đăng ký điển hình", headers: ["Mã bản ghi"], rows: [{ line: 2, cells: ["dh-2024-1"] }] };
 * readRecordGroup(TYPICAL_GROUP, new Map([[TYPICAL_SHEET.sheetName, rows]])).issues.length > 0; //=> true
 * ```
 */
export interface SheetRows {
  readonly file: string;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly RawCell[] }[];
}

/**
 * A validated record with the row it came from.
 *
 * @example
 * ```ts
 * const where = (r: SourcedRecord<{ id: string }>) => `${r.source.file}, dòng ${r.source.row}`;
 * where({ value: { id: "dh-2024-1" }, source: { file: "dang-ky.csv", row: 2 } }); //=> "dang-ky.csv, dòng 2"
 * ```
 */
export interface SourcedRecord<T> {
  readonly value: T;
  readonly source: SourceRef;
}

interface Located {
  readonly source: SourceRef;
  readonly columns: ReadonlyMap<string, { letter: string; header: string }>;
  /** Field paths whose cell was already reported (not reported again as missing). */
  readonly reported: ReadonlySet<string>;
}

const normal = (text: string) => text.normalize("NFC").trim().toLocaleLowerCase("vi");

const where = (s: SourceRef) => ({
  file: s.file,
  ...(s.sheet !== undefined ? { sheet: s.sheet } : {}),
  ...(s.row !== undefined ? { row: s.row } : {}),
});

/** The column of a field path: its own, else the column of its longest prefix (a list or an object cell). */
const columnOf = (
  columns: ReadonlyMap<string, { letter: string; header: string }>,
  path: string,
): { letter: string; header: string } | undefined => {
  for (let p = path; p !== ""; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
    const column = columns.get(p);
    if (column) return column;
  }
  return undefined;
};

/** Reads one sheet into objects: header binding, cell conversion, located cell errors. */
const readSheet = (
  spec: SheetSpec,
  extra: readonly Column[],
  input: SheetRows,
  issues: InputIssue[],
): { value: Record<string, unknown>; located: Located; bad: boolean }[] => {
  const columns = [...extra, ...spec.columns];
  const byHeader = new Map(columns.map((c) => [normal(c.header), c]));
  const bound = new Map<number, Column>();
  input.headers.forEach((text, i) => {
    if (text.trim() === "") return;
    const column = byHeader.get(normal(text));
    if (column) bound.set(i, column);
    else
      issues.push({
        severity: "warning",
        code: "UNKNOWN_COLUMN",
        message: `Cột "${text}" không thuộc mẫu "${spec.sheetName}" nên được bỏ qua.`,
        file: input.file,
        sheet: input.sheet,
        row: 1,
        column: columnLetter(i + 1),
        header: text,
      });
  });
  const seen = new Set(bound.values());
  for (const column of columns) {
    if (column.required && !seen.has(column)) {
      issues.push({
        severity: "error",
        code: "MISSING_COLUMN",
        message: `Thiếu cột bắt buộc "${column.header}".`,
        file: input.file,
        sheet: input.sheet,
        row: 1,
        header: column.header,
        path: column.path.join("."),
      });
    }
  }
  const letters = new Map<string, { letter: string; header: string }>();
  for (const [i, c] of bound)
    letters.set(c.path.join("."), { letter: columnLetter(i + 1), header: c.header });
  const out: { value: Record<string, unknown>; located: Located; bad: boolean }[] = [];
  for (const { line, cells } of input.rows) {
    const value: Record<string, unknown> = { ...spec.fixed };
    const source: SourceRef = { file: input.file, sheet: input.sheet, row: line };
    let empty = true;
    let bad = false;
    const reported = new Set<string>();
    for (const [i, column] of bound) {
      const raw = cells[i];
      if (raw === undefined || raw === "") continue;
      empty = false;
      const result = convertCell(column, raw);
      if (!result.ok) {
        bad = true;
        reported.add(column.path.join("."));
        issues.push({
          severity: "error",
          code: result.code,
          message: result.message,
          ...where(source),
          column: columnLetter(i + 1),
          header: column.header,
          path: column.path.join("."),
        });
        continue;
      }
      if (result.value === undefined || result.value instanceof ListCount) continue;
      setPath(value, column.path, result.value);
    }
    if (!empty) out.push({ value, located: { source, columns: letters, reported }, bad });
  }
  return out;
};

/**
 * Reads the records of a group from its sheets (`sheets` keyed by sheet name; a missing list sheet means no
 * list rows). A list row whose key names no record of the main sheet, a repeated record id, a wrong cell and
 * every problem the domain parser finds are errors located at their row and column; a record with any error
 * is left out.
 *
 * @example
 * ```ts
 * const { records, issues } = readRecordGroup(TYPICAL_GROUP, new Map());
 * records.length; //=> 0
 * ```
 */
export const readRecordGroup = <T>(
  group: RecordGroup<T>,
  sheets: ReadonlyMap<string, SheetRows>,
): { records: SourcedRecord<T>[]; issues: InputIssue[] } => {
  const issues: InputIssue[] = [];
  const main = sheets.get(group.main.sheetName);
  if (main === undefined) return { records: [], issues };
  const rows = readSheet(group.main, [], main, issues);
  const byId = new Map<
    string,
    { value: Record<string, unknown>; located: Located; bad: boolean; items: Map<string, Located[]> }
  >();
  const entries: {
    value: Record<string, unknown>;
    located: Located;
    bad: boolean;
    items: Map<string, Located[]>;
  }[] = [];
  for (const row of rows) {
    const entry = { ...row, items: new Map<string, Located[]>() };
    const id = row.value.id;
    if (typeof id === "string") {
      const first = byId.get(id);
      if (first !== undefined) {
        const idColumn = row.located.columns.get("id");
        issues.push({
          severity: "error",
          code: "DUPLICATE_ID",
          message: `Mã "${id}" đã dùng ở dòng ${first.located.source.row}; mỗi mã chỉ ghi một dòng.`,
          ...where(row.located.source),
          path: "id",
          ...(idColumn ? { column: idColumn.letter, header: idColumn.header } : {}),
        });
        continue;
      }
      byId.set(id, entry);
    }
    entries.push(entry);
  }
  for (const list of group.lists) {
    const input = sheets.get(list.spec.sheetName);
    if (input === undefined) continue;
    for (const row of readSheet(list.spec, [list.keyColumn], input, issues)) {
      const key = row.value[list.keyColumn.path[0] as string];
      delete row.value[list.keyColumn.path[0] as string];
      const owner = typeof key === "string" ? byId.get(key) : undefined;
      if (owner === undefined) {
        if (typeof key === "string" || !row.bad)
          issues.push({
            severity: "error",
            code: "UNKNOWN_REFERENCE",
            message:
              typeof key === "string"
                ? `${list.keyColumn.header} "${key}" không có trong trang "${group.main.sheetName}".`
                : `Thiếu "${list.keyColumn.header}".`,
            ...where(row.located.source),
            header: list.keyColumn.header,
          });
        continue;
      }
      const items = (owner.value[list.field] as unknown[] | undefined) ?? [];
      items.push(row.value);
      owner.value[list.field] = items;
      const located = owner.items.get(list.field) ?? [];
      located.push(row.located);
      owner.items.set(list.field, located);
      owner.bad ||= row.bad;
    }
  }
  const records: SourcedRecord<T>[] = [];
  for (const entry of entries) {
    const parsed = group.parse(group.toRecord ? group.toRecord(entry.value) : entry.value);
    if (parsed.ok) {
      if (!entry.bad) records.push({ value: parsed.value, source: entry.located.source });
      continue;
    }
    for (const issue of parsed.issues) {
      const rowPath = group.rowPath ? group.rowPath(issue.path) : issue.path;
      const [head, index, ...rest] = rowPath;
      const item =
        typeof head === "string" && typeof index === "number" ? entry.items.get(head)?.[index] : undefined;
      const at = item ?? entry.located;
      const path = (item ? rest : rowPath).join(".");
      if (at.reported.has(path)) continue;
      const column = columnOf(at.columns, path);
      issues.push({
        severity: "error",
        code: issue.code,
        message: issue.message,
        ...where(at.source),
        ...(column ? { column: column.letter, header: column.header } : {}),
        path: issue.pathText,
      });
    }
  }
  return { records, issues };
};
