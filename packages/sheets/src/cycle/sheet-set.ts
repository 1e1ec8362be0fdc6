/**
 * The sheets of the yearly cycle's layouts gathered from an officer's files, as every cycle command reads them:
 * the worksheets of an .xlsx named after a layout, or one .csv per layout (named after the layout id, e.g.
 * `ke-hoach.csv`, or recognised by its required headers), and at most one sheet per layout — a second one is
 * refused with both names, never dropped. Reading the bytes is the caller's (Node or browser).
 */
import type { RawCell } from "../cells.js";
import type { SheetSpec } from "../specs.js";
import { matchCycleSheet } from "./model.js";
import type { SheetRows } from "./records.js";

/**
 * The layouts for a message: each sheet name with its CSV file name.
 *
 * @example
 * ```ts
 * cycleLayoutsText([PLAN_SHEET, TYPICAL_SHEET]); //=> "\"Kế hoạch\" (ke-hoach.csv), \"Đăng ký điển hình\" (dang-ky-dien-hinh.csv)"
 * ```
 */
export const cycleLayoutsText = (specs: readonly SheetSpec[]): string =>
  specs.map((s) => `"${s.sheetName}" (${s.id}.csv)`).join(", ");

/**
 * The layout of a CSV file: the one whose id is the file's name (without `.csv`), else the first whose required
 * headers the file's header row has (case-insensitive, NFC); `undefined` when none.
 *
 * @example
 * ```ts
 * csvCycleSpec(PLAN_SHEETS, "ke-hoach.csv", [])?.sheetName; //=> "Kế hoạch"
 * csvCycleSpec([TYPICAL_SHEET], "dang ky 2024.csv", TYPICAL_SHEET.columns.map((c) => c.header))?.id; //=> "dang-ky-dien-hinh"
 * csvCycleSpec(PLAN_SHEETS, "khac.csv", ["Cột A"]); //=> undefined
 * ```
 */
export const csvCycleSpec = (
  specs: readonly SheetSpec[],
  fileName: string,
  headers: readonly string[],
): SheetSpec | undefined => {
  const base = fileName
    .replace(/^.*[\\/]/, "")
    .replace(/\.csv$/i, "")
    .normalize("NFC");
  const headerSet = new Set(headers.map((h) => h.normalize("NFC").trim().toLocaleLowerCase("vi")));
  return (
    specs.find((s) => s.id === base) ??
    specs.find((s) =>
      s.columns.filter((c) => c.required).every((c) => headerSet.has(c.header.toLocaleLowerCase("vi"))),
    )
  );
};

/**
 * Adds the rows of one layout to `sheets` (keyed by the layout's sheet name); when that layout already has a
 * sheet, adds nothing and returns the Vietnamese message naming both (a worksheet: keep one; a CSV: merge the
 * rows into one file).
 *
 * @example
 * ```ts
 * const sheets = new Map();
 * const rows = (file: string, sheet: string) => ({ file, sheet, headers: [], rows: [] });
 * addCycleSheet(sheets, PLAN_SHEET, rows("a.xlsx", "Kế hoạch")); //=> undefined
 * addCycleSheet(sheets, PLAN_SHEET, rows("b.xlsx", "Kế hoạch")); //=> "trang “Kế hoạch” cùng loại “Kế hoạch” với trang “Kế hoạch” của a.xlsx; chỉ giữ một trang"
 * addCycleSheet(sheets, PLAN_SHEET, rows("ke-hoach.csv", "Kế hoạch"), "csv"); //=> "cùng loại “Kế hoạch” với a.xlsx; gộp các dòng vào một tệp"
 * ```
 */
export const addCycleSheet = (
  sheets: Map<string, SheetRows>,
  spec: SheetSpec,
  rows: SheetRows,
  from: "xlsx" | "csv" = "xlsx",
): string | undefined => {
  const twin = sheets.get(spec.sheetName);
  if (twin !== undefined)
    return from === "csv"
      ? `cùng loại “${spec.sheetName}” với ${twin.file}; gộp các dòng vào một tệp`
      : `trang “${rows.sheet}” cùng loại “${spec.sheetName}” với trang “${twin.sheet}” của ${twin.file}; chỉ giữ một trang`;
  sheets.set(spec.sheetName, rows);
  return undefined;
};

/** Rows as read from a worksheet or a CSV file: each with its line number and its cells. */
type ReadRows = readonly { readonly line: number; readonly cells: readonly RawCell[] }[];

