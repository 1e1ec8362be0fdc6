/**
 * The undecided-readings report of a province assessed with the commune roll-up: @antq/rules'
 * `findUndecidedReadings`, told that a commune's result depends on the units under its competence, so that a
 * commune left "cần xem xét" only by such units (Điều 5 khoản 4) is assessed again with them.
 */
import {
  type CompiledRuleSet,
  type EvaluationResult,
  findUndecidedReadings,
  type UndecidedReadingsReport,
} from "@antq/rules";
import { communeKeyOf, coveredUnitStatus, coveringCommuneOf } from "./communes.js";
import type { SecurityOrderInput } from "./input.js";

/**
 * Which "cần xem xét" results of a province (`results` of `inputs`, in the same order, as
 * `evaluateWithCommunes` gives them) a choice of the undecided interpretation options decides, and which option
 * decides them. A unit is assessed again only when its open criteria read an undecided option; a commune also
 * when such units fall under its competence, with those units assessed again under the same readings (a
 * commune whose input carries its own `coveredUnits` keeps them).
 *
 * @example
 * const results = evaluateWithCommunes(compiled, inputs);
 * findUndecidedWithCommunes(compiled, inputs, results).results; //=> 0
 */
export function findUndecidedWithCommunes(
  compiled: CompiledRuleSet<SecurityOrderInput>,
  inputs: readonly SecurityOrderInput[],
  results: readonly EvaluationResult[],
  options: { readonly maxCombinations?: number } = {},
): UndecidedReadingsReport {
  const unitsOf = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    if (input.unit.kind === "commune") return;
    const key = coveringCommuneOf(input.unit);
    if (key === undefined) return;
    const list = unitsOf.get(key);
    if (list) list.push(i);
    else unitsOf.set(key, [i]);
  });
  const dependsOn = (i: number): readonly number[] => {
    const input = inputs[i] as SecurityOrderInput;
    if (input.unit.kind !== "commune" || input.coveredUnits !== undefined) return [];
    const key = communeKeyOf(input.unit);
    return key === undefined ? [] : (unitsOf.get(key) ?? []);
  };
  return findUndecidedReadings(compiled, inputs, results, {
    ...options,
    dependsOn,
    // A commune with the statuses of its units, as the roll-up gives them, each unit's outcome under the readings.
    reassess: (i, outcomeOf, readings) => {
      const input = inputs[i] as SecurityOrderInput;
      if (input.unit.kind !== "commune") return outcomeOf(i);
      const key = communeKeyOf(input.unit);
      if (input.coveredUnits !== undefined || key === undefined)
        return compiled.outcomeOf(input, { readings });
      const coveredUnits = dependsOn(i).map((j) => ({
        ...coveredUnitStatus(inputs[j] as SecurityOrderInput, results[j] as EvaluationResult),
        outcome: outcomeOf(j),
      }));
      return compiled.outcomeOf({ ...input, coveredUnits }, { readings });
    },
  });
}
