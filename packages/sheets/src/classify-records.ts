/**
 * Classifying score sheets read by a {@link ScoreBuilder}: each sheet with the classifier of its kind and year
 * (@antq/criteria's `createClassifier`) and, when known, its unit's "An toàn về ANTT" outcome; a configuration
 * or a sheet that cannot be classified becomes a located input issue instead of a result.
 */
import { type ClassificationConfig, type ClassificationResult, createClassifier } from "@antq/criteria";
import type { Outcome } from "@antq/rules";
import { ASSESSMENT_FORMAT } from "./assessment-document.js";
import { CsvSyntaxError } from "./csv.js";
import type { InputIssue } from "./dataset.js";
import { parseJsonDocument } from "./json.js";
import { SCORE_SHEET, type ScoreRecord } from "./scores.js";

/**
 * Classifies the score records with `config`; `tt124` gives a unit's Thông tư 124 outcome by unit id. Issues
 * name the record's file (and row).
 *
 * @example
 * ```ts
 * const builder = new ScoreBuilder();
 * readScoreJsonText(builder, scoreJson, "bang-diem-2024.json");
 * const { records } = builder.finish();
 * const { results, issues } = classifyScoreRecords(EXAMPLE_PROVINCE_CONFIG, records, new Map([["C28261", "dat"]]));
 * results.map((r) => [r.unitId, r.level]); //=> [["C28261", "xuat_sac"], ["C28270", "trung_binh"]]
 * issues; //=> []
 * ```
 */
export const classifyScoreRecords = (
  config: ClassificationConfig,
  records: readonly ScoreRecord[],
  tt124: ReadonlyMap<string, Outcome>,
): { results: ClassificationResult[]; issues: InputIssue[] } => {
  const results: ClassificationResult[] = [];
  const issues: InputIssue[] = [];
  for (const record of records) {
    const at = {
      file: record.source.file,
      ...(record.source.row !== undefined ? { row: record.source.row } : {}),
    };
    const classifier = createClassifier(config, record.kind, record.sheet.year);
    if (!classifier.ok) {
      for (const issue of classifier.issues)
        issues.push({
          severity: "error",
          code: issue.code,
          message: issue.message,
          file: record.source.file,
        });
      continue;
    }
    const outcome = tt124.get(record.sheet.unitId);
    const result = classifier.value.classify(record.sheet, outcome ? { tt124: outcome } : {});
    if (!result.ok) {
      for (const issue of result.issues)
        issues.push({ severity: "error", code: issue.code, message: issue.message, ...at });
      continue;
    }
    results.push(result.value);
  }
  return { results, issues };
};

/**
 * The Thông tư 124 outcome of each unit of an `antq.assessment/1` JSON text, by unit id. Throws a
 * {@link CsvSyntaxError} (code `JSON_SYNTAX`, or `JSON_SHAPE` for another document or one without per-unit
 * results, such as a streamed assessment's) with a Vietnamese message.
 *
 * @example
 * ```ts
 * const text = JSON.stringify({ format: "antq.assessment/1", units: [{ unitId: "C28261", outcome: "dat" }] });
 * assessmentOutcomes(text); //=> new Map([["C28261", "dat"]])
 * assessmentOutcomes('{ "format": "antq.classification/1" }'); // throws CsvSyntaxError
 * ```
 */
export const assessmentOutcomes = (text: string): Map<string, Outcome> => {
  const document = parseJsonDocument(text) as { format?: unknown; units?: unknown } | null;
  const units = document?.units;
  if (document?.format !== ASSESSMENT_FORMAT || !Array.isArray(units))
    throw new CsvSyntaxError(
      `không phải tệp JSON kết quả đánh giá “An toàn về ANTT” (cần định dạng ${ASSESSMENT_FORMAT} có danh sách kết quả từng đơn vị)`,
      undefined,
      "JSON_SHAPE",
    );
  return new Map(
    (units as { unitId: string; outcome: Outcome }[]).map((u) => [u.unitId, u.outcome] as [string, Outcome]),
  );
};

/**
 * Why nothing can be classified when no score sheet is selected (and none had an error): the store `store` has
 * no score sheet of `year`; the `records` read are of other years than `year`; or the `files` hold none at all
 * (empty, a blank template, not antq's score sheets). Ends with "Không ghi tệp kết quả nào" or its equivalent.
 *
 * @example
 * ```ts
 * const builder = new ScoreBuilder();
 * readScoreJsonText(builder, scoreJson, "bang-diem-2024.json");
 * noScoreSheetMessage({ records: builder.finish().records, year: 2023, files: ["bang-diem-2024.json"] });
 * //=> "Không có bảng điểm năm 2023 (các bảng điểm có năm 2024); không ghi tệp kết quả nào."
 * ```
 */
export const noScoreSheetMessage = (o: {
  readonly records: readonly ScoreRecord[];
  readonly year?: number | undefined;
  readonly store?: string | undefined;
  readonly files: readonly string[];
}): string => {
  if (o.store !== undefined)
    return `Kho ${o.store} không có bảng chấm điểm nào của năm ${o.year}: dữ liệu năm này đã nhập không kèm bảng chấm điểm. Nhập lại dữ liệu năm ${o.year} kèm bảng chấm điểm (thay cho dữ liệu đã nhập), hoặc phân loại từ tệp bảng chấm điểm năm ${o.year}. Không ghi tệp kết quả nào.`;
  if (o.records.length > 0 && o.year !== undefined) {
    const years = [...new Set(o.records.map((r) => r.sheet.year))].sort((a, b) => a - b);
    return `Không có bảng điểm năm ${o.year} (các bảng điểm có năm ${years.join(", ")}); không ghi tệp kết quả nào.`;
  }
  return `Không có bảng điểm nào để phân loại trong ${o.files.join(", ")}: tệp trống, là mẫu chưa điền, hoặc không phải bảng chấm điểm theo mẫu “${SCORE_SHEET.sheetName}”. Không ghi tệp kết quả nào.`;
};
