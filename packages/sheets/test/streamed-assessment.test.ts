/**
 * A file assessed as a stream, in one part or cut into parts (as worker threads read it), must count exactly
 * what the in-memory assessment counts: every unit, every kind, every commune's own result and its roll-up
 * tallies. A wrong total is the worst bug antq can have.
 */
import { generateProvince } from "@antq/datagen";
import { compile } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { describe, expect, it } from "vitest";
import {
  type AssessedPart,
  DatasetBuilder,
  finishStreamedAssessment,
  ProvinceAssessment,
  pairInputs,
  StreamingAssessor,
  Summary,
  tallyJson,
} from "../src/index.js";

const province = generateProvince({ seed: 138, year: 2024, communes: 6 });
const compiled = compile(securityOrderRuleSet, { year: 2024 });
const { inputs, noFacts } = pairInputs(
  province.units.map((unit) => ({ unit, source: { file: "don-vi-va-du-kien.csv" } })),
  province.facts.map((facts) => ({ facts, source: { file: "don-vi-va-du-kien.csv" } })),
  2024,
);
const inMemory = new ProvinceAssessment(compiled, inputs, noFacts);
const expected = Summary.of(inMemory.outcomes());

/** The summary as plain data, communes in key order (parts may meet a commune's units in another order). */
const plain = (summary: Summary) => ({
  all: tallyJson(summary.all),
  byKind: Object.fromEntries([...summary.byKind].map(([k, t]) => [k, tallyJson(t)])),
  byCommune: Object.fromEntries(
    [...summary.byCommune]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, c]) => [
        key,
        { name: c.name, outcome: c.outcome, all: tallyJson(c.all), covered: tallyJson(c.covered) },
      ]),
  ),
});

/** The inputs cut at `cuts`, each part assessed on its own as a thread does. */
const partsAt = (cuts: readonly number[]): AssessedPart[] => {
  const bounds = [0, ...cuts, inputs.length];
  return bounds.slice(1).map((end, i) => {
    const assessor = new StreamingAssessor(compiled, () => {});
    for (const input of inputs.slice(bounds[i], end)) assessor.add(input);
    const left = assessor.leftForCommunes();
    return { summary: assessor.summary, left, dataset: new DatasetBuilder().finish(), years: assessor.years };
  });
};

describe("finishStreamedAssessment", () => {
  it("has units of every kind in several communes to count", () => {
    expect(expected.byCommune.size).toBe(6);
    expect(expected.kinds().length).toBeGreaterThanOrEqual(4);
    expect(expected.all.total).toBe(province.units.length);
  });

  it.each([
    ["one part", []],
    ["two parts", [Math.floor(inputs.length / 2)]],
    ["five uneven parts", [1, 7, Math.floor(inputs.length / 3), inputs.length - 2]],
  ])("counts %s as the in-memory assessment does", async (_name, cuts) => {
    const communes: [string, string][] = [];
    const end = await finishStreamedAssessment(compiled, partsAt(cuts), {
      emit: async (a) => {
        communes.push([a.unit.id, a.result.outcome]);
      },
      maxStoredIssues: 10,
    });
    expect(plain(end.summary)).toEqual(plain(expected));
    const ownResults = [...inMemory.outcomes()]
      .filter((a) => a.unit.kind === "commune")
      .map((a) => [a.unit.id, a.result.outcome]);
    expect(communes).toEqual(ownResults);
    expect([...end.years]).toEqual([2024]);
  });
});
