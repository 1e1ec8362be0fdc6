/**
 * The worker's session in Node: the demo workbook read from bytes (as in the browser) gives the same counts as
 * the built CLI's `danh-gia --json`, explanations carry citations and facts, and switching an interpretation
 * option changes outcomes. The worker keeps an assessment lean (each unit's outcome and criteria outcomes in
 * bytes, no result objects, no explanations, no table): the explanation an officer opens then equals
 * @antq/sheets' `ProvinceAssessment.explained` (the path `antq danh-gia` explains with) for every unit, under the
 * default readings and a what-if reading, and the rows and the outcomes kept for the record equal the full results.
 */
import { compile, factEntries, type Readings } from "@antq/rules";
import { findUndecidedWithCommunes, securityOrderRuleSet } from "@antq/rules-antt";
import { DatasetBuilder, ProvinceAssessment, pairInputs } from "@antq/sheets";
import { readXlsxInto } from "@antq/sheets/xlsx";
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { FileProblem, rulesCatalogue, Session } from "../src/engine.js";
import { LeanResults } from "../src/lean-results.js";
import { bytesOf, type Demo, makeDemo } from "./demo-data.js";

let demo: Demo;
beforeAll(() => {
  demo = makeDemo();
});

describe("Session", () => {
  it("reads the demo workbook and assesses it to the CLI's totals", async () => {
    const session = new Session();
    const load = await session.load("du-lieu-mau.xlsx", bytesOf(demo.xlsx));
    expect(load.errors).toBe(0);
    expect(load.year).toBe(demo.expected.year);
    const report = session.assess(load.year as number);
    expect(report.summaryJson).toEqual(demo.expected.summary);
    const all = demo.expected.summary.all;
    expect(report.total.ratio).toMatch(new RegExp(`^${all.passed}/${all.inScope} đạt \\(`));
    expect(report.unitCount).toBe(all.total);
    expect(session.unitRows(0, report.unitCount + 10)).toHaveLength(all.total);
  });

  it("reads the same data as JSON to the same totals", async () => {
    const session = new Session();
    const load = await session.load("du-lieu-mau.json", bytesOf(`${demo.dir}/demo/du-lieu-mau.json`));
    expect(load.errors).toBe(0);
    expect(session.assess(load.year as number).summaryJson).toEqual(demo.expected.summary);
  });

  it("explains a unit with citations and Vietnamese facts; a what-if option changes outcomes", async () => {
    const session = new Session();
    await session.load("du-lieu-mau.xlsx", bytesOf(demo.xlsx));
    const before = session.assess(demo.expected.year);
    expect(before.undecided).toBeGreaterThan(0);
    const open = session
      .unitRows(0, before.unitCount)
      .find((u) => u.outcome === "can_xem_xet" && u.kind !== "commune");
    expect(open).toBeDefined();
    const view = session.explain(open?.index as number);
    expect(view.criteria.some((c) => /Điều \d+/.test(c.citation ?? ""))).toBe(true);
    expect(view.criteria.some((c) => c.facts.length > 0)).toBe(true);
    const deciding = view.whatIf.find((w) => w.changes);
    expect(deciding).toBeDefined();
    const choice = deciding?.choices.find((c) => c.outcome !== "can_xem_xet");
    const after = session.assess(demo.expected.year, {
      [deciding?.optionId as string]: choice?.id as string,
    });
    const index = open?.index as number;
    expect(session.unitRows(index, index + 1)[0]?.outcome).toBe(choice?.outcome);
    expect(after.total.canXemXet).toBeLessThan(before.total.canXemXet);
  });

  it("refuses a zip bomb and a file of another format with a Vietnamese message", async () => {
    const session = new Session();
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(300 * 1024 * 1024) }, { level: 9 });
    await expect(session.load("bom.xlsx", bomb)).rejects.toThrow(FileProblem);
    await expect(session.load("bom.xlsx", bomb)).rejects.toThrow(/Tệp "bom.xlsx"/);
    await expect(session.load("cu.xls", new Uint8Array(10))).rejects.toThrow(/chưa được hỗ trợ/);
  });

  it("lists the rule set for the rules explorer", () => {
    const catalogue = rulesCatalogue(2024);
    expect(catalogue.inForce.rules.length).toBeGreaterThan(5);
    expect(catalogue.inForce.interpretations.length).toBeGreaterThan(0);
  });
});