/**
 * Adds a worksheet of an officer's .xlsx to `sheets` when it is one of `specs`' layouts ({@link matchCycleSheet}):
 * its header row as text, each row cut to the headers. `"ignored"` when the worksheet is no layout of `specs`
 * (or is the unit template's model sheet); a Vietnamese `message` when its header row cannot be told apart
 * (located at its row 1) or its layout already has a sheet ({@link addCycleSheet}).
 *
 * @example
 * ```ts
 * const sheets = new Map();
 * const headers = PLAN_SHEET.columns.map((c) => c.header);
 * addCycleWorksheet(sheets, PLAN_SHEETS, "ke-hoach.xlsx", { name: "Kế hoạch", headers, rows: [] }); //=> "added"
 * addCycleWorksheet(sheets, PLAN_SHEETS, "ke-hoach.xlsx", { name: "Ghi chú", headers: [], rows: [] }); //=> "ignored"
 * addCycleWorksheet(sheets, MODEL_SHEETS, "mo-hinh.xlsx", { name: "Mô hình", headers: ["Mã mô hình"], rows: [] });
 * //=> { message: "trang “Mô hình”, dòng 1: dòng tiêu đề không khớp mẫu nào — danh sách mô hình (trang “Danh sách mô hình” của mẫu mô hình) cần các cột Mã mô hình, Tên mô hình, Loại mô hình, Ngày bắt đầu; mô hình của từng đơn vị (mẫu dữ kiện năm) cần các cột Mã đơn vị, Năm đánh giá, Mã mô hình, Hiệu quả hoạt động. Sửa dòng tiêu đề theo một trong hai mẫu" }
 * ```
 */
export const addCycleWorksheet = (
  sheets: Map<string, SheetRows>,
  specs: readonly SheetSpec[],
  file: string,
  worksheet: { readonly name: string; readonly headers: readonly RawCell[]; readonly rows: ReadRows },
): "added" | "ignored" | { readonly message: string } => {
  const headers = worksheet.headers.map((h) => String(h ?? ""));
  const spec = matchCycleSheet(specs, worksheet.name, headers);
  if (spec === undefined || spec === "skip") return "ignored";
  if (!("id" in spec))
    return { message: `trang “${worksheet.name.normalize("NFC").trim()}”, dòng 1: ${spec.message}` };
  const rows = worksheet.rows.map((row) => ({ line: row.line, cells: headers.map((_, i) => row.cells[i]) }));
  const twin = addCycleSheet(sheets, spec, { file, sheet: worksheet.name, headers, rows });
  return twin === undefined ? "added" : { message: twin };
};

/**
 * Adds a CSV file's rows to `sheets` under its layout ({@link csvCycleSpec}); the Vietnamese message when no
 * layout of `specs` fits the file's name or header row, or when the layout already has a sheet.
 *
 * @example
 * ```ts
 * const sheets = new Map();
 * addCycleCsv(sheets, PLAN_SHEETS, "ke-hoach.csv", { headers: [], rows: [] }); //=> undefined
 * sheets.get("Kế hoạch")?.file; //=> "ke-hoach.csv"
 * addCycleCsv(sheets, [TYPICAL_SHEET], "khac.csv", { headers: ["Cột A"], rows: [] });
 * //=> "không nhận ra loại dữ liệu của tệp CSV (đặt tên tệp hoặc dòng tiêu đề theo một trong các mẫu \"Đăng ký điển hình\" (dang-ky-dien-hinh.csv))"
 * ```
 */
export const addCycleCsv = (
  sheets: Map<string, SheetRows>,
  specs: readonly SheetSpec[],
  file: string,
  table: { readonly headers: readonly string[]; readonly rows: ReadRows },
): string | undefined => {
  const spec = csvCycleSpec(specs, file, table.headers);
  if (!spec)
    return `không nhận ra loại dữ liệu của tệp CSV (đặt tên tệp hoặc dòng tiêu đề theo một trong các mẫu ${cycleLayoutsText(specs)})`;
  return addCycleSheet(sheets, spec, { file, sheet: spec.sheetName, ...table }, "csv");
};

/**
 * How a cycle file is read, by its name: `"xlsx"`, `"csv"`, or the Vietnamese message for any other format.
 *
 * @example
 * ```ts
 * cycleFileKind("Ke-hoach 2024.XLSX"); //=> "xlsx"
 * cycleFileKind("dang-ky-dien-hinh.csv"); //=> "csv"
 * cycleFileKind("ke-hoach.ods"); //=> { message: "định dạng \".ods\" chưa được hỗ trợ; dùng .xlsx hoặc .csv" }
 * cycleFileKind("ke-hoach"); //=> { message: "định dạng \"(không có đuôi)\" chưa được hỗ trợ; dùng .xlsx hoặc .csv" }
 * ```
 */
export const cycleFileKind = (fileName: string): "xlsx" | "csv" | { readonly message: string } => {
  const extension = /(\.[^./\\]*)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (extension === ".xlsx") return "xlsx";
  if (extension === ".csv") return "csv";
  return { message: `định dạng "${extension || "(không có đuôi)"}" chưa được hỗ trợ; dùng .xlsx hoặc .csv` };
};

/**
 * The message for a workbook with no worksheet of `specs`' layouts.
 *
 * @example
 * ```ts
 * noCycleSheetMessage([TYPICAL_SHEET]); //=> "không có trang tính nào của mẫu; cần một trong các trang \"Đăng ký điển hình\" (dang-ky-dien-hinh.csv) (xem mẫu nhập liệu)"
 * ```
 */
export const noCycleSheetMessage = (specs: readonly SheetSpec[]): string =>
  `không có trang tính nào của mẫu; cần một trong các trang ${cycleLayoutsText(specs)} (xem mẫu nhập liệu)`;
