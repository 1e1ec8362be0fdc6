import { describe, expect, it } from "vitest";
import { detectToneStyle, normalizeToneStyle } from "../src/index.js";

/*
 * New-style vectors from thanglequoc/vietnamese-provinces-database (MIT),
 * dataset-generation-scripts/internal/common/viet/viet_tone_mark_test.go: [input, expected new style].
 */
const NEW_STYLE: readonly (readonly [string, string])[] = [
  ["á", "á"],
  ["nhà", "nhà"],
  ["gánh", "gánh"],
  ["bạn", "bạn"],
  ["thân", "thân"],
  ["lăn", "lăn"],
  ["kền", "kền"],
  ["tốt", "tốt"],
  ["lớn", "lớn"],
  ["ghé", "ghé"],
  ["ghì", "ghì"],
  ["hoà", "hoà"],
  ["hoè", "hoè"],
  ["quỳ", "quỳ"],
  ["quà", "quà"],
  ["quờ", "quờ"],
  ["thuỷ", "thuỷ"],
  ["nguỵ", "nguỵ"],
  ["hoàn", "hoàn"],
  ["quét", "quét"],
  ["quỵt", "quỵt"],
  ["suýt", "suýt"],
  ["buýt", "buýt"],
  ["khoẻ", "khoẻ"],
  ["oà", "oà"],
  ["oè", "oè"],
  ["uỳ", "ùy"],
  ["ngoài", "ngoài"],
  ["ngoạn", "ngoạn"],
  ["hoãn", "hoãn"],
  ["yếu", "yếu"],
  ["uốn", "uốn"],
  ["ườn", "ườn"],
  ["tiến", "tiến"],
  ["mượn", "mượn"],
  ["người", "người"],
  ["điều", "điều"],
  ["tươi", "tươi"],
  ["nuối", "nuối"],
  ["buổi", "buổi"],
  ["nghiêng", "nghiêng"],
  ["chuyến", "chuyến"],
  ["khuyết", "khuyết"],
  ["chuyễn", "chuyễn"],
  ["ưỡn", "ưỡn"],
  ["uộn", "uộn"],
  ["ỉa", "ỉa"],
  ["tủa", "tủa"],
  ["cứa", "cứa"],
  ["thùa", "thùa"],
  ["ừa", "ừa"],
  ["già", "già"],
  ["giả", "giả"],
  ["bịa", "bịa"],
  ["chìa", "chìa"],
  ["gịa", "gịa"],
  ["quán", "quán"],
  ["quạ", "quạ"],
  ["túa", "túa"],
  ["múa", "múa"],
  ["chùa", "chùa"],
  ["ban", "ban"],
  ["hoa", "hoa"],
  ["qua", "qua"],
  ["gia", "gia"],
  ["ổ", "ổ"],
  ["ổn", "ổn"],
  ["ào", "ào"],
  ["ủy", "ủy"],
  ["Hoà", "Hoà"],
  ["TIẾNG", "TIẾNG"],
  ["Việt", "Việt"],
  ["chuyến thuyền huyền bí", "chuyến thuyền huyền bí"],
  ["ủy ban", "ủy ban"],
  ["xe buýt", "xe buýt"],
  ["tíên", "tiến"],
  ["víêng", "viếng"],
  ["ýêu", "yếu"],
  ["chúyên", "chuyến"],
  ["thúyên", "thuyến"],
  ["ứơn", "ướn"],
  ["tứơng", "tướng"],
  ["múôn", "muốn"],
  ["hòan", "hoàn"],
  ["ngòai", "ngoài"],
  ["lòan", "loàn"],
  ["tuá", "túa"],
  ["muá", "múa"],
  ["iả", "ỉa"],
  ["iá", "ía"],
  ["ưá", "ứa"],
  ["ưà", "ừa"],
  ["thủy", "thuỷ"],
  ["ngủy", "nguỷ"],
  ["sủyt", "suỷt"],
  ["Huế", "Huế"],
  ["Đà Nẵng", "Đà Nẵng"],
  ["Biên Hoà", "Biên Hoà"],
  ["iệu", "iệu"],
  ["thuỵ", "thuỵ"],
  ["ụy", "ụy"],
  ["mạnh khoẻ", "mạnh khoẻ"],
  ["quý hoá", "quý hoá"],
  ["Luật Sở hữu trí tuệ", "Luật Sở hữu trí tuệ"],
  ["bìa", "bìa"],
  ["lụa", "lụa"],
  ["lửa", "lửa"],
  ["biển thuyền nhuộm được", "biển thuyền nhuộm được"],
];

