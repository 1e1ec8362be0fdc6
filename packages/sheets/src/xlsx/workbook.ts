/**
 * What every workbook antq writes shares (exceljs, an optional peer dependency of `@antq/sheets/xlsx`): a new
 * workbook with antq's metadata, cells neutralised against formula injection, a styled header row, and the
 * bytes of a finished workbook. antq writes its own workbooks from code; it never loads, modifies and re-saves
 * an officer's workbook.
 */
import ExcelJS from "exceljs";
import { neutralizeText } from "../neutralize.js";

/**
 * An exceljs workbook, as antq's writers build it.
 *
 * @example
 * ```ts
 * const workbook: Workbook = buildTemplateWorkbook();
 * workbook.worksheets[0]?.name; //=> "Hướng dẫn"
 * ```
 */
export type Workbook = ExcelJS.Workbook;
/**
 * An exceljs worksheet of a {@link Workbook}.
 *
 * @example
 * ```ts
 * const sheet: Worksheet = newWorkbook().addWorksheet("Khu dân cư");
 * addSafeRow(sheet, ["KDC-28000-01", "Ấp Vĩnh Kim"]);
 * sheet.getCell("B1").value; //=> "Ấp Vĩnh Kim"
 * ```
 */
export type Worksheet = ExcelJS.Worksheet;

/**
 * A new workbook with antq's metadata.
 *
 * @example
 * ```ts
 * newWorkbook().creator; //=> "antq"
 * ```
 */
export const newWorkbook = (): ExcelJS.Workbook => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "antq";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  return workbook;
};

/**
 * A cell value as antq writes it: text is neutralised, numbers/booleans/dates kept.
 *
 * @example
 * ```ts
 * const cells: OutputCell[] = ["+84 912 345 678", 143, true, null];
 * cells.map(safeCell); //=> ["'+84 912 345 678", 143, true, null]
 * ```
 */
export type OutputCell = string | number | boolean | Date | null | undefined;

/**
 * Converts a value to what exceljs should store, neutralising text.
 *
 * @example
 * ```ts
 * safeCell("=1+1"); //=> "'=1+1"
 * ```
 */
export const safeCell = (value: OutputCell): ExcelJS.CellValue => {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return neutralizeText(value.normalize("NFC"));
  return value;
};

/**
 * Appends a row of neutralised values.
 *
 * @example
 * ```ts
 * const sheet = newWorkbook().addWorksheet("Khu dân cư");
 * addSafeRow(sheet, ["Mã đơn vị", "=cmd"]).getCell(2).value; //=> "'=cmd"
 * ```
 */
export const addSafeRow = (sheet: ExcelJS.Worksheet, values: ReadonlyArray<OutputCell>): ExcelJS.Row =>
  sheet.addRow(values.map(safeCell));

/**
 * Makes row 1 a bold, frozen header with auto-filter.
 *
 * @example
 * ```ts
 * const sheet = newWorkbook().addWorksheet("Khu dân cư");
 * addSafeRow(sheet, ["Mã đơn vị"]);
 * styleHeader(sheet);
 * sheet.getRow(1).font?.bold; //=> true
 * ```
 */
export const styleHeader = (sheet: ExcelJS.Worksheet, widths?: ReadonlyArray<number>): void => {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const count = header.cellCount;
  if (count > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: count } };
  sheet.columns.forEach((column, index) => {
    column.width = widths?.[index] ?? 18;
  });
};

/**
 * The .xlsx bytes of a workbook built in memory (to save, download or read back).
 *
 * @example
 * ```ts
 * const bytes = await workbookBytes(newWorkbook());
 * [bytes[0], bytes[1]]; //=> [0x50, 0x4b]
 * ```
 */
export const workbookBytes = async (workbook: ExcelJS.Workbook): Promise<Uint8Array> =>
  new Uint8Array(await workbook.xlsx.writeBuffer());
