import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatRatio, parseBigInt, parseNumber, parseRatio } from "../src/index.js";

describe("number round trips", () => {
  it("parseNumber(formatNumber(n)) = n for safe integers", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const r = parseNumber(formatNumber(n));
        expect(r).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
      { numRuns: 2000 },
    );
  });

  it("parseNumber(formatNumber(x, 2 digits)) = x for decimals with 2 digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const x = cents / 100;
        const r = parseNumber(formatNumber(x, { maximumFractionDigits: 2 }));
        expect(r).toEqual({ ok: true, value: x === 0 ? 0 : x });
      }),
      { numRuns: 2000 },
    );
  });

  it("parseNumber(formatNumber(x)) = x for doubles with 12 significant digits", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (d) => {
        const x = Math.abs(d) < 1e-9 ? 0 : Number(d.toPrecision(12));
        const formatted = formatNumber(x, { maximumFractionDigits: 100 });
        const r = parseNumber(formatted);
        if (r.ok) expect(r.value).toBe(x === 0 ? 0 : x);
        else expect(["PRECISION_LOSS"]).toContain(r.issues[0]?.code);
      }),
      { numRuns: 2000 },
    );
  });

  it("parseBigInt(formatNumber(b)) = b for any bigint", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (b) => {
        expect(parseBigInt(formatNumber(b))).toEqual({ ok: true, value: b });
      }),
    );
  });

  it("parseRatio(formatRatio(a, b)) = { a, b }", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
        expect(parseRatio(formatRatio(a, b))).toEqual({ ok: true, value: { numerator: a, denominator: b } });
      }),
    );
  });

  it("every rounding mode agrees with Intl.NumberFormat('vi-VN') (except Intl's '-0')", () => {
    const modes = ["halfExpand", "halfEven", "halfTrunc", "trunc", "expand", "ceil", "floor"] as const;
    const cache = new Map<string, Intl.NumberFormat>();
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...modes),
        (n, scale, digits, roundingMode) => {
          const x = n / 10 ** scale;
          const key = `${digits}|${roundingMode}`;
          let nf = cache.get(key);
          if (nf === undefined) {
            // roundingMode is in Intl (Node ≥ 20) but not in the ES2022 lib typings.
            const options = { maximumFractionDigits: digits, roundingMode } as Intl.NumberFormatOptions;
            nf = new Intl.NumberFormat("vi-VN", options);
            cache.set(key, nf);
          }
          const expected = nf.format(x).replace(/^-0$/, "0");
          expect(formatNumber(x, { maximumFractionDigits: digits, roundingMode })).toBe(expected);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
