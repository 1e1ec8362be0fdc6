/**
 * Score sheets (bảng chấm điểm, QĐ 510/QĐ-BCA-V05) in spreadsheets: one row per scored item, grouped into
 * one sheet per unit and year; validated with @antq/domain's `parseScoreSheet`. The unit kind needed to
 * pick the rubric is the "Loại đơn vị" column (or `kind` in JSON).
 */
import { CLASSIFICATION_KINDS, type ClassificationKind } from "@antq/criteria";
import { parseScoreSheet, type ScoreSheet, ScoreSheetSchema } from "@antq/domain";
import { columnLetter, convertCell, type RawCell, setPath } from "./cells.js";
import { type Column, deriveColumns, jsonSchemaOf } from "./columns.js";
import { CsvSyntaxError } from "./csv.js";
import type { InputIssue, SourceRef } from "./dataset.js";
import { parseJsonDocument } from "./json.js";
import type { RowSource } from "./rows.js";

const derived = deriveColumns(jsonSchemaOf(ScoreSheetSchema), {
  headers: { unitId: "Mã đơn vị", unitName: "Tên đơn vị", year: "Năm đánh giá", rubricId: "Mã bảng điểm" },
});
const entries = derived.lists.find((l) => l.field === "entries");

const KIND_COLUMN: Column = {
  header: "Loại đơn vị",
  path: ["kind"],
  type: "enum",
  required: true,
  choices: CLASSIFICATION_KINDS.map((k) => ({ code: k.id, label: k.label })),
};

/**
 * The score-sheet layout: kind, sheet columns, then one scored item per row.
 *
 * @example
 * ```ts
 * SCORE_SHEET.sheetName; //=> "Bảng chấm điểm"
 * ```
 */
export const SCORE_SHEET = {
  id: "bang-diem",
  sheetName: "Bảng chấm điểm",
  description:
    "Mỗi dòng là một mục chấm điểm của một đơn vị trong một năm (điểm tính bằng phần mười điểm: 85 = 8,5 điểm).",
  columns: [
    KIND_COLUMN,
    ...derived.columns,
    ...(entries?.columns ?? []).map((c) => ({ ...c, path: ["entries", ...c.path] })),
  ] as readonly Column[],
};

/**
 * A validated score sheet with its kind and source.
 *
 * @example
 * ```ts
 * const builder = new ScoreBuilder();
 * builder.addJson(
 *   { kind: "commune", unitId: "C28261", unitName: "Xã Mỹ Thành", year: 2024, rubricId: "vi-du.qd510.commune", entries: [{ item: "I.2", self: 100, verified: 90 }] },
 *   { file: "bang-diem-2024.json", jsonPath: "scoreSheets[0]" },
 * );
 * const [record]: ScoreRecord[] = builder.finish().records;
 * record?.sheet.entries; //=> [{ item: "I.2", self: 100, verified: 90 }]
 * ```
 */
export interface ScoreRecord {
  readonly kind: ClassificationKind;
  readonly sheet: ScoreSheet;
  readonly source: SourceRef;
}

interface Pending {
  kind: unknown;
  value: Record<string, unknown>;
  source: SourceRef;
  rows: { source: SourceRef; letters: Map<string, { letter: string; header: string }> }[];
  bad: boolean;
}

/**
 * Groups score rows (or JSON score sheets) into sheets by unit and year and validates them with @antq/domain's
 * `parseScoreSheet`; problems are located by file, sheet, row and column.
 *
 * @example
 * ```ts
 * const builder = new ScoreBuilder();
 * builder.addJson({ kind: "xa" }, { file: "bang-diem.json", jsonPath: "scoreSheets[0]" });
 * builder.finish().records.length; //=> 0
 * ```
 */
export class ScoreBuilder {
  readonly issues: InputIssue[] = [];
  readonly records: ScoreRecord[] = [];
  private readonly pending = new Map<string, Pending>();

