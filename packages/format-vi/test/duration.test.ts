import { describe, expect, it } from "vitest";
import { formatDuration, formatProgressLine } from "../src/index.js";

describe("formatDuration", () => {
  it("rounds to whole seconds, at least one", () => {
    expect(formatDuration(0)).toBe("1 giây");
    expect(formatDuration(1_499)).toBe("1 giây");
    expect(formatDuration(59_000)).toBe("59 giây");
    expect(formatDuration(59_600)).toBe("1 phút");
  });

  it("gives minutes and seconds under ten minutes, minutes alone from ten", () => {
    expect(formatDuration(130_000)).toBe("2 phút 10 giây");
    expect(formatDuration(9 * 60_000 + 59_000)).toBe("9 phút 59 giây");
    expect(formatDuration(12 * 60_000 + 5_000)).toBe("12 phút");
    expect(formatDuration(59 * 60_000 + 59_000)).toBe("59 phút");
  });

  it("gives hours and minutes from an hour", () => {
    expect(formatDuration(60 * 60_000)).toBe("1 giờ");
    expect(formatDuration(65 * 60_000)).toBe("1 giờ 5 phút");
    expect(formatDuration(26 * 3_600_000 + 61_000)).toBe("26 giờ 1 phút");
  });
});

describe("formatProgressLine", () => {
  it("draws the bar, the percentage, the rows and the time left once the pace shows", () => {
    const line = (done: number, elapsedMs: number) =>
      formatProgressLine({ label: "Đang đánh giá", done, total: 1_000_000, elapsedMs });
    expect(line(0, 0)).toBe(`Đang đánh giá [${"░".repeat(24)}] 0% · 0/1.000.000 dòng`);
    expect(line(250_000, 999)).toBe(
      `Đang đánh giá [${"█".repeat(6)}${"░".repeat(18)}] 25% · 250.000/1.000.000 dòng`,
    );
    expect(line(500_000, 30_000)).toContain("50% · 500.000/1.000.000 dòng · còn khoảng 30 giây");
    expect(line(1_000_000, 60_000)).toBe(`Đang đánh giá [${"█".repeat(24)}] 100% · 1.000.000/1.000.000 dòng`);
  });

  it("stops an estimated total at 99 % and marks it", () => {
    expect(
      formatProgressLine({ label: "Đang đọc", done: 1_454, total: 1_000, estimated: true, elapsedMs: 5_000 }),
    ).toBe(`Đang đọc [${"█".repeat(24)}] 99% · 1.454/≈1.000 dòng · còn khoảng 1 giây`);
  });

  it("counts rows without a total, with the time spent after a second", () => {
    expect(formatProgressLine({ label: "Đang đọc", done: 12_000, elapsedMs: 400 })).toBe(
      "Đang đọc: 12.000 dòng",
    );
    expect(formatProgressLine({ label: "Đang đọc", done: 12_000, total: 0, elapsedMs: 65 * 60_000 })).toBe(
      "Đang đọc: 12.000 dòng · đã 1 giờ 5 phút",
    );
  });
});