/** The explaining path: the whole province evaluated with explanations, as the CLI does. */
const explainedPath = async (readings: Readings) => {
  const builder = new DatasetBuilder();
  await readXlsxInto(builder, bytesOf(demo.xlsx), { file: "du-lieu-mau.xlsx" });
  const dataset = builder.finish();
  const compiled = compile(securityOrderRuleSet, { year: demo.expected.year, readings });
  const { inputs, noFacts } = pairInputs(dataset.units, dataset.facts, demo.expected.year);
  const assessment = new ProvinceAssessment(compiled, inputs, noFacts);
  const undecided = findUndecidedWithCommunes(compiled, inputs, assessment.results);
  return { assessment, undecided, explained: [...assessment.explained()] };
};

const expectSameExplanations = async (session: Session, readings: Readings) => {
  const { assessment, undecided, explained } = await explainedPath(readings);
  const report = session.assess(demo.expected.year, readings);
  expect(report.unitCount).toBe(explained.length);
  // The undecided results found from the results the worker keeps until then are those of the full results.
  expect(report.undecided).toBe(undecided.results);
  const rows = session.unitRows(0, report.unitCount);
  explained.forEach(({ result }, i) => {
    const view = session.explain(i);
    expect(rows[i]?.outcome).toBe(result.outcome);
    expect(view.unit).toEqual(rows[i]);
    expect(view.summary).toBe(result.summary);
    expect(view.criteria.map((c) => [c.id, c.outcome, c.reason, c.citation, c.facts])).toEqual(
      result.criteria.map((c) => [
        c.id,
        c.outcome,
        c.reason ?? c.code,
        c.citation,
        factEntries(c).map((f) => ({ label: f.label, value: f.value })),
      ]),
    );
  });
  // What the record keeps (outcomes and criteria outcomes, from the bytes) is what the full results say.
  expect(session.yearToSave().results).toEqual(
    assessment.results.map((r, i) => ({
      unitId: explained[i]?.unit.id,
      overall: r.outcome,
      criteria: Object.fromEntries(r.criteria.map((c) => [c.id, c.outcome])),
    })),
  );
  return report;
};

describe("the lean assessment kept by the worker", () => {
  it("opens every unit's explanation exactly as the explaining path gives it", async () => {
    const session = new Session();
    await session.load("du-lieu-mau.xlsx", bytesOf(demo.xlsx));
    const report = await expectSameExplanations(session, {});
    expect(report.undecided).toBeGreaterThan(0);
    // Communes and units "cần xem xét" are among those compared.
    const rows = session.unitRows(0, report.unitCount);
    expect(rows.some((r) => r.kind === "commune")).toBe(true);
    expect(rows.some((r) => r.outcome === "can_xem_xet")).toBe(true);
  });

  it("gives the explaining path's explanations again after a what-if reading", async () => {
    const session = new Session();
    await session.load("du-lieu-mau.xlsx", bytesOf(demo.xlsx));
    const before = session.assess(demo.expected.year);
    const rows = session.unitRows(0, before.unitCount);
    const open = rows.find((r) => r.outcome === "can_xem_xet" && r.kind !== "commune");
    const deciding = session.explain(open?.index as number).whatIf.find((w) => w.changes);
    const choice = deciding?.choices.find((c) => c.outcome !== "can_xem_xet");
    expect(choice).toBeDefined();
    const after = await expectSameExplanations(session, {
      [deciding?.optionId as string]: choice?.id as string,
    });
    const index = open?.index as number;
    expect(session.unitRows(index, index + 1)[0]?.outcome).toBe(choice?.outcome);
    expect(after.total.canXemXet).toBeLessThan(before.total.canXemXet);
  });

  it("keeps each criterion's outcome in its result's order, a wider result after narrower ones too", () => {
    const lean = LeanResults.of([
      { outcome: "can_xem_xet", criteria: [{ id: "a", outcome: "can_xem_xet" }] },
      { outcome: "khong_ap_dung", criteria: [] },
      {
        outcome: "chua_dat",
        criteria: [
          { id: "b", outcome: "dat" },
          { id: "a", outcome: "chua_dat" },
        ],
      },
      { outcome: "dat", criteria: [{ id: "c", outcome: "khong_ap_dung" }] },
    ]);
    expect([0, 1, 2, 3].map((i) => [lean.outcome(i), Object.entries(lean.criteriaOf(i))])).toEqual([
      ["can_xem_xet", [["a", "can_xem_xet"]]],
      ["khong_ap_dung", []],
      [
        "chua_dat",
        [
          ["b", "dat"],
          ["a", "chua_dat"],
        ],
      ],
      ["dat", [["c", "khong_ap_dung"]]],
    ]);
    expect(() => LeanResults.of([{ outcome: "x" as "dat", criteria: [] }])).toThrow(/Unknown outcome/);
  });
});
