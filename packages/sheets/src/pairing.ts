/**
 * Which facts a unit is assessed on: its annual facts of the assessed year, or, when it reported none, the
 * empty record `{ unitId, year }`, which the rules read as "nothing reported" ("chưa báo cáo" where a
 * criterion needs a report). The units concerned are listed so that outputs can say so.
 */
import type { AnnualFacts } from "@antq/domain";
import type { SecurityOrderInput } from "@antq/rules-antt";
import { type FactsRecord, PackedFactsRecord, type UnitRecord } from "./dataset.js";

/**
 * Pairs units with their facts for the year; units without facts get `{ unitId, year }` ("nothing reported")
 * and are listed in `noFacts`.
 *
 * @example
 * ```ts
 * pairInputs([], [], 2024); //=> { inputs: [], noFacts: new Set() }
 * // Facts kept packed by the builder (`packFacts`) stay packed in the inputs, unpacked on each read:
 * const builder = new DatasetBuilder();
 * builder.packFacts = true;
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const dataset = builder.finish();
 * const { inputs } = pairInputs(dataset.units, dataset.facts, 2024);
 * inputs[0]?.facts.households; //=> { resident: 143, registered: 143 }
 * inputs[0]?.facts === inputs[0]?.facts; //=> false
 * ```
 */
export const pairInputs = (
  units: readonly UnitRecord[],
  facts: readonly FactsRecord[],
  year: number,
): { inputs: SecurityOrderInput[]; noFacts: Set<string> } => {
  const byUnit = new Map<string, FactsRecord>();
  for (const record of facts) {
    // A packed record (DatasetBuilder.packFacts) says its unit and year without being unpacked.
    const key = record instanceof PackedFactsRecord ? record : record.facts;
    if (key.year === year) byUnit.set(key.unitId, record);
  }
  const noFacts = new Set<string>();
  const inputs = units.map(({ unit }): SecurityOrderInput => {
    const record = byUnit.get(unit.id);
    if (!record) {
      noFacts.add(unit.id);
      return { unit, facts: { unitId: unit.id, year } as AnnualFacts };
    }
    if (!(record instanceof PackedFactsRecord)) return { unit, facts: record.facts };
    // Unpacked on each read, so that a province's inputs do not hold every unit's facts at once.
    return {
      unit,
      get facts() {
        return record.facts;
      },
    };
  });
  return { inputs, noFacts };
};
