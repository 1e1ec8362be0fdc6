import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ClassificationDocumentSchema, ClassificationExplanationDocumentSchema } from "@antq/sheets";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { antq, fixtures, tempDir } from "./helpers/run.js";

const sheets = join(fixtures, "hop-le/bang-diem-2024.json");
const province = join(fixtures, "hop-le/tinh-mau-2024.json");

describe("antq phan-loai", () => {
  it("classifies score sheets, using the TT 124 results of antq danh-gia", async () => {
    const dir = tempDir();
    expect(antq(["danh-gia", province, "--nam", "2024", "--ra", join(dir, "kq.xlsx")]).code).toBe(0);
    const out = join(dir, "phan-loai.xlsx");
    const { code, stdout } = antq([
      "phan-loai",
      sheets,
      "--ket-qua-danh-gia",
      join(dir, "kq.json"),
      "--ra",
      out,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("KẾT QUẢ PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC");
    expect(stdout).toContain("Xuất sắc: 1/2 (50,0%)");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const detail = workbook.getWorksheet("Kết quả phân loại") as ExcelJS.Worksheet;
    expect((detail.getRow(1).values as unknown[]).slice(1, 9)).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Loại",
      "Năm",
      "Điểm",
      "Điểm tối đa",
      "Mức theo điểm",
      "Mức phân loại",
    ]);
    // Printed like the danh-gia result (issue 14): A4, fit to width, page numbers; the detail landscape with its
    // header row repeated; the summary an annex with the ND 30 heading and the signature block.
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(sheet.headerFooter.oddFooter, sheet.name).toContain("Trang &P/&N");
    }
    expect(detail.pageSetup.orientation).toBe("landscape");
    expect(detail.pageSetup.printTitlesRow).toBe("1:1");
    expect(detail.autoFilter).toBeDefined();
    const summary = workbook.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    expect(summary.headerFooter.firstHeader).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const texts: string[] = [];
    summary.eachRow((row) => {
      row.eachCell((cell) => {
        texts.push(String(cell.value));
      });
    });
    expect(texts).toEqual(expect.arrayContaining(["Xuất sắc", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"]));
    const myThanh = (detail.getRow(2).values as unknown[]).slice(1, 9);
    expect(myThanh).toEqual(["C28261", "Xã Mỹ Thành", "Cấp xã", 2024, "91,5", "100", "Xuất sắc", "Xuất sắc"]);
    const json = ClassificationDocumentSchema.parse(
      JSON.parse(readFileSync(join(dir, "phan-loai.json"), "utf8")),
    );
    expect(json.format).toBe("antq.classification/1");
    expect(json.summary.levels.find((l) => l.level === "xuat_sac")?.units).toBe(1);
    expect(json.units.find((u) => u.unitId === "C28261")).toMatchObject({ points: 91.5, maxPoints: 100 });
  });

  it("caps a unit without the TT 124 result and explains why", () => {
    const { code, stdout } = antq(["phan-loai", sheets, "--giai-thich", "C28261"]);
    expect(code).toBe(0);
    expect(stdout).toContain("PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ NĂM 2024: Xã Mỹ Thành");
    expect(stdout).toContain("Tổng điểm: 91,5/100 điểm");
    expect(stdout).toContain("cần xem xét");
  });

  it("gives the explanation as antq.classification-explanation/1 with --json", () => {
    const { code, stdout } = antq(["phan-loai", sheets, "--giai-thich", "C28261", "--json"]);
    expect(code).toBe(0);
    const doc = ClassificationExplanationDocumentSchema.parse(JSON.parse(stdout));
    expect(doc.format).toBe("antq.classification-explanation/1");
    expect(doc.unit).toMatchObject({
      unitId: "C28261",
      unitName: "Xã Mỹ Thành",
      points: 91.5,
      maxPoints: 100,
    });
    expect(doc.unit.status).toBe("can_xem_xet");
    expect(doc.explanation.title).toContain(
      "PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ NĂM 2024: Xã Mỹ Thành",
    );
    expect(doc.explanation.conclusion.some((l) => l.startsWith("Tổng điểm: 91,5/100 điểm"))).toBe(true);
  });

  it("reports invalid score sheets with exit code 2", () => {
    const dir = tempDir();
    const bad = join(dir, "bang-diem.json");
    const doc = JSON.parse(readFileSync(sheets, "utf8")) as { scoreSheets: Array<Record<string, unknown>> };
    doc.scoreSheets[0] = { ...doc.scoreSheets[0], kind: "nha-may" };
    writeFileSync(bad, JSON.stringify(doc));
    const { code, stderr } = antq(["phan-loai", bad, "--ra", join(dir, "pl.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toContain("Thiếu hoặc sai loại đơn vị");
  });

  it("names the province's configuration in force when its overlay file applies, not the example", () => {
    const dir = tempDir();
    const overlay = join(dir, "an-giang.mjs");
    copyFileSync(join(fixtures, "phan-loai-an-giang.mjs"), overlay);
    const { code, stdout, stderr } = antq([
      "phan-loai",
      sheets,
      "--tinh",
      overlay,
      "--ra",
      join(dir, "pl.xlsx"),
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain(
      `Cấu hình: cấu hình của tỉnh — Thời hạn báo cáo phân loại phong trào của tỉnh An Giang (@antq/criteria-an-giang 1.0.0, nạp từ ${overlay})`,
    );
    expect(stdout).not.toContain("cấu hình ví dụ của @antq/criteria");
    const json = ClassificationDocumentSchema.parse(JSON.parse(readFileSync(join(dir, "pl.json"), "utf8")));
    expect(json.overlays).toEqual([
      {
        id: "tinh-an-giang.qd510",
        label: "Thời hạn báo cáo phân loại phong trào của tỉnh An Giang",
        package: { name: "@antq/criteria-an-giang", version: "1.0.0" },
        source: overlay,
      },
    ]);
  });

  it("has a score-sheet template", async () => {
    const dir = tempDir();
    const target = join(dir, "bang-diem.xlsx");
    expect(antq(["mau", "--loai", "bang-diem", "--ra", target]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.getWorksheet("Bảng chấm điểm") as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual([
      "Loại đơn vị",
      "Mã đơn vị",
      "Tên đơn vị",
    ]);
  });
});
