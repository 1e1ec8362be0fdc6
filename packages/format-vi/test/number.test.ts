import { describe, expect, it } from "vitest";
import {
  formatNumber,
  formatPercent,
  formatPercentOf,
  formatRatio,
  formatRatioWithPercent,
  parseBigInt,
  parseNumber,
  parsePercent,
  parseRatio,
} from "../src/index.js";
import { xorshift } from "./helpers.js";

describe("formatNumber", () => {
  it.each([
    [1454, "1.454"],
    [1730, "1.730"],
    [74000, "74.000"],
    [1000, "1.000"],
    [2087, "2.087"],
    [12345678.9, "12.345.678,9"],
    [84.1, "84,1"],
    [0.5, "0,5"],
    [-1454, "-1.454"],
    [0, "0"],
    [-0, "0"],
    [999, "999"],
    [1e21, "1.000.000.000.000.000.000.000"],
    [1454n, "1.454"],
    [-(10n ** 21n), "-1.000.000.000.000.000.000.000"],
  ] as const)("%s → %s", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it("rounds with explicit modes on the shortest decimal form", () => {
    expect(formatNumber(84.06, { maximumFractionDigits: 1 })).toBe("84,1");
    expect(formatNumber(0.15, { maximumFractionDigits: 1 })).toBe("0,2");
    expect(formatNumber(1.005, { maximumFractionDigits: 2 })).toBe("1,01");
    expect(formatNumber(2.5, { maximumFractionDigits: 0, roundingMode: "halfEven" })).toBe("2");
    expect(formatNumber(3.5, { maximumFractionDigits: 0, roundingMode: "halfEven" })).toBe("4");
    expect(formatNumber(-2.5, { maximumFractionDigits: 0 })).toBe("-3");
    expect(formatNumber(-2.5, { maximumFractionDigits: 0, roundingMode: "halfTrunc" })).toBe("-2");
    expect(formatNumber(2.01, { maximumFractionDigits: 0, roundingMode: "ceil" })).toBe("3");
    expect(formatNumber(-2.01, { maximumFractionDigits: 0, roundingMode: "floor" })).toBe("-3");
    expect(formatNumber(2.99, { maximumFractionDigits: 0, roundingMode: "trunc" })).toBe("2");
    expect(formatNumber(2.01, { maximumFractionDigits: 0, roundingMode: "expand" })).toBe("3");
    expect(formatNumber(999.96, { maximumFractionDigits: 1 })).toBe("1.000");
    expect(formatNumber(84, { minimumFractionDigits: 1 })).toBe("84,0");
    expect(formatNumber(1e-7, { maximumFractionDigits: 7 })).toBe("0,0000001");
    expect(formatNumber(1454, { useGrouping: false })).toBe("1454");
  });

  it("matches a cached Intl.NumberFormat('vi-VN') on 20 000 random values", () => {
    const nf = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });
    const nf3 = new Intl.NumberFormat("vi-VN");
    const rand = xorshift(7);
    for (let i = 0; i < 20_000; i++) {
      const v =
        i % 4 === 0 ? Math.round(rand() * 1e8) / 100 : Math.floor(rand() * 1e7) * (i % 7 === 0 ? -1 : 1);
      expect(formatNumber(v, { maximumFractionDigits: 1 })).toBe(nf.format(v));
      expect(formatNumber(v)).toBe(nf3.format(v));
    }
  });

  it("throws on programmer errors", () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatNumber("1" as unknown as number)).toThrow(TypeError);
    expect(() => formatNumber(1, { maximumFractionDigits: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { minimumFractionDigits: 2, maximumFractionDigits: 1 })).toThrow(RangeError);
    expect(() => formatNumber(1, { roundingMode: "up" as "ceil" })).toThrow(RangeError);
    expect(() => formatNumber(1, { digits: 2 } as never)).toThrow(RangeError);
  });
});

