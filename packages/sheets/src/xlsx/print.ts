/**
 * How antq's result workbooks print (issue 14): A4, fitted to the page width, landscape where wide, the print
 * area over the table's columns, wrapped text with row heights, repeated header rows with an autofilter,
 * "Trang x/y" in the footer, the heading block of Nghị định 30/2020/NĐ-CP on the first page of a report sheet
 * and a signature block at its end. Shared by every result workbook: the assessment and classification ones
 * (streamed), and the tables of the yearly cycle ({@link printableWorkbook}: plans, điển hình, Tổ bảo vệ
 * ANTT, award proposals, activities).
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../cells.js";
import { newWorkbook, type OutputCell, safeCell, workbookBytes } from "./workbook.js";

/** A worksheet being written. */
export type Sheet = ExcelJS.Worksheet;

/**
 * Appends a row of neutralised values, styled (a border goes on each of the sheet's columns), with the height
 * of its wrapped text, and commits it.
 */
export const addRow = (sheet: Sheet, values: readonly OutputCell[], style?: Partial<ExcelJS.Style>) => {
  const row = sheet.addRow(values.map(safeCell));
  if (style?.font) row.font = style.font;
  if (style?.fill) row.fill = style.fill;
  if (style?.alignment) row.alignment = style.alignment;
  if (style?.border) {
    const columns = printWidths.get(sheet)?.length ?? values.length;
    for (let c = 1; c <= columns; c++) row.getCell(c).border = style.border;
  }
  fitRowHeight(sheet, row, values);
  row.commit();
};

/** The style of a table's header row. */
export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
};

/** How a sheet of the result workbook is printed (see {@link addPrintableSheet}). */
export interface PrintOptions {
  /** Column widths, in characters; the print area spans these columns. */
  readonly widths: readonly number[];
  /** The header row of a data sheet: repeated on every printed page and given an autofilter. */
  readonly headerRow?: number;
  /** The sheet is the report itself (an annex): the first page carries the ND 30 heading block. */
  readonly annex?: boolean;
  /** Shown in the footer of every page, with the page number. */
  readonly title: string;
}

/** Header/footer text: `&` escaped, and at most Excel's 255 characters. */
const headerText = (text: string): string => text.replaceAll("&", "&&").slice(0, 120);

/** The column widths of the printable sheets, for the row heights of wrapped text ({@link fitRowHeight}). */
const printWidths = new WeakMap<Sheet, readonly number[]>();

/**
 * The height of a row whose text wraps within the column widths of its sheet: Excel and LibreOffice do not
 * recompute row heights when they open a file, so wrapped text would otherwise overlap the next row.
 */
const fitRowHeight = (sheet: Sheet, row: ExcelJS.Row, values: readonly OutputCell[]): void => {
  const widths = printWidths.get(sheet);
  if (!widths) return;
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value !== "string" || value === "") return;
    const width = Math.max(1, (widths[i] ?? 10) - 1);
    const needed = value
      .split("\n")
      .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.05) / width)), 0);
    lines = Math.max(lines, needed);
  });
  if (lines > 1) row.height = Math.min(409, lines * 15);
};

/**
 * Adds a sheet set up for printing (the options must reach exceljs' streaming writer before it writes the sheet's
 * properties): A4, landscape when the columns are wider than a portrait page, fitted to the page width (as many
 * pages down as needed), the print area over the sheet's columns, column widths with wrapped, top-aligned text
 * (no text runs into its neighbour; rows get the height of their text), the header row repeated on every page
 * with an autofilter (data sheets), the sheet's title and "Trang x/y" in the footer, and for the report itself
 * the heading block of Nghị định 30/2020/NĐ-CP (issuing body, number; quốc hiệu, tiêu ngữ, place and date) on
 * the first page, left with dotted lines for the officer to fill in.
 */
