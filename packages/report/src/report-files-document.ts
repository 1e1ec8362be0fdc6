/**
 * The machine output of `antq bao-cao --json`, `antq.report-files/1`: the report and annex written, the
 * report's trích yếu, every figure (id, label, value, unit) and the numbers of charts and of the placeholders
 * the officer must fill in.
 */
import * as z from "zod";
import type { ReportDigest } from "./compose.js";

/**
 * The format tag of {@link ReportFilesDocumentSchema}.
 *
 * @example
 * REPORT_FILES_FORMAT; //=> "antq.report-files/1"
 */
export const REPORT_FILES_FORMAT = "antq.report-files/1";

/**
 * `antq.report-files/1`: a report written (DOCX and its XLSX annex) and what it holds.
 *
 * @example
 * const digest = { summary: "Kết quả thực hiện phong trào năm 2019", figures: [], charts: 0, placeholders: 2 };
 * const doc = reportFilesDocument(digest, { report: "bao-cao.docx", annex: "bao-cao-phu-luc.xlsx" });
 * ReportFilesDocumentSchema.safeParse(doc).success; //=> true
 * ReportFilesDocumentSchema.safeParse({ ...doc, placeholders: "2" }).success; //=> false
 */
export const ReportFilesDocumentSchema = z
  .object({
    format: z.literal(REPORT_FILES_FORMAT).meta({ title: "Định dạng" }),
    report: z.string().meta({ title: "Tệp báo cáo Word (.docx)" }),
    annex: z.string().meta({ title: "Tệp phụ lục Excel (.xlsx)" }),
    summary: z.string().meta({ title: "Trích yếu" }),
    figures: z
      .array(
        z
          .object({
            id: z.string().meta({ title: "Mã chỉ tiêu" }),
            label: z.string().meta({ title: "Tên chỉ tiêu" }),
            value: z.number().meta({ title: "Giá trị" }),
            unit: z.string().meta({ title: "Đơn vị tính" }),
          })
          .meta({ title: "Một chỉ tiêu" }),
      )
      .meta({ title: "Các chỉ tiêu (truy được về bản ghi)" }),
    charts: z.int().nonnegative().meta({ title: "Số biểu đồ" }),
    placeholders: z.int().nonnegative().meta({ title: "Số phần cần cán bộ bổ sung" }),
  })
  .meta({ title: "Báo cáo đã lập (antq.report-files/1)" });

/**
 * An `antq.report-files/1` document.
 *
 * @example
 * const digest = { summary: "Sơ kết 5 năm thực hiện Chỉ thị 07", figures: [{ id: "units", label: "Số đơn vị", value: 1730, unit: "đơn vị" }], charts: 1, placeholders: 0 };
 * const doc: ReportFilesDocument = reportFilesDocument(digest, { report: "so-ket.docx", annex: "so-ket-phu-luc.xlsx" });
 * doc.figures[0]?.value; //=> 1730
 */
export type ReportFilesDocument = z.infer<typeof ReportFilesDocumentSchema>;

/**
 * The `antq.report-files/1` document of a report's digest (`reportDigest`) and the files written
 * (`reportFiles`).
 *
 * @example
 * const r = composeReport({ meta: { ...BLANK_REVIEW_META, date: "2019-08-20" }, records: { units: [], outcomes: [] } }, { kind: "annual", fromYear: 2019, toYear: 2019 });
 * const doc = r.ok ? reportFilesDocument(reportDigest(r.value), { report: "bao-cao.docx", annex: "bao-cao-phu-luc.xlsx" }) : undefined;
 * doc?.summary; //=> "Kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2019"
 * doc?.format; //=> "antq.report-files/1"
 */
export const reportFilesDocument = (
  digest: ReportDigest,
  files: { readonly report: string; readonly annex: string },
): ReportFilesDocument => ({
  format: REPORT_FILES_FORMAT,
  report: files.report,
  annex: files.annex,
  summary: digest.summary,
  figures: digest.figures.map((f) => ({ id: f.id, label: f.label, value: f.value, unit: f.unit })),
  charts: digest.charts,
  placeholders: digest.placeholders,
});