describe("percent and ratios", () => {
  it("formats percentages from fractions exactly", () => {
    expect(formatPercent(0.841)).toBe("84,1%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0.3)).toBe("30%");
    expect(formatPercent(0.145, { maximumFractionDigits: 0 })).toBe("15%");
    expect(formatPercent(0.84049, { minimumFractionDigits: 1 })).toBe("84,0%");
    expect(formatPercent(0.8405, { roundingMode: "trunc" })).toBe("84%");
    expect(formatPercent(-0.05)).toBe("-5%");
  });

  it("formats exact percentages of counts", () => {
    expect(formatPercentOf(1454, 1730)).toBe("84,0%");
    expect(formatPercentOf(18, 25)).toBe("72,0%");
    expect(formatPercentOf(17, 25)).toBe("68,0%");
    expect(formatPercentOf(7, 10)).toBe("70,0%");
    expect(formatPercentOf(2, 3, { maximumFractionDigits: 2, minimumFractionDigits: 2 })).toBe("66,67%");
    expect(formatPercentOf(1, 8, { maximumFractionDigits: 1, roundingMode: "halfEven" })).toBe("12,5%");
    expect(formatPercentOf(1, 16, { maximumFractionDigits: 1, roundingMode: "halfEven" })).toBe("6,2%");
    expect(formatPercentOf(1, 16, { maximumFractionDigits: 1 })).toBe("6,3%");
    expect(formatPercentOf(28, 34, { maximumFractionDigits: 0 })).toBe("82%");
    expect(() => formatPercentOf(1, 0)).toThrow(RangeError);
    expect(() => formatPercentOf(0.5, 2)).toThrow(RangeError);
  });

  it("formats ratios", () => {
    expect(formatRatio(1454, 1730)).toBe("1.454/1.730");
    expect(formatRatioWithPercent(1454, 1730)).toBe("1.454/1.730 (84,0%)");
    expect(formatRatioWithPercent(16, 16)).toBe("16/16 (100,0%)");
  });

  it("parses ratios and percentages", () => {
    expect(parseRatio("1.454/1.730")).toEqual({ ok: true, value: { numerator: 1454, denominator: 1730 } });
    expect(parseRatio("1.454/1.730 (84,0%)")).toEqual({
      ok: true,
      value: { numerator: 1454, denominator: 1730, percent: 0.84 },
    });
    expect(parsePercent("84,1%")).toEqual({ ok: true, value: 0.841 });
    expect(parsePercent("100 %")).toEqual({ ok: true, value: 1 });
    expect(parsePercent("0,5%")).toEqual({ ok: true, value: 0.005 });
    const codes = ["1.454/0", "1.454", "1,5/2", "a/b", "84,1"].map((s) => {
      const r = s.includes("/") || s === "1.454" ? parseRatio(s) : parsePercent(s);
      return r.ok ? "ok" : r.issues[0]?.code;
    });
    expect(codes).toEqual([
      "ZERO_DENOMINATOR",
      "MISSING_SLASH",
      "INVALID_RATIO",
      "INVALID_NUMBER",
      "MISSING_PERCENT_SIGN",
    ]);
  });
});

describe("parseNumber", () => {
  it.each([
    ["1.454", 1454],
    ["74.000", 74000],
    ["84,1", 84.1],
    ["-1.454,5", -1454.5],
    ["−14", -14],
    ["1454", 1454],
    ["0,5", 0.5],
    [" 12 ", 12],
    ["12.345.678,9", 12345678.9],
    ["0", 0],
    ["-0", 0],
  ] as const)("%j → %s", (input, value) => {
    expect(parseNumber(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "EMPTY_INPUT"],
    ["1.45", "AMBIGUOUS_SEPARATOR"],
    ["1.4540", "AMBIGUOUS_SEPARATOR"],
    ["1,454.5", "AMBIGUOUS_SEPARATOR"],
    ["1,2,3", "AMBIGUOUS_SEPARATOR"],
    ["1454.000", "INVALID_GROUPING"],
    ["1.45.000", "INVALID_GROUPING"],
    [".5", "INVALID_GROUPING"],
    ["1e6", "INVALID_CHARACTER"],
    ["12 345", "INVALID_CHARACTER"],
    ["12,", "INVALID_NUMBER"],
    ["-", "INVALID_NUMBER"],
    ["007", "LEADING_ZERO"],
    ["12abc", "INVALID_CHARACTER"],
    ["99.999.999.999.999.999", "UNSAFE_INTEGER"],
    ["0,12345678901234567", "PRECISION_LOSS"],
  ])("rejects %j with %s", (input, code) => {
    const r = parseNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe(code);
      expect(r.issues[0]?.input).toBe(input);
      expect(r.issues[0]?.message).toMatch(/^Số không hợp lệ: /u);
    }
  });

  it("parses big integers", () => {
    expect(parseBigInt("1.000.000.000.000.000.000.000")).toEqual({ ok: true, value: 10n ** 21n });
    expect(parseBigInt("-99.999.999.999.999.999")).toEqual({ ok: true, value: -99999999999999999n });
    const r = parseBigInt("84,1");
    expect(!r.ok && r.issues[0]?.code).toBe("NOT_AN_INTEGER");
  });

  it("throws TypeError on non-string input", () => {
    expect(() => parseNumber(1454 as unknown as string)).toThrow(TypeError);
  });
});