  addRow(source: SourceRef, bound: Map<number, Column>, cell: (index: number) => RawCell): void {
    const row: Record<string, unknown> = {};
    const letters = new Map<string, { letter: string; header: string }>();
    let empty = true;
    let bad = false;
    for (const [index, column] of bound) {
      letters.set(column.path.join("."), { letter: columnLetter(index), header: column.header });
      const result = convertCell(column, cell(index));
      if (!result.ok) {
        bad = true;
        empty = false;
        this.issues.push({
          severity: "error",
          code: result.code,
          message: result.message,
          file: source.file,
          ...(source.sheet ? { sheet: source.sheet } : {}),
          ...(source.row !== undefined ? { row: source.row } : {}),
          column: columnLetter(index),
          header: column.header,
          path: column.path.join("."),
        });
        continue;
      }
      if (result.value === undefined) continue;
      empty = false;
      setPath(row, column.path, result.value);
    }
    if (empty) return;
    const key = `${String(row.unitId)}\u0000${String(row.year)}`;
    let p = this.pending.get(key);
    const { kind, entries: entry, ...sheetFields } = row as { kind?: unknown; entries?: unknown };
    if (!p) {
      p = { kind, value: { ...sheetFields, entries: [] }, source, rows: [], bad: false };
      this.pending.set(key, p);
    } else {
      for (const [k, v] of Object.entries(sheetFields)) if (p.value[k] === undefined) p.value[k] = v;
      p.kind ??= kind;
    }
    if (entry !== undefined) (p.value.entries as unknown[]).push(entry);
    p.rows.push({ source, letters });
    p.bad ||= bad;
  }

  addJson(value: unknown, source: SourceRef): void {
    if (typeof value !== "object" || value === null) {
      this.issues.push({
        severity: "error",
        code: "NOT_AN_OBJECT",
        message: "Bảng điểm phải là một đối tượng JSON.",
        file: source.file,
        ...(source.jsonPath ? { path: source.jsonPath } : {}),
      });
      return;
    }
    const { kind, ...sheet } = value as Record<string, unknown>;
    this.pending.set(`json\u0000${source.jsonPath}`, { kind, value: sheet, source, rows: [], bad: false });
  }

  finish(): { records: ScoreRecord[]; issues: InputIssue[] } {
    for (const p of this.pending.values()) {
      const kind = CLASSIFICATION_KINDS.find((k) => k.id === p.kind)?.id;
      if (!kind) {
        this.issues.push({
          severity: "error",
          code: "MISSING_KIND",
          message: `Thiếu hoặc sai loại đơn vị; chọn một trong: ${CLASSIFICATION_KINDS.map((k) => k.label).join(", ")}.`,
          file: p.source.file,
          ...(p.source.sheet ? { sheet: p.source.sheet } : {}),
          ...(p.source.row !== undefined ? { row: p.source.row } : {}),
          path: p.source.jsonPath ? `${p.source.jsonPath}.kind` : "kind",
        });
        continue;
      }
      const parsed = parseScoreSheet(p.value);
      if (!parsed.ok) {
        for (const issue of parsed.issues) {
          const [head, index, ...rest] = issue.path;
          const row = head === "entries" && typeof index === "number" ? p.rows[index] : p.rows[0];
          const columnPath = head === "entries" ? ["entries", ...rest].join(".") : issue.path.join(".");
          const where = row?.letters.get(columnPath);
          const src = row?.source ?? p.source;
          this.issues.push({
            severity: "error",
            code: issue.code,
            message: issue.message,
            file: src.file,
            ...(src.sheet ? { sheet: src.sheet } : {}),
            ...(src.row !== undefined ? { row: src.row } : {}),
            ...(where ? { column: where.letter, header: where.header } : {}),
            path: p.source.jsonPath ? `${p.source.jsonPath}.${issue.pathText}` : issue.pathText,
          });
        }
        continue;
      }
      if (!p.bad) this.records.push({ kind, sheet: parsed.value, source: p.source });
    }
    return { records: this.records, issues: this.issues };
  }
}

