import { describe, expect, it } from "vitest";
import {
  CRIME_CLASS_BASIS,
  crimeClassFromPenalty,
  crimeClassRank,
  disciplineFormRank,
  enterpriseSizeClass,
  isDisciplineAtLeast,
  taskRatingRank,
} from "../src/index.js";

describe("crime class (BLHS 2015 Điều 9)", () => {
  it.each([
    [{ nonCustodialOnly: true } as const, "less-serious"],
    [{ maxPrisonYears: 3 }, "less-serious"],
    [{ maxPrisonYears: 3.5 }, "serious"],
    [{ maxPrisonYears: 7 }, "serious"],
    [{ maxPrisonYears: 7.01 }, "very-serious"],
    [{ maxPrisonYears: 15 }, "very-serious"],
    [{ maxPrisonYears: 20 }, "especially-serious"],
    [{ lifeOrDeath: true } as const, "especially-serious"],
  ])("%j → %s", (max, expected) => {
    expect(crimeClassFromPenalty(max)).toBe(expected);
  });

  it("scenario T8: theft under Điều 173 khoản 2 (2–7 years) is nghiêm trọng", () => {
    expect(crimeClassFromPenalty({ maxPrisonYears: 7 })).toBe("serious");
    expect(crimeClassRank("serious")).toBe(2);
    expect(CRIME_CLASS_BASIS).toContain("Điều 9");
  });

  it("throws on impossible brackets", () => {
    expect(() => crimeClassFromPenalty({ maxPrisonYears: 0 })).toThrow(RangeError);
    expect(() => crimeClassFromPenalty({ maxPrisonYears: 21 })).toThrow(RangeError);
    expect(() => crimeClassFromPenalty({ maxPrisonYears: Number.NaN })).toThrow(RangeError);
  });
});

describe("enterprise size (Nghị định 80/2021/NĐ-CP Điều 5)", () => {
  const TY = 1_000_000_000;
  it("scenario T1: trading company, 8 employees, revenue 6 tỷ, capital 2 tỷ is micro", () => {
    expect(
      enterpriseSizeClass({
        sector: "trade-services",
        insuredEmployees: 8,
        annualRevenueVnd: 6 * TY,
        totalCapitalVnd: 2 * TY,
      }),
    ).toEqual({ determined: true, sizeClass: "micro", basis: "Nghị định 80/2021/NĐ-CP, Điều 5 khoản 1" });
  });

  it("scenario T2: manufacturer, 150 employees, revenue 120 tỷ is medium (not small)", () => {
    const r = enterpriseSizeClass({
      sector: "industry-construction",
      insuredEmployees: 150,
      annualRevenueVnd: 120 * TY,
    });
    expect(r).toMatchObject({ determined: true, sizeClass: "medium" });
  });

  it("uses 50 tỷ capital for small trade/services enterprises", () => {
    const base = { sector: "trade-services", insuredEmployees: 40, annualRevenueVnd: 150 * TY } as const;
    expect(enterpriseSizeClass({ ...base, totalCapitalVnd: 50 * TY })).toMatchObject({ sizeClass: "small" });
    expect(enterpriseSizeClass({ ...base, totalCapitalVnd: 50 * TY + 1 })).toMatchObject({
      sizeClass: "medium",
    });
  });

  it("applies revenue OR capital, and the employee cap always", () => {
    expect(
      enterpriseSizeClass({
        sector: "agriculture-forestry-fishery",
        insuredEmployees: 10,
        annualRevenueVnd: 9 * TY,
        totalCapitalVnd: 3 * TY,
      }),
    ).toMatchObject({ sizeClass: "micro" });
    expect(
      enterpriseSizeClass({
        sector: "agriculture-forestry-fishery",
        insuredEmployees: 11,
        annualRevenueVnd: TY,
        totalCapitalVnd: TY,
      }),
    ).toMatchObject({ sizeClass: "small" });
    expect(
      enterpriseSizeClass({
        sector: "industry-construction",
        insuredEmployees: 201,
        annualRevenueVnd: TY,
        totalCapitalVnd: TY,
      }),
    ).toMatchObject({ sizeClass: "large" });
  });

  it("says when the data are not enough", () => {
    expect(enterpriseSizeClass({ sector: "trade-services", insuredEmployees: 5 })).toMatchObject({
      determined: false,
    });
    // revenue above the micro cap, capital unknown: could still be micro through capital
    expect(
      enterpriseSizeClass({ sector: "trade-services", insuredEmployees: 5, annualRevenueVnd: 20 * TY }),
    ).toMatchObject({
      determined: false,
    });
    // employees alone rule out micro and small; revenue decides medium
    expect(
      enterpriseSizeClass({ sector: "trade-services", insuredEmployees: 80, annualRevenueVnd: 20 * TY }),
    ).toMatchObject({
      determined: true,
      sizeClass: "medium",
    });
  });

  it("throws on bad numbers", () => {
    expect(() => enterpriseSizeClass({ sector: "trade-services", insuredEmployees: -1 })).toThrow(RangeError);
    expect(() => enterpriseSizeClass({ sector: "trade-services", insuredEmployees: 2.5 })).toThrow(
      RangeError,
    );
  });
});

describe("ordered ladders", () => {
  it("orders discipline: khiển trách < cảnh cáo < higher forms", () => {
    expect(disciplineFormRank("reprimand")).toBe(1);
    expect(disciplineFormRank("warning")).toBe(2);
    expect(disciplineFormRank("forced-dismissal")).toBe(3);
    expect(disciplineFormRank("expulsion")).toBe(3);
    expect(isDisciplineAtLeast("reprimand", "warning")).toBe(false);
    expect(isDisciplineAtLeast("warning", "warning")).toBe(true);
    expect(isDisciplineAtLeast("reprimand", "reprimand")).toBe(true);
    expect(() => disciplineFormRank("x" as "warning")).toThrow(RangeError);
  });

  it("orders task ratings from xuất sắc to không hoàn thành", () => {
    expect(taskRatingRank("excellent")).toBeGreaterThan(taskRatingRank("good"));
    expect(taskRatingRank("completed")).toBeGreaterThan(taskRatingRank("not-completed"));
  });
});
