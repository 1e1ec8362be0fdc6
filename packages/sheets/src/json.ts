/**
 * JSON input: a document `{ "units": [...], "facts": [...] }` (`annualFacts` is accepted for `facts`, as in
 * @antq/domain's dataset document), or an array of units. Every record is validated by @antq/domain's
 * parse functions in the {@link DatasetBuilder} and located by its path (`units[3]`).
 */
import { CsvSyntaxError } from "./csv.js";
import type { DatasetBuilder } from "./dataset.js";

/** Where a JSON syntax error is: " (dòng 3, ký tự thứ 7)", or "" when the engine does not say. */
const positionOf = (text: string, error: unknown): string => {
  const position = error instanceof SyntaxError ? /position (\d+)/.exec(error.message)?.[1] : undefined;
  if (position === undefined) return "";
  const before = text.slice(0, Number(position));
  const line = before.split("\n").length;
  return ` (dòng ${line}, ký tự thứ ${Number(position) - before.lastIndexOf("\n")})`;
};

/**
 * Reads a JSON document into the builder. Throws a {@link CsvSyntaxError} (code `JSON_SYNTAX` or
 * `JSON_SHAPE`) with a Vietnamese message when the text is not JSON or not one of the shapes above.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * readJsonText(builder, '{ "units": [] }', "du-lieu.json");
 * builder.finish().units.length; //=> 0
 * ```
 */
export const readJsonText = (builder: DatasetBuilder, text: string, file: string): void => {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    throw new CsvSyntaxError(
      `tệp JSON không đúng cú pháp${positionOf(text, error)}`,
      undefined,
      "JSON_SYNTAX",
    );
  }
  const record =
    typeof document === "object" && document !== null && !Array.isArray(document)
      ? (document as Record<string, unknown>)
      : undefined;
  const units = Array.isArray(document) ? document : Array.isArray(record?.units) ? record.units : undefined;
  const facts = record?.facts ?? record?.annualFacts;
  if (units === undefined && !Array.isArray(facts)) {
    throw new CsvSyntaxError(
      'tệp JSON cần có dạng { "units": [...], "facts": [...] } hoặc là một mảng đơn vị',
      undefined,
      "JSON_SHAPE",
    );
  }
  (units ?? []).forEach((unit: unknown, i: number) => {
    builder.addJsonUnit(unit, { file, jsonPath: `units[${i}]` });
  });
  if (Array.isArray(facts)) {
    facts.forEach((item: unknown, i: number) => {
      builder.addJsonFacts(item, { file, jsonPath: `facts[${i}]` });
    });
  }
};
