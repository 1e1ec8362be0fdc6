/**
 * `@antq/sheets/xlsx`: antq's Excel workbooks, for Node and browsers (no `node:*`, no Effect).
 *
 * - reading an officer's workbook from an `ArrayBuffer`, a `Uint8Array`, a web `ReadableStream` or an async
 *   iterable of chunks ({@link readXlsxInto}, {@link readXlsxSheets}), with zip-bomb and size limits; our own
 *   reader on fflate (see the package README for the measurement against exceljs' streaming reader);
 * - writing the input template ({@link buildTemplateWorkbook}), a filled data workbook
 *   ({@link buildDataWorkbook}), and the result workbooks of an assessment ({@link writeAssessmentWorkbook})
 *   and a classification ({@link writeClassificationWorkbook}), print-ready; the print-ready tables of the
 *   yearly cycle ({@link printableWorkbook} and the layouts built on it: plan progress, điển hình, Tổ bảo vệ
 *   ANTT ratings, award proposals, activities). Writing needs exceljs, an optional peer dependency.
 */

export { activityWorkbook } from "./activity-workbook.js";
export {
  type AssessmentWorkbookOptions,
  assessmentWorkbookBytes,
  RESULT_SHEETS,
  type WorkbookOutput,
  writeAssessmentWorkbook,
} from "./assessment-workbook.js";
export { awardProposalWorkbook } from "./award-workbook.js";
export {
  type ClassificationWorkbookOptions,
  writeClassificationWorkbook,
} from "./classification-workbook.js";
export { buildDataWorkbook } from "./data-workbook.js";
export { planProgressWorkbook } from "./plan-progress-workbook.js";
export { type PrintableRow, type PrintableSheet, printableWorkbook } from "./print.js";
export {
  readWorkbookCells,
  readXlsxInto,
  readXlsxSheets,
  type SheetCells,
  sheetRowSource,
  type XlsxInput,
  type XlsxIntoOptions,
  type XlsxReadOptions,
  type XlsxRow,
  type XlsxSheet,
} from "./read.js";
export type { GzipStream } from "./stream-writer.js";
export { type TeamMemberRoles, teamRatingWorkbook } from "./team-rating-workbook.js";
export { buildTemplateWorkbook, GUIDE_SHEET, LISTS_SHEET, TEMPLATE_ROWS } from "./template.js";
export { typicalWorkbook } from "./typical-workbook.js";
export {
  addSafeRow,
  newWorkbook,
  type OutputCell,
  safeCell,
  styleHeader,
  type Workbook,
  type Worksheet,
  workbookBytes,
} from "./workbook.js";
export {
  checkZipEntries,
  DEFAULT_XLSX_LIMITS,
  entryChunks,
  fileSizeProblem,
  readZipDirectory,
  XlsxFileError,
  type XlsxLimits,
  type ZipEntry,
} from "./zip.js";
