/**
 * The undecided-readings report of `danh-gia` (@antq/rules' findUndecidedReadings with the commune roll-up of
 * @antq/rules-antt) on demo provinces, against the first version's way: every unit assessed again under every
 * combination of the undecided options' choices.
 */
import { generateProvince } from "@antq/datagen";
import { compile, type Readings, undecidedOptions } from "@antq/rules";
import {
  evaluateWithCommunes,
  findUndecidedWithCommunes,
  type SecurityOrderInput,
  securityOrderRuleSet,
} from "@antq/rules-antt";
import { describe, expect, it } from "vitest";

const YEAR = 2024;

const province = (seed: number, communes: number): SecurityOrderInput[] => {
  const { units, facts } = generateProvince({ seed, year: YEAR, communes });
  const byUnit = new Map(facts.map((f) => [f.unitId, f]));
  return units.map((unit) => ({ unit, facts: byUnit.get(unit.id) }) as SecurityOrderInput);
};

/** Every combination of the choices of the undecided options (each option also left undecided). */
const allReadings = (ids: readonly { id: string; choices: readonly { id: string }[] }[]): Readings[] => {
  let out: Record<string, string | null>[] = [{}];
  for (const o of ids)
    out = out.flatMap((r) => [null, ...o.choices.map((c) => c.id)].map((c) => ({ ...r, [o.id]: c })));
  return out;
};

describe("undecided readings of a province", () => {
  const compiled = compile(securityOrderRuleSet, { year: YEAR });

  it.each([
    [138, 12],
    [7, 40],
  ])("finds what assessing everything again finds, demo seed %i with %i communes", (seed, communes) => {
    const inputs = province(seed, communes);
    const results = evaluateWithCommunes(compiled, inputs);
    const report = findUndecidedWithCommunes(compiled, inputs, results);

    const options = undecidedOptions(compiled);
    expect(options.map((o) => o.id)).toContain("tt124.d4.k4.a.kiem_che_keo_giam");
    const decided = new Set<number>();
    for (const readings of allReadings(options)) {
      const other = evaluateWithCommunes(compile(securityOrderRuleSet, { year: YEAR, readings }), inputs);
      results.forEach((r, i) => {
        if (r.outcome === "can_xem_xet" && other[i]?.outcome !== "can_xem_xet") decided.add(i);
      });
    }
    expect(decided.size).toBeGreaterThan(0);
    expect(report.decided).toEqual([...decided].sort((a, b) => a - b));
    expect(report.complete).toBe(true);
    const byKind: Record<string, number> = {};
    for (const i of decided)
      byKind[results[i]?.kind as string] = (byKind[results[i]?.kind as string] ?? 0) + 1;
    expect(report.byKind).toEqual(byKind);
    // Far fewer units assessed again than the whole province.
    expect(report.reassessed).toBeLessThan(inputs.length / 4);
    expect(report.options.map((o) => o.id)).toContain("tt124.d4.k4.a.kiem_che_keo_giam");
  });
});
