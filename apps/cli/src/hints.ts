/**
 * The CLI's hints on the packages' problems. @antq/sheets and @antq/store say what is wrong, and what to do, in
 * words any front-end can show (the template, the "năm đánh giá", "nhập lại với tùy chọn thay thế"); the CLI
 * adds, by the problem's stable code (never by matching its text) or where it knows the situation, the command
 * or option that does it, written the way this antq was started (`antq`, `npx antq`, `node dist/main.js` …), so
 * that it can be pasted as printed.
 */
import { CsvSyntaxError } from "@antq/sheets";
import type { RunKind } from "@antq/store";
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

/** A command-line argument as it can be pasted: in double quotes when it holds anything but a plain path or URL. */
const shellArgument = (value: string): string => (/^[\w.,/:@%+=~-]+$/.test(value) ? value : `"${value}"`);

/**
 * ` --kho <nơi>` when the officer named the store with `--kho`, so that a suggested command runs against the same
 * store (a server address without its password: `<mật-khẩu>` stands in its place); nothing for the default store
 * or `ANTQ_DATABASE_URL`, which the next command finds the same way.
 *
 * @example
 * ```ts
 * storeArgument(undefined); //=> ""
 * storeArgument("./kho tinh"); //=> ' --kho "./kho tinh"'
 * storeArgument("postgres://can-bo:bi-mat@may-chu/antq"); //=> ' --kho "postgres://can-bo:<mật-khẩu>@may-chu/antq"'
 * ```
 */
export const storeArgument = (store: string | undefined): string => {
  if (store === undefined || store === "") return "";
  const withoutPassword = store.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@/]*@/i, "$1:<mật-khẩu>@");
  return ` --kho ${shellArgument(withoutPassword)}`;
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
 * COMMAND_HINTS.saveRun("classification", 2024); //=> "Lệnh lưu: antq phan-loai --tu-kho --nam 2024 --luu-kho."
 * COMMAND_HINTS.saveRun("assessment", 2024, "/srv/kho-tinh"); //=> "Lệnh lưu: antq danh-gia --tu-kho --nam 2024 --kho /srv/kho-tinh --luu-kho."
 * ```
 */
export const COMMAND_HINTS = {
  validate: `Lệnh kiểm tra: ${antq} kiem-tra <tệp>.`,
  scoreTemplate: `Tạo mẫu bằng ${antq} mau --loai bang-diem.`,
  /** The hints below run against a store: `store` is the `--kho` the officer gave, if any ({@link storeArgument}). */
  reimportScores: (year: number | undefined, store?: string) =>
    `Nhập lại: ${antq} nhap <tệp> --nam ${year} --thay-the${storeArgument(store)}; hoặc phân loại từ tệp: ${antq} phan-loai <tệp> --nam ${year}.`,
  importYear: (year: number, store?: string) =>
    `Nhập dữ liệu năm ${year}: ${antq} nhap <tệp> --nam ${year}${storeArgument(store)}.`,
  /** An empty store (`antq kho`, the yearly-cycle and report commands with `--tu-kho`). */
  importAnyYear: (store?: string) => `Lệnh nhập: ${antq} nhap <tệp> --nam <năm>${storeArgument(store)}.`,
  /** A year already in the store (`antq nhap` without `--thay-the`). */
  replaceYear: (year: number, store?: string) =>
    `Lệnh nhập lại: ${antq} nhap <tệp> --nam ${year} --thay-the${storeArgument(store)}.`,
  /**
   * Nothing stored to compare with (`--doi-chieu`), or results removed with the data they were made from: the
   * command that saves a run of the kind (`danh-gia` an assessment, `phan-loai` a classification).
   */
  saveRun: (kind: RunKind, year: number, store?: string) =>
    `Lệnh lưu: ${antq} ${kind === "classification" ? "phan-loai" : "danh-gia"} --tu-kho --nam ${year}${storeArgument(store)} --luu-kho.`,
  planId: "Chọn bằng --ma-ke-hoach <mã>.",
  template: `Tạo mẫu bằng ${antq} mau.`,
} as const;
