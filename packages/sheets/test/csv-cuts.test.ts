/**
 * `CsvCutFinder`: cuts of a CSV of Tiền Giang's units, with quoted cells over several lines, fall at the start of
 * a row with the right line number, whatever the size of the pieces the file is fed in.
 */
import { describe, expect, it } from "vitest";
import { CsvCutFinder, type CsvRange, estimateCsvRowCount, idHash, partsProblem } from "../src/index.js";

const encoder = new TextEncoder();

/** A flat CSV of `rows` units; every fifth note is quoted, with a line break and doubled quotes. */
const unitsCsv = (rows: number): Uint8Array => {
  const names = ["Ấp Mỹ Lợi", "Tổ dân phố số 5", "Khu phố Bình Phục Nhứt", "Ấp Tân Phước"];
  const lines = ["Mã đơn vị,Tên đơn vị,Ghi chú"];
  for (let i = 0; i < rows; i++)
    lines.push(`KDC-28252-${i},${names[i % 4]},${i % 5 === 0 ? `"Đã rà soát ""lần ${i}""\nđạt"` : "đạt"}`);
  return encoder.encode(`${lines.join("\n")}\n`);
};

const cut = (bytes: Uint8Array, parts: number, piece: number): CsvRange[] => {
  const finder = new CsvCutFinder(bytes.length, parts);
  while (!finder.done) finder.push(bytes.subarray(finder.position, finder.position + piece));
  return finder.ranges();
};

describe("CsvCutFinder", () => {
  const bytes = unitsCsv(2_000);

  it("cuts at row starts with the file's line numbers, covering the file", () => {
    for (const parts of [2, 3, 4, 7]) {
      const ranges = cut(bytes, parts, 1 << 20);
      expect(ranges).toHaveLength(parts);
      expect(ranges[0]?.start).toBe(0);
      expect(ranges.at(-1)?.end).toBe(bytes.length);
      ranges.forEach((range, k) => {
        if (k > 0) expect(range.start).toBe(ranges[k - 1]?.end);
        const before = new TextDecoder().decode(bytes.subarray(0, range.start));
        expect(range.firstLine).toBe(before.split("\n").length);
        // A row of a unit starts there, never the second line of a quoted note.
        if (k > 0)
          expect(new TextDecoder().decode(bytes.subarray(range.start, range.start + 10))).toBe("KDC-28252-");
        // About even shares.
        expect(Math.abs(range.end - range.start - bytes.length / parts)).toBeLessThan(200);
      });
    }
  });

  it("gives the same cuts whatever the pieces the bytes come in", () => {
    const whole = cut(bytes, 4, 1 << 20);
    for (const piece of [1, 7, 4096]) expect(cut(bytes, 4, piece)).toEqual(whole);
  });

  it("gives fewer ranges than parts for a file of few rows, one for one part", () => {
    const small = unitsCsv(2);
    expect(cut(small, 8, 1 << 20).length).toBeLessThan(8);
    expect(cut(small, 1, 1 << 20)).toEqual([{ start: 0, end: small.length, firstLine: 1 }]);
  });

  it("keeps UTF-16 text (Excel's Unicode text) whole", () => {
    const utf16 = Uint8Array.of(
      0xff,
      0xfe,
      ...Array.from({ length: 4000 }, (_, i) => (i % 40 === 0 ? 0x0a : 0x41)),
    );
    const finder = new CsvCutFinder(utf16.length, 4);
    finder.push(utf16.subarray(0, 1024));
    expect(finder.done).toBe(true);
    expect(finder.ranges()).toEqual([{ start: 0, end: utf16.length, firstLine: 1 }]);
  });
});

describe("estimateCsvRowCount", () => {
  it("counts the rows of a whole file, its header apart, a last line without a line break included", () => {
    const bytes = unitsCsv(500);
    expect(estimateCsvRowCount(bytes, bytes.length)).toBe(500 + 100); // every fifth note has two lines
    const unterminated = encoder.encode("Mã đơn vị,Tên\nKDC-1,Ấp Mỹ Lợi");
    expect(estimateCsvRowCount(unterminated, unterminated.length)).toBe(1);
  });

  it("extrapolates from the start of a large file, within a few per cent", () => {
    const bytes = unitsCsv(20_000);
    const lines = new TextDecoder().decode(bytes).split("\n").length - 2;
    const estimate = estimateCsvRowCount(bytes.subarray(0, 64 * 1024), bytes.length) as number;
    expect(Math.abs(estimate - lines) / lines).toBeLessThan(0.05);
  });

  it("gives nothing for a start without a line break", () => {
    expect(estimateCsvRowCount(new Uint8Array(0), 0)).toBeUndefined();
    expect(estimateCsvRowCount(encoder.encode("Mã đơn vị,Tên"), 1_000_000)).toBeUndefined();
  });
});

describe("partsProblem", () => {
  const bytes = unitsCsv(300);
  const ranges = cut(bytes, 3, 1 << 20);
  const part = (nextLine: number, from: number, to: number) => ({
    nextLine,
    idHashes: Float64Array.from({ length: to - from }, (_, i) => idHash(`KDC-28252-${from + i}`)).sort(),
  });
  const next = (k: number) => (ranges[k + 1]?.firstLine ?? 0) as number;

  it("accepts parts that end where the next begins, each unit read once", () => {
    expect(
      partsProblem(ranges, [part(next(0), 0, 100), part(next(1), 100, 200), part(0, 200, 300)]),
    ).toBeUndefined();
  });

  it("refuses a failed part, a cut off a row start, a unit read twice", () => {
    expect(partsProblem(ranges, [part(next(0), 0, 100), undefined, part(0, 200, 300)])).toBe(
      "một phần không đọc được",
    );
    expect(
      partsProblem(ranges, [part(next(0) + 1, 0, 100), part(next(1), 100, 200), part(0, 200, 300)]),
    ).toBe("chỗ cắt không ở đầu dòng");
    expect(partsProblem(ranges, [part(next(0), 0, 100), part(next(1), 100, 200), part(0, 199, 300)])).toBe(
      "có mã đơn vị ở hai phần",
    );
  });
});