describe("normalizeToneStyle", () => {
  it.each(NEW_STYLE)("new style: %s → %s", (input, expected) => {
    expect(normalizeToneStyle(input, "new")).toBe(expected);
  });

  it.each([
    ["hoà", "hòa"],
    ["Khánh Hoà", "Khánh Hòa"],
    ["thuỷ", "thủy"],
    ["khoẻ", "khỏe"],
    ["Thanh Hoá", "Thanh Hóa"],
    ["Tuỳ", "Tùy"],
    ["quý", "quý"],
    ["già", "già"],
    ["hoàn", "hoàn"],
    ["ngoài", "ngoài"],
    ["Tủa Chùa", "Tủa Chùa"],
    ["Tà Xùa", "Tà Xùa"],
    ["Tô Múa", "Tô Múa"],
    ["Song Khủa", "Song Khủa"],
    ["CỘNG HOÀ", "CỘNG HÒA"],
    ["ủy ban", "ủy ban"],
  ])("old style: %s → %s", (input, expected) => {
    expect(normalizeToneStyle(input, "old")).toBe(expected);
  });

  it("does not rewrite 'ua' (the naive-normaliser trap) in either style", () => {
    for (const name of ["Tủa Chùa", "Tà Xùa", "Tô Múa", "Song Khủa"]) {
      expect(normalizeToneStyle(name, "new")).toBe(name);
      expect(normalizeToneStyle(name, "old")).toBe(name);
    }
  });

  it.each([
    ["Ngoḳ", "Ngọk"],
    ["Buḱ", "Búk"],
    ["Kŕai", "Krái"],
    ["SŔo", "SRó"],
    ["Hŕu", "Hrú"],
    ["Kńôp", "Knốp"],
    ["Kńuêc", "Knuếc"],
    ["M'\u0301Drăk", "M'Drắk"],
    ["Ea Kńôp", "Ea Knốp"],
    ["Krông Buḱ", "Krông Búk"],
    ["Ngoḳ Réo", "Ngọk Réo"],
  ])("moves a tone misplaced on a consonant (ethnic place names): %s → %s", (input, expected) => {
    expect(normalizeToneStyle(input, "new")).toBe(expected);
    expect(normalizeToneStyle(input, "old")).toBe(expected);
  });

  it("handles NFD input, punctuation and foreign words", () => {
    expect(normalizeToneStyle("Kha\u0301nh Ho\u0300a", "new")).toBe("Khánh Hoà");
    expect(normalizeToneStyle("Xã Hòa Bình, Phường Thủy Nguyên (cũ).", "new")).toBe(
      "Xã Hoà Bình, Phường Thuỷ Nguyên (cũ).",
    );
    expect(normalizeToneStyle("café Zoë", "new")).toBe("café Zoë");
    expect(normalizeToneStyle("Ea H'Leo, Cư M’gar", "new")).toBe("Ea H'Leo, Cư M’gar");
  });

  it("is idempotent and the two styles convert into each other", () => {
    const text = "Khánh Hòa, Thanh Hóa, Thủy Nguyên, Hòa Bình, thuở, khuỷu, người, quyết, giữa";
    const neu = normalizeToneStyle(text, "new");
    const old = normalizeToneStyle(neu, "old");
    expect(normalizeToneStyle(neu, "new")).toBe(neu);
    expect(old).toBe(text);
  });

  it("throws on an unknown style", () => {
    expect(() => normalizeToneStyle("hoà", "modern" as "new")).toThrow(RangeError);
  });
});

describe("detectToneStyle", () => {
  it.each([
    ["Khánh Hòa", "old"],
    ["Thuỷ", "new"],
    ["Tỉnh Hoà Bình, Khánh Hòa", "mixed"],
    ["Hà Nội", undefined],
  ] as const)("%s → %s", (text, style) => {
    expect(detectToneStyle(text)).toBe(style);
  });
});
