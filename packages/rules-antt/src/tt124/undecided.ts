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
import type { CoveredUnitStatus, SecurityOrderInput } from "./input.js";

/** The indices of the units under each commune's competence (its key: {@link communeKeyOf}), in input order. */
function unitsByCommune(inputs: readonly SecurityOrderInput[]): Map<string, number[]> {
  const unitsOf = new Map<string, number[]>();
  for (let i = 0; i < inputs.length; i++) {
    const unit = (inputs[i] as SecurityOrderInput).unit;
    // Stryker disable next-line ConditionalExpression: fast path; coveringCommuneOf gives undefined for a commune, skipped below
    if (unit.kind === "commune") continue;
    const key = coveringCommuneOf(unit);
    // Stryker disable next-line ConditionalExpression: a list kept under an undefined key is never read (dependsOn looks up defined keys only)
    if (key === undefined) continue;
    const list = unitsOf.get(key);
    if (list) list.push(i);
    else unitsOf.set(key, [i]);
  }
  return unitsOf;
}

/** The input a commune's roll-up changes (Điều 5 khoản 4 reads it). */
const COVERED_UNITS = ["coveredUnits"] as const;

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
  const unitsOf = unitsByCommune(inputs);
  const dependsOn = (i: number): readonly number[] => {
    const input = inputs[i] as SecurityOrderInput;
    // Stryker disable next-line ArrayDeclaration: indices that are no result add no option (own[j] reads as 0) and are not reassessed
    if (input.unit.kind !== "commune" || input.coveredUnits !== undefined) return [];
    const key = communeKeyOf(input.unit);
    // Stryker disable next-line ConditionalExpression: no list is kept under an undefined key, so the lookup gives [] too
    return key === undefined ? [] : (unitsOf.get(key) ?? []);
  };
  /** A commune's units' statuses as the roll-up gave them (built once per commune). */
  const statuses = new Map<number, readonly CoveredUnitStatus[]>();
  const statusesOf = (i: number): readonly CoveredUnitStatus[] => {
    let list = statuses.get(i);
    // Stryker disable next-line ConditionalExpression: a cache; building the statuses again gives the same list
    if (list === undefined) {
      list = dependsOn(i).map((j) =>
        coveredUnitStatus(inputs[j] as SecurityOrderInput, results[j] as EvaluationResult),
      );
      statuses.set(i, list);
    }
    return list;
  };
  return findUndecidedReadings(compiled, inputs, results, {
    ...options,
    dependsOn,
    // A commune with the statuses of its units, as the roll-up gives them, each unit's outcome under the
    // readings; only its criteria reading the units' statuses or a chosen option are decided again.
    reassess: (i, outcomeOf, readings) => {
      const input = inputs[i] as SecurityOrderInput;
      // Stryker disable next-line ConditionalExpression: another unit has no commune key, so it is redecided under the same readings below, the outcome outcomeOf gives
      if (input.unit.kind !== "commune") return outcomeOf(i);
      const previous = results[i] as EvaluationResult;
      const key = communeKeyOf(input.unit);
      // Stryker disable next-line ConditionalExpression,LogicalOperator: such a commune depends on no unit, so the call below redecides the same criteria under the readings, none of them reading coveredUnits
      if (input.coveredUnits !== undefined || key === undefined)
        return compiled.redecide(input, previous, { readings });
      const units = dependsOn(i);
      const before = statusesOf(i);
      let coveredUnits: CoveredUnitStatus[] | undefined;
      units.forEach((j, k) => {
        const status = before[k] as CoveredUnitStatus;
        const outcome = outcomeOf(j);
        // Stryker disable next-line ConditionalExpression: a copy of unchanged statuses decides the roll-up criterion again to the same outcome
        if (outcome === status.outcome) return;
        coveredUnits ??= [...before];
        coveredUnits[k] = { ...status, outcome };
      });
      if (coveredUnits === undefined)
        return compiled.redecide({ ...input, coveredUnits: before }, previous, { readings });
      return compiled.redecide({ ...input, coveredUnits }, previous, { readings, inputs: COVERED_UNITS });
    },
  });
}
