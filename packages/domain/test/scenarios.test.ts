import { describe, expect, it } from "vitest";
import { parseAnnualFacts, parseAssessedUnit } from "../src/index.js";
import { fixture } from "./helpers.js";

interface Scenario {
  id: string;
  description: string;
  units: unknown[];
  facts: { unitId: string }[];
  expected: string;
  basis: string;
}

// Every test scenario of regulations.md §8 (T1–T30) must be representable as domain data.
describe("TT 124 scenarios T1–T30 are representable", () => {
  const scenarios = fixture<Scenario[]>("tt124-scenarios.json");

  it("covers all thirty scenarios", () => {
    expect(scenarios.map((s) => s.id)).toEqual(Array.from({ length: 30 }, (_, i) => `T${i + 1}`));
  });

  it.each(scenarios.map((s) => [s.id, s] as const))("%s", (_id, s) => {
    const ids = new Set<string>();
    for (const u of s.units) {
      const r = parseAssessedUnit(u);
      if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("\n"));
      ids.add(r.value.id);
    }
    for (const f of s.facts) {
      const r = parseAnnualFacts(f);
      if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("\n"));
      expect(ids.has(r.value.unitId)).toBe(true);
    }
  });
});