/**
 * Binds a header row to the score-sheet layout; a missing required column is a located MISSING_COLUMN error.
 *
 * @example
 * ```ts
 * bindScoreHeaders([{ text: "Mã đơn vị", index: 1 }], [], { file: "a.csv", sheet: "Bảng chấm điểm" }).size; //=> 1
 * ```
 */
export const bindScoreHeaders = (
  headers: ReadonlyArray<{ text: string; index: number }>,
  issues: InputIssue[],
  where: { file: string; sheet: string },
) => {
  const byHeader = new Map(SCORE_SHEET.columns.map((c) => [c.header.toLocaleLowerCase("vi"), c]));
  const bound = new Map<number, Column>();
  for (const { text, index } of headers) {
    const column = byHeader.get(text.normalize("NFC").trim().toLocaleLowerCase("vi"));
    if (column) bound.set(index, column);
  }
  for (const column of SCORE_SHEET.columns) {
    if (column.required && ![...bound.values()].includes(column)) {
      issues.push({
        severity: "error",
        code: "MISSING_COLUMN",
        message: `Thiếu cột bắt buộc "${column.header}".`,
        ...where,
        row: 1,
        header: column.header,
      });
    }
  }
  return bound;
};

/**
 * Feeds a sheet or CSV file of the score-sheet layout to the builder: row 1 (or the CSV's header line) binds the
 * columns, every later non-empty row is a scored item.
 *
 * @example
 * ```ts
 * const builder = new ScoreBuilder();
 * await readScoreRows(builder, { file: "bang-diem.csv", headers: ["Mã đơn vị"], rows: [] });
 * builder.finish().issues[0]?.code; //=> "MISSING_COLUMN"
 * ```
 */
export const readScoreRows = async (builder: ScoreBuilder, source: RowSource): Promise<void> => {
  const sheet = source.sheet ?? SCORE_SHEET.sheetName;
  const bound = bindScoreHeaders(
    source.headers.map((text, i) => ({ text, index: i + 1 })),
    builder.issues,
    { file: source.file, sheet },
  );
  for await (const batch of source.rows) {
    for (const { line, cells } of batch) {
      builder.addRow({ file: source.file, sheet, row: line }, bound, (i) => cells[i - 1]);
    }
  }
};

/**
 * Reads a JSON score document, `{ "scoreSheets": [...] }` (or a bare array of score sheets), into the builder,
 * each sheet located as `scoreSheets[i]`. Throws a {@link CsvSyntaxError} (code `JSON_SYNTAX` or `JSON_SHAPE`)
 * with a Vietnamese message when the text is not JSON or not that shape.
 *
 * @example
 * ```ts
 * const builder = new ScoreBuilder();
 * readScoreJsonText(builder, JSON.stringify({ scoreSheets: [{ kind: "commune", unitId: "C28261", unitName: "Xã Mỹ Thành", year: 2024, rubricId: "vi-du.qd510.commune", entries: [{ item: "I.1", self: 100, verified: 90 }] }] }), "bang-diem-2024.json");
 * builder.finish().records.map((r) => [r.kind, r.sheet.unitName, r.source.jsonPath]); //=> [["commune", "Xã Mỹ Thành", "scoreSheets[0]"]]
 * readScoreJsonText(new ScoreBuilder(), '{ "units": [] }', "du-lieu.json"); // throws CsvSyntaxError
 * ```
 */
export const readScoreJsonText = (builder: ScoreBuilder, text: string, file: string): void => {
  const document = parseJsonDocument(text);
  const list = Array.isArray(document)
    ? document
    : typeof document === "object" &&
        document !== null &&
        Array.isArray((document as Record<string, unknown>).scoreSheets)
      ? ((document as Record<string, unknown>).scoreSheets as unknown[])
      : undefined;
  if (list === undefined)
    throw new CsvSyntaxError('tệp JSON cần có dạng { "scoreSheets": [...] }', undefined, "JSON_SHAPE");
  list.forEach((item, i) => {
    builder.addJson(item, { file, jsonPath: `scoreSheets[${i}]` });
  });
};
