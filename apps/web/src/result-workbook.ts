/**
 * The result workbook of an assessment in the browser: @antq/sheets/xlsx's in-memory writer (exceljs' browser
 * build has no streaming writer). A module of its own so that the worker loads exceljs only on the first
 * download.
 */
export { assessmentWorkbookBytes } from "@antq/sheets/xlsx";
