/**
 * Free-function forms of evaluation (for pipelines and `Array.prototype.map`).
 */
import type { CompiledRuleSet, EvaluateOptions } from "./compile.js";
import type { Outcome } from "./outcome.js";
import type { EvaluationResult } from "./result.js";

/**
 * Evaluates one unit with a compiled rule set; synchronous and pure.
 *
 * @example
 * const result = evaluate(compiled, unit, { explain: true });
 * result.outcome; //=> "dat"
 */
export function evaluate<I>(
  compiled: CompiledRuleSet<I>,
  input: I,
  options?: EvaluateOptions,
): EvaluationResult {
  return compiled.evaluate(input, options);
}

/**
 * Evaluates many units (batch); results are in input order.
 *
 * @example
 * const results = evaluateMany(compiled, units);
 * results.filter((r) => r.outcome === "dat").length;
 */
export function evaluateMany<I>(
  compiled: CompiledRuleSet<I>,
  inputs: readonly I[],
  options?: EvaluateOptions,
): EvaluationResult[] {
  return compiled.evaluateMany(inputs, options);
}

/**
 * Counts outcomes over a batch (fast path: no per-criterion results).
 *
 * @example
 * countOutcomes(compiled, units); //=> { dat: 1, chua_dat: 1, khong_ap_dung: 0, can_xem_xet: 0 }
 */
export function countOutcomes<I>(
  compiled: CompiledRuleSet<I>,
  inputs: readonly I[],
): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { dat: 0, chua_dat: 0, khong_ap_dung: 0, can_xem_xet: 0 };
  for (const input of inputs) counts[compiled.outcomeOf(input)]++;
  return counts;
}
