/**
 * Score sheets (bảng chấm điểm, QĐ 510/QĐ-BCA-V05) in spreadsheets: one row per scored item, grouped into
 * one sheet per unit and year; validated with @antq/domain's `parseScoreSheet`. The unit kind needed to
 * pick the rubric is the "Loại đơn vị" column (or `kind` in JSON).
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { CLASSIFICATION_KINDS, type ClassificationKind } from "@antq/criteria";
import { parseScoreSheet, type ScoreSheet, ScoreSheetSchema } from "@antq/domain";
import type { InputIssue, SourceRef } from "@antq/sheets";
import {
  type Column,
  columnLetter,
  convertCell,
  deriveColumns,
  jsonSchemaOf,
  type RawCell,
  setPath,
} from "@antq/sheets";
import { Effect } from "effect";
import { describeSystemError, InputFileError } from "../errors.js";
import { CsvSyntaxError, readCsvRows } from "../io/csv.js";
import { cellText, readWorkbook } from "../io/xlsx.js";

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

/** The score-sheet layout: kind, sheet columns, then one scored item per row. */
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

/** A validated score sheet with its kind and source. */
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

/** Groups rows into sheets and validates them. */
class ScoreBuilder {
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

const bindHeaders = (
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

/** Reads score sheets from .xlsx (sheet "Bảng chấm điểm"), .csv or .json (`{ "scoreSheets": [...] }`). */
export const readScoreSheets = (files: readonly string[]) =>
  Effect.gen(function* () {
    const builder = new ScoreBuilder();
    for (const file of files) {
      const extension = extname(file).toLowerCase();
      if (extension === ".xlsx") {
        const workbook = yield* readWorkbook(file);
        const sheet = workbook.worksheets.find(
          (s) => s.name.normalize("NFC").trim() === SCORE_SHEET.sheetName,
        );
        if (!sheet) {
          return yield* new InputFileError({
            file,
            message: `không có trang tính "${SCORE_SHEET.sheetName}" (xem antq mau --loai bang-diem)`,
          });
        }
        const headers: { text: string; index: number }[] = [];
        sheet.getRow(1).eachCell((cell, index) => {
          headers.push({ text: String(cellText(cell) ?? ""), index });
        });
        const bound = bindHeaders(headers, builder.issues, { file, sheet: sheet.name });
        for (let r = 2; r <= sheet.rowCount; r++) {
          const row = sheet.getRow(r);
          if (!row.hasValues) continue;
          builder.addRow({ file, sheet: sheet.name, row: r }, bound, (i) => cellText(row.getCell(i)));
        }
      } else if (extension === ".csv") {
        yield* Effect.tryPromise({
          try: async () => {
            let bound: Map<number, Column> | undefined;
            let headers: string[] = [];
            for await (const { line, record } of readCsvRows(file)) {
              if (!bound) {
                headers = Object.keys(record);
                bound = bindHeaders(
                  headers.map((text, i) => ({ text, index: i + 1 })),
                  builder.issues,
                  { file, sheet: SCORE_SHEET.sheetName },
                );
              }
              builder.addRow(
                { file, sheet: SCORE_SHEET.sheetName, row: line },
                bound,
                (i) => record[headers[i - 1] ?? ""],
              );
            }
          },
          catch: (error) =>
            new InputFileError({
              file,
              message: error instanceof CsvSyntaxError ? error.message : describeSystemError(error),
            }),
        });
      } else if (extension === ".json") {
        const document = yield* Effect.tryPromise({
          try: async () => JSON.parse((await readFile(file, "utf8")).replace(/^\ufeff/, "")) as unknown,
          catch: (error) =>
            new InputFileError({
              file,
              message:
                error instanceof SyntaxError ? "tệp JSON không đúng cú pháp" : describeSystemError(error),
            }),
        });
        const list = Array.isArray(document)
          ? document
          : typeof document === "object" &&
              document !== null &&
              Array.isArray((document as Record<string, unknown>).scoreSheets)
            ? ((document as Record<string, unknown>).scoreSheets as unknown[])
            : undefined;
        if (!list)
          return yield* new InputFileError({
            file,
            message: 'tệp JSON cần có dạng { "scoreSheets": [...] }',
          });
        list.forEach((item, i) => {
          builder.addJson(item, { file, jsonPath: `scoreSheets[${i}]` });
        });
      } else {
        return yield* new InputFileError({
          file,
          message: `định dạng "${extension}" chưa được hỗ trợ; dùng .xlsx, .csv hoặc .json`,
        });
      }
    }
    return builder.finish();
  });
