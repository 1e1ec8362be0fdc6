/**
 * The worker's session in Node: the demo workbook read from bytes (as in the browser) gives the same counts as
 * the built CLI's `danh-gia --json`, explanations carry citations and facts, and switching an interpretation
 * option changes outcomes.
 */
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { FileProblem, rulesCatalogue, Session } from "../src/engine.js";
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
    expect(report.units).toHaveLength(all.total);
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
    const open = before.units.find((u) => u.outcome === "can_xem_xet" && u.kind !== "commune");
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
    expect(after.units[open?.index as number]?.outcome).toBe(choice?.outcome);
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
