/** Runs the golden cases of test/golden/typical-selection.json (each selection criterion's boundaries). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  EXAMPLE_TYPICAL_RULE,
  type PreviousClassification,
  selectTypicalCandidates,
  typicalRuleFromConfig,
} from "../src/index.js";

interface GoldenCase {
  readonly name: string;
  readonly rule: "example" | Record<string, unknown>;
  readonly planYear: number;
  readonly previous: PreviousClassification[];
  readonly expect: Record<string, string[]>;
}

const golden = JSON.parse(
  readFileSync(new URL("./golden/typical-selection.json", import.meta.url), "utf8"),
) as { cases: GoldenCase[] };

describe("typical-unit selection golden cases", () => {
  it("has cases for every reason code", () => {
    const codes = new Set(golden.cases.flatMap((c) => Object.values(c.expect).flat()));
    expect([...codes].sort()).toEqual([
      "ELIGIBLE",
      "KIND_NOT_ELIGIBLE",
      "LEVEL_TOO_LOW",
      "TT124_NOT_MET",
      "TT124_UNKNOWN",
    ]);
  });
  for (const c of golden.cases) {
    it(c.name, () => {
      const rule = c.rule === "example" ? EXAMPLE_TYPICAL_RULE : typicalRuleFromConfig(c.rule);
      if ("ok" in rule && !rule.ok) throw new Error(JSON.stringify(rule.issues));
      const r = selectTypicalCandidates(c.previous, c.planYear, "ok" in rule ? rule.value : rule);
      const got = Object.fromEntries([...r.eligible, ...r.ineligible].map((u) => [u.unitId, u.codes]));
      expect(got).toEqual(c.expect);
      for (const u of r.eligible) expect(u.eligible).toBe(true);
      for (const u of r.ineligible) expect(u.reasons.length).toBe(u.codes.length);
      expect(r.review.some((n) => n.code === "EXAMPLE_CONFIG")).toBe(c.rule === "example");
    });
  }
});
