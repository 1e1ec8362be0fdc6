import { describe, expect, it } from "vitest";
import { formatPoints, isTenths, pointsToTenths } from "../src/index.js";

describe("points in tenths", () => {
  it("converts decimal points with an explicit rounding rule", () => {
    expect(pointsToTenths(8.5)).toBe(85);
    expect(pointsToTenths("8,5")).toBe(85);
    expect(pointsToTenths("2,45", "half-up")).toBe(25);
    expect(pointsToTenths("2,45", "half-even")).toBe(24);
    expect(pointsToTenths("2,55", "half-even")).toBe(26);
    expect(pointsToTenths("2,451", "half-even")).toBe(25);
    expect(pointsToTenths("2,49", "down")).toBe(24);
    expect(pointsToTenths("2,45", "reject")).toBeUndefined();
    expect(pointsToTenths(0.15, "half-up")).toBe(2);
    expect(pointsToTenths("100")).toBe(1000);
    expect(pointsToTenths(-3)).toBe(-30);
    expect(() => pointsToTenths("abc")).toThrow(RangeError);
    expect(() => pointsToTenths(Number.NaN)).toThrow(RangeError);
  });

  it("formats tenths in Vietnamese style", () => {
    expect(formatPoints(85)).toBe("8,5");
    expect(formatPoints(1000)).toBe("100");
    expect(formatPoints(12345)).toBe("1.234,5");
    expect(formatPoints(0)).toBe("0");
    expect(isTenths(8.5)).toBe(false);
    expect(() => formatPoints(8.5)).toThrow(RangeError);
  });
});
