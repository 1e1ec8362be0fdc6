/**
 * The Vietnamese issue texts and counts (`issueLines`, `datasetCounts`, `formatValidationSummary`) on a
 * commune's JSON data with errors, and a stored year read back (`datasetOfStoredYear`).
 */
import { generateProvince } from "@antq/datagen";
import { describe, expect, it } from "vitest";
import {
  DatasetBuilder,
  datasetCounts,
  datasetOfStoredYear,
  formatValidationSummary,
  issueLines,
} from "../src/index.js";

const province = generateProvince({ seed: 138, year: 2024, communes: 1 });

const withErrors = (maxStoredIssues: number) => {
  const builder = new DatasetBuilder();
  builder.maxStoredIssues = maxStoredIssues;
  province.units.forEach((u, i) => {
    // Every third unit loses its name: a located error per unit.
    const unit = i % 3 === 0 ? { ...u, name: "" } : u;
    builder.addJsonUnit(unit, { file: "xa-tan-phuoc.json", jsonPath: `units[${i}]` });
  });
  return builder.finish();
};

describe("issue texts", () => {
  it("lists each located error once and counts the ones not kept", () => {
    const all = withErrors(1000);
    const expected = Math.ceil(province.units.length / 3);
    const counts = datasetCounts(all);
    expect(counts.errors).toBe(expected);
    expect(counts.validUnits).toBe(province.units.length - expected);
    expect(
      issueLines(all).every((l) => /^Lỗi — xa-tan-phuoc\.json: .+ \[units\[\d+\]\.name\]$/.test(l)),
    ).toBe(true);

    const kept = withErrors(2);
    expect(datasetCounts(kept).errors).toBe(expected);
    expect(datasetCounts(kept).omittedIssues).toBe(expected - 2);
    const lines = issueLines(kept);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(`… và ${expected - 2} lỗi, cảnh báo khác không hiển thị (xem số đếm bên dưới).`);
  });

  it("ends the summary with the number of errors to fix", () => {
    const summary = formatValidationSummary(withErrors(1000));
    const expected = Math.ceil(province.units.length / 3);
    expect(summary.split("\n")).toContain(
      `Hợp lệ: ${province.units.length - expected} đơn vị, 0 bộ dữ kiện năm.`,
    );
    expect(summary.split("\n").at(-1)).toBe(`Kết quả: có ${expected} lỗi; hãy sửa rồi kiểm tra lại.`);
  });
});

describe("a stored year read back", () => {
  it("validates every record again and locates a bad one by its path in the year", () => {
    const units = province.units.map((u, i) => (i === 2 ? { ...u, kind: "khu-pho" } : u));
    const d = datasetOfStoredYear(
      { schemaVersion: 1, units: [...(units as typeof province.units)], annualFacts: [...province.facts] },
      "kho ~/.antq, năm 2024",
    );
    expect(d.units.length).toBe(province.units.length - 1);
    expect(d.facts.length).toBe(province.facts.length);
    expect(d.issues[0]).toMatchObject({ severity: "error", file: "kho ~/.antq, năm 2024" });
    expect(d.issues[0]?.path?.startsWith("units[2]")).toBe(true);
  });
});
