/**
 * Conversion between spreadsheet cells and domain field values, driven by a {@link Column}. Only the
 * shape of a value is handled here (text, number, date, yes/no, list item); whether the value is valid
 * is decided by @antq/domain.
 */
import { parseDate, parseNumber } from "@antq/format-vi";
import type { Column, ColumnChoice } from "./columns.js";

/**
 * The declared number of cases of a list ("Số vụ phạm tội: 0"), checked against the detail rows (list
 * sheets) or the JSON detail cell (the flat layout).
 *
 * @example
 * ```ts
 * const crimes = FACTS_SHEET.columns.find((c) => c.type === "list-count" && c.path[0] === "crimes")!;
 * const cell = convertCell(crimes, "0");
 * cell.ok && cell.value instanceof ListCount && cell.value.count; //=> 0
 * ```
 */
export class ListCount {
  constructor(readonly count: number) {}
}

/**
 * A raw cell: what exceljs or papaparse returned.
 *
 * @example
 * ```ts
 * const cells: RawCell[] = ["Ấp Vĩnh Kim", 143, true, new Date(Date.UTC(2024, 2, 18)), undefined];
 * cells.length; //=> 5
 * ```
 */
export type RawCell = string | number | boolean | Date | undefined;

/**
 * The outcome of converting one cell.
 *
 * @example
 * ```ts
 * const result: CellResult = convertCell(FACTS_SHEET.columns[0]!, "KDC-28000-01");
 * result; //=> { ok: true, value: "KDC-28000-01" }
 * ```
 */
export type CellResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: string; readonly message: string };

const fail = (code: string, message: string): CellResult => ({ ok: false, code, message });

/** A Vietnamese-formatted number ("1.454", "84,1"); undefined when it is not one. */
const parseNumberVi = (input: string): number | undefined => {
  const result = parseNumber(input);
  return result.ok ? result.value : undefined;
};

/** "dd/mm/yyyy" as "YYYY-MM-DD"; undefined when it is not a valid date. */
const parseDateVi = (input: string): string | undefined => {
  const result = parseDate(input);
  return result.ok ? result.value : undefined;
};

const normal = (text: string) => text.normalize("NFC").trim().toLowerCase();

/** Words accepted for yes/no cells, as choices so that they share the remembered-spelling lookup. */
const YES_NO: readonly ColumnChoice[] = [
  ...["có", "co", "x", "đúng", "true", "1", "yes", "đạt"].map((label) => ({ code: "true", label })),
  ...["không", "khong", "sai", "false", "0", "no"].map((label) => ({ code: "false", label })),
];

const EMPTY: CellResult = { ok: true, value: undefined };
const TRUE: CellResult = { ok: true, value: true };
const FALSE: CellResult = { ok: true, value: false };

const isoFromDate = (date: Date): string =>
  `${date.getUTCFullYear().toString().padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;

const choiceIndexes = new WeakMap<readonly ColumnChoice[], Map<string, ColumnChoice | null>>();

/** Distinct raw spellings remembered per list of choices (a column holds few distinct values). */
const MAX_REMEMBERED_SPELLINGS = 512;

/**
 * Finds a choice by label or code (NFC, case-insensitive). The lookup map is built once per list of choices
 * and also remembers the raw spellings met so far, so a column of a million rows normalises each distinct
 * spelling once.
 */
const findChoice = (choices: readonly ColumnChoice[], text: string): ColumnChoice | undefined => {
  let index = choiceIndexes.get(choices);
  if (!index) {
    index = new Map();
    for (const c of choices) {
      index.set(normal(c.code), c);
      index.set(normal(c.label), c);
    }
    choiceIndexes.set(choices, index);
  }
  const known = index.get(text);
  if (known !== undefined) return known ?? undefined;
  const found = index.get(normal(text));
  if (index.size < MAX_REMEMBERED_SPELLINGS) index.set(text, found ?? null);
  return found ?? undefined;
};

const listChoices = (choices: readonly ColumnChoice[]) => {
  const labels = choices.map((c) => `"${c.label}"`);
  return labels.length > 8 ? `${labels.slice(0, 8).join(", ")}, …` : labels.join(", ");
};

/** Text of a raw cell for messages. */
export const rawText = (raw: RawCell): string =>
  raw instanceof Date ? isoFromDate(raw) : raw === undefined ? "" : String(raw);

/** At most this many characters of a wrong cell are quoted back in its message. */
const QUOTED_LENGTH = 60;

const quoted = (text: string): string =>
  text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH)}…` : text;

