import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../src/index.js";

const quote = (s: string) => (/[",\r\n]/.test(s) || s === "" ? `"${s.replace(/"/g, '""')}"` : s);

describe("parseCsv properties", () => {
  it("round-trips any table written with RFC 4180 quoting", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "ă", "Đ", " ", ",", '"', "\n", "\r\n", "ệ", "1") });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.tuple(
            fc.array(fc.string({ minLength: 1, unit: fc.constantFrom("a", "b", "c", "đ") }), {
              minLength: n,
              maxLength: n,
            }),
            fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 6 }),
          ),
        ),
        fc.constantFrom("\n", "\r\n"),
        ([header, rows], eol) => {
          fc.pre(new Set(header).size === header.length);
          const text = [header, ...rows].map((r) => r.map(quote).join(",")).join(eol) + eol;
          const r = parseCsv(text);
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(r.value.header).toEqual(header);
            expect(r.value.rows.map((x) => x.cells)).toEqual(rows);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", ";", " ") }), (s) => {
        const r = parseCsv(s);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
