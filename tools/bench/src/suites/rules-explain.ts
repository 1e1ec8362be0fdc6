/**
 * @antq/rules with full explanations on (reasons with citations, facts used, versions, readings) over a
 * national-scale batch: ≥ 200 000 units/s and ≥ 0.5× the same run with explanations off.
 *
 * Kept apart from the `rules` suite so that the competing engines' data (json-rules-engine, ZEN) does not share
 * this process's heap; the runner starts every suite in a fresh process.
 * Data: ≥ 300 000 @antq/datagen units (seed 2025, evaluation year 2024); communes get their units' statuses
 * through `createCommuneRollup`, as the CLI's streaming path does.
 */
import { generateUnits } from "@antq/datagen";
import { type CompiledRuleSet, compile } from "@antq/rules";
import {
  communeKeyOf,
  createCommuneRollup,
  type SecurityOrderInput,
  securityOrderRuleSet,
} from "@antq/rules-antt";
import type { BenchSuite } from "../harness.js";

const UNITS = 300_000;
const YEAR = 2024;

let compiled: CompiledRuleSet<SecurityOrderInput>;
let inputs: SecurityOrderInput[] = [];
let sink: unknown;

export const suite: BenchSuite = {
  name: "@antq/rules (giải thích)",
  setup() {
    compiled = compile(securityOrderRuleSet, { year: YEAR });
    const rollup = createCommuneRollup(compiled);
    const units: SecurityOrderInput[] = [];
    const communes: SecurityOrderInput[] = [];
    for (const record of generateUnits({ seed: 2025, year: YEAR, communes: 40_000 })) {
      const input = record as SecurityOrderInput;
      if (input.unit.kind === "commune") communes.push(input);
      else {
        rollup.addUnit(input);
        units.push(input);
      }
      if (units.length + communes.length >= UNITS && input.unit.kind === "commune") break;
    }
    const withStatuses = communes.map((c) => {
      const key = communeKeyOf(c.unit);
      return { ...c, coveredUnits: key === undefined ? [] : rollup.statusesOf(key) };
    });
    inputs = [...units, ...withStatuses];
  },
  comparisons: () => {
    const n = inputs.length;
    const run = (explain: boolean) => () => {
      for (let k = 0; k < n; k++) sink = compiled.evaluate(inputs[k] as SecurityOrderInput, { explain });
      return sink;
    };
    return [
      {
        title: `TT 124, ${n.toLocaleString("vi-VN")} đơn vị, bật giải thích (so với tắt giải thích)`,
        subject: { name: "@antq/rules, bật giải thích", run: run(true) },
        baseline: { name: "@antq/rules, tắt giải thích", run: run(false) },
        // Issue 13: explaining runs at ≥ 0.5× the speed of the lean path, measured in the same run.
        minSpeedup: 0.5,
        minItemsPerSecond: 200_000,
        itemsPerRun: n,
        iterations: 1,
      },
    ];
  },
};
