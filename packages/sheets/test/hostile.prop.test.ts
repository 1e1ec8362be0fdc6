/**
 * Hostile input: whatever text or bytes arrive, the readers never throw anything but a located Vietnamese
 * error (CsvSyntaxError with a code), and every problem in the data is an InputIssue with a Vietnamese
 * message and a location, never an exception.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COMBINED_SHEET,
  CsvSyntaxError,
  csvRowSource,
  DatasetBuilder,
  openCsv,
  readJsonText,
  readRowsInto,
  UNIT_SHEETS,
} from "../src/index.js";

/** Vietnamese letters: the message of every issue has at least one word with a diacritic. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

const headersOf = fc.constantFrom(
  COMBINED_SHEET.columns.map((c) => c.header),
  ...(UNIT_SHEETS.map((s) => s.columns.map((c) => c.header)) as string[][]),
  ["Họ tên", "Tuổi"],
  [],
);

/** Cells an officer (or an attacker) might type: formulas, quotes, separators, numbers, dates, junk. */
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "=1+1",
    '"',
    '""',
    ";",
    ",",
    "\t",
    "\r\n",
    "Có",
    "Không",
    "1.454",
    "31/02/2024",
    "-0",
    "1e999",
  ),
  fc.string({ unit: "grapheme" }),
);

/** A CSV text with one of antq's header rows (or none) and hostile rows. */
const csvText = fc
  .tuple(
    headersOf,
    fc.array(fc.array(cell, { maxLength: 40 }), { maxLength: 8 }),
    fc.constantFrom(",", ";", "\t"),
  )
  .map(([headers, rows, sep]) => [headers, ...rows].map((r) => r.join(sep)).join("\n"));

const bytes = fc.uint8Array({ maxLength: 400 });

/** Reads CSV input fully into a builder; returns the dataset or the (expected) CsvSyntaxError. */
const readCsv = async (input: string | Uint8Array) => {
  const builder = new DatasetBuilder();
  try {
    await readRowsInto(builder, csvRowSource("x.csv", await openCsv(input)));
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { error };
    throw error;
  }
  return { dataset: builder.finish() };
};

const expectLocated = (result: Awaited<ReturnType<typeof readCsv>>) => {
  if ("error" in result && result.error) {
    expect(result.error.code).toMatch(/^[A-Z_]+$/);
    expect(result.error.message).toMatch(VIETNAMESE);
    return;
  }
  for (const issue of result.dataset?.issues ?? []) {
    expect(issue.file).toBe("x.csv");
    expect(issue.row ?? issue.path).toBeDefined();
    expect(issue.message).toMatch(VIETNAMESE);
    expect(issue.message).toBe(issue.message.normalize("NFC"));
  }
};

describe("hostile input never throws and is always located", () => {
  it("CSV text with antq's headers and hostile cells", async () => {
    await fc.assert(
      fc.asyncProperty(csvText, async (text) => expectLocated(await readCsv(text))),
      {
        numRuns: 150,
      },
    );
  });

  it("random bytes as CSV (any encoding mark)", async () => {
    const marked = fc.tuple(fc.constantFrom([], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]), bytes);
    await fc.assert(
      fc.asyncProperty(marked, async ([mark, body]) =>
        expectLocated(await readCsv(new Uint8Array([...mark, ...body]))),
      ),
      { numRuns: 150 },
    );
  });

  it("JSON text: any value, any syntax", () => {
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ schemaVersion: 1, units: [v], annualFacts: [v] })),
      fc.jsonValue().map((v) => JSON.stringify({ schemaVersion: 1, units: v, annualFacts: v })),
      fc.jsonValue().map((v) => JSON.stringify({ units: [v], facts: [v] })),
    );
    fc.assert(
      fc.property(text, (t) => {
        const builder = new DatasetBuilder();
        try {
          readJsonText(builder, t, "x.json");
        } catch (error) {
          expect(error).toBeInstanceOf(CsvSyntaxError);
          expect((error as CsvSyntaxError).code).toMatch(/^JSON_(SYNTAX|SHAPE)$/);
          return;
        }
        for (const issue of builder.finish().issues) {
          expect(issue.path).toMatch(/^(units|annualFacts)\[\d+\]/);
          expect(issue.message).toMatch(VIETNAMESE);
        }
      }),
      { numRuns: 300 },
    );
  });
});
