import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Effect, Exit } from "effect";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkXlsxLimits, checkZipEntries, DEFAULT_XLSX_LIMITS } from "../src/io/limits.js";
import { readWorkbook } from "../src/io/xlsx.js";
import { tempDir } from "./helpers/run.js";
import { makeZip } from "./helpers/zip.js";

const dir = tempDir();

const failureText = async (effect: Effect.Effect<unknown, unknown>) => {
  const exit = await Effect.runPromiseExit(effect);
  expect(Exit.isFailure(exit)).toBe(true);
  return JSON.stringify(exit);
};

describe("checkXlsxLimits", () => {
  it("accepts a real workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Khu dân cư").addRow(["Mã", "Tên"]);
    const path = join(dir, "hop-le.xlsx");
    await workbook.xlsx.writeFile(path);
    await Effect.runPromise(checkXlsxLimits(path));
    const read = await Effect.runPromise(readWorkbook(path));
    expect(read.getWorksheet("Khu dân cư")?.getCell("B1").value).toBe("Tên");
  });

  it("rejects a file that is not a zip", async () => {
    const path = join(dir, "van-ban.xlsx");
    writeFileSync(path, "Đây không phải tệp Excel");
    expect(await failureText(checkXlsxLimits(path))).toContain("không phải định dạng Excel .xlsx");
  });

  it("rejects a truncated workbook", async () => {
    const whole = join(dir, "day-du.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("A").addRow(["x"]);
    await workbook.xlsx.writeFile(whole);
    const cut = join(dir, "bi-cat.xlsx");
    const bytes = readFileSync(whole);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(await failureText(checkXlsxLimits(cut))).toContain("bị hỏng hoặc không đầy đủ");
  });

  it("rejects a zip bomb before inflating it", async () => {
    const path = join(dir, "bom.xlsx");
    writeFileSync(
      path,
      makeZip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(20 * 1024 * 1024) }]),
    );
    expect(await failureText(checkXlsxLimits(path))).toContain("tỷ lệ nén bất thường");
  });

  it("rejects a file over the size limit", async () => {
    const path = join(dir, "lon.xlsx");
    writeFileSync(path, makeZip([{ name: "a.xml", data: Buffer.from("<a/>") }]));
    const text = await failureText(checkXlsxLimits(path, { ...DEFAULT_XLSX_LIMITS, maxFileBytes: 10 }));
    expect(text).toContain("vượt giới hạn");
  });

  it("reports a missing file in Vietnamese", async () => {
    expect(await failureText(checkXlsxLimits(join(dir, "khong-co.xlsx")))).toContain("không tìm thấy tệp");
  });

  it("turns an exceljs parse failure into a Vietnamese message", async () => {
    const path = join(dir, "zip-rong.xlsx");
    writeFileSync(path, makeZip([{ name: "khong-phai-excel.txt", data: Buffer.from("xin chào") }]));
    expect(await failureText(readWorkbook(path))).toContain("tệp Excel bị hỏng");
  });
});

describe("checkZipEntries", () => {
  it("limits the number of entries and the total size", () => {
    const entries = Array.from({ length: 3 }, (_, i) => ({
      name: `x${i}`,
      compressedSize: 1000,
      uncompressedSize: 2000,
    }));
    expect(checkZipEntries(entries, { ...DEFAULT_XLSX_LIMITS, maxEntries: 2 })).toContain("thành phần nén");
    expect(checkZipEntries(entries, { ...DEFAULT_XLSX_LIMITS, maxUncompressedBytes: 5000 })).toContain(
      "sau giải nén",
    );
    expect(checkZipEntries(entries)).toBeUndefined();
  });
});
