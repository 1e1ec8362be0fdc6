import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateProvince } from "@antq/datagen";
import { type Dataset, DatasetBuilder, specBySheetName } from "@antq/sheets";
import { buildDataWorkbook } from "@antq/sheets/xlsx";
import { Effect, Exit } from "effect";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsxFileInto as readXlsxInto } from "../src/io/xlsx.js";
import { tempDir } from "./helpers/run.js";
import { makeZip } from "./helpers/zip.js";

const dir = tempDir();

/** The former in-memory read (`workbook.xlsx.readFile`): only the tests' oracle, never antq's reader. */
const readWorkbook = (file: string) =>
  Effect.tryPromise({
    try: async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      if (workbook.worksheets.length === 0) throw new Error("no worksheets");
      return workbook;
    },
    catch: () => new Error("tệp Excel bị hỏng"),
  });

/** The text of a cell as exceljs' in-memory reader gives it (the oracle of the streaming reader). */
const cellText = (cell: ExcelJS.Cell): string | number | boolean | Date | undefined => {
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    const text = value.normalize("NFC").trim();
    return text === "" ? undefined : text;
  }
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value)
      return value.richText
        .map((part) => part.text)
        .join("")
        .normalize("NFC")
        .trim();
    if ("result" in value) {
      const result = value.result;
      if (result === undefined || result === null || typeof result === "object") {
        return result instanceof Date ? result : undefined;
      }
      return result;
    }
    if ("text" in value && typeof value.text === "string") return value.text.normalize("NFC").trim();
  }
  return undefined;
};

/** The former in-memory reader (`workbook.xlsx.readFile`), kept as the oracle. */
const readInMemory = (builder: DatasetBuilder, file: string) =>
  Effect.map(readWorkbook(file), (workbook) => {
    for (const sheet of workbook.worksheets) {
      const spec = specBySheetName(sheet.name);
      if (!spec) {
        if (!["hướng dẫn", "danh mục"].includes(sheet.name.normalize("NFC").trim().toLocaleLowerCase("vi"))) {
          builder.issues.push({
            severity: "warning",
            code: "UNKNOWN_SHEET",
            message: `Trang tính "${sheet.name}" không thuộc mẫu của antq nên được bỏ qua.`,
            file,
            sheet: sheet.name,
          });
        }
        continue;
      }
      const headers: { text: string; index: number }[] = [];
      sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, index) => {
        const text = cellText(cell);
        headers.push({ text: text === undefined ? "" : String(text), index });
      });
      const { bound, count } = builder.bindHeaders(spec, headers, { file, sheet: sheet.name });
      const lastRow = sheet.rowCount;
      for (let r = 2; r <= lastRow; r++) {
        const row = sheet.getRow(r);
        if (!row.hasValues) continue;
        builder.addRow(spec, bound, count, { file, sheet: sheet.name, row: r }, (index) =>
          cellText(row.getCell(index)),
        );
      }
    }
  });

const read = async (
  reader: (builder: DatasetBuilder, file: string) => Effect.Effect<void, unknown>,
  file: string,
): Promise<Dataset> => {
  const builder = new DatasetBuilder();
  await Effect.runPromise(reader(builder, file));
  return builder.finish();
};

const failure = async (file: string): Promise<string> => {
  const exit = await Effect.runPromiseExit(readXlsxInto(new DatasetBuilder(), file));
  expect(Exit.isFailure(exit)).toBe(true);
  const text = JSON.stringify(exit);
  expect(text).toContain("InputFileError");
  return text;
};

/** A zip with a workbook of one sheet, "Khu dân cư", whose part is `sheetXml`. */
const oneSheetZip = (sheetXml: string) =>
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

const headerIndex = (sheet: ExcelJS.Worksheet, header: string): number => {
  let found = 0;
  sheet.getRow(1).eachCell((cell, i) => {
    if (cell.value === header) found = i;
  });
  expect(found).toBeGreaterThan(0);
  return found;
};

/**
 * A demo province in the template layout (`buildDataWorkbook`, as `antq demo` writes it) with what officers
 * do to workbooks: rich text, formulas with cached results, typed dates and yes/no, empty rows, a merged
 * cell, an extra sheet and a sheet whose headers do not match the template.
 */
