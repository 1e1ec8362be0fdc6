import { describe, expect, it } from "vitest";
import { formatDuration } from "../src/index.js";

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
