/**
 * The workbook reader of @antq/sheets/xlsx, in Node and in chromium (vitest browser mode): the same fixture
 * workbooks read to the same datasets, from bytes and from a stream; every kind of cell an officer's workbook
 * holds; zip bombs and broken files refused with a Vietnamese message.
 */
import { generateProvince } from "@antq/datagen";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { type Dataset, DatasetBuilder, readJsonText } from "../src/index.js";
import { readWorkbookCells, readXlsxInto, readXlsxSheets, type XlsxInput } from "../src/xlsx/read.js";
import { XlsxFileError } from "../src/xlsx/zip.js";

/** A fixture's bytes: fetched from the dev server in the browser, read from disk in Node. */
const fixture = async (name: string): Promise<Uint8Array> => {
  const url = new URL(`./fixtures/${name}`, import.meta.url);
  if (!("process" in globalThis)) return new Uint8Array(await (await fetch(url)).arrayBuffer());
  const fs = "node:fs/promises";
  const { readFile } = (await import(/* @vite-ignore */ fs)) as typeof import("node:fs/promises");
  return new Uint8Array(await readFile(url));
};

const read = async (input: XlsxInput, file = "du-lieu.xlsx"): Promise<Dataset> => {
  const builder = new DatasetBuilder();
  await readXlsxInto(builder, input, { file });
  return builder.finish();
};

/** The dataset's records without their sources (the rows and sheets differ between inputs). */
const records = (d: Dataset) => ({
  units: d.units.map((u) => u.unit).sort((a, b) => a.id.localeCompare(b.id)),
  facts: d.facts.map((f) => f.facts).sort((a, b) => a.unitId.localeCompare(b.unitId) || a.year - b.year),
});

/** The province the fixtures were written from (test/fixtures/README.md), read through the JSON input. */
const expected = () => {
  const province = generateProvince({ seed: 138, year: 2024, communes: 2 });
  // The "Vụ phạm tội" sheet has no column for the perpetrators of a crime (they stay in JSON input).
  const facts = province.facts.map((f) => ({
    ...f,
    ...(f.crimes ? { crimes: f.crimes.map(({ perpetrators: _, ...crime }) => crime) } : {}),
  }));
  const builder = new DatasetBuilder();
  readJsonText(
    builder,
    JSON.stringify({ schemaVersion: 1, units: province.units, annualFacts: facts }),
    "du-lieu.json",
  );
  return records(builder.finish());
};

describe("readXlsxInto on the fixture workbooks", () => {
  for (const name of ["demo-2024.xlsx", "demo-2024-libreoffice.xlsx"]) {
    it(`reads ${name} to the dataset it was written from`, async () => {
      const dataset = await read(await fixture(name));
      expect(dataset.issues.filter((i) => i.severity === "error")).toEqual([]);
      const want = expected();
      expect(want.units.length).toBeGreaterThan(20);
      // Units of five kinds (the demo province has no "tổ chức khác"; the round trip covers all six).
      expect(new Set(want.units.map((u) => u.kind)).size).toBe(5);
      expect(records(dataset)).toEqual(want);
    });
  }

  it("reads a web ReadableStream of small chunks to the same dataset as the bytes", async () => {
    const bytes = await fixture("demo-2024.xlsx");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 4096) controller.enqueue(bytes.slice(at, at + 4096));
        controller.close();
      },
    });
    const fromStream = await read(stream);
    const fromBuffer = await read(bytes.slice().buffer as ArrayBuffer);
    expect(fromStream).toEqual(fromBuffer);
    expect(fromStream.units.length).toBeGreaterThan(20);
  });

  it("reads a Blob (a File; Node's fs.openAsBlob) part by part to the same dataset as the bytes", async () => {
    const bytes = await fixture("demo-2024.xlsx");
    // A zip comment longer than the tail the directory is first looked for in: the directory is read apart.
    const comment = 65_000;
    const commented = new Uint8Array(bytes.length + comment);
    commented.set(bytes);
    new DataView(commented.buffer).setUint16(bytes.length - 2, comment, true);
    const fromBlob = await read(new Blob([commented]));
    expect(fromBlob).toEqual(await read(bytes));
    expect(fromBlob.units.length).toBeGreaterThan(20);
  });

  it("locates its rows by file, sheet and row", async () => {
    const dataset = await read(await fixture("demo-2024.xlsx"), "tinh.xlsx");
    const first = dataset.units[0];
    expect(first?.source).toMatchObject({ file: "tinh.xlsx", sheet: "Khu dân cư", row: 2 });
  });
});

