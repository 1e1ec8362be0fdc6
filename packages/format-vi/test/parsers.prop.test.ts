import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateLine,
  formatNumber,
  formatPartyDate,
  formatQuarter,
  type ParseResult,
  parseBigInt,
  parseCitation,
  parseDate,
  parseDateLine,
  parseDateTime,
  parseDocumentNumber,
  parseNumber,
  parsePartyDate,
  parsePercent,
  parsePeriod,
  parseQuarter,
  parseRatio,
  parseRoman,
} from "../src/index.js";

const parsers: Record<string, (s: string) => ParseResult<unknown>> = {
  parseNumber,
  parseBigInt,
  parsePercent,
  parseRatio,
  parseDate,
  parseDateLine,
  parsePartyDate,
  parseDateTime,
  parseQuarter,
  parsePeriod,
  parseDocumentNumber,
  parseCitation,
  parseRoman,
};

const vietnameseish = fc
  .array(fc.constantFrom(..."0123456789.,/-:%() ngàyháthmQuýIVXđếnĐiềukhoảnđiểmTTBCA−\u00a0"), {
    maxLength: 30,
  })
  .map((cs) => cs.join(""));

describe("parsers on arbitrary input", () => {
  it("never throw and always return a coded Vietnamese error", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), vietnameseish), (s) => {
        for (const parse of Object.values(parsers)) {
          const r = parse(s);
          if (!r.ok) {
            expect(r.issues[0]?.code).toMatch(/^[A-Z][A-Z_]+$/);
            expect(r.issues[0]?.input).toBe(s);
            expect(r.issues[0]?.message.length).toBeGreaterThan(10);
            expect(r.issues[0]?.message).toBe(r.issues[0]?.message.normalize("NFC"));
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("an accepted number formats back to the same value", () => {
    fc.assert(
      fc.property(vietnameseish, (s) => {
        const r = parseNumber(s);
        if (r.ok) expect(parseNumber(formatNumber(r.value, { maximumFractionDigits: 20 }))).toEqual(r);
      }),
      { numRuns: 5000 },
    );
  });

  it("whatever a parser accepts, the matching formatter can print", () => {
    const dateish = fc
      .tuple(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 9999 }),
      )
      .map(([d, m, y]) => [d, m, String(y).padStart(4, "0")] as const);
    fc.assert(
      fc.property(dateish, fc.integer({ min: 0, max: 6 }), ([d, m, y], q) => {
        const a = parseDate(`${d}/${m}/${y}`);
        if (a.ok) expect(parseDate(formatDate(a.value))).toEqual(a);
        const b = parsePartyDate(`ngày ${d}-${m}-${y}`);
        if (b.ok) expect(parsePartyDate(formatPartyDate(b.value))).toEqual(b);
        const c = parseDateLine(`Huế, ngày ${d} tháng ${m} năm ${y}`);
        if (c.ok) expect(parseDateLine(formatDateLine(c.value.date, { place: "Huế" }))).toEqual(c);
        const e = parseQuarter(`Quý ${q} năm ${y}`);
        if (e.ok) expect(parseQuarter(formatQuarter(e.value))).toEqual(e);
      }),
      { numRuns: 3000 },
    );
  });
});
