import { formatNumber, formatPercentOf, unwrap } from "@antq/format-vi";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Annex,
  buildReport,
  computeReviewFigures,
  type ReportContent,
  renderCharts,
  roundDownForProse,
  SUMMARY_SHEET,
  writeAnnexXlsx,
  writeReportDocx,
} from "../src/index.js";
import { pngChartRenderer } from "../src/node.js";
import { meta, records } from "./fixtures/seed-province.js";
import { ooxmlParts, paragraphTexts } from "./helpers.js";

let content: ReportContent;
let docx: Record<string, string>;
let annex: Annex;
const workbook = new ExcelJS.Workbook();

beforeAll(async () => {
  content = buildReport(unwrap(computeReviewFigures(records, { fromYear: 2014, toYear: 2019 })), meta);
  const images = await renderCharts(content, pngChartRenderer());
  docx = ooxmlParts(await writeReportDocx(content, { chartImages: images }));
  annex = await writeAnnexXlsx(content);
  await workbook.xlsx.load(
    annex.bytes.buffer.slice(
      annex.bytes.byteOffset,
      annex.bytes.byteOffset + annex.bytes.byteLength,
    ) as ArrayBuffer,
  );
});

describe("DOCX in the Nghị định 30/2020 layout, read back", () => {
  it("is A4 with margins 20/20/30/15 mm and a different first page", () => {
    const body = docx["word/document.xml"]!;
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(body)?.[1] ?? "";
    expect(mar).toContain('w:top="1134"');
    expect(mar).toContain('w:bottom="1134"');
    expect(mar).toContain('w:left="1701"');
    expect(mar).toContain('w:right="850"');
    expect(body).toContain("<w:titlePg/>");
  });

  it("numbers pages centred at the top from page 2 with a PAGE field", () => {
    const rels = docx["word/_rels/document.xml.rels"]!;
    const body = docx["word/document.xml"]!;
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"`).exec(body)?.[1];
      const file = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      return docx[`word/${file}`] ?? "";
    };
    const first = target("first");
    const other = target("default");
    expect(other).toMatch(/PAGE/);
    expect(other).toContain('<w:jc w:val="center"/>');
    expect(first).not.toMatch(/PAGE/);
  });

  it("writes in Times New Roman, 14 pt body", () => {
    const body = docx["word/document.xml"]!;
    expect(body).toContain('w:ascii="Times New Roman"');
    expect(body).not.toMatch(/w:ascii="(?!Times New Roman)/);
    expect(body).toContain('<w:sz w:val="28"/>');
  });

  it("opens with the header table: bodies and number left, Quốc hiệu, Tiêu ngữ and the italic date line right", () => {
    const body = docx["word/document.xml"]!;
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(body)?.[0] ?? "";
    expect(body.indexOf("<w:tbl>")).toBeLessThan(body.indexOf("BÁO CÁO"));
    expect(paragraphTexts(table)).toEqual(
      expect.arrayContaining([
        "UBND TỈNH BÌNH AN",
        "BAN CHỈ ĐẠO 138",
        "Số: 125/BC-BCĐ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bình An, ngày 20 tháng 8 năm 2019",
      ]),
    );
    const dateRun = /<w:r>(?:(?!<\/w:r>)[\s\S])*Bình An, ngày 20 tháng 8 năm 2019/.exec(table)?.[0] ?? "";
    expect(dateRun).toContain("<w:i/>");
    expect(table).toContain('w:val="none"');
  });

  it("ends with Nơi nhận (12 pt bold italic, list 11 pt) and the signature block", () => {
    const texts = paragraphTexts(docx["word/document.xml"]!);
    const at = texts.indexOf("Nơi nhận:");
    expect(at).toBeGreaterThan(0);
    expect(texts.slice(at)).toEqual(
      expect.arrayContaining([
        "- Bộ Công an (Cục V05);",
        "- Lưu: VT, CAT (PV05).",
        "TM. BAN CHỈ ĐẠO",
        "TRƯỞNG BAN",
        "Nguyễn Văn Bình",
      ]),
    );
    expect(docx["word/document.xml"]).toMatch(
      /<w:b\/><w:bCs\/><w:i\/><w:iCs\/><w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t[^>]*>Nơi nhận:/,
    );
  });

  it("embeds the three charts as PNG", () => {
    const media = Object.keys(docx).filter((p) => p.startsWith("word/media/"));
    expect(media).toHaveLength(3);
  });

  it("marks the officer's parts in yellow", () => {
    expect(docx["word/document.xml"]).toMatch(
      /<w:highlight w:val="yellow"\/>[\s\S]*?Cán bộ soạn thảo bổ sung/,
    );
  });
});

