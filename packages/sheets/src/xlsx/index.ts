/**
 * `@antq/sheets/xlsx`: antq's Excel workbooks, for Node and browsers (no `node:*`, no Effect).
 *
 * - reading an officer's workbook from an `ArrayBuffer`, a `Uint8Array`, a web `ReadableStream` or an async
 *   iterable of chunks ({@link readXlsxInto}, {@link readXlsxSheets}), with zip-bomb and size limits; our own
 *   reader on fflate (see the package README for the measurement against exceljs' streaming reader);
 * - writing the input template ({@link buildTemplateWorkbook}), a filled data workbook
 *   ({@link buildDataWorkbook}), and the result workbooks of an assessment ({@link writeAssessmentWorkbook})
 *   and a classification ({@link writeClassificationWorkbook}), print-ready. Writing needs exceljs, an
 *   optional peer dependency.
 */
export {
  type AssessmentWorkbookOptions,
  RESULT_SHEETS,
  type WorkbookOutput,
  writeAssessmentWorkbook,
} from "./assessment-workbook.js";
export {
  type ClassificationWorkbookOptions,
  writeClassificationWorkbook,
} from "./classification-workbook.js";
export { buildDataWorkbook } from "./data-workbook.js";
export {
  readXlsxInto,
  readXlsxSheets,
  sheetRowSource,
  type XlsxInput,
  type XlsxIntoOptions,
  type XlsxReadOptions,
  type XlsxRow,
  type XlsxSheet,
} from "./read.js";
export { buildTemplateWorkbook, GUIDE_SHEET, LISTS_SHEET, TEMPLATE_ROWS } from "./template.js";
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
