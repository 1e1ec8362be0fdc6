/**
 * What `danh-gia` prints (`assessmentLines`, `explanationText`) for two generated communes of Tiền Giang (seed
 * 138, 2024) assessed with Thông tư 124: in memory (with the undecided-readings report) and as a stream (from
 * the "cần xem xét" count).
 */
import { generateProvince } from "@antq/datagen";
import { ASSESSED_UNIT_KIND_LABELS_VI } from "@antq/domain";
import { compile } from "@antq/rules";
import { findUndecidedWithCommunes, securityOrderRuleSet } from "@antq/rules-antt";
import { describe, expect, it } from "vitest";
import {
  assessmentLines,
  explainUnit,
  explanationText,
  ProvinceAssessment,
  pairInputs,
  resultTitle,
  ruleSetLines,
  Summary,
  streamedUndecidedLines,
  summaryLines,
  undecidedLines,
} from "../src/index.js";

const province = generateProvince({ seed: 138, year: 2024, communes: 2 });
const source = { file: "du-lieu-2024.xlsx" };
const { inputs, noFacts } = pairInputs(
  province.units.map((unit) => ({ unit, source })),
  province.facts.map((facts) => ({ facts, source })),
  2024,
);
const compiled = compile(securityOrderRuleSet, { year: 2024 });
const assessment = new ProvinceAssessment(compiled, inputs, noFacts);
const summary = Summary.of([...assessment.outcomes()]);
const undecided = findUndecidedWithCommunes(compiled, inputs, assessment.results);
const written = ["ket-qua-danh-gia-2024.xlsx", "ket-qua-danh-gia-2024.json"];

describe("assessmentLines", () => {
  it("prints the title, the rule set, the summary, the undecided options and the files, in that order", () => {
    const readings = { "tt124.dac_khu": "nhu_xa" };
    const lines = assessmentLines({ year: 2024, compiled, readings, summary, undecided, written });
    expect(undecided.results).toBeGreaterThan(0);
    expect(lines).toEqual([
      resultTitle(2024),
      ...ruleSetLines(compiled, readings),
      ...summaryLines(summary),
      ...undecidedLines(undecided, (k) => ASSESSED_UNIT_KIND_LABELS_VI[k]),
      "Đã ghi: ket-qua-danh-gia-2024.xlsx, ket-qua-danh-gia-2024.json",
    ]);
    expect(lines).toContain("Cách hiểu đã chọn: tt124.dac_khu = nhu_xa");
  });

  it("for a streamed file, names the undecided options with the 'cần xem xét' count", () => {
    const lines = assessmentLines({
      year: 2024,
      compiled,
      readings: {},
      summary,
      written: [...written, "x.csv"],
    });
    expect(lines).toEqual(expect.arrayContaining(streamedUndecidedLines(compiled, summary.all.can_xem_xet)));
    expect(lines.at(-1)).toBe("Đã ghi: ket-qua-danh-gia-2024.xlsx, ket-qua-danh-gia-2024.json, x.csv");
  });
});

describe("explanationText", () => {
  it("heads one unit's explained result with its name, id and year", () => {
    const target = inputs.find((i) => i.unit.kind === "residential-area");
    if (target === undefined) throw new Error("fixture");
    const text = explanationText(target.unit, 2024, explainUnit(compiled, inputs, target));
    const [head, second] = text.split("\n");
    expect(head).toBe(`${target.unit.name} (${target.unit.id}) — năm 2024`);
    expect(second).toMatch(/^KẾT QUẢ: /);
    expect(text).toContain("Thông tư 124/2021/TT-BCA");
  });
});