describe("every number of the document equals the annex cell it comes from", () => {
  it("maps each figure of the document to a PL1 cell with the same value", () => {
    const texts = paragraphTexts(docx["word/document.xml"]!);
    const cellValue = (id: string): number => {
      const at = annex.cells.get(id);
      expect(at, `figure ${id} has no annex cell`).toBeDefined();
      const v = workbook.getWorksheet(at!.sheet)!.getCell(at!.cell).value;
      expect(typeof v).toBe("number");
      return v as number;
    };
    let checked = 0;
    for (const block of content.blocks) {
      if (block.type !== "paragraph") continue;
      expect(texts).toContain(block.sentence.text);
      let rest = block.sentence.text;
      for (const use of block.sentence.figures) {
        const value = cellValue(use.figure.id);
        const expected =
          use.kind === "exact"
            ? formatNumber(value)
            : use.kind === "percent"
              ? formatPercentOf(value, cellValue(use.of!.id))
              : `${use.shown.split(" ")[0]} ${formatNumber(roundDownForProse(value).value)}`;
        expect(use.shown).toBe(expected);
        const at = rest.indexOf(use.shown);
        expect(at, `“${use.shown}” not found in order in: ${block.sentence.text}`).toBeGreaterThanOrEqual(0);
        rest = `${rest.slice(0, at)}#${rest.slice(at + use.shown.length)}`;
        checked++;
      }
      // What remains are no figures: the period length, years and the directive's number only.
      const leftover = rest
        .replace(/Trong \d+ năm/g, "")
        .replace(/Năm \d{4}/g, "")
        .replace(/\d{4} - \d{4}/g, "")
        .replace(/Chỉ thị số 07/g, "");
      expect(leftover, `an untraced number in: ${block.sentence.text}`).not.toMatch(/\d/);
    }
    expect(checked).toBeGreaterThan(30);
  });

  it("PL1 totals agree with the detail tables", () => {
    const pl1 = (id: string) =>
      workbook.getWorksheet(SUMMARY_SHEET)!.getCell(annex.cells.get(id)!.cell).value;
    const pl2 = workbook.getWorksheet("PL2 An toàn ANTT")!;
    const total = pl2.getRow(pl2.rowCount);
    expect(total.getCell(1).value).toBe("Cộng (lượt)");
    expect(total.getCell(8).value).toBe(pl1("safety:organisation:evaluated"));
    expect(total.getCell(9).value).toBe(pl1("safety:organisation:safe"));
    const pl4 = workbook.getWorksheet("PL4 Mô hình")!;
    expect(pl4.getRow(pl4.rowCount).getCell(3).value).toBe(pl1("models:total"));
    expect(pl4.getRow(pl4.rowCount).getCell(4).value).toBe(pl1("models:organisation"));
  });

  it("is print-ready: A4, fit to width, repeated header row, page numbers, landscape where wide", () => {
    for (const ws of workbook.worksheets) {
      expect(ws.pageSetup.paperSize, ws.name).toBe(9);
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
      expect(ws.pageSetup.printTitlesRow, ws.name).toBe("5:5");
      expect(ws.pageSetup.printArea, ws.name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws.headerFooter.oddFooter, ws.name).toContain("&P");
    }
    expect(workbook.getWorksheet("PL5 Hoạt động")!.pageSetup.orientation).toBe("landscape");
    expect(workbook.getWorksheet("PL4 Mô hình")!.pageSetup.orientation).toBe("portrait");
  });

  it("lists the record ids behind each figure", () => {
    const pl9 = workbook.getWorksheet("PL9 Nguồn số liệu")!;
    let found = 0;
    pl9.eachRow((row) => {
      if (row.getCell(2).value !== "models:organisation") return;
      found++;
      expect(row.getCell(3).value).toBe(12);
      expect(String(row.getCell(4).value).split(", ")).toHaveLength(12);
    });
    expect(found).toBe(1);
  });
});
