/**
 * The data set of one year as `antq nhap` imports it into the record, all or nothing: from a JSON file in
 * `@antq/domain`'s dataset format, or from what the sheets reader made of a workbook or CSV. Anything wrong is
 * said in Vietnamese, located, and nothing is imported.
 */
import { type Dataset as DomainDataset, parseDataset } from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import type { Dataset } from "./dataset.js";
import { issueLines } from "./issue-text.js";
import { jsonSyntaxPosition } from "./json.js";

/**
 * A year ready to import, or why not: a file that is not what it should be (`file`), or problems listed one a
 * line (`lines`, `count` of them in all).
 *
 * @example
 * ```ts
 * const refused: ImportableYear = { ok: false, lines: ["Lỗi — du-lieu.json, trường units.0.kind: …"], count: 1 };
 * ```
 */
export type ImportableYear =
  | { readonly ok: true; readonly dataset: DomainDataset }
  | { readonly ok: false; readonly file: string }
  | { readonly ok: false; readonly lines: readonly string[]; readonly count: number };

/**
 * The message of an import refused for `count` problems.
 *
 * @example
 * ```ts
 * importRefusedMessage(3); //=> "Dữ liệu có 3 lỗi; chưa nhập gì vào kho."
 * ```
 */
export const importRefusedMessage = (count: number): string =>
  `Dữ liệu có ${formatNumber(count)} lỗi; chưa nhập gì vào kho.`;

/**
 * A JSON file's text in `@antq/domain`'s dataset format: a syntax error located by line and column, every
 * invalid field listed with its path.
 *
 * @example
 * ```ts
 * importableJson('{ "schemaVersion": 1, "units": [] }', "du-lieu-2024.json").ok; //=> true
 * const r = importableJson(JSON.stringify({ schemaVersion: 1, units: [{ ...unit, kind: "khac" }] }), "du-lieu-2024.json");
 * !r.ok && "lines" in r && r.lines[0]?.startsWith("Lỗi — du-lieu-2024.json, trường units[0].kind: "); //=> true
 * const bad = importableJson('{\n  "units": [],\n}', "du-lieu-2024.json");
 * !bad.ok && "file" in bad && bad.file.startsWith("Tệp du-lieu-2024.json không phải JSON hợp lệ (dòng 3, cột 1): "); //=> true
 * ```
 */
export const importableJson = (text: string, file: string): ImportableYear => {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    const at = jsonSyntaxPosition(text, e);
    const where = at ? ` (dòng ${formatNumber(at.line)}, cột ${formatNumber(at.column)})` : "";
    return { ok: false, file: `Tệp ${file} không phải JSON hợp lệ${where}: ${(e as Error).message}` };
  }
  const parsed = parseDataset(input);
  if (parsed.ok) return { ok: true, dataset: parsed.value };
  const lines = parsed.issues.map((i) => `Lỗi — ${file}, trường ${i.pathText}: ${i.message}`);
  return { ok: false, lines, count: parsed.issues.length };
};

/**
 * A workbook or CSV in antq's templates as the reader made it (`read`): refused while any row has an error
 * (counted ones too), or when it holds no unit.
 *
 * @example
 * ```ts
 * const read = datasetOfStoredYear({ schemaVersion: 1, units: province.units, annualFacts: province.facts }, "du-lieu-2024.xlsx");
 * const r = importableRead(read, "du-lieu-2024.xlsx");
 * r.ok && r.dataset.annualFacts?.length === province.facts.length; //=> true
 * const empty = importableRead(new DatasetBuilder().finish(), "mau-antq.xlsx");
 * !empty.ok && "file" in empty && empty.file; //=> "Tệp mau-antq.xlsx không có đơn vị nào theo các mẫu của antq; chưa nhập gì vào kho."
 * ```
 */
export const importableRead = (read: Dataset, file: string): ImportableYear => {
  const errors = read.issues.filter((i) => i.severity === "error");
  if (errors.length > 0 || read.omittedIssues.errors > 0)
    return {
      ok: false,
      lines: issueLines({ ...read, issues: errors }),
      count: errors.length + read.omittedIssues.errors,
    };
  if (read.units.length === 0)
    return {
      ok: false,
      file: `Tệp ${file} không có đơn vị nào theo các mẫu của antq; chưa nhập gì vào kho.`,
    };
  const dataset = {
    schemaVersion: 1,
    units: read.units.map((r) => r.unit),
    annualFacts: read.facts.map((r) => r.facts),
  } satisfies DomainDataset;
  return { ok: true, dataset };
};