/** Where `JSON.parse` stopped, in Vietnamese ("ở ký tự thứ 12" or "vì bị cắt cụt"). */
const jsonErrorPlace = (error: unknown, text: string): string => {
  const message = error instanceof Error ? error.message : "";
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined)
    return ` (lỗi ở ký tự thứ ${Number(position) + 1}${Number(position) >= text.length ? ", thiếu phần cuối" : ""})`;
  return /end of JSON input/i.test(message) ? " (thiếu phần cuối, ví dụ dấu ] hoặc })" : "";
};

/**
 * A "json-list" cell: a JSON array of case objects written with the field names and value codes of the
 * JSON input (ISO dates). Only the shape (valid JSON, an array) is checked here; the items are validated
 * by @antq/domain with the rest of the facts.
 */
const convertJsonList = (text: string): CellResult => {
  const source = text.normalize("NFC");
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return fail(
      "CELL_NOT_JSON_LIST",
      `"${quoted(source)}" không phải là JSON hợp lệ${jsonErrorPlace(error, source)}; ghi danh sách các trường hợp dạng [{"id": "VPT-2024-01", "date": "2024-03-05", …}], tên trường và chữ đặt trong dấu nháy kép thẳng (").`,
    );
  }
  if (!Array.isArray(value)) {
    return fail(
      "CELL_NOT_JSON_LIST",
      `"${quoted(source)}" phải là một danh sách JSON, mở bằng "[" và đóng bằng "]" (ví dụ [{"id": "VPT-2024-01", "date": "2024-03-05", …}]; không có trường hợp nào thì ghi []).`,
    );
  }
  return { ok: true, value };
};

/**
 * Converts a raw cell for a column. Empty cells give `{ ok: true, value: undefined }`.
 *
 * @example
 * ```ts
 * const households = FACTS_SHEET.columns.find((c) => c.path.join(".") === "households.resident")!;
 * convertCell(households, "1.454"); //=> { ok: true, value: 1454 }
 * convertCell(households, "   "); //=> { ok: true, value: undefined }
 * convertCell(households, "nhiều").ok; //=> false
 * ```
 */
export const convertCell = (column: Column, raw: RawCell): CellResult => {
  const trimmed = typeof raw === "string" ? raw.trim() : raw;
  if (trimmed === undefined || trimmed === "") return EMPTY;
  // Numbers, dates and yes/no words are matched without Unicode normalisation; only free text needs it.
  const text = trimmed;
  switch (column.type) {
    case "text":
      return {
        ok: true,
        value:
          text instanceof Date
            ? isoFromDate(text)
            : typeof text === "string"
              ? text.normalize("NFC")
              : String(text),
      };
    case "integer":
    case "number": {
      const value =
        typeof text === "number" ? text : typeof text === "string" ? parseNumberVi(text) : undefined;
      if (value === undefined || Number.isNaN(value)) {
        return fail("CELL_NOT_A_NUMBER", `"${rawText(raw)}" không phải là số (viết như 1.454 hoặc 1454).`);
      }
      if (column.type === "integer" && !Number.isInteger(value)) {
        return fail("CELL_NOT_AN_INTEGER", `"${rawText(raw)}" phải là số nguyên.`);
      }
      return { ok: true, value };
    }
    case "boolean": {
      if (typeof text === "boolean") return text ? TRUE : FALSE;
      const choice = findChoice(YES_NO, String(text));
      if (choice) return choice.code === "true" ? TRUE : FALSE;
      return fail("CELL_NOT_YES_NO", `"${rawText(raw)}" không hợp lệ; chỉ nhận "Có" hoặc "Không".`);
    }
    case "date": {
      if (text instanceof Date) return { ok: true, value: isoFromDate(text) };
      const s = String(text);
      if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { ok: true, value: s };
      const parsed = parseDateVi(s);
      if (parsed) return { ok: true, value: parsed };
      return fail(
        "CELL_NOT_A_DATE",
        `"${s}" không phải là ngày hợp lệ (viết theo dạng ngày/tháng/năm, ví dụ 25/09/2024).`,
      );
    }
    case "enum": {
      const choice = findChoice(column.choices ?? [], String(text));
      if (!choice) {
        const suggestion = column.suggest?.(String(text));
        return fail(
          "CELL_NOT_IN_LIST",
          `"${rawText(raw)}" không có trong danh sách${
            suggestion === undefined ? "" : ` (có phải “${suggestion}”?)`
          }; chọn một trong: ${listChoices(column.choices ?? [])}.`,
        );
      }
      return { ok: true, value: choice.code };
    }
    case "list-count": {
      const value =
        typeof text === "number" ? text : typeof text === "string" ? parseNumberVi(text) : undefined;
      if (value === undefined || !Number.isInteger(value) || value < 0) {
        return fail("CELL_NOT_A_COUNT", `"${rawText(raw)}" phải là số trường hợp (số nguyên từ 0 trở lên).`);
      }
      return { ok: true, value: new ListCount(value) };
    }
    case "keyed-list": {
      const parts = String(text)
        .normalize("NFC")
        .split(/[;\n]/)
        .map((p) => p.trim())
        .filter((p) => p !== "");
      return {
        ok: true,
        value: parts.map((part) => ({ [column.itemKey ?? "id"]: part, ...column.itemFixed })),
      };
    }
    case "json-list":
      return convertJsonList(rawText(trimmed));
    case "enum-list": {
      const parts = String(text)
        .split(/[;\n]/)
        .map((p) => p.trim())
        .filter((p) => p !== "");
      const values: string[] = [];
      for (const part of parts) {
        const choice = findChoice(column.choices ?? [], part);
        if (!choice) {
          return fail(
            "CELL_NOT_IN_LIST",
            `"${part}" không có trong danh sách; chọn trong: ${listChoices(column.choices ?? [])}.`,
          );
        }
        values.push(choice.code);
      }
      return { ok: true, value: values };
    }
  }
};

