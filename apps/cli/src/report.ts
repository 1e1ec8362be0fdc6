/**
 * Vietnamese rendering of input problems and counts (shared by kiem-tra, danh-gia and demo).
 */

import { type Dataset, datasetCounts, type InputIssue } from "@antq/sheets";
import { formatNumber } from "./format.js";

/** "Khu dân cư!C5 (Mã tỉnh, thành phố)" style location of an issue. */
export const issueLocation = (issue: InputIssue): string => {
  const parts: string[] = [issue.file];
  if (issue.sheet) parts.push(`trang "${issue.sheet}"`);
  if (issue.row !== undefined) parts.push(`dòng ${formatNumber(issue.row)}`);
  if (issue.column) parts.push(`cột ${issue.column}${issue.header ? ` (${issue.header})` : ""}`);
  else if (issue.header) parts.push(`cột "${issue.header}"`);
  return parts.join(", ");
};

/** One line per issue. */
export const formatIssue = (issue: InputIssue): string =>
  `${issue.severity === "error" ? "Lỗi" : "Cảnh báo"} — ${issueLocation(issue)}: ${issue.message}${
    issue.path ? ` [${issue.path}]` : ""
  }`;

/** Counts of a dataset for summaries and JSON: @antq/sheets' (re-exported for the commands). */
export { datasetCounts } from "@antq/sheets";

/** The issue lines to print: the stored ones, then how many more were counted but not kept. */
export const issueLines = (dataset: Dataset, limit = Number.POSITIVE_INFINITY): string[] => {
  const lines = dataset.issues.slice(0, limit).map(formatIssue);
  const more =
    dataset.issues.length - lines.length + dataset.omittedIssues.errors + dataset.omittedIssues.warnings;
  if (more > 0)
    lines.push(`… và ${formatNumber(more)} lỗi, cảnh báo khác không hiển thị (xem số đếm bên dưới).`);
  return lines;
};

/** The Vietnamese summary block of a validation. */
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