const editedWorkbook = () => {
  const province = generateProvince({ seed: 138, year: 2024, communes: 2 });
  const workbook = buildDataWorkbook(province.units, province.facts);
  const areas = workbook.getWorksheet("Khu dân cư") as ExcelJS.Worksheet;
  const name = headerIndex(areas, "Tên đơn vị");
  areas.getCell(2, name).value = { richText: [{ text: "Ấp " }, { font: { bold: true }, text: "Mỹ Lợi " }] };
  const facts = workbook.getWorksheet("Dữ kiện năm") as ExcelJS.Worksheet;
  const year = headerIndex(facts, "Năm đánh giá");
  facts.getCell(2, year).value = { formula: "2000+24", result: 2024 };
  const asOf = headerIndex(facts, "Số liệu tính đến ngày");
  facts.getCell(3, asOf).value = { formula: "DATE(2024,12,31)", result: new Date(Date.UTC(2024, 11, 31)) };
  facts.getCell(3, asOf).numFmt = "dd/mm/yyyy";
  // Two empty rows in the middle of a sheet (a styled one and one without cells) and a merged range.
  const lastArea = areas.rowCount;
  areas.spliceRows(3, 0, [], []);
  areas.getCell(3, name).numFmt = "@";
  const communeColumn = headerIndex(areas, "Mã xã, phường, đặc khu");
  areas.mergeCells(lastArea + 2, communeColumn, lastArea + 3, communeColumn);
  // A list row whose date is typed text instead of a date.
  const crimes = workbook.getWorksheet("Vụ phạm tội") as ExcelJS.Worksheet;
  crimes.getCell(2, headerIndex(crimes, "Ngày")).value = "25/09/2024";
  const notes = workbook.addWorksheet("Ghi chú của xã");
  notes.addRow(["Ghi chú"]);
  const wrong = workbook.getWorksheet("Cơ quan") as ExcelJS.Worksheet;
  wrong.getCell(1, 1).value = "Mã số";
  wrong.getCell(1, 30).value = "Cột thêm";
  return { workbook, province };
};

