/**
 * Hostile .xlsx input (#14): random bytes, a real workbook with bytes flipped, and a well-formed zip whose
 * sheet part is random XML. The reader never throws or dies: it fails with the Vietnamese InputFileError, or
 * reads what it can and reports every problem with its sheet and row.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateProvince } from "@antq/datagen";
import { DatasetBuilder } from "@antq/sheets";
import { buildDataWorkbook } from "@antq/sheets/xlsx";
import { Cause, Effect, Exit } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputFileError } from "../src/errors.js";
import { readXlsxFileInto as readXlsxInto } from "../src/io/xlsx.js";
import { tempDir } from "./helpers/run.js";
import { makeZip } from "./helpers/zip.js";

const dir = tempDir();
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
let n = 0;

/** Reads the bytes as a workbook and checks the outcome is a located Vietnamese problem or a dataset. */
const check = async (bytes: Uint8Array) => {
  const file = join(dir, `t${n++}.xlsx`);
  writeFileSync(file, bytes);
  const builder = new DatasetBuilder();
  const exit = await Effect.runPromiseExit(readXlsxInto(builder, file));
  if (Exit.isFailure(exit)) {
    const error = Cause.squash(exit.cause);
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as InputFileError).message).toMatch(VIETNAMESE);
    return;
  }
  for (const issue of builder.finish().issues) {
    expect(issue.file).toBe(file);
    expect(issue.sheet).toBeDefined();
    expect(issue.message).toMatch(VIETNAMESE);
  }
};

const sheetZip = (sheetXml: string) =>
  makeZip([
    {
      name: "xl/workbook.xml",
      data: Buffer.from(
        '<workbook xmlns:r="r"><sheets><sheet name="Khu dân cư" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: Buffer.from(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: "xl/worksheets/sheet1.xml", data: Buffer.from(sheetXml) },
  ]);

describe("hostile .xlsx input", () => {
  it("random bytes, with or without the zip signature", async () => {
    const body = fc.uint8Array({ maxLength: 600 });
    const signed = fc
      .tuple(fc.boolean(), body)
      .map(([zip, b]) => new Uint8Array([...(zip ? [0x50, 0x4b, 3, 4] : []), ...b]));
    await fc.assert(fc.asyncProperty(signed, check), { numRuns: 60 });
  });

  it("a real workbook with bytes flipped", async () => {
    const province = generateProvince({ seed: 7, year: 2024, communes: 1 });
    const good = new Uint8Array(
      (await buildDataWorkbook(province.units, province.facts).xlsx.writeBuffer()) as ArrayBuffer,
    );
    const flips = fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 1, max: 255 })), {
      minLength: 1,
      maxLength: 6,
    });
    await fc.assert(
      fc.asyncProperty(flips, async (changes) => {
        const bytes = good.slice();
        for (const [at, xor] of changes) bytes[at] = (bytes[at] as number) ^ xor;
        await check(bytes);
      }),
      { numRuns: 40 },
    );
  });

  it("a well-formed zip whose sheet is random XML-ish text", async () => {
    const row = fc.array(
      fc.oneof(
        fc.string().map((s) => `<c t="inlineStr"><is><t>${s}</t></is></c>`),
        fc.string().map((s) => `<c r="${s}"><v>${s}</v></c>`),
        fc.constantFrom(
          '<c t="s"><v>99</v></c>',
          "<c><v>1e999</v></c>",
          '<c t="b"><v>2</v></c>',
          "<row>",
          "</c>",
        ),
      ),
      { maxLength: 6 },
    );
    const xml = fc
      .array(row, { maxLength: 5 })
      .map(
        (rows) =>
          `<worksheet><sheetData>${rows.map((r) => `<row>${r.join("")}</row>`).join("")}</sheetData></worksheet>`,
      );
    await fc.assert(
      fc.asyncProperty(fc.oneof(xml, fc.string()), (x) => check(sheetZip(x))),
      { numRuns: 60 },
    );
  });
});
