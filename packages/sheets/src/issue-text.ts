/**
 * Input problems and counts in Vietnamese, as officers read them in a terminal or a web page: where each
 * issue is (file, sheet, row, column), one line per issue, the counts of a dataset and the summary of a
 * validation.
 */
import { formatNumber } from "@antq/format-vi";
import type { Dataset, InputIssue } from "./dataset.js";

/**
 * Where an issue is: `Đơn vị.xlsx, trang "Khu dân cư", dòng 5, cột C (Mã tỉnh, thành phố)`.
 *
 * @example
 * ```ts
 * issueLocation({ severity: "error", code: "REQUIRED", message: "Thiếu mã tỉnh", file: "don-vi.xlsx", sheet: "Khu dân cư", row: 5, column: "C", header: "Mã tỉnh, thành phố" });
 * //=> 'don-vi.xlsx, trang "Khu dân cư", dòng 5, cột C (Mã tỉnh, thành phố)'
 * ```
 */
export const issueLocation = (issue: InputIssue): string => {
  const parts: string[] = [issue.file];
  if (issue.sheet) parts.push(`trang "${issue.sheet}"`);
  if (issue.row !== undefined) parts.push(`dòng ${formatNumber(issue.row)}`);
  if (issue.column) parts.push(`cột ${issue.column}${issue.header ? ` (${issue.header})` : ""}`);
  else if (issue.header) parts.push(`cột "${issue.header}"`);
  return parts.join(", ");
};

/**
 * One line per issue: its severity, location, message and field path.
 *
 * @example
 * ```ts
 * formatIssue({ severity: "warning", code: "UNKNOWN_COLUMN", message: "Cột không dùng", file: "du-lieu.csv", header: "Ghi chú" });
 * //=> 'Cảnh báo — du-lieu.csv, cột "Ghi chú": Cột không dùng'
 * ```
 */
export const formatIssue = (issue: InputIssue): string =>
  `${issue.severity === "error" ? "Lỗi" : "Cảnh báo"} — ${issueLocation(issue)}: ${issue.message}${
    issue.path ? ` [${issue.path}]` : ""
  }`;

/**
 * The counts of a dataset for summaries and JSON: sheets, rows, rows with errors, valid units and facts
 * (streamed rows included), errors and warnings (those counted but not stored included).
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const c = datasetCounts(builder.finish());
 * [c.sheets, c.rows, c.validUnits, c.errors]; //=> [1, 20, 20, 0]
 * ```
 */
export const datasetCounts = (dataset: Dataset) => {
  const storedErrors = dataset.issues.filter((i) => i.severity === "error").length;
  return {
    sheets: dataset.sheets.length,
    rows: dataset.sheets.reduce((n, s) => n + s.rows, 0),
    rowsWithErrors: dataset.sheets.reduce((n, s) => n + s.rowsWithErrors, 0),
    validUnits: dataset.units.length + dataset.streamed,
    validFacts: dataset.facts.length + dataset.streamed,
    errors: storedErrors + dataset.omittedIssues.errors,
    warnings: dataset.issues.length - storedErrors + dataset.omittedIssues.warnings,
    omittedIssues: dataset.omittedIssues.errors + dataset.omittedIssues.warnings,
  };
};

/**
 * The issue lines to show: the stored ones (at most `limit`), then how many more were counted but not listed.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * builder.addJsonUnit({ id: "kdc-1" }, { file: "du-lieu.json", jsonPath: "units[0]" });
 * const lines = issueLines(builder.finish(), 1);
 * lines[0]?.startsWith("Lỗi — du-lieu.json"); //=> true
 * ```
 */
export const issueLines = (dataset: Dataset, limit = Number.POSITIVE_INFINITY): string[] => {
  const lines = dataset.issues.slice(0, limit).map(formatIssue);
  const more =
    dataset.issues.length - lines.length + dataset.omittedIssues.errors + dataset.omittedIssues.warnings;
  if (more > 0)
    lines.push(`… và ${formatNumber(more)} lỗi, cảnh báo khác không hiển thị (xem số đếm bên dưới).`);
  return lines;
};

/**
 * The Vietnamese summary of a validation: sheets and rows read, rows with errors per sheet, valid units and
 * facts, and the verdict.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * formatValidationSummary(builder.finish()).split("\n").at(-1); //=> "Kết quả: dữ liệu hợp lệ."
 * ```
 */
export const formatValidationSummary = (dataset: Dataset): string => {
  const c = datasetCounts(dataset);
  const lines = [
    ...(c.sheets > 0
      ? [`Đã đọc ${formatNumber(c.sheets)} trang tính, ${formatNumber(c.rows)} dòng dữ liệu:`]
      : []),
    ...dataset.sheets
      .filter((s) => s.rows > 0)
      .map(
        (s) =>
          `  • ${s.sheet} (${s.file}): ${formatNumber(s.rows)} dòng${
            s.rowsWithErrors > 0 ? `, ${formatNumber(s.rowsWithErrors)} dòng có lỗi` : ", không có lỗi"
          }`,
      ),
    ...(dataset.sheets.some((s) => s.rows === 0)
      ? [
          `  • ${formatNumber(dataset.sheets.filter((s) => s.rows === 0).length)} trang tính không có dòng dữ liệu`,
        ]
      : []),
    `Hợp lệ: ${formatNumber(c.validUnits)} đơn vị, ${formatNumber(c.validFacts)} bộ dữ kiện năm.`,
    c.errors === 0
      ? `Kết quả: dữ liệu hợp lệ${c.warnings > 0 ? ` (${formatNumber(c.warnings)} cảnh báo)` : ""}.`
      : `Kết quả: có ${formatNumber(c.errors)} lỗi${c.warnings > 0 ? ` và ${formatNumber(c.warnings)} cảnh báo` : ""}; hãy sửa rồi kiểm tra lại.`,
  ];
  return lines.join("\n");
};
