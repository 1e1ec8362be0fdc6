import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { DemoDocumentSchema } from "@antq/sheets";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { antq, tempDir } from "./helpers/run.js";

describe("antq demo", () => {
  it("generates a seeded province, validates it, assesses it and writes every file", async () => {
    const dir = join(tempDir(), "antq-demo");
    const { code, stdout } = antq(["demo", "--ra", dir, "--so-xa", "3"]);
    expect(code).toBe(0);
    expect(stdout).toContain("DỮ LIỆU MẪU:");
    expect(stdout).toContain("BƯỚC 1 — KIỂM TRA DỮ LIỆU");
    expect(stdout).toContain("Kết quả: dữ liệu hợp lệ.");
    expect(stdout).toContain("BƯỚC 2 — ĐÁNH GIÁ");
    expect(stdout).toMatch(/Khu dân cư: [\d.]+\/[\d.]+ đạt \(\d+,\d%\)/);
    for (const file of [
      "du-lieu-mau.xlsx",
      "du-lieu-mau.json",
      "ket-qua-danh-gia-2024.xlsx",
      "ket-qua-danh-gia-2024.json",
    ]) {
      expect(existsSync(join(dir, file))).toBe(true);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "ket-qua-danh-gia-2024.xlsx"));
    expect(workbook.getWorksheet("Tổng hợp")?.getCell("A1").value).toBe(
      'KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN "AN TOÀN VỀ AN NINH, TRẬT TỰ" NĂM 2024',
    );
  });

  it("is deterministic for a seed", () => {
    const a = antq(["demo", "--ra", join(tempDir(), "a"), "--so-xa", "2", "--hat-giong", "7", "--json"]);
    const b = antq(["demo", "--ra", join(tempDir(), "b"), "--so-xa", "2", "--hat-giong", "7", "--json"]);
    expect(a.code).toBe(0);
    const strip = (s: string) => {
      const {
        folder: _a,
        inputFiles: _b,
        resultFiles: _c,
        ...rest
      } = DemoDocumentSchema.parse(JSON.parse(s));
      return rest;
    };
    expect(strip(a.stdout)).toEqual(strip(b.stdout));
    const shown = DemoDocumentSchema.parse(JSON.parse(a.stdout));
    expect([shown.format, shown.seed]).toEqual(["antq.demo/1", 7]);
    expect(shown.inputFiles.map((f) => basename(f))).toEqual(["du-lieu-mau.xlsx", "du-lieu-mau.json"]);
    expect(shown.input.validUnits).toBe(shown.summary.all.total);
    expect(shown.input.errors).toBe(0);
    expect(shown.resultFiles.map((f) => basename(f))).toContain("ket-qua-danh-gia-2024.xlsx");
  });
});
