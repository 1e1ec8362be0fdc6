/**
 * What the yearly-cycle commands take from @antq/sheets besides their documents: the previous year of a điển
 * hình selection (`typicalPrevious`), the province rule's issues (`typicalRuleOf`), the store's administrative
 * units as a lineage (`storedAdminLineage`).
 */
import { generateProvince } from "@antq/datagen";
import { AdminUnitSchema } from "@antq/domain";
import { describe, expect, it } from "vitest";
import {
  readScoreJsonText,
  ScoreBuilder,
  storedAdminLineage,
  typicalPrevious,
  typicalRuleOf,
} from "../src/index.js";

/** Xã Mỹ Thành's 2023 score sheet (example commune rubric), as `antq phan-loai` reads it. */
const scores = (year: number) => {
  const entries = ["I.1", "I.2", "II.1", "II.2", "III.1.a", "III.1.b", "III.2", "V.1"].map((item, i) => {
    const points = [100, 90, 70, 80, 60, 55, 95, 140][i];
    return { item, self: points, verified: points };
  });
  const sheet = {
    kind: "commune",
    unitId: "C28261",
    unitName: "Xã Mỹ Thành",
    year,
    rubricId: "vi-du.qd510.commune",
  };
  const builder = new ScoreBuilder();
  const events = [
    { item: "IV.1", selfEvents: 0, verifiedEvents: 0 },
    { item: "IV.2", selfEvents: 0, verifiedEvents: 0 },
  ];
  readScoreJsonText(
    builder,
    JSON.stringify({ scoreSheets: [{ ...sheet, entries: [...entries, ...events] }] }),
    "bang-diem.json",
  );
  return { file: "bang-diem.json", records: builder.finish().records };
};

describe("typicalPrevious", () => {
  it("classifies the score sheets of the year before the plan year, with the outcomes read", () => {
    const outcomes = { year: 2023, outcomes: new Map([["C28261", "dat" as const]]) };
    const read = typicalPrevious(scores(2023), { file: "danh-gia-2023.json", outcomes });
    if (!read.ok) throw new Error(read.message);
    expect(read.issues).toEqual([]);
    expect(read.planYear).toBe(2024);
    expect(read.previous.map((p) => [p.unitId, p.year, p.tt124])).toEqual([["C28261", 2023, "dat"]]);
  });

  it("refuses outcomes of another year, naming the file", () => {
    const outcomes = { year: 2022, outcomes: new Map() };
    expect(typicalPrevious(scores(2023), { file: "danh-gia-2022.json", outcomes })).toEqual({
      ok: false,
      message: "Kết quả “An toàn về ANTT” trong danh-gia-2022.json là của năm 2022, không phải năm 2023",
    });
  });

  it("assesses a facts dataset for the year before the plan year, or says it has no such year", () => {
    const province = generateProvince({ seed: 3, year: 2023, communes: 1 });
    const dataset = {
      units: province.units.map((unit) => ({ unit, source: { file: "du-lieu.csv" } })),
      facts: province.facts.map((facts) => ({ facts, source: { file: "du-lieu.csv" } })),
    };
    const read = typicalPrevious(scores(2023), { file: "du-lieu.csv", dataset });
    expect(read.ok).toBe(true);
    const late = typicalPrevious(scores(2023), { file: "du-lieu.csv", dataset }, 2025);
    expect(late.ok).toBe(false);
  });
});

describe("typicalRuleOf", () => {
  it("locates the rule's problems in its file", () => {
    const read = typicalRuleOf(
      { label: "Tỉnh An Giang", levels: [], requireTt124: true, kinds: ["commune"] },
      "r.json",
    );
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.issues.map((i) => [i.file, i.path, i.severity])).toEqual([["r.json", "levels", "error"]]);
  });
});

describe("storedAdminLineage", () => {
  it("indexes the store's units with the shipped provinces", () => {
    const ward = { id: "W30280", code: "30280", name: "Phường Mỹ Bình", type: "ward", parentId: "P89" };
    const lineage = storedAdminLineage([AdminUnitSchema.parse({ ...ward, validTo: "2025-06-30" })]);
    expect(lineage?.byId.get("P89")).toBeDefined();
    expect(lineage?.byId.get("W30280")?.name).toBe("Phường Mỹ Bình");
  });
});
