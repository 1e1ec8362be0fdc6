import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRoman, toRoman } from "../src/index.js";

describe("Roman numerals", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [1994, "MCMXCIV"],
    [2024, "MMXXIV"],
    [3999, "MMMCMXCIX"],
  ] as const)("%s ↔ %s", (n, r) => {
    expect(toRoman(n)).toBe(r);
    expect(parseRoman(r)).toEqual({ ok: true, value: n });
  });

  it("round-trips 1–3999", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (n) => parseRoman(toRoman(n)).ok));
    for (let n = 1; n <= 3999; n++) expect(parseRoman(toRoman(n))).toEqual({ ok: true, value: n });
  });

  it("rejects bad input", () => {
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(() => toRoman(4000)).toThrow(RangeError);
    expect(() => toRoman(1.5)).toThrow(RangeError);
    const codes = ["IIII", "IC", "", "XIZ", "VX"].map((s) => {
      const r = parseRoman(s);
      return r.ok ? r.value : r.issues[0]?.code;
    });
    expect(codes).toEqual([
      "NON_CANONICAL_ROMAN",
      "NON_CANONICAL_ROMAN",
      "EMPTY_INPUT",
      "INVALID_CHARACTER",
      "NON_CANONICAL_ROMAN",
    ]);
    expect(parseRoman("xiv")).toEqual({ ok: true, value: 14 });
  });
});
