/**
 * The demo's walk-through (`demoLines`) on a generated commune of Tiền Giang (seed 138, 2024), read back from
 * its JSON with one broken unit, assessed with Thông tư 124.
 */
import { generateProvince } from "@antq/datagen";
import { compile } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { describe, expect, it } from "vitest";
import {
  DatasetBuilder,
  demoLines,
  formatValidationSummary,
  ProvinceAssessment,
  pairInputs,
  readJsonText,
  Summary,
  summaryLines,
} from "../src/index.js";

const province = generateProvince({ seed: 138, year: 2024, communes: 1 });
const builder = new DatasetBuilder();
readJsonText(
  builder,
  JSON.stringify({
    schemaVersion: 1,
    units: [...province.units, { ...province.units[1], id: "kdc-khong-ten", name: "" }],
    annualFacts: province.facts,
  }),
  "antq-demo/du-lieu-mau.json",
);
const dataset = builder.finish();
const compiled = compile(securityOrderRuleSet, { year: 2024 });
const { inputs, noFacts } = pairInputs(dataset.units, dataset.facts, 2024);
const assessment = new ProvinceAssessment(compiled, inputs, noFacts);
const summary = Summary.of([...assessment.outcomes()]);
const failing = [...assessment.outcomes()].find((a) => a.result.outcome === "chua_dat")?.unit;

const run = {
  invocation: "npx antq",
  province: province.province.name,
  year: 2024,
  seed: 138,
  units: province.units.length,
  facts: province.facts.length,
  inputFiles: ["antq-demo/du-lieu-mau.xlsx", "antq-demo/du-lieu-mau.json"] as [string, string],
  dataset,
  compiled,
  summary,
  resultFiles: ["antq-demo/ket-qua-danh-gia-2024.xlsx", "antq-demo/ket-qua-danh-gia-2024.json"],
};

describe("demoLines", () => {
  it("walks through the sample data, its validation, the assessment and the files, in order", () => {
    const lines = demoLines({ ...run, firstFailing: failing });
    expect(lines[0]).toBe(`DỮ LIỆU MẪU: ${province.province.name} — năm 2024, hạt giống 138`);
    expect(lines[1]).toBe(
      `Đã sinh ${province.units.length} đơn vị và ${province.facts.length} bộ dữ kiện năm.`,
    );
    const headings = [
      "BƯỚC 1 — KIỂM TRA DỮ LIỆU (antq kiem-tra)",
      "BƯỚC 2 — ĐÁNH GIÁ (antq danh-gia --nam 2024)",
      "KẾT QUẢ ĐÃ GHI",
      "THỬ TIẾP",
    ].map((h) => lines.indexOf(h));
    expect(headings.every((at, i) => at > (headings[i - 1] ?? 1))).toBe(true);
    // The broken unit is listed under step 1, located in its file, before the validation summary.
    const step1 = lines.slice(headings[0], headings[1]);
    expect(step1.some((l) => l.startsWith("Lỗi — antq-demo/du-lieu-mau.json"))).toBe(true);
    expect(step1).toContain(formatValidationSummary(dataset));
    expect(lines).toEqual(expect.arrayContaining(summaryLines(summary)));
    expect(lines).toContain("  • antq-demo/ket-qua-danh-gia-2024.json");
  });

  it("suggests explaining a failing unit with the command as the officer started antq", () => {
    expect(failing).toBeDefined();
    const lines = demoLines({ ...run, firstFailing: failing });
    expect(lines).toContain(
      `    npx antq danh-gia antq-demo/du-lieu-mau.xlsx --nam 2024 --giai-thich ${failing?.id}`,
    );
    expect(lines.at(-1)).toBe("  Quy định đang áp dụng: npx antq quy-dinh --nam 2024");
    const none = demoLines(run);
    expect(none.some((l) => l.includes("--giai-thich"))).toBe(false);
    expect(none).toHaveLength(lines.length - 2);
  });
});
