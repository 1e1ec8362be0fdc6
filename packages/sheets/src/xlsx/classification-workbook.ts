/**
 * The result workbook of a classification (`antq phan-loai`): a summary sheet ("Tổng hợp") with the number and
 * share of units at each level, and the result of every unit ("Kết quả phân loại"), printed like the
 * assessment's result workbook (A4, fit to width, landscape where wide, repeated header row, "Trang x/y", the
 * ND 30 heading block and a signature block on the report sheet).
 */
import { CLASSIFICATION_KINDS, type ClassificationResult, formatPoints } from "@antq/criteria";
import { formatNumber, formatPercentOf } from "@antq/format-vi";
import ExcelJS from "exceljs";
import { type ClassificationDocument, configurationText } from "../classification-document.js";
import type { WorkbookOutput } from "./assessment-workbook.js";
import { addPrintableSheet, addRow, addSignatureBlock, HEADER_STYLE } from "./print.js";
import { safeCell } from "./workbook.js";

/**
 * What {@link writeClassificationWorkbook} writes.
 *
 * @example
 * ```ts
 * const document = classificationDocument(classifications, { configuration: "Cấu hình ví dụ", errors: 0 });
 * const options: ClassificationWorkbookOptions = { configuration: "Cấu hình ví dụ", document, results: classifications };
 * const output = new PassThrough();
 * output.resume();
 * await writeClassificationWorkbook(output, options);
 * output.writableFinished; //=> true
 * ```
 */
export interface ClassificationWorkbookOptions {
  /** The label of the classification configuration used. */
  readonly configuration: string;
  readonly document: ClassificationDocument;
  readonly results: readonly ClassificationResult[];
}

const TITLE = "KẾT QUẢ PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC";

const share = (part: number, total: number) =>
  total === 0 ? "—" : `${formatNumber(part)}/${formatNumber(total)} (${formatPercentOf(part, total)})`;

/**
 * Writes the classification result workbook into `output`, a writable stream (in Node a file stream), and
 * resolves once the stream has finished.
 *
 * @example
 * ```ts
 * import { PassThrough } from "node:stream";
 * import { classificationDocument } from "@antq/sheets";
 * const output = new PassThrough();
 * output.resume();
 * const document = classificationDocument([], { configuration: "Ví dụ", errors: 0 });
 * await writeClassificationWorkbook(output, { configuration: "Ví dụ", document, results: [] });
 * ```
 */
export const writeClassificationWorkbook = async (
  output: WorkbookOutput,
  options: ClassificationWorkbookOptions,
): Promise<void> => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "antq";
  const { document, results } = options;
  const total = document.summary.total;
  const columns = 3;
  const summary = addPrintableSheet(workbook, "Tổng hợp", {
    widths: [40, 14, 26],
    annex: true,
    title: TITLE,
  });
  const spanning = (text: string, font?: Partial<ExcelJS.Font>) => {
    const row = summary.addRow([safeCell(text)]);
    if (font) row.font = font;
    row.height = font?.size ? 36 : 30;
    summary.mergeCells(row.number, 1, row.number, columns);
    row.commit();
  };
  spanning(TITLE, { bold: true, size: 14 });
  spanning(
    document.overlays === undefined
      ? `Cấu hình: ${options.configuration} — Căn cứ: Quyết định 510/QĐ-BCA-V05 (cấu hình ví dụ, cần xem xét)`
      : `Cấu hình: ${configurationText(document)} — Căn cứ: Quyết định 510/QĐ-BCA-V05`,
  );
  addRow(summary, []);
  addRow(summary, ["Mức phân loại", "Số đơn vị", "Tỷ lệ"], HEADER_STYLE);
  for (const row of document.summary.levels) addRow(summary, [row.title, row.units, share(row.units, total)]);
  addRow(summary, ["Tổng số", total, ""], { font: { bold: true } });
  addSignatureBlock(summary, columns);
  summary.commit();
  const title = `${TITLE} — Kết quả phân loại`;
  const sheet = addPrintableSheet(
    workbook,
    "Kết quả phân loại",
    { widths: [20, 30, 16, 8, 10, 12, 16, 16, 14, 50], headerRow: 1, title },
    { views: [{ state: "frozen", ySplit: 1 }] },
  );
  addRow(
    sheet,
    [
      "Mã đơn vị",
      "Tên đơn vị",
      "Loại",
      "Năm",
      "Điểm",
      "Điểm tối đa",
      "Mức theo điểm",
      "Mức phân loại",
      "Trạng thái",
      "Cần xem xét",
    ],
    HEADER_STYLE,
  );
  for (const r of results) {
    addRow(sheet, [
      r.unitId,
      r.score.sheet.unitName ?? "",
      CLASSIFICATION_KINDS.find((k) => k.id === r.kind)?.label ?? r.kind,
      r.year,
      formatPoints(r.score.total),
      formatPoints(r.score.max),
      r.score.scoreLevel.label,
      r.levelLabel,
      r.status === "final" ? "chính thức" : "cần xem xét",
      r.review.map((n) => n.message).join("; "),
    ]);
  }
  sheet.commit();
  await workbook.commit();
};
