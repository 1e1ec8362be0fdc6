/**
 * What went wrong with a file, in Vietnamese for the officer: a reader's located message, a JSON syntax error,
 * or the system's error code (missing file, no permission, the file open in Excel, a full disk).
 */
import { CsvSyntaxError } from "./csv.js";

const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "không tìm thấy tệp hoặc thư mục",
  EACCES: "không có quyền truy cập (tệp có thể đang mở trong Excel hoặc thư mục chỉ cho phép đọc)",
  EPERM: "không có quyền truy cập (tệp có thể đang mở trong Excel hoặc thư mục chỉ cho phép đọc)",
  EBUSY: "tệp đang bị khóa bởi chương trình khác (ví dụ đang mở trong Excel); hãy đóng tệp rồi chạy lại",
  EROFS: "ổ đĩa chỉ cho phép đọc",
  ENOSPC: "ổ đĩa đã đầy",
  EISDIR: "đường dẫn là một thư mục, không phải tệp",
  ENOTDIR: "một phần của đường dẫn không phải là thư mục",
  EEXIST: "tệp đã tồn tại",
};

/**
 * The Vietnamese explanation of a system error (by its `code`, as Node's file system errors carry it).
 *
 * @example
 * systemErrorText(Object.assign(new Error("busy"), { code: "EBUSY" })); //=> "tệp đang bị khóa bởi chương trình khác (ví dụ đang mở trong Excel); hãy đóng tệp rồi chạy lại"
 * systemErrorText({ code: "ENOSPC" }); //=> "ổ đĩa đã đầy"
 * systemErrorText({ code: "EMFILE" }); //=> "lỗi hệ thống (EMFILE)"
 * systemErrorText(new Error("?")); //=> "lỗi không xác định"
 */
export const systemErrorText = (error: unknown): string => {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return (
    (Object.hasOwn(SYSTEM_ERRORS, code) ? SYSTEM_ERRORS[code] : undefined) ??
    (code ? `lỗi hệ thống (${code})` : "lỗi không xác định")
  );
};

/**
 * The Vietnamese text of an error met while reading or parsing an input file: the located message of a
 * reader ({@link CsvSyntaxError}, also thrown for JSON datasets), a JSON syntax error, else the system error's.
 *
 * @example
 * fileProblemText(new CsvSyntaxError("dòng 12: thiếu dấu \" đóng ô", 12)); //=> 'dòng 12: thiếu dấu " đóng ô'
 * fileProblemText(new SyntaxError("Unexpected end of JSON input")); //=> "không phải JSON hợp lệ (Unexpected end of JSON input)"
 * fileProblemText({ code: "ENOENT" }); //=> "không tìm thấy tệp hoặc thư mục"
 */
export const fileProblemText = (error: unknown): string =>
  error instanceof CsvSyntaxError
    ? error.message
    : error instanceof SyntaxError
      ? `không phải JSON hợp lệ (${error.message})`
      : systemErrorText(error);
