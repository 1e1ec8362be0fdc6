import { describe, expect, it } from "vitest";
import {
  equalsIgnoringToneStyle,
  foldDiacritics,
  includesIgnoringDiacritics,
  includesIgnoringToneStyle,
  normalizeText,
  toSearchKey,
} from "../src/index.js";

const VOWELS = "aăâeêioôơuưy";
const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
const ALL_LETTERS: string[] = [];
for (const v of VOWELS + VOWELS.toUpperCase())
  for (const t of TONES) ALL_LETTERS.push((v + t).normalize("NFC"));
ALL_LETTERS.push("đ", "Đ");

describe("foldDiacritics", () => {
  it("folds every Vietnamese letter, NFC and NFD, like NFD + regex + đ", () => {
    const reference = (s: string) =>
      s
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D");
    expect(ALL_LETTERS).toHaveLength(146);
    for (const letter of ALL_LETTERS) {
      expect(foldDiacritics(letter)).toBe(reference(letter));
      expect(foldDiacritics(letter.normalize("NFD"))).toBe(reference(letter));
      expect(foldDiacritics(letter)).toMatch(/^[a-zA-Z]$/);
    }
  });

  it.each([
    ["Đặc khu Côn Đảo", "Dac khu Con Dao"],
    ["Thuỷ Nguyên", "Thuy Nguyen"],
    ["Ỷ Lan, ỹ, Ỵ", "Y Lan, y, Y"],
    ["Ea H’Leo", "Ea H'Leo"],
    ["BCÐ (eth)", "BCD (eth)"],
    ["Số 07/CT-BCA-V28", "So 07/CT-BCA-V28"],
    ["plain ASCII", "plain ASCII"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it("search keys and accent-insensitive search", () => {
    expect(toSearchKey("  Phường  Hoà Bình ")).toBe("phuong hoa binh");
    expect(includesIgnoringDiacritics("Công an tỉnh Đồng Nai", "dong nai")).toBe(true);
    expect(includesIgnoringDiacritics("Công an tỉnh Đồng Nai", "ĐỒNG")).toBe(true);
    expect(includesIgnoringDiacritics("Công an tỉnh Đồng Nai", "Đồng Tháp")).toBe(false);
  });
});

describe("tone-style-insensitive comparison", () => {
  it("equality", () => {
    expect(equalsIgnoringToneStyle("Khánh Hòa", "Khánh Hoà")).toBe(true);
    expect(equalsIgnoringToneStyle("Thủy", "Thu\u0079\u0309")).toBe(true);
    expect(equalsIgnoringToneStyle("Hòa", "Hoa")).toBe(false);
    expect(equalsIgnoringToneStyle("Hòa", "Hóa")).toBe(false);
    expect(equalsIgnoringToneStyle("Tủa Chùa", "Tủa Chuà")).toBe(true);
  });

  it("search", () => {
    expect(includesIgnoringToneStyle("Phường Thuỷ Nguyên", "Thủy")).toBe(true);
    expect(includesIgnoringToneStyle("Phường Thuỷ Nguyên", "Thuy")).toBe(false);
  });
});

describe("normalizeText", () => {
  it("NFC and options", () => {
    expect(normalizeText("Hoa\u0300 Bi\u0300nh")).toBe("Hoà Bình");
    expect(normalizeText("Ea H’Leo ", { apostrophes: true, whitespace: true })).toBe("Ea H'Leo");
    expect(normalizeText("Khánh Hoà", { toneStyle: "old" })).toBe("Khánh Hòa");
    expect(normalizeText("a\u00a0\u00a0b", { whitespace: true })).toBe("a b");
    expect(() => normalizeText("x", { nfc: true } as never)).toThrow(RangeError);
    expect(() => normalizeText(1 as unknown as string)).toThrow(TypeError);
  });
});
