import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { threadCountFor } from "../src/assess/thread-count.js";
import { openCsv } from "../src/io/csv.js";
import { splitCsv } from "../src/io/csv-split.js";
import { PackedList } from "../src/io/packed-list.js";
import { tempDir } from "./helpers/run.js";

/** Every row of each range, read with openCsv, as [line, first cell]. */
const readRanges = async (file: string, parts: number) => {
  const ranges = await splitCsv(file, parts);
  const whole = await openCsv(file);
  const rows: [number, string][][] = [];
  for (const [k, range] of ranges.entries()) {
    const table = await openCsv(file, k === 0 ? range : { ...range, headers: whole.headers });
    const part: [number, string][] = [];
    for await (const batch of table.rows)
      for (const row of batch) part.push([row.line, row.cells[0] as string]);
    rows.push(part);
    if (k + 1 < ranges.length) expect(table.nextLine()).toBe(ranges[k + 1]?.firstLine);
  }
  whole.close();
  return { ranges, rows };
};

describe("splitCsv", () => {
  it("cuts at row starts, outside quoted cells with line breaks, and numbers lines as the whole file", async () => {
    const dir = tempDir();
    const file = join(dir, "don-vi.csv");
    const lines = ["\ufeffMã đơn vị,Tên đơn vị,Ghi chú"];
    for (let i = 1; i <= 300; i++) {
      // Every third row has a quoted note over three lines, with doubled quotes inside.
      const note = i % 3 === 0 ? `"Ấp ""${i}""\nđã sáp nhập\nvào xã mới"` : "không";
      lines.push(`KDC-${i},Ấp ${i},${note}`);
    }
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    const sequential = await openCsv(file);
    const expected: [number, string][] = [];
    for await (const batch of sequential.rows)
      for (const row of batch) expected.push([row.line, row.cells[0] as string]);
    for (const parts of [2, 3, 7]) {
      const { ranges, rows } = await readRanges(file, parts);
      expect(ranges).toHaveLength(parts);
      expect(ranges[0]?.start).toBe(0);
      for (let k = 1; k < ranges.length; k++) expect(ranges[k]?.start).toBe(ranges[k - 1]?.end);
      expect(rows.flat()).toEqual(expected);
      for (const part of rows.slice(1)) expect(part.length).toBeGreaterThan(0);
    }
    // Row 300 starts at line 1 + 299 rows + 2 extra lines for each of the 99 notes before it.
    expect(expected.at(-1)).toEqual([1 + 299 + 2 * 99 + 1, "KDC-300"]);
  });

  it("returns fewer parts than asked when the file has fewer rows", async () => {
    const file = join(tempDir(), "nho.csv");
    writeFileSync(file, "Mã đơn vị,Tên đơn vị\nKDC-1,Ấp 1\n");
    const ranges = await splitCsv(file, 4);
    expect(ranges.length).toBeLessThan(4);
    expect(ranges.at(-1)?.end).toBe(Buffer.byteLength("Mã đơn vị,Tên đơn vị\nKDC-1,Ấp 1\n"));
  });
});

describe("PackedList", () => {
  it("keeps values serialised, reads them back in order and survives a trip as plain data", () => {
    const list = new PackedList<{ id: string; name: string; counts: number[] }>();
    const values = Array.from({ length: 5000 }, (_, i) => ({
      id: `XA-${i}`,
      name: `Xã Mỹ Lợi ${i}`,
      counts: [i, i * 2],
    }));
    for (const v of values) list.push(v);
    expect(list.size).toBe(5000);
    expect(list.at(4321)).toEqual(values[4321]);
    expect(list.at(5000)).toBeUndefined();
    const { data, transfer } = list.toData();
    expect(transfer.length).toBeGreaterThan(0);
    const copy = structuredClone(data, { transfer });
    expect([...new PackedList(copy)]).toEqual(values);
    expect(() => new PackedList(copy).push(values[0] as (typeof values)[number])).toThrow();
  });
});

describe("threadCountFor", () => {
  it("reads ANTQ_SO_LUONG, else uses threads only for large files", () => {
    expect(threadCountFor(10, { ANTQ_SO_LUONG: "3" })).toBe(3);
    expect(threadCountFor(10 * 2 ** 30, { ANTQ_SO_LUONG: "1" })).toBe(1);
    expect(threadCountFor(10, { ANTQ_SO_LUONG: "hai" })).toBeUndefined();
    expect(threadCountFor(10, { ANTQ_SO_LUONG: "0" })).toBeUndefined();
    expect(threadCountFor(1024, {})).toBe(1);
    expect(threadCountFor(10 * 2 ** 30, {})).toBeGreaterThanOrEqual(1);
    expect(threadCountFor(10 * 2 ** 30, {})).toBeLessThanOrEqual(4);
  });
});
