/**
 * Which facts a unit is assessed on: its annual facts of the assessed year, or, when it reported none, the
 * empty record `{ unitId, year }`, which the rules read as "nothing reported" ("chưa báo cáo" where a
 * criterion needs a report). The units concerned are listed so that outputs can say so.
 */
import type { AnnualFacts } from "@antq/domain";
import type { SecurityOrderInput } from "@antq/rules-antt";
import type { FactsRecord, UnitRecord } from "./dataset.js";

/**
 * Pairs units with their facts for the year; units without facts get `{ unitId, year }` ("nothing reported")
 * and are listed in `noFacts`.
 *
 * @example
 * ```ts
 * pairInputs([], [], 2024); //=> { inputs: [], noFacts: new Set() }
 * ```
 */
export const pairInputs = (
  units: readonly UnitRecord[],
  facts: readonly FactsRecord[],
  year: number,
): { inputs: SecurityOrderInput[]; noFacts: Set<string> } => {
  const byUnit = new Map<string, AnnualFacts>();
  for (const { facts: f } of facts) if (f.year === year) byUnit.set(f.unitId, f);
  const noFacts = new Set<string>();
  const inputs = units.map(({ unit }) => {
    const f = byUnit.get(unit.id);
    if (!f) noFacts.add(unit.id);
    return { unit, facts: f ?? ({ unitId: unit.id, year } as AnnualFacts) };
  });
  return { inputs, noFacts };
};
