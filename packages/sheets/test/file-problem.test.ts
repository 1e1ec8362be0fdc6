/** The Vietnamese texts of file problems: every system error code antq explains, readers' and JSON errors. */
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, fileProblemText, systemErrorText } from "../src/index.js";

const sysError = (code: string) => Object.assign(new Error(`${code}: open 'ket-qua.xlsx'`), { code });

describe("systemErrorText", () => {
  it.each([
    ["ENOENT", "không tìm thấy tệp hoặc thư mục"],
    ["EACCES", "không có quyền truy cập (tệp có thể đang mở trong Excel hoặc thư mục chỉ cho phép đọc)"],
    ["EPERM", "không có quyền truy cập (tệp có thể đang mở trong Excel hoặc thư mục chỉ cho phép đọc)"],
    [
      "EBUSY",
      "tệp đang bị khóa bởi chương trình khác (ví dụ đang mở trong Excel); hãy đóng tệp rồi chạy lại",
    ],
    ["EROFS", "ổ đĩa chỉ cho phép đọc"],
    ["ENOSPC", "ổ đĩa đã đầy"],
    ["EISDIR", "đường dẫn là một thư mục, không phải tệp"],
    ["ENOTDIR", "một phần của đường dẫn không phải là thư mục"],
    ["EEXIST", "tệp đã tồn tại"],
    ["EMFILE", "lỗi hệ thống (EMFILE)"],
    ["toString", "lỗi hệ thống (toString)"],
  ])("explains %s", (code, text) => {
    expect(systemErrorText(sysError(code))).toBe(text);
  });

  it("says it does not know an error without a code", () => {
    expect(systemErrorText(new Error("?"))).toBe("lỗi không xác định");
    expect(systemErrorText(undefined)).toBe("lỗi không xác định");
    expect(systemErrorText("ENOENT")).toBe("lỗi không xác định");
  });
});

describe("fileProblemText", () => {
  it("keeps a reader's located message, explains JSON syntax and system errors", () => {
    const csv = new CsvSyntaxError('dòng 1 254: ô có dấu " mở mà không đóng', 1254, "CSV_QUOTE_NOT_CLOSED");
    expect(fileProblemText(csv)).toBe(csv.message);
    expect(fileProblemText(new SyntaxError("Unexpected token } in JSON at position 42"))).toBe(
      "không phải JSON hợp lệ (Unexpected token } in JSON at position 42)",
    );
    expect(fileProblemText(sysError("EBUSY"))).toContain("đang mở trong Excel");
  });
});
