import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inferAssessmentYear } from "../src/index.js";

describe("inferAssessmentYear", () => {
  it("gives the one year of a province's facts records", () => {
    expect(inferAssessmentYear([2024, 2024, 2024])).toEqual({ kind: "single", year: 2024 });
  });

  it("lists the years, ascending, when records of several years are mixed", () => {
    expect(inferAssessmentYear([2025, 2023, 2024, 2025])).toEqual({
      kind: "several",
      years: [2023, 2024, 2025],
    });
  });

  it("says there is nothing to infer from no records or only invalid years", () => {
    expect(inferAssessmentYear([])).toEqual({ kind: "none" });
    expect(inferAssessmentYear([Number.NaN, 2024.5])).toEqual({ kind: "none" });
  });

  it("is single exactly when the distinct integer years number one", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2000, max: 2100 })), (years) => {
        const result = inferAssessmentYear(years);
        const distinct = new Set(years).size;
        expect(result.kind).toBe(distinct === 0 ? "none" : distinct === 1 ? "single" : "several");
      }),
    );
  });
});