export const addPrintableSheet = (
  workbook: ExcelJS.Workbook,
  name: string,
  options: PrintOptions,
  sheetOptions: Partial<ExcelJS.AddWorksheetOptions> = {},
): Sheet => {
  const columns = options.widths.length;
  const total = options.widths.reduce((sum, w) => sum + w, 0);
  const footer = `&L&8${headerText(options.title)}&R&8Trang &P/&N`;
  const sheet = workbook.addWorksheet(name, {
    ...sheetOptions,
    pageSetup: {
      paperSize: 9,
      orientation: total > 95 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: `A:${columnLetter(columns)}`,
      margins: {
        left: 0.5,
        right: 0.5,
        top: options.annex ? 1.3 : 0.6,
        bottom: 0.6,
        header: 0.3,
        footer: 0.3,
      },
      ...(options.headerRow ? { printTitlesRow: `${options.headerRow}:${options.headerRow}` } : {}),
    },
    headerFooter: {
      oddFooter: footer,
      ...(options.annex
        ? {
            differentFirst: true,
            firstFooter: footer,
            firstHeader:
              '&L&"Times New Roman,Bold"&11………………………………\n………………………………\n&"Times New Roman,Regular"Số: ……/BC-……' +
              '&R&"Times New Roman,Bold"&11CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n&"Times New Roman,Italic"……, ngày …… tháng …… năm ……',
          }
        : {}),
    },
  });
  sheet.columns = options.widths.map((width) => ({
    width,
    style: { alignment: { wrapText: true, vertical: "top" } },
  }));
  printWidths.set(sheet, options.widths);
  if (options.headerRow)
    sheet.autoFilter = {
      from: { row: options.headerRow, column: 1 },
      to: { row: options.headerRow, column: columns },
    };
  return sheet;
};

/** Adds a printable data sheet whose first row is the header `headers` (repeated on every page, filtered). */
export const addTableSheet = (
  workbook: ExcelJS.Workbook,
  name: string,
  options: {
    readonly title: string;
    readonly widths: readonly number[];
    readonly headers: readonly string[];
  },
): Sheet => {
  const sheet = addPrintableSheet(workbook, name, {
    title: options.title,
    widths: options.widths,
    headerRow: 1,
  });
  addRow(sheet, options.headers, HEADER_STYLE);
  return sheet;
};

/** The signature block at the end of the report: the person who drew it up and the head of the unit. */
export const addSignatureBlock = (sheet: Sheet, columns: number): void => {
  // The head of the unit signs over the last columns; a narrow table (fewer than 6 columns) gives each its own.
  const right = columns >= 6 ? columns - 2 : columns;
  addRow(sheet, []);
  const rows: [string, string, Partial<ExcelJS.Font>][] = [
    ["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", { bold: true }],
    ["(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", { italic: true }],
  ];
  for (const [left, head, font] of rows) {
    const values: string[] = new Array(columns).fill("");
    values[0] = left;
    values[right - 1] = head;
    const row = sheet.addRow(values);
    row.font = font;
    row.alignment = { horizontal: "center", vertical: "top" };
    if (columns >= 6) {
      sheet.mergeCells(row.number, 1, row.number, 2);
      sheet.mergeCells(row.number, right, row.number, columns);
    }
    row.commit();
  }
};

/**
 * A row of a {@link PrintableSheet}: cells, or a bold section line spanning the table.
 *
 * @example
 * ```ts
 * const rows: PrintableRow[] = [{ section: "I. BẰNG KHEN" }, [1, "Công an xã Long Định"]];
 * ```
 */
export type PrintableRow = readonly OutputCell[] | { readonly section: string };

/**
 * A sheet of a print-ready table report ({@link printableWorkbook}).
 *
 * @example
 * ```ts
 * const sheet: PrintableSheet = { name: "Tổ", title: "XẾP LOẠI TỔ", headers: ["STT", "Tổ"], widths: [6, 40], rows: [] };
 * ```
 */
export interface PrintableSheet {
  readonly name: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly headers: readonly string[];
  /** Column widths in characters; the print area spans them. */
  readonly widths: readonly number[];
  readonly rows: readonly PrintableRow[];
  /** Bold lines after the table (totals). */
  readonly after?: readonly string[];
  /** The issuing body's lines of the Nghị định 30/2020 heading (left); dotted lines when omitted. */
  readonly issuer?: readonly [string, string];
  /** Columns (0-based) whose text is centred (numbers always are), e.g. a "Có"/"Không" column. */
  readonly centered?: readonly number[];
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** A row of two merged halves (the ND 30 heading, the signature block). */
const twoHalves = (
  sheet: Sheet,
  columns: number,
  left: string,
  right: string,
  font: Partial<ExcelJS.Font>,
) => {
  const half = Math.max(1, Math.floor(columns / 2));
  const values: OutputCell[] = new Array(columns).fill("");
  values[0] = left;
  values[half] = right;
  const row = sheet.addRow(values.map(safeCell));
  if (half > 1) sheet.mergeCells(row.number, 1, row.number, half);
  if (columns - half > 1) sheet.mergeCells(row.number, half + 1, row.number, columns);
  row.font = { name: "Times New Roman", size: 12, ...font };
  row.alignment = { horizontal: "center", vertical: "top", wrapText: true };
};

/** A line spanning the table's columns. */
const spanning = (sheet: Sheet, columns: number, text: string, style: Partial<ExcelJS.Style>) => {
  const row = sheet.addRow([safeCell(text)]);
  if (columns > 1) sheet.mergeCells(row.number, 1, row.number, columns);
  if (style.font) row.font = style.font;
  row.alignment = style.alignment ?? { vertical: "top", wrapText: true };
  if (style.border) row.getCell(1).border = style.border;
  // A merged cell's text wraps within the table's width: the row gets the height of its lines.
  const width = Math.max(1, (printWidths.get(sheet) ?? []).reduce((a, b) => a + b, 0) - 1);
  const lines = text
    .split("\n")
    .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.1) / width)), 0);
  row.height = Math.min(409, Math.max(lines * 16, style.font?.size && style.font.size > 12 ? 22 : 16));
};

