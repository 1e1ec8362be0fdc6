import { generateProvince } from "@antq/datagen";
import { describe, expect, it } from "vitest";
import { pairInputs } from "../src/index.js";

describe("pairInputs", () => {
  it("gives a unit without facts of the year the empty record and lists it as not reported", () => {
    const province = generateProvince({ seed: 3, year: 2024, communes: 1 });
    const [first, second] = province.units;
    if (!first || !second) throw new Error("too few units");
    const facts = province.facts.filter((f) => f.unitId !== second.id);
    const units = [first, second].map((unit) => ({ unit, source: { file: "x.json" } }));
    const { inputs, noFacts } = pairInputs(
      units,
      facts.map((f) => ({ facts: f, source: { file: "x.json" } })),
      2024,
    );
    expect([...noFacts]).toEqual([second.id]);
    expect(inputs[1]?.facts).toEqual({ unitId: second.id, year: 2024 });
    expect(inputs[0]?.facts).toBe(facts.find((f) => f.unitId === first.id));
    // Facts of another year do not count.
    expect(
      pairInputs(
        units.slice(0, 1),
        [{ facts: { ...facts[0], unitId: first.id, year: 2023 } as never, source: { file: "x" } }],
        2024,
      ).noFacts,
    ).toEqual(new Set([first.id]));
  });
});