describe("readXlsxInto (streaming)", () => {
  it("reads an exceljs workbook exactly as the in-memory reader did, every time", async () => {
    const { workbook, province } = editedWorkbook();
    const file = join(dir, "du-lieu.xlsx");
    await workbook.xlsx.writeFile(file);
    const expected = await read(readInMemory, file);
    // exceljs' own streaming unzip fails about half the reads of such a file on Node 20: read it repeatedly.
    for (let i = 0; i < 8; i++) expect(await read(readXlsxInto, file)).toEqual(expected);

    const streamed = await read(readXlsxInto, file);
    expect(streamed.units.length).toBeGreaterThan(province.units.length / 2);
    expect(streamed.facts.length).toBeGreaterThan(0);
    const first = streamed.units.find((u) => u.source.sheet === "Khu dân cư" && u.source.row === 2);
    expect(first?.unit.name).toBe("Ấp Mỹ Lợi");
    expect(streamed.facts.some((f) => f.source.row === 2 && f.facts.year === 2024)).toBe(true);
    const codes = streamed.issues.map((i) => `${i.code}@${i.sheet ?? ""}`);
    expect(codes).toContain("UNKNOWN_SHEET@Ghi chú của xã");
    expect(codes).toContain("UNKNOWN_COLUMN@Cơ quan");
    expect(codes).toContain("MISSING_COLUMN@Cơ quan");
    expect(codes.some((c) => c.includes("Hướng dẫn") || c.includes("Danh mục"))).toBe(false);
    // The formula with a date result and the date typed as text.
    expect(streamed.facts.find((f) => f.source.row === 3)?.facts).toMatchObject({ asOf: "2024-12-31" });
    expect(JSON.stringify(streamed.facts.map((f) => f.facts.crimes))).toContain("2024-09-25");
    // The merged commune cell repeats in the row below the last unit, which exists only through the merge.
    const lastRow = Math.max(
      ...streamed.units.filter((u) => u.source.sheet === "Khu dân cư").map((u) => u.source.row ?? 0),
    );
    expect(streamed.issues.some((i) => i.sheet === "Khu dân cư" && i.row === lastRow + 1)).toBe(true);
    // Rows after the two inserted empty rows keep their real row numbers.
    const areaRows = streamed.units.filter((u) => u.source.sheet === "Khu dân cư").map((u) => u.source.row);
    expect(areaRows).not.toContain(3);
    expect(areaRows).not.toContain(4);
    expect(areaRows).toContain(5);
  });

  it("reads a workbook from exceljs' streaming writer (inline strings, workbook part last)", async () => {
    const { workbook } = editedWorkbook();
    const source = join(dir, "nguon.xlsx");
    await workbook.xlsx.writeFile(source);
    const memory = new ExcelJS.Workbook();
    await memory.xlsx.readFile(source);
    const file = join(dir, "ghi-dong.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
    for (const sheet of memory.worksheets) {
      const out = writer.addWorksheet(sheet.name);
      for (let r = 1; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        const target = out.getRow(r);
        row.eachCell((cell, c) => {
          if (cell.isMerged && cell.master !== cell) return;
          target.getCell(c).value = cell.value;
          target.getCell(c).numFmt = cell.numFmt;
        });
        target.commit();
      }
      out.commit();
    }
    await writer.commit();
    const streamed = await read(readXlsxInto, file);
    expect(streamed).toEqual(await read(readInMemory, file));
    expect(streamed.units.find((u) => u.source.row === 2)?.unit.name).toBe("Ấp Mỹ Lợi");
  });

  it("reads a workbook of another writer: parts out of order, absolute targets, typed formula results", async () => {
    const header = [
      "Mã đơn vị",
      "Tên đơn vị",
      "Mã tỉnh, thành phố",
      "Tên gọi khu dân cư",
      "Hoạt động từ ngày",
    ];
    const cells = (row: number, values: string[]) => `<row r="${row}">${values.join("")}</row>`;
    const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const shared = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;
    const sheet = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
${cells(
  1,
  header.map((h, i) => text(`${"ABCDE"[i]}1`, h)),
)}
${cells(2, [
  shared("A2", 0),
  shared("B2", 1),
  text("C2", "P82"),
  `<c r="D2" t="str"><f>"Ấp"</f><v>Ấp</v></c>`,
  `<c r="E2" s="1"><f>DATE(2020,1,1)</f><v>43831</v></c>`,
])}
${cells(4, [
  text("A4", "kdc-2"),
  text("B4", "Ấp Hai"),
  text("C4", "P82"),
  text("D4", "Ấp"),
  `<c r="E4" s="1"><v>43832</v></c>`,
])}
${cells(5, [text("A5", "kdc-3"), `<c r="B5" t="e"><f>1/0</f><v>#DIV/0!</v></c>`, `<c r="C5" s="1"/>`])}
</sheetData></worksheet>`;
    const sharedStrings = `<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>kdc-1</t></si><si><r><t>Ấp </t></r><r><rPr><b/></rPr><t>Một</t></r></si></sst>`;
    const styles = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>`;
    const workbookXml = `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Ghi chép" sheetId="2" r:id="rId3"/><sheet name="Khu dân cư" sheetId="1" r:id="rId2"/></sheets></workbook>`;
    const rels = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>`;
    const notes = `<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`;
    const part = (name: string, data: string) => ({ name, data: Buffer.from(data, "utf8") });
    // LibreOffice-like order: relationships and shared strings before the sheets, workbook part last.
    const file = join(dir, "khac.xlsx");
    writeFileSync(
      file,
      makeZip([
        part("xl/_rels/workbook.xml.rels", rels),
        part("xl/sharedStrings.xml", sharedStrings),
        part("xl/worksheets/sheet1.xml", sheet),
        part("xl/worksheets/sheet2.xml", notes),
        part("xl/styles.xml", styles),
        part("xl/workbook.xml", workbookXml),
      ]),
    );
    const streamed = await read(readXlsxInto, file);
    expect(streamed).toEqual(await read(readInMemory, file));
    expect(streamed.units.map((u) => [u.unit.id, u.unit.name, u.source.row])).toEqual([
      ["kdc-1", "Ấp Một", 2],
      ["kdc-2", "Ấp Hai", 4],
    ]);
    expect(streamed.units[0]?.unit).toMatchObject({ kind: "residential-area" });
    expect(JSON.stringify(streamed.units[0]?.unit)).toContain("2020-01-01");
    expect(JSON.stringify(streamed.units[1]?.unit)).toContain("2020-01-02");
    // The tab order of the workbook part, not the order of the parts: the extra sheet is reported first.
    expect(streamed.issues[0]).toMatchObject({ code: "UNKNOWN_SHEET", sheet: "Ghi chép" });
    // Row 5: the error result reads as an empty name.
    expect(streamed.issues.some((i) => i.row === 5 && i.path === "name")).toBe(true);
  });

  it("keeps Vietnamese characters whose bytes are split between two inflated chunks", async () => {
    // "ộ" is 3 bytes in UTF-8 and the inflated chunks are 16 KiB: a long run of it is cut mid-character
    // at one chunk boundary at least, in the shared strings part (Excel, exceljs) and in inline strings.
    const long = `Ghi chú ${"ộ".repeat(12_000)}`;
    const headers = ["Mã đơn vị", "Tên đơn vị", "Mã tỉnh, thành phố", "Tên gọi khu dân cư", long];
    const shared = new ExcelJS.Workbook();
    const sheet = shared.addWorksheet("Khu dân cư");
    sheet.addRow(headers);
    sheet.addRow(["kdc-1", "Ấp Một", "P82", "Ấp", "x"]);
    const sharedFile = join(dir, "chuoi-dai.xlsx");
    await shared.xlsx.writeFile(sharedFile);
    const inlineFile = join(dir, "chuoi-dai-noi-dong.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: inlineFile });
    const out = writer.addWorksheet("Khu dân cư");
    out.addRow(headers).commit();
    out.addRow(["kdc-1", "Ấp Một", "P82", "Ấp", "x"]).commit();
    out.commit();
    await writer.commit();
    for (const file of [sharedFile, inlineFile]) {
      const streamed = await read(readXlsxInto, file);
      expect(streamed).toEqual(await read(readInMemory, file));
      expect(streamed.issues.find((i) => i.code === "UNKNOWN_COLUMN")?.header).toBe(long);
      expect(streamed.units.map((u) => u.unit.name)).toEqual(["Ấp Một"]);
    }
  });

  it("gives the Vietnamese InputFileError for broken files", async () => {
    const good = join(dir, "tot.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Khu dân cư");
    sheet.addRow(["Mã đơn vị", "Tên đơn vị"]);
    for (let i = 0; i < 2000; i++) sheet.addRow([`kdc-${i}`, `Ấp số ${i} ${"x".repeat(i % 50)}`]);
    await workbook.xlsx.writeFile(good);

    // Bytes of the sheet part overwritten: inflating or parsing it fails.
    const bytes = readFileSync(good);
    const at = bytes.indexOf(Buffer.from("xl/worksheets/sheet1.xml")) + 200;
    const broken = Buffer.from(bytes);
    for (let i = at; i < at + 400; i++) broken[i] = (broken[i] as number) ^ 0x5a;
    const corrupt = join(dir, "hong.xlsx");
    writeFileSync(corrupt, broken);
    expect(await failure(corrupt)).toContain("tệp Excel bị hỏng");

    // A zip without a workbook part.
    const empty = join(dir, "rong.xlsx");
    writeFileSync(empty, makeZip([{ name: "tai-lieu.txt", data: Buffer.from("xin chào") }]));
    expect(await failure(empty)).toContain("không có trang tính nào");

    // A sheet part that is not XML.
    const notXml = join(dir, "khong-xml.xlsx");
    writeFileSync(notXml, oneSheetZip("<worksheet><sheetData><row r='1'></c></worksheet>"));
    expect(await failure(notXml)).toContain("tệp Excel bị hỏng");
    expect(Exit.isFailure(await Effect.runPromiseExit(readInMemory(new DatasetBuilder(), notXml)))).toBe(
      true,
    );

    // A directory that understates an entry's size (the limit check trusts it; inflating does not).
    const lying = Buffer.from(
      makeZip([{ name: "xl/workbook.xml", data: Buffer.from(`<workbook>${" ".repeat(50_000)}</workbook>`) }]),
    );
    const central = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    lying.writeUInt32LE(100, central + 24);
    const bomb = join(dir, "noi-doi.xlsx");
    writeFileSync(bomb, lying);
    expect(await failure(bomb)).toContain("bom zip");

    // Merged ranges over millions of cells (exceljs' in-memory reader would create every cell).
    const merged = join(dir, "gop-o.xlsx");
    writeFileSync(
      merged,
      oneSheetZip(
        '<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A2:Z1000000"/></mergeCells></worksheet>',
      ),
    );
    expect(await failure(merged)).toContain("quá nhiều ô gộp");

    // Limits still come first.
    const text = join(dir, "van-ban.xlsx");
    writeFileSync(text, "Đây không phải tệp Excel");
    expect(await failure(text)).toContain("không phải định dạng Excel .xlsx");
  });
});