/** Rows of the ND 30 heading, the title, the subtitle and the blank lines above the table's header. */
const headerRowOf = (s: PrintableSheet) => (s.subtitle ? 8 : 7);

/**
 * A print-ready table report as .xlsx bytes, one sheet per {@link PrintableSheet}: set up as
 * {@link addPrintableSheet} does (A4, landscape when wide, fitted to the page width, the header row repeated on
 * every page with an autofilter, the title and "Trang x/y" in the footer); on the sheet itself the heading of
 * Nghị định 30/2020/NĐ-CP (issuing body; quốc hiệu, tiêu ngữ, place and date), the title, the table with
 * borders, wrapped text and the height of its lines, bold section lines, the totals and the signature block
 * (người lập biểu, thủ trưởng đơn vị). Every text cell is neutralised.
 *
 * @example
 * ```ts
 * const bytes = await printableWorkbook([
 *   { name: "Tổ", title: "XẾP LOẠI TỔ BẢO VỆ AN NINH, TRẬT TỰ NĂM 2025", headers: ["STT", "Tổ"], widths: [6, 40], rows: [[1, "Tổ ấp Long Hòa"]] },
 * ]);
 * [bytes[0], bytes[1]]; //=> [0x50, 0x4b]
 * ```
 */
export const printableWorkbook = async (sheets: readonly PrintableSheet[]): Promise<Uint8Array> => {
  const workbook = newWorkbook();
  for (const s of sheets) {
    const columns = s.widths.length;
    const headerRow = headerRowOf(s);
    const sheet = addPrintableSheet(workbook, s.name, { widths: s.widths, title: s.title, headerRow });
    const [body, unit] = s.issuer ?? ["………………………………", "………………………………"];
    twoHalves(sheet, columns, body, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
    twoHalves(sheet, columns, unit, "Độc lập - Tự do - Hạnh phúc", { bold: true });
    twoHalves(sheet, columns, "", "……, ngày …… tháng …… năm ……", { italic: true });
    sheet.addRow([]);
    spanning(sheet, columns, s.title, {
      font: { name: "Times New Roman", bold: true, size: 14 },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    });
    if (s.subtitle)
      spanning(sheet, columns, s.subtitle, {
        font: { name: "Times New Roman", italic: true, size: 12 },
        alignment: { horizontal: "center", vertical: "middle", wrapText: true },
      });
    sheet.addRow([]);
    addRow(sheet, s.headers, {
      ...HEADER_STYLE,
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
      border: BORDER,
    });
    for (const r of s.rows) {
      if ("section" in r) spanning(sheet, columns, r.section, { font: { bold: true }, border: BORDER });
      else {
        addRow(sheet, r, { border: BORDER });
        // Numbers and short marks (STT, counts, "Có") are centred: a right-aligned number beside left-aligned
        // text reads as one ("0 Có", "1 Tổ…") when printed.
        const row = sheet.lastRow;
        r.forEach((value, i) => {
          if (row && (typeof value === "number" || (s.centered ?? []).includes(i)))
            row.getCell(i + 1).alignment = { horizontal: "center", vertical: "top", wrapText: true };
        });
      }
    }
    for (const line of s.after ?? []) spanning(sheet, columns, line, { font: { bold: true } });
    sheet.addRow([]);
    twoHalves(sheet, columns, "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", { bold: true });
    twoHalves(sheet, columns, "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", { italic: true });
  }
  return workbookBytes(workbook);
};
