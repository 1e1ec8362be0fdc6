/**
 * The sheets of the yearly cycle's layouts gathered from an officer's files, as every cycle command reads them:
 * the worksheets of an .xlsx named after a layout, or one .csv per layout (named after the layout id, e.g.
 * `ke-hoach.csv`, or recognised by its required headers), and at most one sheet per layout — a second one is
 * refused with both names, never dropped. Reading the bytes is the caller's (Node or browser).
 */
import type { SheetSpec } from "../specs.js";
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
