import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DOCUMENT_TYPE_NAMES,
  type DocumentNumber,
  formatDocumentNumber,
  parseDocumentNumber,
} from "../src/index.js";

const segment = fc
  .tuple(
    fc.constantFrom(..."ABCDĐEGHKLMNPQRSTUVXY"),
    fc.array(fc.constantFrom(..."ABCDĐEGHKLMNPQRSTUVXYabcgđ0123456789"), { maxLength: 6 }),
  )
  .map(([first, rest]) => first + rest.join(""));
const numberText = fc
  .integer({ min: 1, max: 99999 })
  .chain((n) => (n < 10 ? fc.constantFrom(String(n), `0${n}`) : fc.constant(String(n))));
const prefix = fc.constantFrom(undefined, "Số: ", "Số ", "số ");

const normative = fc.record({
  numberText,
  year: fc.integer({ min: 1945, max: 2100 }),
  typeCode: fc.constantFrom("TT", "NĐ", "QĐ", "NQ", "TTLT", "PL", undefined),
  issuer: fc.array(segment, { minLength: 1, maxLength: 3 }),
  prefix,
});
const administrative = fc.record({
  numberText,
  typeCode: fc.constantFrom("KH", "QĐ", "CT", "HD", "BC", "TTr", "QyĐ", "CTr", "ĐA", "VBHN", "NQ", "TB"),
  issuer: fc.array(segment, { minLength: 1, maxLength: 3 }),
  prefix,
});
const party = fc.record({
  numberText,
  typeCode: fc.constantFrom("CV", "NQ", "KL", "CT", "HD", "QĐ", "TT", "BC"),
  issuer: fc.array(segment, { minLength: 1, maxLength: 2 }),
  prefix,
});

function build(kind: DocumentNumber["kind"], r: Record<string, unknown>): DocumentNumber {
  const doc: Record<string, unknown> = { kind, number: Number(r.numberText), numberText: r.numberText };
  for (const k of ["year", "typeCode", "issuer", "prefix"]) if (r[k] !== undefined) doc[k] = r[k];
  return doc as unknown as DocumentNumber;
}

describe("document number round trips", () => {
  it("format(parse(format(doc))) = format(doc), and parse keeps every field", () => {
    const docs = fc.oneof(
      normative.map((r) => build("normative", r)),
      administrative.map((r) => build("administrative", r)),
      party.map((r) => build("party", r)),
    );
    fc.assert(
      fc.property(docs, (doc) => {
        // Without a type code the issuer must not look like one, and a normative number has one issuer segment.
        fc.pre(doc.typeCode !== undefined || !((doc.issuer[0] as string) in DOCUMENT_TYPE_NAMES));
        fc.pre(doc.typeCode !== undefined || doc.kind !== "normative" || doc.issuer.length === 1);
        const text = formatDocumentNumber(doc);
        const parsed = parseDocumentNumber(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(formatDocumentNumber(parsed.value)).toBe(text);
        const { typeName: _ignored, ...rest } = parsed.value;
        expect(rest).toEqual(doc);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("document number parser on arbitrary strings", () => {
  it("whatever it accepts formats back to the same text, and it never throws", () => {
    const text = fc
      .array(fc.constantFrom(..."0123456789//--ABCĐKTQHVNUTWaàđ "), { minLength: 1, maxLength: 16 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, (s) => {
        const r = parseDocumentNumber(s);
        if (r.ok) expect(formatDocumentNumber(r.value)).toBe(s.trim());
        else expect(r.issues[0]?.code).toMatch(/^[A-Z_]+$/);
      }),
      { numRuns: 20_000 },
    );
  });
});
