/**
 * Province-wide batch: evaluates units first, then each commune with the statuses of the units under its
 * competence (TT 124 Điều 5 khoản 4 computed from the units' own results).
 */
import type { CompiledRuleSet, EvaluateOptions, EvaluationResult } from "@antq/rules";
import type { CoveredUnitStatus, SecurityOrderInput } from "./input.js";

/**
 * The commune a unit belongs to for Điều 5 khoản 4, or `undefined` when it is not under a commune's
 * competence: khu dân cư always; cơ quan, doanh nghiệp, cơ sở giáo dục when managed by or delegated to the
 * commune (Điều 10 khoản 1).
 *
 * @example
 * coveringCommuneOf(kdc.unit); //=> "xa-my-loi"
 */
export function coveringCommuneOf(unit: SecurityOrderInput["unit"]): string | undefined {
  switch (unit.kind) {
    case "residential-area":
      return unit.location.communeId;
    case "agency":
    case "enterprise":
    case "education":
      return unit.managingLevel === "commune" || unit.recognitionDelegated === true
        ? unit.location.communeId
        : undefined;
    // Stryker disable next-line ConditionalExpression: the function returns undefined after the switch anyway
    default:
      return undefined;
  }
}

/**
 * The commune id a commune unit is known by (its administrative unit id, else its location's commune id).
 *
 * @example
 * communeKeyOf(commune.unit); //=> "xa-my-loi"
 */
export function communeKeyOf(unit: SecurityOrderInput["unit"]): string | undefined {
  if (unit.kind !== "commune") return undefined;
  return unit.adminUnitId ?? unit.location.communeId;
}

/**
 * The status of a unit from its own result: registered = registration recorded in `facts.quarterOne`.
 *
 * @example
 * coveredUnitStatus(input, compiled.evaluate(input)); //=> { unitId, kind, registered: true, outcome: "dat" }
 */
export function coveredUnitStatus(input: SecurityOrderInput, result: EvaluationResult): CoveredUnitStatus {
  return {
    unitId: input.unit.id,
    kind: input.unit.kind,
    registered: input.facts.quarterOne?.registration !== undefined,
    outcome: result.outcome,
  };
}

/**
 * A commune roll-up that can be fed unit by unit (streaming): {@link CommuneRollup.addUnit} evaluates a
 * non-commune unit and records its status for the commune whose competence it falls under;
 * {@link CommuneRollup.evaluateCommune} evaluates a commune with the statuses recorded so far (an input that
 * already carries `coveredUnits` keeps them). Only one small status per unit is kept, so a province of a million
 * units streams in bounded memory as long as communes come after their units.
 *
 * @example
 * const rollup = createCommuneRollup(compile(securityOrderRuleSet, { year: 2025 }));
 * for (const input of unitsOfTheCommune) rollup.addUnit(input);
 * rollup.evaluateCommune(commune).outcome; //=> "dat"
 */
export interface CommuneRollup {
  /** Evaluates a khu dân cư, cơ quan, doanh nghiệp or cơ sở giáo dục and records its status. */
  addUnit(input: SecurityOrderInput, options?: EvaluateOptions): EvaluationResult;
  /** Evaluates a commune (Điều 5) with the statuses of the units recorded for it. */
  evaluateCommune(input: SecurityOrderInput, options?: EvaluateOptions): EvaluationResult;
  /** The statuses recorded for a commune key (see {@link communeKeyOf}), in the order they were added. */
  statusesOf(communeKey: string): readonly CoveredUnitStatus[];
  /**
   * Every commune key with its recorded statuses, in the order the keys were first seen: what a part of a
   * province streamed in parallel (one roll-up per part) hands over, so that each commune is evaluated once
   * with the statuses of every part as its `coveredUnits`.
   *
   * @example
   * const covered = parts.flatMap((part) => part.recordedStatuses().get("xa-my-loi") ?? []);
   * rollup.evaluateCommune({ ...commune, coveredUnits: covered });
   */
  recordedStatuses(): ReadonlyMap<string, readonly CoveredUnitStatus[]>;
}

/**
 * Creates a {@link CommuneRollup}; `options` are the default evaluation options of every call.
 *
 * @example
 * const rollup = createCommuneRollup(compiled, { explain: false });
 */
export function createCommuneRollup(
  compiled: CompiledRuleSet<SecurityOrderInput>,
  options?: EvaluateOptions,
): CommuneRollup {
  const byCommune = new Map<string, CoveredUnitStatus[]>();
  return {
    addUnit(input, callOptions = options) {
      const result = compiled.evaluate(input, callOptions);
      const key = coveringCommuneOf(input.unit);
      if (key !== undefined) {
        let list = byCommune.get(key);
        if (!list) {
          list = [];
          byCommune.set(key, list);
        }
        list.push(coveredUnitStatus(input, result));
      }
      return result;
    },
    evaluateCommune(input, callOptions = options) {
      const key = communeKeyOf(input.unit);
      const covered = input.coveredUnits ?? (key === undefined ? undefined : (byCommune.get(key) ?? []));
      return compiled.evaluate(
        // Stryker disable next-line ConditionalExpression: an undefined coveredUnits reads as absent
        covered === undefined ? input : { ...input, coveredUnits: covered },
        callOptions,
      );
    },
    statusesOf: (communeKey) => byCommune.get(communeKey) ?? [],
    recordedStatuses: () => byCommune,
  };
}

/**
 * Evaluates a whole province: non-commune units first, then communes with `coveredUnits` filled from those
 * results (inputs that already carry `coveredUnits` keep them). Results are in input order.
 *
 * @example
 * const results = evaluateWithCommunes(compile(securityOrderRuleSet, { year: 2025 }), inputs);
 */
export function evaluateWithCommunes(
  compiled: CompiledRuleSet<SecurityOrderInput>,
  inputs: readonly SecurityOrderInput[],
  options?: EvaluateOptions,
): EvaluationResult[] {
  const rollup = createCommuneRollup(compiled, options);
  // Stryker disable next-line ArrayDeclaration: presized; an empty array grows to the same contents
  const results = new Array<EvaluationResult>(inputs.length);
  inputs.forEach((input, i) => {
    // Stryker disable next-line ConditionalExpression: a commune is not recorded for any commune, and the second pass evaluates it again
    if (input.unit.kind !== "commune") results[i] = rollup.addUnit(input);
  });
  inputs.forEach((input, i) => {
    // Stryker disable next-line ConditionalExpression: a unit without coveredUnits and no commune key is evaluated as addUnit did
    if (input.unit.kind === "commune") results[i] = rollup.evaluateCommune(input);
  });
  return results;
}
