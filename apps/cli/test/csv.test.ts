import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readCsvRows, toCsv } from "../src/io/csv.js";

const dir = mkdtempSync(join(tmpdir(), "antq-csv-"));

const collect = async (path: string) => {
  const rows = [];
  for await (const row of readCsvRows(path)) rows.push(row);
  return rows;
};

describe("readCsvRows", () => {
  it("streams records with their line numbers, tolerating a BOM and ';' separators", async () => {
    const path = join(dir, "kdc.csv");
    writeFileSync(path, "\ufeffMã đơn vị;Tên đơn vị\nkdc-ap-my-loi;Ấp Mỹ Lợi\n\nkdc-to-5;Tổ dân phố số 5\n");
    const rows = await collect(path);
    expect(rows.map((r) => r.record["Tên đơn vị"])).toEqual(["Ấp Mỹ Lợi", "Tổ dân phố số 5"]);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it("reports an unclosed quote in Vietnamese", async () => {
    const path = join(dir, "hong.csv");
    writeFileSync(path, 'Mã đơn vị,Tên đơn vị\nkdc-1,"Ấp Mỹ Lợi\n');
    await expect(collect(path)).rejects.toThrow(/ngoặc kép/);
  });

  it("reports rows whose column count does not match the header", async () => {
    const path = join(dir, "lech.csv");
    writeFileSync(path, "Mã đơn vị,Tên đơn vị\nkdc-1,Ấp Mỹ Lợi,thừa\n");
    await expect(collect(path)).rejects.toThrow(/số cột/);
  });
});

describe("toCsv", () => {
  it("starts with a BOM and neutralises formula cells", () => {
    const text = toCsv(
      ["Tên", "Ghi chú"],
      [
        ["Ấp Mỹ Lợi", '=HYPERLINK("http://x")'],
        ["@cmd", -5],
      ],
    );
    expect(text.startsWith("\ufeff")).toBe(true);
    const rows = parse(text.slice(1)) as string[][];
    expect(rows).toEqual([
      ["Tên", "Ghi chú"],
      ["Ấp Mỹ Lợi", '\'=HYPERLINK("http://x")'],
      ["'@cmd", "-5"],
    ]);
  });
});
