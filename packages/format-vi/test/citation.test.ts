import { describe, expect, it } from "vitest";
import {
  formatCitation,
  type LegalCitation,
  parseCitation,
  parseDocumentNumber,
  unwrap,
} from "../src/index.js";

describe("legal citations", () => {
  it("parses and formats the canonical order", () => {
    const text = "điểm b khoản 4 Điều 4 Thông tư số 124/2021/TT-BCA";
    const c = unwrap(parseCitation(text));
    expect(c).toEqual({
      point: "b",
      clause: 4,
      article: 4,
      document: {
        typeName: "Thông tư",
        number: unwrap(parseDocumentNumber("124/2021/TT-BCA")),
        numberWord: true,
      },
    });
    expect(formatCitation(c)).toBe(text);
  });

  it.each([
    "khoản 2 Điều 5",
    "Điều 11",
    "điểm đ khoản 3 Điều 6 Thông tư số 124/2021/TT-BCA",
    "khoản 1 Điều 5 Nghị định số 80/2021/NĐ-CP",
    "Điều 9 Bộ luật Hình sự",
    "Điều 6 Luật Công an nhân dân",
    "Điều 80 Luật số 06/2022/QH15",
    "khoản 2 Điều 1 Quyết định số 510/QĐ-BCA-V05",
    "Điều 3 Kế hoạch số 10/KH-BCĐ-CAT",
    "Điều 4 Thông tư 48/2025/TT-BCA",
  ])("round-trips %s", (text) => {
    expect(formatCitation(unwrap(parseCitation(text)))).toBe(text);
  });

  it("accepts variants", () => {
    const a = unwrap(parseCitation("Điều 10 khoản 2 Thông tư 124/2021/TT-BCA"));
    expect(a).toMatchObject({
      article: 10,
      clause: 2,
      document: { typeName: "Thông tư", numberWord: false },
    });
    expect(formatCitation(a)).toBe("khoản 2 Điều 10 Thông tư 124/2021/TT-BCA");
    const b = unwrap(parseCitation("Khoản 4 Điều 4 của Thông tư số 124/2021/TT-BCA"));
    expect(b).toMatchObject({ clause: 4, article: 4 });
    const c = unwrap(parseCitation("Điều 4 124/2021/TT-BCA"));
    expect(c.document).toMatchObject({ typeName: "Thông tư", numberWord: false });
  });

  it.each([
    ["Điều 4 Nghị định số 124/2021/TT-BCA", "TYPE_MISMATCH"],
    ["điểm b Điều 4", "MISSING_CLAUSE"],
    ["điểm f khoản 1 Điều 4", "INVALID_POINT"],
    ["Điều 0", "INVALID_ARTICLE"],
    ["khoản 4", "INVALID_FORMAT"],
    ["Điều 4 Sách trắng", "UNKNOWN_DOCUMENT_TYPE"],
    ["Điều 4 Thông tư số 124/2021/", "MISSING_TYPE_CODE"],
    ["Điều 4 Thông tư số", "MISSING_NUMBER"],
    ["Điều 4 Thông tư số 124/2021/TT-BCA ngày 28/12/2021", "UNEXPECTED_TEXT"],
  ])("rejects %j with %s", (text, code) => {
    const r = parseCitation(text);
    expect(!r.ok && r.issues[0]?.code).toBe(code);
    expect(!r.ok && r.issues[0]?.input).toBe(text);
  });

  it("throws on invalid structures", () => {
    expect(() => formatCitation({ article: 0 })).toThrow(RangeError);
    expect(() => formatCitation({ point: "b", article: 4 } as LegalCitation)).toThrow(RangeError);
    expect(() => formatCitation({ point: "w", clause: 1, article: 4 })).toThrow(RangeError);
  });
});
