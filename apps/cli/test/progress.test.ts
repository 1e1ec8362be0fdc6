import { describe, expect, it } from "vitest";
import { createProgress } from "../src/io/progress.js";

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
