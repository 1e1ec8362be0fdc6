/**
 * Province-wide batch: evaluates units first, then each commune with the statuses of the units under its
 * competence (TT 124 Điều 5 khoản 4 computed from the units' own results).
 */
import type { CompiledRuleSet, EvaluateOptions } from "../compile.js";
import type { EvaluationResult } from "../result.js";
import type { AntoanInput, CoveredUnitStatus } from "./input.js";

/**
 * The commune a unit belongs to for Điều 5 khoản 4, or `undefined` when it is not under a commune's
 * competence: khu dân cư always; cơ quan, doanh nghiệp, cơ sở giáo dục when managed by or delegated to the
 * commune (Điều 10 khoản 1).
 *
 * @example
 * coveringCommuneOf(kdc.unit); //=> "xa-my-loi"
 */
export function coveringCommuneOf(unit: AntoanInput["unit"]): string | undefined {
  switch (unit.kind) {
    case "residential-area":
      return unit.location.communeId;
    case "agency":
    case "enterprise":
    case "education":
      return unit.managingLevel === "commune" || unit.recognitionDelegated === true
        ? unit.location.communeId
        : undefined;
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
export function communeKeyOf(unit: AntoanInput["unit"]): string | undefined {
  if (unit.kind !== "commune") return undefined;
  return unit.adminUnitId ?? unit.location.communeId;
}

/**
 * The status of a unit from its own result: registered = registration recorded in `facts.quarterOne`.
 *
 * @example
 * coveredUnitStatus(input, compiled.evaluate(input)); //=> { unitId, kind, registered: true, outcome: "dat" }
 */
export function coveredUnitStatus(input: AntoanInput, result: EvaluationResult): CoveredUnitStatus {
  return {
    unitId: input.unit.id,
    kind: input.unit.kind,
    registered: input.facts.quarterOne?.registration !== undefined,
    outcome: result.outcome,
  };
}

/**
 * Evaluates a whole province: non-commune units first, then communes with `coveredUnits` filled from those
 * results (inputs that already carry `coveredUnits` keep them). Results are in input order.
 *
 * @example
 * const results = evaluateWithCommunes(compile(antoanAnttRuleSet, { year: 2025 }), inputs);
 */
export function evaluateWithCommunes(
  compiled: CompiledRuleSet<AntoanInput>,
  inputs: readonly AntoanInput[],
  options?: EvaluateOptions,
): EvaluationResult[] {
  const results = new Array<EvaluationResult>(inputs.length);
  const byCommune = new Map<string, CoveredUnitStatus[]>();
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i] as AntoanInput;
    if (input.unit.kind === "commune") continue;
    const r = compiled.evaluate(input, options);
    results[i] = r;
    const key = coveringCommuneOf(input.unit);
    if (key === undefined) continue;
    let list = byCommune.get(key);
    if (!list) {
      list = [];
      byCommune.set(key, list);
    }
    list.push(coveredUnitStatus(input, r));
  }
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i] as AntoanInput;
    if (input.unit.kind !== "commune") continue;
    const key = communeKeyOf(input.unit);
    const covered = input.coveredUnits ?? (key === undefined ? undefined : (byCommune.get(key) ?? []));
    results[i] = compiled.evaluate(
      covered === undefined ? input : { ...input, coveredUnits: covered },
      options,
    );
  }
  return results;
}
