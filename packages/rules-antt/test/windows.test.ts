/**
 * Evaluation windows (Điều 8 khoản 2 Thông tư 124; Điều 9 khoản 2 Thông tư 23): both ends belong to the window,
 * a date outside every window belongs to no year, and a bad date or a rule set without the parameter is refused.
 */
import { describe, expect, it } from "vitest";
import { evaluationWindow, evaluationYearsOf, securityOrderRuleSet } from "../src/index.js";

const dayBefore = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (d: string) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe("evaluationYearsOf", () => {
  it("counts the first and the last day of a window for its year, and not the day before or after", () => {
    for (const kind of ["residential-area", "commune", "education"] as const) {
      const w = evaluationWindow(kind, 2025);
      if (w === null) throw new Error(kind);
      expect(evaluationYearsOf(kind, w.from), kind).toContain(2025);
      expect(evaluationYearsOf(kind, w.to), kind).toContain(2025);
      expect(evaluationYearsOf(kind, dayBefore(w.from)), kind).not.toContain(2025);
      expect(evaluationYearsOf(kind, dayAfter(w.to)), kind).not.toContain(2025);
    }
  });
  it("the TT 124 commune window of 2025 runs from 16/11/2024 to 15/11/2025", () => {
    expect(evaluationYearsOf("commune", "2024-11-15")).toEqual([2024]);
    expect(evaluationYearsOf("commune", "2024-11-16")).toEqual([2025]);
    expect(evaluationYearsOf("commune", "2025-11-15")).toEqual([2025]);
    expect(evaluationYearsOf("commune", "2025-11-16")).toEqual([2026]);
  });
  it("a date in two windows belongs to both years: TT 23's shared end day, and the TT 23 / TT 124 overlap", () => {
    // Thông tư 23 windows end on the day the next one starts (31/10 for khu dân cư, 30/11 for the others).
    expect(evaluationYearsOf("residential-area", "2020-10-31")).toEqual([2020, 2021]);
    expect(evaluationYearsOf("residential-area", "2020-11-01")).toEqual([2021]);
    expect(evaluationYearsOf("commune", "2020-11-30")).toEqual([2020, 2021]);
    // The first TT 124 window of a xã (from 16/11/2021) starts before the last TT 23 one ends (30/11/2021).
    expect(evaluationYearsOf("commune", "2021-11-15")).toEqual([2021]);
    expect(evaluationYearsOf("commune", "2021-11-16")).toEqual([2021, 2022]);
    expect(evaluationYearsOf("agency", "2021-11-30")).toEqual([2021, 2022]);
    expect(evaluationYearsOf("agency", "2021-12-01")).toEqual([2022]);
  });
  it("a school date before the first TT 124 school window belongs to no year", () => {
    expect(evaluationYearsOf("education", "2021-06-01")).toEqual([]);
  });
  it("refuses a date not written YYYY-MM-DD, in Vietnamese", () => {
    expect(() => evaluationYearsOf("commune", "15/11/2024")).toThrow(
      /evaluationYearsOf: date phải là ngày dạng YYYY-MM-DD, nhận được "15\/11\/2024"/,
    );
  });
});

describe("evaluationWindow", () => {
  it("says why a TT 23 window is under review, and has no review under TT 124", () => {
    // The review names the source of every kind's window, not the school-year rule that only schools have.
    expect(evaluationWindow("commune", 2021)?.review).toBe(
      "Thời gian đánh giá theo khoản 2 Điều 9 Thông tư 23/2012/TT-BCA lấy từ nguồn thứ cấp, văn bản chưa được đối chiếu trực tiếp",
    );
    expect(evaluationWindow("residential-area", 2021)?.review).not.toContain("nhà trường");
    const w = evaluationWindow("commune", 2025);
    expect(w).toEqual({
      from: "2024-11-16",
      to: "2025-11-15",
      basis: expect.objectContaining({ document: "124/2021/TT-BCA", article: 8, clause: 2 }),
    });
    expect(Object.hasOwn(w as object, "review")).toBe(false);
  });
  it("refuses a rule set without the evaluation windows parameter, naming both", () => {
    const bare = { ...securityOrderRuleSet, parameters: [] };
    expect(() => evaluationWindow("commune", 2025, bare)).toThrow(RangeError);
    expect(() => evaluationWindow("commune", 2025, bare)).toThrow(
      /Bộ quy tắc an-toan-antt không có tham số .+/,
    );
  });
  it("has no window for a school under TT 23 (school years, dates not known), and one from 2022", () => {
    expect(evaluationWindow("education", 2021)).toBeNull();
    expect(evaluationWindow("education", 2022)).toMatchObject({ from: "2021-11-16", to: "2022-11-15" });
    expect(evaluationWindow("residential-area", 2021)).toMatchObject({
      from: "2020-10-31",
      to: "2021-10-31",
    });
  });
  it("finds the evaluation windows parameter wherever the rule set lists it", () => {
    const reordered = { ...securityOrderRuleSet, parameters: [...securityOrderRuleSet.parameters].reverse() };
    expect(securityOrderRuleSet.parameters.length).toBeGreaterThan(1);
    for (const set of [reordered, securityOrderRuleSet])
      expect(evaluationWindow("commune", 2025, set)).toMatchObject({ from: "2024-11-16", to: "2025-11-15" });
    expect(evaluationWindow("commune", 2025, reordered)).toEqual(evaluationWindow("commune", 2025));
  });
  it("has no window before the parameter's first value", () => {
    expect(evaluationWindow("commune", 1990)).toBeNull();
  });
});