/**
 * The cell value written for a domain value (templates, examples, result sheets).
 *
 * @example
 * ```ts
 * const force = FACTS_SHEET.columns.find((c) => c.path.join(".") === "securityForce.exists")!;
 * toCellValue(force, true); //=> "Có"
 * toCellValue(force, undefined); //=> undefined
 * ```
 */
export const toCellValue = (column: Column, value: unknown): string | number | boolean | undefined => {
  if (value === undefined || value === null) return undefined;
  switch (column.type) {
    case "boolean":
      return value === true ? "Có" : value === false ? "Không" : String(value);
    case "enum":
      return column.choices?.find((c) => c.code === value)?.label ?? String(value);
    case "enum-list":
      return Array.isArray(value)
        ? value.map((v) => column.choices?.find((c) => c.code === v)?.label ?? String(v)).join("; ")
        : String(value);
    case "integer":
    case "number":
      return typeof value === "number" ? value : String(value);
    case "list-count":
      return Array.isArray(value) ? value.length : undefined;
    case "json-list":
      return Array.isArray(value) && value.length > 0 ? JSON.stringify(value) : undefined;
    case "keyed-list":
      return Array.isArray(value)
        ? value
            .filter((item: Record<string, unknown>) =>
              Object.entries(column.itemFixed ?? {}).every(([k, v]) => item[k] === v),
            )
            .map((item: Record<string, unknown>) => String(item[column.itemKey ?? "id"]))
            .join("; ")
        : undefined;
    default:
      return String(value);
  }
};

/**
 * Sets `value` at `path` in a plain object, creating parent objects.
 *
 * @example
 * ```ts
 * const facts: Record<string, unknown> = { unitId: "KDC-28000-01" };
 * setPath(facts, ["households", "resident"], 143);
 * facts; //=> { unitId: "KDC-28000-01", households: { resident: 143 } }
 * ```
 */
export const setPath = (target: Record<string, unknown>, path: readonly string[], value: unknown): void => {
  let node = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string;
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
};

/**
 * Reads the value at `path` of a plain object.
 *
 * @example
 * ```ts
 * getPath({ households: { resident: 143, registered: 140 } }, ["households", "registered"]); //=> 140
 * getPath({ households: {} }, ["households", "registered"]); //=> undefined
 * ```
 */
export const getPath = (source: unknown, path: readonly string[]): unknown => {
  let node = source;
  for (const key of path) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
};

/**
 * "A", "B", …, "AA" for a 1-based column number.
 *
 * @example
 * ```ts
 * columnLetter(1); //=> "A"
 * columnLetter(28); //=> "AB"
 * ```
 */
export const columnLetter = (index: number): string => {
  let n = index;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};
