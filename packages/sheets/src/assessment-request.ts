/**
 * What `danh-gia` decides around an assessment, apart from reading and writing: the year asked for checked, the
 * names of the result files, one unit found and explained, and the Vietnamese messages for input in which
 * nothing can be assessed and for input rows left out for their errors.
 */
import { formatNumber, type Issue, type Result } from "@antq/format-vi";
import type { CompiledRuleSet, EvaluationResult } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import type { Dataset } from "./dataset.js";
import { formatIssue } from "./issue-text.js";
import { pairInputs } from "./pairing.js";
import { explainUnit } from "./province-assessment.js";

/**
 * Why a year asked for (`--nam`) cannot be an evaluation year, or `undefined` (also when none was asked for).
 *
 * @example
 * ```ts
 * evaluationYearProblem(2024); //=> undefined
 * evaluationYearProblem(undefined); //=> undefined
 * evaluationYearProblem(224); //=> "Năm đánh giá 224 không hợp lệ."
 * ```
 */
export const evaluationYearProblem = (year: number | undefined): string | undefined =>
  year !== undefined && (year < 2000 || year > 2100) ? `Năm đánh giá ${year} không hợp lệ.` : undefined;

/**
 * `path` with its extension (the part of the file name from its last dot, as Node's `path.extname`) replaced by
 * `extension`, or `extension` appended when it has none.
 *
 * @example
 * ```ts
 * replaceExtension("ket-qua/danh-gia-2024.xlsx", ".json"); //=> "ket-qua/danh-gia-2024.json"
 * replaceExtension("C:\\Bao cao\\ket-qua", "-don-vi.csv"); //=> "C:\\Bao cao\\ket-qua-don-vi.csv"
 * replaceExtension("thu-muc.2024/.ket-qua", ".json"); //=> "thu-muc.2024/.ket-qua.json"
 * ```
 */
export const replaceExtension = (path: string, extension: string): string => {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  const bare = dot <= 0 || name === "..";
  return `${bare ? path : path.slice(0, path.length - name.length + dot)}${extension}`;
};

/**
 * The result files of an assessment of `year`: the workbook given (`--ra`) or `ket-qua-danh-gia-<năm>.xlsx`,
 * and the JSON given (`--ra-json`) or the workbook's name ending in `.json`; a streamed CSV's per-unit results
 * go to the workbook's name ending in `-don-vi.csv`.
 *
 * @example
 * ```ts
 * assessmentFiles(2024); //=> { xlsx: "ket-qua-danh-gia-2024.xlsx", json: "ket-qua-danh-gia-2024.json", units: "ket-qua-danh-gia-2024-don-vi.csv" }
 * assessmentFiles(2024, "tinh/kq.xlsx", "tinh/kq-may.json").json; //=> "tinh/kq-may.json"
 * ```
 */
export const assessmentFiles = (year: number, xlsx = `ket-qua-danh-gia-${year}.xlsx`, json?: string) => ({
  xlsx,
  json: json ?? replaceExtension(xlsx, ".json"),
  units: replaceExtension(xlsx, "-don-vi.csv"),
});

/**
 * The message for input in which no unit was found: nothing is assessed and no result file is written.
 *
 * @example
 * ```ts
 * nothingToAssessMessage(["mau-antq.xlsx"]).startsWith("Không có đơn vị nào để đánh giá trong mau-antq.xlsx:"); //=> true
 * ```
 */
export const nothingToAssessMessage = (files: readonly string[]): string =>
  `Không có đơn vị nào để đánh giá trong ${files.join(", ")}: tệp trống, là mẫu chưa điền, hoặc không theo mẫu nhập liệu nào (kiểm tra dữ liệu của tệp để biết lý do). Không ghi tệp kết quả nào.`;

/**
 * The message of an assessment whose input had `count` errors (the rows in error were not assessed).
 *
 * @example
 * ```ts
 * inputErrorsMessage(1200); //=> "Dữ liệu có 1.200 lỗi; các dòng lỗi không được đánh giá (kiểm tra dữ liệu để xem từng lỗi)."
 * ```
 */
export const inputErrorsMessage = (count: number): string =>
  `Dữ liệu có ${formatNumber(count)} lỗi; các dòng lỗi không được đánh giá (kiểm tra dữ liệu để xem từng lỗi).`;

/**
 * The input errors printed after an assessment: the first `max` errors (not the warnings), located.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * builder.addJsonUnit({ id: "kdc-1" }, { file: "du-lieu.json", jsonPath: "units[0]" });
 * inputErrorLines(builder.finish())[0]?.startsWith("Lỗi — du-lieu.json"); //=> true
 * ```
 */
export const inputErrorLines = (dataset: Dataset, max = 50): string[] =>
  dataset.issues
    .filter((i) => i.severity === "error")
    .slice(0, max)
    .map(formatIssue);

/**
 * One unit of `dataset` (by id) explained for `year`, with the commune roll-up when it is a commune; a
 * `UNIT_NOT_FOUND` issue when no valid unit has that id.
 *
 * @example
 * ```ts
 * const d = datasetOfStoredYear({ schemaVersion: 1, units: province.units, annualFacts: province.facts }, "du-lieu.json");
 * const found = explainUnitById(compiled, d, 2024, unit.id);
 * found.ok && found.value.result.outcome === result.outcome; //=> true
 * const missing = explainUnitById(compiled, d, 2024, "kdc-khong-co");
 * missing.ok || missing.issues[0]?.message.startsWith('Không tìm thấy đơn vị có mã "kdc-khong-co"'); //=> true
 * ```
 */
export const explainUnitById = (
  compiled: CompiledRuleSet<SecurityOrderInput>,
  dataset: Dataset,
  year: number,
  id: string,
): Result<
  { readonly unit: SecurityOrderInput["unit"]; readonly result: EvaluationResult },
  Issue<"UNIT_NOT_FOUND">
> => {
  const { inputs } = pairInputs(dataset.units, dataset.facts, year);
  const target = inputs.find((i) => i.unit.id === id);
  if (!target) {
    const message = `Không tìm thấy đơn vị có mã "${id}" trong dữ liệu hợp lệ (${formatNumber(inputs.length)} đơn vị).`;
    return { ok: false, issues: [{ code: "UNIT_NOT_FOUND", message, path: [] }] };
  }
  return { ok: true, value: { unit: target.unit, result: explainUnit(compiled, inputs, target) } };
};
