import { type ScoreSheet as DomainScoreSheet, parseScoreSheet } from "@antq/domain";
import { describe, expect, it } from "vitest";
import {
  checkBands,
  checkRubric,
  compileRubric,
  explainScore,
  itemScores,
  parseRubric,
  printExplanation,
  RubricError,
  rubricToJson,
  type ScoreSheet,
  scoreSheet,
} from "../src/index.js";
import { SMALL } from "./fixtures/rubrics.js";

const compiled = compileRubric(SMALL);
const sheet = (entries: ScoreSheet["entries"], facts?: ScoreSheet["facts"]): ScoreSheet => ({
  unitId: "xa-a",
  unitName: "Xã A",
  year: 2024,
  rubricId: "test.small",
  entries,
  ...(facts ? { facts } : {}),
});
const FULL = [
  { item: "A.1", self: 20, verified: 20 },
  { item: "A.2.a", self: 20, verified: 20 },
  { item: "A.2.b", self: 20, verified: 15 },
  { item: "B.1", selfEvents: 0, verifiedEvents: 0 },
  { item: "B.2", self: 20, verified: 20 },
];

describe("scoreSheet", () => {
  it("sums with caps at every level and keeps self next to verified", () => {
    const r = scoreSheet(compiled, sheet(FULL, { tt124: "dat" }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.value;
    expect(s.total).toBe(100);
    expect(s.selfTotal).toBe(100);
    const items = itemScores(s);
    const a2 = items.find((i) => i.id === "A.2");
    expect(a2?.awarded).toBe(30);
    expect(a2?.capped).toBe(true);
    expect(s.level.id).toBe("xuat_sac");
    expect(s.status).toBe("final");
  });

  it("caps an entered score above the maximum and flags it", () => {
    const r = scoreSheet(compiled, sheet([{ item: "A.1", self: 25, verified: 25 }], { tt124: "dat" }));
    expect(r.ok && itemScores(r.value).find((i) => i.id === "A.1")?.capped).toBe(true);
    expect(r.ok && r.value.awarded[compiled.nodeIndex.get("A.1") as number]).toBe(20);
    expect(r.ok && printExplanation(explainScore(r.value))).toContain("vượt tối đa");
  });

  it("deducts per event and never below zero", () => {
    const two = scoreSheet(
      compiled,
      sheet([...FULL.filter((e) => e.item !== "B.1"), { item: "B.1", verifiedEvents: 2 }]),
    );
    expect(two.ok && two.value.awarded[compiled.nodeIndex.get("B.1") as number]).toBe(0 + 30 - 30);
    const many = scoreSheet(compiled, sheet([{ item: "B.1", selfEvents: 1, verifiedEvents: 9 }]));
    expect(many.ok && many.value.awarded[compiled.nodeIndex.get("B.1") as number]).toBe(0);
    expect(many.ok && many.value.selfAwarded[compiled.nodeIndex.get("B.1") as number]).toBe(15);
    expect(many.ok && printExplanation(explainScore(many.value))).toContain("không trừ quá 3 điểm");
  });

  it("applies vetoes: not above Khá without TT 124, not above Trung bình when B.1 < 2", () => {
    const noSafe = scoreSheet(compiled, sheet(FULL, { tt124: "chua_dat" }));
    expect(noSafe.ok && noSafe.value.scoreLevel.id).toBe("xuat_sac");
    expect(noSafe.ok && noSafe.value.level.id).toBe("kha");
    const unknown = scoreSheet(compiled, sheet(FULL));
    expect(unknown.ok && unknown.value.level.id).toBe("xuat_sac");
    expect(unknown.ok && unknown.value.review.map((r) => r.code)).toContain("VETO_FACT_MISSING");
    const b1 = scoreSheet(
      compiled,
      sheet([...FULL.filter((e) => e.item !== "B.1"), { item: "B.1", verifiedEvents: 1 }], { tt124: "dat" }),
    );
    // 100 - 1,5 = 88,5 → Khá; B.1 = 1,5 < 2 → at most Trung bình
    expect(b1.ok && b1.value.total).toBe(85);
    expect(b1.ok && b1.value.level.id).toBe("trung_binh");
  });

  it("uses self scores where nothing is verified, and says so", () => {
    const r = scoreSheet(compiled, sheet([{ item: "A.1", self: 18 }], { tt124: "dat" }));
    expect(r.ok && r.value.total).toBe(18 + 30);
    expect(r.ok && r.value.review.map((x) => x.code)).toEqual(["NOT_VERIFIED", "MISSING_SCORES"]);
    expect(r.ok && r.value.status).toBe("needs_review");
  });

  it("rejects malformed sheets with stable codes", () => {
    const r = scoreSheet(compiled, {
      ...sheet([
        { item: "X" },
        { item: "A.2" },
        { item: "A.1", self: 5 },
        { item: "A.1", self: 6 },
        { item: "B.2", self: 2.5 },
        { item: "B.1", self: 10 },
      ]),
      rubricId: "other",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual([
      "RUBRIC_MISMATCH",
      "UNKNOWN_ITEM",
      "NOT_A_LEAF",
      "DUPLICATE_ENTRY",
      "NOT_TENTHS",
      "WRONG_ENTRY_KIND",
    ]);
  });

  it("scores sheets parsed by @antq/domain", () => {
    const parsed = parseScoreSheet({
      unitId: "xa-a",
      year: 2024,
      rubricId: "test.small",
      entries: FULL,
      facts: { tt124: "dat" },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const domainSheet: DomainScoreSheet = parsed.value;
    const r = scoreSheet(compiled, domainSheet);
    expect(r.ok && r.value.total).toBe(100);
  });
});

describe("rubric checks and JSON", () => {
  it("round-trips through JSON and the schema", () => {
    const text = rubricToJson(SMALL);
    const back = parseRubric(JSON.parse(text));
    expect(back.ok && back.value).toEqual(JSON.parse(JSON.stringify(SMALL)));
  });

  it("finds gaps, overlaps, unknown levels and wrong totals", () => {
    const levels = SMALL.levels;
    expect(checkBands(SMALL.bands, 100, levels)).toEqual([]);
    const gap = checkBands(
      [
        { level: "kha", min: 51, max: 100 },
        { level: "yeu", min: 0, max: 49 },
      ],
      100,
      levels,
    );
    expect(gap.map((i) => i.code)).toEqual(["BAND_GAP"]);
    const overlap = checkBands(
      [
        { level: "kha", min: 49, max: 100 },
        { level: "yeu", min: 0, max: 49 },
      ],
      100,
      levels,
    );
    expect(overlap.map((i) => i.code)).toEqual(["BAND_OVERLAP"]);
    const short = checkBands([{ level: "yeu", min: 0, max: 90 }], 100, levels);
    expect(short.map((i) => i.code)).toEqual(["BAND_GAP"]);
    const beyond = checkBands([{ level: "yeu", min: 0, max: 101 }], 100, levels);
    expect(beyond.map((i) => i.code)).toEqual(["BAND_BEYOND_MAX"]);
    const reversed = checkBands(
      [
        { level: "yeu", min: 50, max: 100 },
        { level: "kha", min: 0, max: 49 },
      ],
      100,
      levels,
    );
    expect(reversed.map((i) => i.code)).toEqual(["BAND_NOT_MONOTONE"]);
    expect(checkBands([{ level: "zzz", min: 0, max: 100 }], 100, levels).map((i) => i.code)).toEqual([
      "BAND_UNKNOWN_LEVEL",
    ]);
    const bad = {
      ...SMALL,
      max: 110,
      vetoes: [{ ...SMALL.vetoes[1], capLevel: "x", when: { type: "item-below", item: "Z", min: 1 } }],
    };
    const codes = checkRubric(bad as typeof SMALL).map((i) => i.code);
    expect(codes).toContain("RUBRIC_MAX_MISMATCH");
    expect(codes).toContain("VETO_UNKNOWN_LEVEL");
    expect(codes).toContain("VETO_UNKNOWN_ITEM");
    expect(() => compileRubric(bad as typeof SMALL)).toThrow(RubricError);
    const unreachable = {
      ...SMALL,
      groups: [{ ...SMALL.groups[0], max: 60 }, SMALL.groups[1]],
    };
    expect(checkRubric(unreachable as typeof SMALL).map((i) => i.code)).toContain("GROUP_MAX_UNREACHABLE");
  });

  it("reports schema errors with paths", () => {
    const r = parseRubric({ ...JSON.parse(rubricToJson(SMALL)), max: -5 });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "SCHEMA_INVALID", path: ["max"] });
  });
});

describe("unknown score items (#14: the closest item is named)", () => {
  it("suggests the scored item a keystroke away, and names none when nothing is close", () => {
    const r = scoreSheet(
      compiled,
      sheet([
        { item: "A.l", self: 5 },
        { item: "Zzzzzz", self: 1 },
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message)).toEqual([
      `Mục “A.l” không có trong bảng điểm ${compiled.rubric.id}; có phải mục “A.1”?`,
      `Mục “Zzzzzz” không có trong bảng điểm ${compiled.rubric.id}.`,
    ]);
  });
});
