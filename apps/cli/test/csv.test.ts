import { createReadStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvLine, readCsvRecords, toCsv } from "@antq/sheets";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers/run.js";

const dir = tempDir();

const collect = async (path: string) => {
  const rows = [];
  for await (const row of readCsvRecords(createReadStream(path))) rows.push(row);
  return rows;
};

describe("readCsvRecords on a file stream", () => {
  it("streams records with their line numbers, tolerating a BOM and ';' separators", async () => {
    const path = join(dir, "kdc.csv");
    writeFileSync(path, "\ufeffMã đơn vị;Tên đơn vị\nkdc-ap-my-loi;Ấp Mỹ Lợi\n\nkdc-to-5;Tổ dân phố số 5\n");
    const rows = await collect(path);
    expect(rows.map((r) => r.record["Tên đơn vị"])).toEqual(["Ấp Mỹ Lợi", "Tổ dân phố số 5"]);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it("numbers lines across quoted cells with line breaks, CRLF endings and blank lines", async () => {
    const path = join(dir, "nhieu-dong.csv");
    writeFileSync(
      path,
      'Mã đơn vị,Ghi chú\r\nkdc-1,"Dòng một\r\nDòng hai"\r\n\r\nkdc-2,"Có dấu ""ngoặc"", dấu phẩy"\r\nkdc-3,x\r\n',
    );
    const rows = await collect(path);
    expect(rows.map((r) => [r.line, r.record["Mã đơn vị"], r.record["Ghi chú"]])).toEqual([
      [2, "kdc-1", "Dòng một\r\nDòng hai"],
      [5, "kdc-2", 'Có dấu "ngoặc", dấu phẩy'],
      [6, "kdc-3", "x"],
    ]);
  });

  it("reads a file of many chunks whole: quoted cells and Vietnamese letters across chunk boundaries", async () => {
    const path = join(dir, "lon.csv");
    const names = ["Ấp Mỹ Lợi", "Tổ dân phố số 5", "Khóm Đông Thịnh", "Bản Nậm Ngừa"];
    const lines = ["Mã đơn vị;Tên đơn vị;Ghi chú"];
    for (let i = 0; i < 20_000; i++) {
      const note =
        i % 7 === 0 ? `"Ghi chú ${i}; có ""trích dẫn""\nvà xuống dòng"` : `Ghi chú ${i} — đã rà soát`;
      lines.push(`kdc-${i};${names[i % names.length]};${note}`);
    }
    writeFileSync(path, `\ufeff${lines.join("\n")}\n`);
    const rows = await collect(path);
    expect(rows).toHaveLength(20_000);
    let line = 2;
    rows.forEach((row, i) => {
      expect(row.line).toBe(line);
      line += i % 7 === 0 ? 2 : 1;
      expect(row.record["Mã đơn vị"]).toBe(`kdc-${i}`);
      expect(row.record["Tên đơn vị"]).toBe(names[i % names.length]);
    });
    expect(rows[7]?.record["Ghi chú"]).toBe('Ghi chú 7; có "trích dẫn"\nvà xuống dòng');
    expect(rows[19_998]?.record["Ghi chú"]).toBe("Ghi chú 19998 — đã rà soát");
  });

  it("reports a malformed closing quote with its line", async () => {
    const path = join(dir, "ngoac.csv");
    writeFileSync(path, 'Mã đơn vị,Tên đơn vị\nkdc-1,Ấp Một\nkdc-2,"Ấp Hai"x\n');
    await expect(collect(path)).rejects.toThrow(/dấu ngoặc kép đặt sai vị trí \(dòng 3\)/);
  });

  it("reports an unclosed quote in Vietnamese", async () => {
    const path = join(dir, "hong.csv");
    writeFileSync(path, 'Mã đơn vị,Tên đơn vị\nkdc-1,"Ấp Mỹ Lợi\n');
    await expect(collect(path)).rejects.toThrow(/ngoặc kép/);
  });

  it("reports rows whose column count does not match the header", async () => {
    const path = join(dir, "lech.csv");
    writeFileSync(path, "Mã đơn vị,Tên đơn vị\nkdc-1,Ấp Mỹ Lợi,thừa\n");
    await expect(collect(path)).rejects.toThrow(/số cột của dòng không khớp với dòng tiêu đề \(dòng 2\)/);
  });
});

describe("csvLine", () => {
  it("quotes only what RFC 4180 requires and reads back identically", () => {
    const cells = [
      "kdc-1",
      'Ấp "Mỹ Lợi"',
      "Tổ 5, khu phố 2",
      "dòng một\ndòng hai",
      "",
      1454,
      -5,
      null,
      undefined,
    ];
    const line = csvLine(cells);
    expect(line).toBe('kdc-1,"Ấp ""Mỹ Lợi""","Tổ 5, khu phố 2","dòng một\ndòng hai",,1454,-5,,\n');
    expect(parse(line)).toEqual([
      ["kdc-1", 'Ấp "Mỹ Lợi"', "Tổ 5, khu phố 2", "dòng một\ndòng hai", "", "1454", "-5", "", ""],
    ]);
  });

  it("neutralises formulas also when they need quoting", () => {
    expect(csvLine(['=HYPERLINK("http://x","a")', "+84 912"])).toBe(
      '"\'=HYPERLINK(""http://x"",""a"")",\'+84 912\n',
    );
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
