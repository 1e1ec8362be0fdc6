import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  compareCalendarDates,
  isCalendarDate,
  isDateInInterval,
  quarterOf,
  vietnamDateOf,
} from "../src/index.js";

describe("calendar dates", () => {
  it("validates real dates", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2100-02-29")).toBe(false);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("2025-7-1")).toBe(false);
    expect(isCalendarDate(new Date())).toBe(false);
  });

  it("gives the Việt Nam date of an instant whatever the machine time zone", () => {
    expect(process.env.TZ).toBe("UTC");
    expect(vietnamDateOf(new Date("2025-06-30T16:59:59Z"))).toBe("2025-06-30");
    expect(vietnamDateOf(new Date("2025-06-30T17:00:00Z"))).toBe("2025-07-01");
    expect(() => vietnamDateOf(new Date("x"))).toThrow(RangeError);
  });

  it("knows quarters and intervals (T22: one incident, two windows)", () => {
    expect(quarterOf("2025-03-31")).toBe(1);
    expect(quarterOf("2025-04-10")).toBe(2);
    expect(isDateInInterval("2024-11-10", { from: "2024-11-01", to: "2025-10-31" })).toBe(true);
    expect(isDateInInterval("2024-11-10", { from: "2023-11-16", to: "2024-11-15" })).toBe(true);
    expect(isDateInInterval("2024-11-10", {})).toBe(true);
  });

  it("adds days and months across month ends and leap years", () => {
    expect(addDays("2025-06-30", 1)).toBe("2025-07-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-11-15", -12)).toBe("2023-11-15");
    expect(() => addDays("2025-02-30", 1)).toThrow(RangeError);
  });
});

describe("calendar date properties", () => {
  const date = fc
    .date({
      min: new Date("1990-01-01T00:00:00Z"),
      max: new Date("2100-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it("addDays is invertible and preserves order", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const moved = addDays(d, n);
        expect(isCalendarDate(moved)).toBe(true);
        expect(addDays(moved, -n)).toBe(d);
        expect(Math.sign(compareCalendarDates(moved, d))).toBe(Math.sign(n));
      }),
    );
  });

  it("the schema agrees with Date.UTC on which strings are real dates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const s = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const real = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === s;
          expect(isCalendarDate(s)).toBe(real);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
