import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatasetBuilder } from "@antq/sheets";
import { checkZipEntries, DEFAULT_XLSX_LIMITS, readXlsxInto } from "@antq/sheets/xlsx";
import { Effect, Exit } from "effect";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { InputFileError } from "../src/errors.js";
import { readXlsxFileInto } from "../src/io/xlsx.js";

/** The limits are checked by the reader before any part is inflated. */
const checkXlsxLimits = (path: string, limits = DEFAULT_XLSX_LIMITS) =>
  limits === DEFAULT_XLSX_LIMITS
    ? readXlsxFileInto(new DatasetBuilder(), path)
    : Effect.tryPromise({
        try: () => readXlsxInto(new DatasetBuilder(), readFileSync(path), { file: path, limits }),
        catch: (error) => new InputFileError({ file: path, message: (error as Error).message }),
      });
const readWorkbook = (path: string) => readXlsxFileInto(new DatasetBuilder(), path);

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
    const builder = new DatasetBuilder();
    await Effect.runPromise(readXlsxFileInto(builder, path));
    expect(builder.finish().sheets.map((s) => s.sheet)).toEqual(["Khu dân cư"]);
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
    expect(checkZipEntries(entries, { ...DEFAULT_XLSX_LIMITS, maxEntries: 2 })?.message).toContain(
      "thành phần nén",
    );
    expect(
      checkZipEntries(entries, { ...DEFAULT_XLSX_LIMITS, maxUncompressedBytes: 5000 })?.message,
    ).toContain("sau giải nén");
    expect(checkZipEntries(entries)).toBeUndefined();
  });
});
