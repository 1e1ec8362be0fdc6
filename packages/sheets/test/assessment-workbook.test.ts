/**
 * The result workbook of an assessment, written by the package's own streaming writer (./src/xlsx/stream-writer.ts)
 * and read back by exceljs as an officer's Excel would: the sheets and their rows, the print setup of
 * print.ts (A4, fitted to the width, print area and titles, frozen header, autofilter, footer, the ND 30
 * heading on the summary), merged title lines, neutralised text; the same sheets whichever gzip compresses
 * (in Node also zlib's, as the CLI passes it). Runs in Node and in the browser.
 */
import { generateProvince } from "@antq/datagen";
import { compile } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import ExcelJS from "exceljs";
import { Gzip } from "fflate";
import { describe, expect, it } from "vitest";
import { ProvinceAssessment, pairInputs, ruleLabels, ruleSetLines, Summary } from "../src/index.js";
import { assessmentWorkbookBytes, type GzipStream, readXlsxSheets } from "../src/xlsx/index.js";

const province = generateProvince({ seed: 138, year: 2024, communes: 1 });
const compiled = compile(securityOrderRuleSet, { year: 2024 });

/** The commune of seed 138, one residential area renamed to a formula and given a control character. */
const assessment = () => {
  const units = province.units.map((unit, i) =>
    i === 1 ? { ...unit, name: '=HYPERLINK("http://x")\u0007 & <Ấp> "Mới"' } : unit,
  );
  const { inputs, noFacts } = pairInputs(
    units.map((unit) => ({ unit, source: { file: "du-lieu.json" } })),
    province.facts.map((facts) => ({ facts, source: { file: "du-lieu.json" } })),
    2024,
  );
  const current = new ProvinceAssessment(compiled, inputs, noFacts);
  const summary = new Summary();
  for (const a of current.outcomes()) summary.add(a.unit, a.result);
  return { current, summary };
};

/** The result workbook in memory (assessmentWorkbookBytes: the streaming writer into a sink of chunks). */
const write = async (gzip?: () => GzipStream): Promise<Uint8Array> => {
  const { current, summary } = assessment();
  return assessmentWorkbookBytes({
    year: 2024,
    info: ruleSetLines(compiled, {}),
    summary,
    assessment: current,
    labels: ruleLabels(compiled),
    ...(gzip ? { gzip } : {}),
  });
};

const isNode = typeof process !== "undefined" && process.versions?.node !== undefined;

/** zlib's gzip, as the CLI passes it (compressing on libuv's threads). */
const zlibGzip = async (): Promise<() => GzipStream> => {
  const { createGzip } = (await import(/* @vite-ignore */ "node:zlib")) as typeof import("node:zlib");
  return () => {
    const zlib = createGzip();
    const stream: GzipStream = {
      push(data, final) {
        zlib.write(data);
        if (final) zlib.end();
      },
    };
    zlib.on("data", (chunk: Buffer) => stream.ondata?.(chunk, false));
    zlib.on("end", () => stream.ondata?.(new Uint8Array(0), true));
    return stream;
  };
};

const load = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
};

const values = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
};

describe("writeAssessmentWorkbook (streamed), into memory with assessmentWorkbookBytes", () => {
  it("writes the summary, one sheet per kind and the criteria, read back by exceljs", async () => {
    const workbook = await load(await write());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Khu dân cư",
      "Xã, phường, đặc khu",
      "Cơ quan",
      "Doanh nghiệp",
      "Cơ sở giáo dục",
      "Theo tiêu chí",
    ]);
    const summary = workbook.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    const rows = values(summary);
    expect(rows[0]?.[0]).toBe('KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN "AN TOÀN VỀ AN NINH, TRẬT TỰ" NĂM 2024');
    const { summary: tally } = assessment();
    const total = rows.find((r) => r[0] === "Tổng cộng");
    expect(total?.[2]).toBe(tally.all.total);
    expect(total?.[4]).toBe(tally.all.dat);
    // The title and rule-set lines span the table; the signatures sit under their merged halves.
    expect(summary.getCell("A1").isMerged && summary.getCell("H1").isMerged).toBe(true);
    expect(summary.getCell("A1").font?.bold).toBe(true);
    expect(rows.flat()).toEqual(expect.arrayContaining(["NGƯỜI LẬP BIỂU", "(Ký tên, đóng dấu)"]));
    const areas = workbook.getWorksheet("Khu dân cư") as ExcelJS.Worksheet;
    const areaRows = values(areas);
    expect(areaRows[0]?.slice(0, 6)).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Loại đơn vị",
      "Mã xã, phường, đặc khu",
      "Tên xã, phường, đặc khu",
      "Kết quả",
    ]);
    expect(areaRows).toHaveLength(1 + (tally.byKind.get("residential-area")?.total ?? 0));
    // Formula-like text is neutralised; characters XML cannot hold are dropped; the rest kept as written.
    expect(areaRows.map((r) => r[1])).toContain(`'=HYPERLINK("http://x") & <Ấp> "Mới"`);
    expect(areas.getCell("A1").font?.bold).toBe(true);
    expect(areas.getCell("H2").alignment?.wrapText).toBe(true);
    const criteria = values(workbook.getWorksheet("Theo tiêu chí") as ExcelJS.Worksheet);
    expect(criteria.length).toBeGreaterThan(province.units.length);
    expect(String(criteria.find((r) => r[3] === "tt124.d4.k1")?.[6])).toContain("Căn cứ");
  });

  it("sets every sheet up for printing as print.ts does", async () => {
    const workbook = await load(await write());
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup.paperSize, sheet.name).toBe(9);
      expect(sheet.pageSetup.fitToPage, sheet.name).toBe(true);
      expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
      expect(sheet.pageSetup.fitToHeight, sheet.name).toBe(0);
      expect(sheet.pageSetup.orientation, sheet.name).toBe("landscape");
      expect(sheet.pageSetup.horizontalCentered, sheet.name).toBe(true);
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain("Trang &P/&N");
      expect(sheet.pageSetup.printArea, sheet.name).toMatch(/^A.*:[A-Z]+/);
    }
    const areas = workbook.getWorksheet("Khu dân cư") as ExcelJS.Worksheet;
    expect(areas.pageSetup.printTitlesRow).toBe("1:1");
    expect(areas.autoFilter).toBeDefined();
    expect(areas.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(areas.getColumn(7).width).toBe(44);
    const summary = workbook.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    expect(summary.pageSetup.margins?.top).toBe(1.3);
    expect(summary.headerFooter.differentFirst).toBe(true);
    expect(summary.headerFooter.firstHeader).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("reads back with the package's reader, the same with fflate's levels (and in Node with zlib's gzip)", async () => {
    const sheetsOf = async (bytes: Uint8Array) => {
      const out: [string, number][] = [];
      for await (const sheet of readXlsxSheets(bytes)) {
        let rows = 0;
        for await (const batch of sheet.rows()) rows += batch.length;
        out.push([sheet.name, rows]);
      }
      return out;
    };
    const fflate = await sheetsOf(await write());
    expect(await sheetsOf(await write(() => new Gzip({ level: 1 }) as unknown as GzipStream))).toEqual(
      fflate,
    );
    if (isNode) expect(await sheetsOf(await write(await zlibGzip()))).toEqual(fflate);
    expect(fflate[1]).toEqual([
      "Khu dân cư",
      1 + province.units.filter((u) => u.kind === "residential-area").length,
    ]);
  });
});
