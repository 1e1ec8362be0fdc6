import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createProgress, estimateCsvRows } from "../src/io/progress.js";

const fakeStream = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (chunk: string) => chunks.push(chunk) > 0 };
};

describe("createProgress", () => {
  it("is silent when stderr is not a terminal", () => {
    const stream = fakeStream(false);
    const progress = createProgress({ label: "Đang đánh giá", total: 10, stream, intervalMs: 0 });
    for (let i = 0; i < 10; i++) progress.tick();
    progress.done();
    expect(progress.enabled).toBe(false);
    expect(stream.chunks).toEqual([]);
  });

  it("is silent in quiet (--json) mode even on a terminal", () => {
    const stream = fakeStream(true);
    const progress = createProgress({
      label: "Đang đánh giá",
      total: 10,
      stream,
      quiet: true,
      intervalMs: 0,
    });
    progress.tick(5);
    expect(stream.chunks).toEqual([]);
  });

  it("draws a bar with Vietnamese-style counts on a terminal and clears it at the end", () => {
    const stream = fakeStream(true);
    const progress = createProgress({ label: "Đang đánh giá", total: 2000, stream, intervalMs: 0 });
    progress.tick(1454);
    progress.done();
    expect(stream.chunks[0]).toContain("Đang đánh giá [");
    expect(stream.chunks[0]).toContain("1.454/2.000");
    expect(stream.chunks.at(-1)).toBe("\r\u001b[K");
  });

  it("counts rows when the total is unknown", () => {
    const stream = fakeStream(true);
    const progress = createProgress({ label: "Đang đọc", stream, intervalMs: 0 });
    progress.tick(12000);
    expect(stream.chunks[0]).toContain("Đang đọc: 12.000 dòng");
  });
});

describe("percentage and time left", () => {
  it("shows the percentage and the time left from the pace so far", () => {
    const stream = fakeStream(true);
    let time = 0;
    const progress = createProgress({
      label: "Đang đọc và đánh giá",
      total: 1_000_000,
      stream,
      intervalMs: 0,
      now: () => time,
    });
    time = 20_000;
    progress.tick(250_000);
    // A quarter in 20 s: three quarters left, about 60 s.
    expect(stream.chunks.at(-1)).toContain("25% · 250.000/1.000.000 dòng · còn khoảng 1 phút");
    time = 30_000;
    progress.tick(250_000);
    expect(stream.chunks.at(-1)).toContain("50% · 500.000/1.000.000 dòng · còn khoảng 30 giây");
  });

  it("marks an estimated total and never claims 100 % before the end", () => {
    const stream = fakeStream(true);
    let time = 0;
    const progress = createProgress({
      label: "Đang kiểm tra",
      total: 1000,
      estimated: true,
      stream,
      intervalMs: 0,
      now: () => time,
    });
    time = 5_000;
    progress.tick(1200);
    expect(stream.chunks.at(-1)).toContain("99% · 1.200/≈1.000 dòng");
  });

  it("shows the time spent when the total is unknown", () => {
    const stream = fakeStream(true);
    let time = 0;
    const progress = createProgress({ label: "Đang đọc", stream, intervalMs: 0, now: () => time });
    time = 130_000;
    progress.tick(5);
    expect(stream.chunks.at(-1)).toContain("Đang đọc: 5 dòng · đã 2 phút 10 giây");
  });

  it("estimates the rows of a CSV from its size", () => {
    const dir = mkdtempSync(join(tmpdir(), "antq-progress-"));
    const file = join(dir, "du-lieu.csv");
    writeFileSync(file, `Mã đơn vị,Tên\n${"kdc-1,Ấp Mỹ Lợi\n".repeat(100_000)}`);
    const estimate = estimateCsvRows([file]) as number;
    expect(Math.abs(estimate - 100_000)).toBeLessThan(1000);
    expect(estimateCsvRows([join(dir, "khong-co.csv")])).toBeUndefined();
  });
});