/** A workbook written by hand, part by part, as other spreadsheet programs write them. */
const workbook = (parts: {
  sheet: string;
  shared?: string;
  styles?: string;
  workbookPr?: string;
  name?: string;
}) =>
  zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns:r="r">${parts.workbookPr ?? ""}<sheets><sheet name="${parts.name ?? "Khu dân cư"}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
    ),
    ...(parts.shared ? { "xl/sharedStrings.xml": strToU8(parts.shared) } : {}),
    ...(parts.styles ? { "xl/styles.xml": strToU8(parts.styles) } : {}),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData>${parts.sheet}</sheetData></worksheet>`),
  });

const rowsOf = async (bytes: Uint8Array) => {
  const out: { name: string; rows: { line: number; cells: unknown[] }[] }[] = [];
  for await (const sheet of readXlsxSheets(bytes)) {
    const rows: { line: number; cells: unknown[] }[] = [];
    for await (const batch of sheet.rows())
      rows.push(...batch.map((r) => ({ line: r.line, cells: [...r.cells] })));
    out.push({ name: sheet.name, rows });
  }
  return out;
};

const STYLES =
  '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>';

describe("readXlsxSheets: cells", () => {
  it("reads shared (rich-text) and inline strings, numbers, booleans, errors, formulas and dates", async () => {
    const bytes = workbook({
      shared:
        '<sst><si><t>Mã đơn vị</t></si><si><r><t>Ấp </t></r><r><rPr><b/></rPr><t xml:space="preserve">Mỹ Lợi </t></r><rPh><t>x</t></rPh></si><si><t>A &amp; B</t></si></sst>',
      styles: STYLES,
      sheet:
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><r><t>Khu </t></r><r><t>phố 3</t></r></is></c>' +
        '<c r="C2"><v>1454</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c>' +
        '<c r="F2" s="1"><v>45560</v></c><c r="G2" s="2"><f>DATE(2024,9,25)</f><v>45560</v></c>' +
        '<c r="H2" t="str"><f>"Có"</f><v>Có</v></c><c r="I2" t="d"><v>2024-09-25T00:00:00Z</v></c><c r="J2" t="s"><v>2</v></c></row>' +
        '<row r="3"><c r="A3" s="1"/><c r="B3" t="inlineStr"><is><t>   </t></is></c></row>',
    });
    const [sheet] = await rowsOf(bytes);
    const day = new Date(Date.UTC(2024, 8, 25));
    expect(sheet?.rows).toEqual([
      { line: 1, cells: ["Mã đơn vị"] },
      { line: 2, cells: ["Ấp Mỹ Lợi", "Khu phố 3", 1454, true, undefined, day, day, "Có", day, "A & B"] },
    ]);
  });

  it("reads dates of the 1904 date system when the workbook says so", async () => {
    const bytes = workbook({
      workbookPr: '<workbookPr date1904="1"/>',
      styles: STYLES,
      sheet: '<row r="1"><c r="A1" s="1"><v>44098</v></c></row>',
    });
    const [sheet] = await rowsOf(bytes);
    expect(sheet?.rows[0]?.cells[0]).toEqual(new Date(Date.UTC(2024, 8, 25)));
  });

  it("reads every cell of a merged range as its top-left cell, headers included", async () => {
    const bytes = zipSync({
      "xl/workbook.xml": strToU8(
        '<workbook><sheets><sheet name="Khu dân cư" r:id="rId1"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        "<worksheet><sheetData>" +
          '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c><c r="B1" t="inlineStr"><is><t>Xã</t></is></c></row>' +
          '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Mỹ Thạnh</t></is></c></row>' +
          '<row r="3"><c r="A3"><v>2</v></c></row>' +
          '</sheetData><mergeCells count="2"><mergeCell ref="A1:A1"/><mergeCell ref="B2:C4"/></mergeCells></worksheet>',
      ),
    });
    const [sheet] = await rowsOf(bytes);
    expect(sheet?.rows).toEqual([
      { line: 1, cells: ["Mã", "Xã"] },
      { line: 2, cells: [1, "Mỹ Thạnh", "Mỹ Thạnh"] },
      { line: 3, cells: [2, "Mỹ Thạnh", "Mỹ Thạnh"] },
      { line: 4, cells: [undefined, "Mỹ Thạnh", "Mỹ Thạnh"] },
    ]);
  });
});

const failure = async (bytes: XlsxInput) => {
  try {
    await read(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(XlsxFileError);
    return error as XlsxFileError;
  }
  throw new Error("the workbook was read");
};

describe("readWorkbookCells", () => {
  it("gives the wanted sheets by NFC-trimmed name, header row apart, rows with their line numbers", async () => {
    const bytes = zipSync({
      "xl/workbook.xml": strToU8(
        '<workbook><sheets><sheet name=" To\u0302\u0309 ba\u0309o ve\u0302\u0323 ANTT " sheetId="1" r:id="rId1"/>' +
          '<sheet name="Khu dân cư" sheetId="2" r:id="rId2"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>' +
          '<Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã tổ</t></is></c>' +
          '<c r="B1" t="inlineStr"><is><t>Số thành viên</t></is></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>TO-28252-01</t></is></c><c r="B3"><v>7</v></c></row></sheetData></worksheet>',
      ),
      // Not wanted: never inflated, so its broken XML goes unnoticed.
      "xl/worksheets/sheet2.xml": strToU8("<worksheet><sheetData><row"),
    });
    const sheets = await readWorkbookCells(bytes, (name) => name === "Tổ bảo vệ ANTT");
    expect([...sheets.keys()]).toEqual(["Tổ bảo vệ ANTT"]);
    expect(sheets.get("Tổ bảo vệ ANTT")).toEqual({
      name: " To\u0302\u0309 ba\u0309o ve\u0302\u0323 ANTT ",
      headers: ["Mã tổ", "Số thành viên"],
      rows: [{ line: 3, cells: ["TO-28252-01", 7] }],
    });
    expect((await readWorkbookCells(bytes, (name) => name === "Tổ bảo vệ")).size).toBe(0);
    await expect(readWorkbookCells(bytes)).rejects.toThrow(XlsxFileError);
  });

  it("gives every sheet by default, an empty sheet with no headers", async () => {
    const sheets = await readWorkbookCells(await fixture("demo-2024.xlsx"));
    expect(sheets.get("Khu dân cư")?.headers[0]).toBe("Mã đơn vị");
    expect([...sheets.values()].every((sheet) => Array.isArray(sheet.headers))).toBe(true);
  });
});

describe("readXlsxInto: files it refuses, in Vietnamese", () => {
  it("refuses a zip bomb before inflating it, naming the part", async () => {
    const bytes = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    const error = await failure(bytes);
    expect(error.code).toBe("XLSX_ZIP_BOMB");
    expect(error.message).toContain("xl/worksheets/sheet1.xml");
    expect(error.message).toContain("bom zip");
  });

  it("refuses a part that inflates to more than its directory declares", async () => {
    const bytes = workbook({
      sheet: `<row r="1"><c r="A1" t="inlineStr"><is><t>${"Ấp ".repeat(5000)}</t></is></c></row>`,
    });
    // Make the sheet's directory entry claim 100 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    for (let at = 0; at + 46 < bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const length = view.getUint16(at + 28, true);
      const entry = bytes.subarray(at + 46, at + 46 + length);
      if (entry.length === name.length && entry.every((b, i) => b === name[i]))
        view.setUint32(at + 24, 100, true);
    }
    const error = await failure(bytes);
    expect(error.code).toBe("XLSX_ZIP_BOMB");
    expect(error.message).toContain("giải nén ra nhiều hơn kích thước ghi trong tệp");
  });

  it("refuses a file over the size limit while it is still streaming in", async () => {
    const chunks = (async function* () {
      for (let i = 0; i < 10; i++) yield new Uint8Array(1024);
    })();
    const builder = new DatasetBuilder();
    const error = await readXlsxInto(builder, chunks, {
      file: "lon.xlsx",
      limits: { maxFileBytes: 4096, maxUncompressedBytes: 1e9, maxCompressionRatio: 200, maxEntries: 100 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxFileError);
    expect((error as XlsxFileError).message).toContain("vượt giới hạn");
  });

  it("refuses the same files given as a Blob, with the same codes", async () => {
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expect((await failure(new Blob([bomb]))).code).toBe("XLSX_ZIP_BOMB");
    expect((await failure(new Blob([strToU8("Mã đơn vị,Tên đơn vị\nkdc-1,Ấp 1\n")]))).code).toBe(
      "XLSX_NOT_ZIP",
    );
    expect((await failure(new Blob([new Uint8Array(10)]))).code).toBe("XLSX_CORRUPT");
    const cut = workbook({ sheet: '<row r="1"><c r="A1"><v>1</v></c>' });
    expect((await failure(new Blob([cut]))).code).toBe("XLSX_CORRUPT");
    const builder = new DatasetBuilder();
    const error = await readXlsxInto(builder, new Blob([new Uint8Array(8192)]), {
      file: "lon.xlsx",
      limits: { maxFileBytes: 4096, maxUncompressedBytes: 1e9, maxCompressionRatio: 200, maxEntries: 100 },
    }).catch((e: unknown) => e);
    expect((error as XlsxFileError).code).toBe("XLSX_LIMIT");
  });

  it("refuses text, a zip without a workbook, and a sheet part that is not complete", async () => {
    expect((await failure(strToU8("Mã đơn vị,Tên đơn vị\nkdc-1,Ấp 1\n"))).message).toContain(
      "không phải định dạng Excel",
    );
    expect((await failure(zipSync({ "a.txt": strToU8("xin chào") }))).message).toContain(
      "không có trang tính nào",
    );
    const cut = workbook({ sheet: '<row r="1"><c r="A1"><v>1</v></c>' });
    expect((await failure(cut)).code).toBe("XLSX_CORRUPT");
  });

  it("checks the ending of a sheet part inflated in many chunks, the closing tag split across them", async () => {
    // About 1,5 MB of XML: fflate hands it over in many chunks, and the last one can be a few characters.
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Ấp số ${i + 1}</t></is></c></row>`,
    ).join("");
    const [sheet] = await rowsOf(workbook({ name: "Ghi chú", sheet: rows }));
    expect(sheet?.rows.length).toBe(20_000);
    expect(sheet?.rows.at(-1)).toEqual({ line: 20_000, cells: ["Ấp số 20000"] });
    // The same rows without the part's closing tags: refused, even though every row is complete.
    const cut = zipSync({
      "xl/workbook.xml": strToU8(
        '<workbook xmlns:r="r"><sheets><sheet name="Ghi chú" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": strToU8(`<worksheet><sheetData>${rows}`),
    });
    await expect(rowsOf(cut)).rejects.toMatchObject({ code: "XLSX_CORRUPT" });
  });

  it("reports an unknown sheet and reads nothing from it", async () => {
    const dataset = await read(
      workbook({ name: "Ghi chú", sheet: '<row r="1"><c r="A1"><v>1</v></c></row>' }),
    );
    expect(dataset.issues).toEqual([
      expect.objectContaining({ code: "UNKNOWN_SHEET", sheet: "Ghi chú", severity: "warning" }),
    ]);
    expect(dataset.units).toEqual([]);
  });
});
