/**
 * JSON input: @antq/domain's dataset document `{ "schemaVersion": 1, "units": [...], "annualFacts": [...] }`
 * (its other collections are allowed and not read here). Every record is validated by @antq/domain's parse
 * functions in the {@link DatasetBuilder} and located by its path (`units[3]`, `annualFacts[0].crimes[1]`).
 * The former `{ "units", "facts" }` shape and a bare array of units are refused with a message saying what is
 * expected.
 */
import { CsvSyntaxError } from "./csv.js";
import type { DatasetBuilder } from "./dataset.js";

const EXPECTED =
  'bộ dữ liệu JSON cần có dạng { "schemaVersion": 1, "units": [...], "annualFacts": [...] } (cấu trúc Dataset của @antq/domain; xem lược đồ JSON của mẫu nhập liệu)';

/**
 * The line and column (both from 1) where `JSON.parse(text)` failed with `error`, from the character position the
 * engine names in its message; `undefined` when it names none (or `error` is not a `SyntaxError`).
 *
 * @example
 * const text = '{\n  "units": [],\n}';
 * let error: unknown;
 * try { JSON.parse(text); } catch (e) { error = e; }
 * jsonSyntaxPosition(text, error); //=> { line: 3, column: 1 }
 * jsonSyntaxPosition(text, new Error("đĩa đầy")); //=> undefined
 */
export const jsonSyntaxPosition = (
  text: string,
  error: unknown,
): { readonly line: number; readonly column: number } | undefined => {
  const position = error instanceof SyntaxError ? /position (\d+)/.exec(error.message)?.[1] : undefined;
  if (position === undefined) return undefined;
  const before = text.slice(0, Number(position));
  return { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
};

/** Where a JSON syntax error is: " (dòng 3, ký tự thứ 7)", or "" when the engine does not say. */
const positionOf = (text: string, error: unknown): string => {
  const at = jsonSyntaxPosition(text, error);
  return at === undefined ? "" : ` (dòng ${at.line}, ký tự thứ ${at.column})`;
};

/**
 * The value of a JSON text (a byte-order mark allowed). Throws a {@link CsvSyntaxError} with code `JSON_SYNTAX`
 * and the line and character of the error when the text is not JSON.
 */
export const parseJsonDocument = (text: string): unknown => {
  const body = text.replace(/^\ufeff/, "");
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new CsvSyntaxError(
      `tệp JSON không đúng cú pháp${positionOf(body, error)}`,
      undefined,
      "JSON_SYNTAX",
    );
  }
};

/**
 * Reads a JSON dataset into the builder. Throws a {@link CsvSyntaxError} (code `JSON_SYNTAX` or `JSON_SHAPE`)
 * with a Vietnamese message when the text is not JSON or not a dataset, saying which field is wrong and what
 * shape is expected.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * readJsonText(builder, '{ "schemaVersion": 1, "units": [] }', "du-lieu.json");
 * builder.finish().units.length; //=> 0
 * ```
 */
export const readJsonText = (builder: DatasetBuilder, text: string, file: string): void => {
  const document = parseJsonDocument(text);
  const shape = (message: string) => new CsvSyntaxError(`${message}; ${EXPECTED}`, undefined, "JSON_SHAPE");
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw shape(Array.isArray(document) ? "tệp JSON là một mảng" : "tệp JSON không phải là một đối tượng");
  }
  const record = document as Record<string, unknown>;
  if ("facts" in record) {
    throw shape('trường "facts" là dạng cũ, không còn được nhận: hãy đổi tên thành "annualFacts"');
  }
  if (record.schemaVersion !== 1) {
    throw shape(
      record.schemaVersion === undefined
        ? 'thiếu trường "schemaVersion"'
        : `trường "schemaVersion" là ${JSON.stringify(record.schemaVersion)}, chỉ đọc được phiên bản 1`,
    );
  }
  if (!Array.isArray(record.units)) throw shape('trường "units" phải là một mảng đơn vị');
  const units: unknown[] = record.units;
  const facts = record.annualFacts;
  if (facts !== undefined && !Array.isArray(facts)) throw shape('trường "annualFacts" phải là một mảng');
  units.forEach((unit: unknown, i: number) => {
    builder.addJsonUnit(unit, { file, jsonPath: `units[${i}]` });
  });
  if (Array.isArray(facts)) {
    facts.forEach((item: unknown, i: number) => {
      builder.addJsonFacts(item, { file, jsonPath: `annualFacts[${i}]` });
    });
  }
};
