import { describe, expect, it } from "vitest";
import {
  findDocumentNumbers,
  formatDocumentNumber,
  isValidDocumentNumber,
  parseDocumentNumber,
} from "../src/index.js";

const VALID = [
  "124/2021/TT-BCA",
  "98/2023/NĐ-CP",
  "06/2022/QH15",
  "48/2025/TT-BCA",
  "01/2024/TT-BNV",
  "10/KH-BCĐ-CAT",
  "510/QĐ-BCA-V05",
  "07/CT-BCA-V28",
  "9745/QĐ-BCA-V05",
  "1157/QĐ-BCĐ",
  "22/HD-BCA-V05",
  "521/QĐ-TTg",
  "1687/NQ-UBTVQH15",
  "3371/BCA-V05",
  "01/VBHN-BCA",
  "1027/CTK-CSCL",
  "727-CV/TU",
  "60-NQ/TW",
  "36-HD/VPTW",
  "44-KL/TW",
  "Số: 10/KH-BCĐ-CAT",
  "Số 36-HD/VPTW",
];

describe("parseDocumentNumber", () => {
  it.each(VALID)("round-trips %s", (s) => {
    const r = parseDocumentNumber(s);
    expect(r.ok).toBe(true);
    if (r.ok) expect(formatDocumentNumber(r.value)).toBe(s);
  });

  it("parses a normative number", () => {
    expect(parseDocumentNumber("124/2021/TT-BCA")).toEqual({
      ok: true,
      value: {
        kind: "normative",
        number: 124,
        numberText: "124",
        year: 2021,
        typeCode: "TT",
        typeName: "Thông tư",
        issuer: ["BCA"],
      },
    });
  });

  it("parses an administrative number with Đ and a prefix", () => {
    const r = parseDocumentNumber("Số: 10/KH-BCĐ-CAT");
    expect(r.ok && r.value).toMatchObject({
      kind: "administrative",
      number: 10,
      typeCode: "KH",
      typeName: "Kế hoạch",
      issuer: ["BCĐ", "CAT"],
      prefix: "Số: ",
    });
    if (r.ok) expect(formatDocumentNumber(r.value, { prefix: false })).toBe("10/KH-BCĐ-CAT");
  });

  it("parses party numbers", () => {
    const r = parseDocumentNumber("727-CV/TU");
    expect(r.ok && r.value).toMatchObject({
      kind: "party",
      number: 727,
      typeCode: "CV",
      typeName: "Công văn",
    });
  });

  it("treats a number without type code as a Công văn", () => {
    const r = parseDocumentNumber("3371/BCA-V05");
    expect(r.ok && r.value).toMatchObject({ typeName: "Công văn", issuer: ["BCA", "V05"] });
    expect(r.ok && r.value.typeCode).toBeUndefined();
  });

  it.each([
    ["", "EMPTY_INPUT"],
    ["124/2021/", "MISSING_TYPE_CODE"],
    ["124/2021/-BCA", "MISSING_TYPE_CODE"],
    ["124", "MISSING_SLASH"],
    ["10/KH", "MISSING_ISSUER"],
    ["10/KH-BCÐ-CAT", "CONFUSABLE_CHARACTER"],
    ["10/KH–BCĐ", "CONFUSABLE_CHARACTER"],
    ["10/KH - BCĐ", "INVALID_CHARACTER"],
    ["124/21/TT-BCA", "INVALID_YEAR"],
    ["124/2021/XX-BCA", "UNKNOWN_TYPE_CODE"],
    ["98/NĐ-CP", "MISSING_YEAR"],
    ["727-XY/TU", "UNKNOWN_TYPE_CODE"],
    ["727-CV", "MISSING_SLASH"],
    ["0/KH-UBND", "INVALID_NUMBER"],
    ["10/KH--CAT", "EMPTY_SEGMENT"],
    ["1/2/3/KH-UBND", "TOO_MANY_SLASHES"],
    ["KH-UBND", "MISSING_NUMBER"],
  ])("rejects %j with %s", (s, code) => {
    const r = parseDocumentNumber(s);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe(code);
      expect(r.issues[0]?.message).toBe(r.issues[0]?.message.normalize("NFC"));
      expect(r.issues[0]?.input).toBe(s);
    }
  });

  it("gives the issue's message for a missing type code", () => {
    const r = parseDocumentNumber("124/2021/");
    expect(!r.ok && r.issues[0]?.message).toBe(
      "Số hiệu văn bản không hợp lệ: thiếu ký hiệu loại văn bản sau dấu “/”.",
    );
    expect(!r.ok && r.issues[0]?.index).toBe(9);
  });

  it("throws on programmer errors", () => {
    expect(() => parseDocumentNumber(42 as unknown as string)).toThrow(TypeError);
    expect(() =>
      formatDocumentNumber({ kind: "normative", number: 1, typeCode: "TT", issuer: ["BCA"] }),
    ).toThrow(RangeError);
  });

  it("isValidDocumentNumber", () => {
    expect(isValidDocumentNumber("07/CT-BCA-V28")).toBe(true);
    expect(isValidDocumentNumber("07/CT–BCA")).toBe(false);
  });
});

describe("findDocumentNumbers", () => {
  it("finds the numbers in sentences of the seed articles", () => {
    const text =
      "Hội nghị sơ kết 5 năm (2014-2019) thực hiện Chỉ thị số 07/CT-BCA-V28 ngày 15-8-2014 của Bộ trưởng; " +
      "Kế hoạch số 10/KH-BCĐ-CAT ngày 08/02/2023; Nghị quyết số 06-NQ/TW, ngày 24/01/2022; " +
      "Công văn số 727-CV/TU, ngày 31/3/2023; Chỉ thị 07/BCA-V28. Kết quả 1.454/1.730 lượt, đạt 84,0%; 28/34 xã.";
    const found = findDocumentNumbers(text);
    expect(found.map((m) => m.text)).toEqual([
      "07/CT-BCA-V28",
      "10/KH-BCĐ-CAT",
      "06-NQ/TW",
      "727-CV/TU",
      "07/BCA-V28",
    ]);
    for (const m of found) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
    expect(found[2]?.value.kind).toBe("party");
  });
});
