import { describe, expect, it } from "vitest";
import { currencyToWords, formatAmountInWords, numberToWords, ordinalToWords } from "../src/index.js";

describe("numberToWords", () => {
  it.each([
    [0, "không"],
    [5, "năm"],
    [10, "mười"],
    [14, "mười bốn"],
    [15, "mười lăm"],
    [21, "hai mươi mốt"],
    [24, "hai mươi tư"],
    [25, "hai mươi lăm"],
    [105, "một trăm lẻ năm"],
    [114, "một trăm mười bốn"],
    [1004, "một nghìn không trăm lẻ bốn"],
    [1005, "một nghìn không trăm lẻ năm"],
    [1010, "một nghìn không trăm mười"],
    [1454, "một nghìn bốn trăm năm mươi tư"],
    [2024, "hai nghìn không trăm hai mươi tư"],
    [74000, "bảy mươi tư nghìn"],
    [1_000_001, "một triệu không trăm lẻ một"],
    [1_001_000, "một triệu không trăm lẻ một nghìn"],
    [1e9, "một tỷ"],
    [1_000_000_001, "một tỷ không trăm lẻ một"],
    [1_100_000_000_000, "một nghìn một trăm tỷ"],
    [1e15, "một triệu tỷ"],
    [1e18, "một tỷ tỷ"],
    [1e21, "một nghìn tỷ tỷ"],
    [-14, "âm mười bốn"],
  ] as const)("%s → %s", (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it("reads bigints of any size", () => {
    expect(numberToWords(10n ** 21n)).toBe("một nghìn tỷ tỷ");
    expect(numberToWords(10n ** 27n)).toBe("một tỷ tỷ tỷ");
    expect(numberToWords(10n ** 18n + 5n)).toBe("một tỷ tỷ không trăm lẻ năm");
    expect(numberToWords(-(10n ** 9n))).toBe("âm một tỷ");
    expect(numberToWords(0n)).toBe("không");
  });

  it("supports every accepted variant", () => {
    expect(numberToWords(105, { odd: "linh" })).toBe("một trăm linh năm");
    expect(numberToWords(74_000, { thousand: "ngàn" })).toBe("bảy mươi tư ngàn");
    expect(numberToWords(24, { four: "bốn" })).toBe("hai mươi bốn");
    expect(numberToWords(14, { four: "tư" })).toBe("mười bốn");
    expect(numberToWords(1e9, { billion: "tỉ" })).toBe("một tỉ");
    expect(numberToWords(-5, { negative: "trừ" })).toBe("trừ năm");
    expect(numberToWords(1454, { capitalize: true })).toBe("Một nghìn bốn trăm năm mươi tư");
  });

  it("reads decimals as a number or digit by digit", () => {
    expect(numberToWords(84.1)).toBe("tám mươi tư phẩy một");
    expect(numberToWords(0.25)).toBe("không phẩy hai mươi lăm");
    expect(numberToWords(1.05)).toBe("một phẩy không năm");
    expect(numberToWords(12.005)).toBe("mười hai phẩy không không năm");
    expect(numberToWords(0.25, { decimals: "digits" })).toBe("không phẩy hai năm");
    expect(numberToWords(3.14, { point: "chấm", decimals: "digits" })).toBe("ba chấm một bốn");
    expect(numberToWords(-0.5)).toBe("âm không phẩy năm");
  });

  it("reads Vietnamese-formatted strings", () => {
    expect(numberToWords("84,1")).toBe("tám mươi tư phẩy một");
    expect(numberToWords("1.454")).toBe("một nghìn bốn trăm năm mươi tư");
    expect(numberToWords("1.000.000.000.000.000.000.000")).toBe("một nghìn tỷ tỷ");
    expect(numberToWords("-0")).toBe("không");
  });

  it("throws on programmer errors instead of reading something wrong", () => {
    expect(() => numberToWords(Number.NaN)).toThrow(RangeError);
    expect(() => numberToWords(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => numberToWords("1,454.5")).toThrow(RangeError);
    expect(() => numberToWords("84.1")).toThrow(RangeError);
    expect(() => numberToWords({} as unknown as number)).toThrow(TypeError);
    expect(() => numberToWords(1, { odd: "lẽ" as "lẻ" })).toThrow(RangeError);
    expect(() => numberToWords(1, { unit: "đồng" } as never)).toThrow(RangeError);
  });
});

describe("currency and ordinals", () => {
  it("reads amounts in đồng", () => {
    expect(currencyToWords(1_454_000)).toBe("một triệu bốn trăm năm mươi tư nghìn đồng");
    expect(currencyToWords(5_000_000, { even: true })).toBe("năm triệu đồng chẵn");
    expect(formatAmountInWords(1_454_000)).toBe("Bằng chữ: Một triệu bốn trăm năm mươi tư nghìn đồng.");
    expect(formatAmountInWords(3_000_000_000n, { billion: "tỉ" })).toBe("Bằng chữ: Ba tỉ đồng.");
    expect(() => currencyToWords(1_454_000.5)).toThrow(RangeError);
  });

  it.each([
    [1, "thứ nhất"],
    [2, "thứ hai"],
    [3, "thứ ba"],
    [4, "thứ tư"],
    [5, "thứ năm"],
    [10, "thứ mười"],
    [14, "thứ mười bốn"],
    [21, "thứ hai mươi mốt"],
    [24, "thứ hai mươi tư"],
    [100, "thứ một trăm"],
  ] as const)("ordinal %s → %s", (n, words) => {
    expect(ordinalToWords(n)).toBe(words);
  });

  it("ordinal options and errors", () => {
    expect(ordinalToWords(4, { four: "bốn" })).toBe("thứ tư");
    expect(ordinalToWords(24, { four: "bốn" })).toBe("thứ hai mươi bốn");
    expect(ordinalToWords(1n, { capitalize: true })).toBe("Thứ nhất");
    expect(() => ordinalToWords(0)).toThrow(RangeError);
    expect(() => ordinalToWords(1.5)).toThrow(RangeError);
  });
});
