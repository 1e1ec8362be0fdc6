import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { antq, appRoot, tempDir } from "./helpers/run.js";

/** The demo's result workbook, printed as an officer would print it. */
describe("result workbooks print", () => {
  let xlsx: string;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const dir = tempDir();
    expect(antq(["demo", "--ra", dir, "--json"]).code).toBe(0);
    xlsx = join(dir, "ket-qua-danh-gia-2024.xlsx");
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
  }, 120_000);

  it("fits every sheet to the page width on A4, landscape where wide, with page numbers", () => {
    for (const sheet of workbook.worksheets) {
      const setup = sheet.pageSetup;
      expect(setup.paperSize, sheet.name).toBe(9);
      expect(setup.fitToPage, sheet.name).toBe(true);
      expect(setup.fitToWidth, sheet.name).toBe(1);
      expect(setup.fitToHeight, sheet.name).toBe(0);
      expect(setup.orientation, sheet.name).toBe("landscape");
      // The print area spans the sheet's columns ('Tổng hợp'!$A:$H); exceljs reads such a range back as "ANaN:HNaN".
      expect(setup.printArea, sheet.name).toMatch(/^A.*:[A-Z]+/);
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain("Trang &P/&N");
    }
  });

  it("repeats the header row and filters the data sheets; the summary is an annex with heading and signatures", () => {
    for (const name of ["Khu dân cư", "Xã, phường, đặc khu", "Theo tiêu chí"]) {
      const sheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
      expect(sheet.pageSetup.printTitlesRow, name).toBe("1:1");
      expect(sheet.autoFilter, name).toBeDefined();
    }
    const summary = workbook.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    expect(summary.headerFooter.firstHeader).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(summary.headerFooter.firstHeader).toContain("Độc lập - Tự do - Hạnh phúc");
    const texts: string[] = [];
    summary.eachRow((row) => {
      row.eachCell((cell) => {
        texts.push(String(cell.value));
      });
    });
    expect(texts).toEqual(
      expect.arrayContaining(["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký tên, đóng dấu)"]),
    );
  });

  it("names the commune on unit sheets and wraps text within its column", () => {
    const sheet = workbook.getWorksheet("Khu dân cư") as ExcelJS.Worksheet;
    expect(sheet.getCell("E1").value).toBe("Tên xã, phường, đặc khu");
    expect(String(sheet.getCell("E2").value)).toMatch(/^(Xã|Phường) /);
    expect(sheet.getCell("H2").alignment?.wrapText).toBe(true);
  });

  const hasLibreOffice = spawnSync("soffice", ["--version"]).status === 0;
  // Required under CI (.ci/run installs LibreOffice); skipped only on a developer machine without it.
  const required = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
  it.skipIf(!hasLibreOffice && !required)(
    "renders with LibreOffice to far fewer pages than before (317), every column on page 1",
    () => {
      const out = tempDir();
      const result = JSON.parse(
        execFileSync(
          process.execPath,
          [join(appRoot, "../../tools/scripts/render-xlsx.mjs"), xlsx, out, "--trang", "1"],
          { encoding: "utf8" },
        ),
      ) as { pages: number; pdf: string };
      expect(result.pages).toBeGreaterThan(10);
      expect(result.pages).toBeLessThan(160);
      const page1 = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", result.pdf, "-"], {
        encoding: "utf8",
      });
      for (const header of ["Loại đơn vị", "Tỷ lệ đạt", "Cần xem xét", "Không áp dụng"])
        expect(page1).toContain(header);
      expect(page1).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(page1).toMatch(/Trang 1\/\d+/);
    },
    180_000,
  );
});
