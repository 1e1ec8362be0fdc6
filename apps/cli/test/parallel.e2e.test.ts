import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateUnits } from "@antq/datagen";
import { flatHeaders, flatRow } from "@antq/sheets";
import { describe, expect, it } from "vitest";
import { toCsv } from "../src/io/csv.js";
import { antq, tempDir } from "./helpers/run.js";

/** A generated province in the flat layout: rows as cell arrays, with notes over several lines. */
const provinceRows = () => {
  const headers = flatHeaders();
  const note = headers.indexOf("Ghi chú");
  const rows = [...generateUnits({ seed: 138, year: 2024, communes: 12 })].map(({ unit, facts }, i) => {
    const row = flatRow(unit, facts);
    if (i % 7 === 0) row[note] = `Đã rà soát "lần ${i}"\nBan Chỉ đạo 138 xã`;
    return row;
  });
  return { headers, rows };
};

/** What antq prints without its ANTQ_DEBUG notes ("antq: …" lines: flags, threads). */
const withoutNotes = (text: string) => text.replace(/^antq: .*\n/gm, "");

/** Runs `antq danh-gia` on `csv` with the given number of threads; the outputs and what was printed. */
const assess = (csv: string, threads: number) => {
  const dir = tempDir();
  const run = antq(["danh-gia", csv, "--nam", "2024", "--ra", join(dir, "kq.xlsx")], {
    env: { ANTQ_SO_LUONG: String(threads), ANTQ_DEBUG: "1" },
  });
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), "utf8");
    } catch {
      return undefined;
    }
  };
  return {
    ...run,
    units: read("kq-don-vi.csv"),
    json: read("kq.json")?.replace(dir, "<thư mục>"),
    files: readdirSync(dir).sort(),
  };
};

describe("antq danh-gia on a large CSV in several threads", () => {
  it("gives byte for byte the results of one thread", () => {
    const { headers, rows } = provinceRows();
    const csv = join(tempDir(), "don-vi-va-du-kien.csv");
    writeFileSync(csv, toCsv(headers, rows));
    const one = assess(csv, 1);
    expect(one.code).toBe(0);
    expect(one.units?.split("\n").length).toBeGreaterThan(rows.length);
    for (const threads of [2, 3]) {
      const many = assess(csv, threads);
      expect(many.stderr).toContain(`đã đọc song song ${threads} phần`);
      expect(many.code).toBe(0);
      expect(many.units).toBe(one.units);
      expect(many.json).toBe(one.json);
      // No part file is left behind.
      expect(many.files).toEqual(["kq-don-vi.csv", "kq.json", "kq.xlsx"]);
    }
  });

  it("reports bad rows and an id repeated in two parts exactly as one thread does", () => {
    const { headers, rows } = provinceRows();
    const id = headers.indexOf("Mã đơn vị");
    const year = headers.indexOf("Năm đánh giá");
    expect(year).toBeGreaterThan(0);
    // A bad cell near the end, and the first unit's id again in the last part.
    (rows[rows.length - 5] as unknown[])[year] = "hai nghìn";
    (rows[rows.length - 3] as unknown[])[id] = (rows[1] as unknown[])[id];
    const csv = join(tempDir(), "don-vi-va-du-kien.csv");
    writeFileSync(csv, toCsv(headers, rows));
    const one = assess(csv, 1);
    const many = assess(csv, 2);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/dòng \d+, cột [A-Z]+ \(Năm đánh giá\)|Năm đánh giá/);
    // Line 4: the first row's note takes two lines.
    expect(one.stderr).toMatch(/bị trùng \(đã có ở dòng 4\)/);
    expect(many.stderr).toContain("bỏ đọc song song (có mã đơn vị ở hai phần)");
    expect(many.code).toBe(one.code);
    expect(withoutNotes(many.stderr)).toBe(withoutNotes(one.stderr));
    expect(many.units).toBe(one.units);
    expect(many.json).toBe(one.json);
  });

  it("reports a quote left open in the last part as one thread does", () => {
    const { headers, rows } = provinceRows();
    const text = toCsv(headers, rows);
    const csv = join(tempDir(), "don-vi-va-du-kien.csv");
    writeFileSync(csv, `${text}KDC-LOI,"Ấp chưa đóng ngoặc\n`);
    const one = assess(csv, 1);
    const many = assess(csv, 2);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("dấu ngoặc kép không được đóng");
    expect(many.stderr).toContain("bỏ đọc song song (một phần không đọc được)");
    expect(many.code).toBe(2);
    expect(withoutNotes(many.stderr)).toBe(withoutNotes(one.stderr));
    expect(many.files).toEqual([]);
  });

  it("rejects an invalid ANTQ_SO_LUONG with a Vietnamese message and exit code 2", () => {
    const { headers, rows } = provinceRows();
    const csv = join(tempDir(), "don-vi-va-du-kien.csv");
    writeFileSync(csv, toCsv(headers, rows.slice(0, 5)));
    const run = antq(["danh-gia", csv, "--nam", "2024", "--ra", join(tempDir(), "kq.xlsx")], {
      env: { ANTQ_SO_LUONG: "nhiều" },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ANTQ_SO_LUONG="nhiều" không hợp lệ');
  });
});
