/**
 * XLSX input and output through exceljs. Input passes {@link checkXlsxLimits} before exceljs sees it,
 * and any parse failure becomes a Vietnamese {@link InputFileError}. Output cells are neutralised
 * against formula injection and the workbook is written atomically.
 */

import { Effect } from "effect";
import ExcelJS from "exceljs";
import { InputFileError, type OutputError } from "../errors.js";
import { atomicWrite } from "./atomic-write.js";
import { checkXlsxLimits, DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./limits.js";
import { neutralizeText } from "./neutralize.js";

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

/** A new workbook with antq's metadata. */
export const newWorkbook = (): ExcelJS.Workbook => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "antq";
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  return workbook;
};

/**
 * Reads an .xlsx file after checking its size and compression limits.
 *
 * @example
 * ```ts
 * const workbook = yield* readWorkbook("don-vi.xlsx");
 * ```
 */
export const readWorkbook = (
  path: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Effect.Effect<ExcelJS.Workbook, InputFileError> =>
  checkXlsxLimits(path, limits).pipe(
    Effect.flatMap(() =>
      Effect.tryPromise({
        try: async () => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.readFile(path);
          if (workbook.worksheets.length === 0) throw new Error("no worksheets");
          return workbook;
        },
        catch: () =>
          new InputFileError({
            file: path,
            message:
              "tệp Excel bị hỏng, không có trang tính nào hoặc không đúng định dạng .xlsx; hãy mở bằng Excel và lưu lại dạng .xlsx",
          }),
      }),
    ),
  );

/** A cell value as antq writes it: text is neutralised, numbers/booleans/dates kept. */
export type OutputCell = string | number | boolean | Date | null | undefined;

/** Converts a value to what exceljs should store, neutralising text. */
export const safeCell = (value: OutputCell): ExcelJS.CellValue => {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return neutralizeText(value.normalize("NFC"));
  return value;
};

/** Appends a row of neutralised values. */
export const addSafeRow = (sheet: ExcelJS.Worksheet, values: ReadonlyArray<OutputCell>): ExcelJS.Row =>
  sheet.addRow(values.map(safeCell));

/** Makes row 1 a bold, frozen header with auto-filter. */
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

/** Writes the workbook atomically to `target`. */
export const writeWorkbook = (
  workbook: ExcelJS.Workbook,
  target: string,
  inputs: ReadonlyArray<string> = [],
): Effect.Effect<void, OutputError> =>
  atomicWrite(
    target,
    async (temporary) => {
      await workbook.xlsx.writeFile(temporary);
    },
    { inputs },
  );

/** The text of a cell as the user sees it (rich text joined, formulas → result, dates → YYYY-MM-DD). */
export const cellText = (cell: ExcelJS.Cell): string | number | boolean | Date | undefined => {
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    const text = value.normalize("NFC").trim();
    return text === "" ? undefined : text;
  }
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value)
      return value.richText
        .map((part) => part.text)
        .join("")
        .normalize("NFC")
        .trim();
    if ("result" in value) {
      const result = value.result;
      if (result === undefined || result === null || typeof result === "object") {
        return result instanceof Date ? result : undefined;
      }
      return result;
    }
    if ("text" in value && typeof value.text === "string") return value.text.normalize("NFC").trim();
    if ("error" in value) return undefined;
  }
  return undefined;
};
