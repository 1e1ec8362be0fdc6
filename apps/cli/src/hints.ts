/**
 * The CLI's hints on the packages' problems. @antq/sheets and @antq/store say what is wrong, and what to do, in
 * words any front-end can show (the template, the "năm đánh giá", "nhập lại với tùy chọn thay thế"); the CLI
 * adds, by the problem's stable code (never by matching its text) or where it knows the situation, the command
 * or option that does it, written the way this antq was started (`antq`, `npx antq`, `node dist/main.js` …), so
 * that it can be pasted as printed.
 */
import { CsvSyntaxError } from "@antq/sheets";
import { invocation } from "./invocation.js";

/** How this antq was started (see ./invocation.ts): the start of every command a hint shows. */
const antq = invocation();

/** Hints by the code of a problem: one Vietnamese sentence each. */
export type Hints = Readonly<Record<string, string>>;

/**
 * The hints of the problems of @antq/sheets that the CLI may meet anywhere: a layout not recognised or not known
 * (`UNKNOWN_LAYOUT`) and the year problems of `assessmentYear`.
 *
 * @example
 * ```ts
 * CLI_HINTS.YEAR_UNKNOWN; //=> "Ghi năm bằng --nam, ví dụ --nam 2024."
 * ```
 */
export const CLI_HINTS: Hints = {
  UNKNOWN_LAYOUT: `Tạo mẫu bằng ${antq} mau, hoặc chỉ rõ loại bằng --loai.`,
  YEAR_UNKNOWN: "Ghi năm bằng --nam, ví dụ --nam 2024.",
  YEAR_AMBIGUOUS: "Chọn năm bằng --nam <năm>.",
  YEAR_NOT_IN_DATA: "Sửa năm ghi ở --nam cho đúng năm của dữ liệu.",
};

/**
 * The hints of a JSON dataset read as input data: there a `JSON_SHAPE` is the dataset's shape (elsewhere it
 * may be a result file's, which `antq mau` does not describe).
 *
 * @example
 * ```ts
 * // Started as `npx antq`:
 * DATASET_JSON_HINTS.JSON_SHAPE; //=> "Xem dạng tệp JSON đầu vào bằng npx antq mau --dinh-dang json."
 * ```
 */
export const DATASET_JSON_HINTS: Hints = {
  ...CLI_HINTS,
  JSON_SHAPE: `Xem dạng tệp JSON đầu vào bằng ${antq} mau --dinh-dang json.`,
};

/**
 * The machine code of an error of @antq/sheets (a {@link CsvSyntaxError}'s), or `undefined` for any other.
 *
 * @example
 * ```ts
 * problemCode(new CsvSyntaxError("không nhận ra loại dữ liệu", 1, "UNKNOWN_LAYOUT")); //=> "UNKNOWN_LAYOUT"
 * problemCode(new Error("?")); //=> undefined
 * ```
 */
export const problemCode = (error: unknown): string | undefined =>
  error instanceof CsvSyntaxError ? error.code : undefined;

/**
 * `message` followed by the hint of `code` (a sentence; a full stop closes the message first when it has none),
 * or `message` as it is when the code has no hint.
 *
 * @example
 * ```ts
 * withHint("Không xác định được năm đánh giá.", "YEAR_UNKNOWN"); //=> "Không xác định được năm đánh giá. Ghi năm bằng --nam, ví dụ --nam 2024."
 * // Started as `antq`:
 * withHint("không nhận ra loại dữ liệu", "UNKNOWN_LAYOUT"); //=> "không nhận ra loại dữ liệu. Tạo mẫu bằng antq mau, hoặc chỉ rõ loại bằng --loai."
 * withHint("tệp JSON không đúng cú pháp", "JSON_SYNTAX"); //=> "tệp JSON không đúng cú pháp"
 * ```
 */
export const withHint = (message: string, code: string | undefined, hints: Hints = CLI_HINTS): string => {
  const hint = code !== undefined && Object.hasOwn(hints, code) ? hints[code] : undefined;
  if (hint === undefined) return message;
  return /[.!?…]$/.test(message) ? `${message} ${hint}` : `${message}. ${hint}`;
};

/**
 * The CLI's hints at the places where it knows the situation itself (the package's message has no code for it,
 * or its code needs the year or the command): the command or option that shows or fixes it.
 *
 * @example
 * ```ts
 * // Started as `antq`:
 * `${"Dữ liệu có 3 lỗi."} ${COMMAND_HINTS.validate}`; //=> "Dữ liệu có 3 lỗi. Lệnh kiểm tra: antq kiem-tra <tệp>."
 * COMMAND_HINTS.reimportScores(2024); //=> "Nhập lại: antq nhap <tệp> --nam 2024 --thay-the; hoặc phân loại từ tệp: antq phan-loai <tệp> --nam 2024."
 * COMMAND_HINTS.saveRun("danh-gia", 2024); //=> "Lệnh lưu: antq danh-gia --tu-kho --nam 2024 --luu-kho."
 * ```
 */
export const COMMAND_HINTS = {
  validate: `Lệnh kiểm tra: ${antq} kiem-tra <tệp>.`,
  scoreTemplate: `Tạo mẫu bằng ${antq} mau --loai bang-diem.`,
  reimportScores: (year: number | undefined) =>
    `Nhập lại: ${antq} nhap <tệp> --nam ${year} --thay-the; hoặc phân loại từ tệp: ${antq} phan-loai <tệp> --nam ${year}.`,
  importYear: (year: number) => `Nhập dữ liệu năm ${year}: ${antq} nhap <tệp> --nam ${year}.`,
  /** An empty store (`antq kho`). */
  importAnyYear: `Lệnh nhập: ${antq} nhap <tệp> --nam <năm>.`,
  /** A year already in the store (`antq nhap` without `--thay-the`). */
  replaceYear: (year: number) => `Lệnh nhập lại: ${antq} nhap <tệp> --nam ${year} --thay-the.`,
  /** Nothing stored to compare with (`--doi-chieu`), or results removed with the data they were made from. */
  saveRun: (command: "danh-gia" | "phan-loai", year: number) =>
    `Lệnh lưu: ${antq} ${command} --tu-kho --nam ${year} --luu-kho.`,
  planId: "Chọn bằng --ma-ke-hoach <mã>.",
  template: `Tạo mẫu bằng ${antq} mau.`,
} as const;
