import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatPoints,
  isTenths,
  pointsToTenths,
  proportionalTenths,
  type RoundingRule,
} from "../src/index.js";

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

describe("proportional points", () => {
  it("computes max × part / whole exactly with the rounding rule", () => {
    expect(proportionalTenths(18, 25, 150)).toBe(108);
    expect(proportionalTenths(17, 25, 150, "down")).toBe(102);
    expect(proportionalTenths(1, 3, 100)).toBe(33);
    expect(proportionalTenths(2, 3, 100)).toBe(67);
    expect(proportionalTenths(1, 8, 20, "half-up")).toBe(3);
    expect(proportionalTenths(1, 8, 20, "half-even")).toBe(2);
    expect(proportionalTenths(3, 8, 20, "half-even")).toBe(8);
    expect(proportionalTenths(1, 3, 100, "reject")).toBeUndefined();
    expect(proportionalTenths(25, 25, 150)).toBe(150);
    expect(() => proportionalTenths(1, 0, 100)).toThrow(RangeError);
    expect(() => proportionalTenths(4, 3, 100)).toThrow(RangeError);
  });

  it("never exceeds the maximum and never decreases with the part", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.nat(5000),
        fc.nat(2000),
        fc.constantFrom<RoundingRule>("half-up", "half-even", "down"),
        (whole, p, max, rule) => {
          const part = p % (whole + 1);
          const a = proportionalTenths(part, whole, max, rule) as number;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(max);
          if (part < whole)
            expect(proportionalTenths(part + 1, whole, max, rule) as number).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });
});
