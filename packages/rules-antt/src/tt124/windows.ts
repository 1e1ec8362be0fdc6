/**
 * Evaluation windows (TT 124 Điều 8 khoản 2; TT 23 Điều 9 khoản 2): which dates count for which evaluation
 * year. One incident can fall in different years for a khu dân cư and its commune.
 */
import { type AssessedUnitKind, CalendarDateSchema } from "@antq/domain";
import type { LegalBasis } from "@antq/rules";
import { dateForYear, parameterValueAt, type RuleSet } from "@antq/rules";
import { windowFromTable } from "../internal/facts.js";
import type { SecurityOrderInput } from "./input.js";
import { EVALUATION_WINDOWS, type WindowTable } from "./parameters.js";
import { securityOrderRuleSet } from "./rule-set.js";

/**
 * An evaluation window with its basis; `review` when the dates are not known from the text.
 *
 * @example
 * const w: EvaluationWindow = { from: "2024-11-01", to: "2025-10-31", basis };
 */
export interface EvaluationWindow {
  readonly from: string;
  readonly to: string;
  readonly basis: LegalBasis;
  readonly review?: string;
}

/**
 * The window of an evaluation year for a unit kind, or `null` when not known (TT 23 schools).
 *
 * @example
 * evaluationWindow("residential-area", 2025); //=> { from: "2024-11-01", to: "2025-10-31", basis: … }
 * evaluationWindow("commune", 2024); //=> { from: "2023-11-16", to: "2024-11-15", basis: … }
 */
export function evaluationWindow(
  kind: AssessedUnitKind,
  year: number,
  ruleSet: RuleSet<SecurityOrderInput> = securityOrderRuleSet,
): EvaluationWindow | null {
  const parameter = ruleSet.parameters.find((p) => p.id === EVALUATION_WINDOWS.id);
  if (!parameter) throw new RangeError(`Bộ quy tắc ${ruleSet.id} không có tham số ${EVALUATION_WINDOWS.id}.`);
  const v = parameterValueAt(parameter, dateForYear(ruleSet, year));
  if (!v) return null;
  const w = windowFromTable(v.value as WindowTable, kind, year);
  if (w === null) return null;
  return { from: w[0], to: w[1], basis: v.basis, ...(v.review === undefined ? {} : { review: v.review }) };
}

/**
 * The evaluation years whose window contains `date` for a unit kind (usually one; two where TT 23 and TT 124
 * windows overlap around the change-over, or on TT 23's shared end days).
 *
 * @example
 * evaluationYearsOf("residential-area", "2024-11-10"); //=> [2025]
 * evaluationYearsOf("commune", "2024-11-10"); //=> [2024]
 */
export function evaluationYearsOf(
  kind: AssessedUnitKind,
  date: string,
  ruleSet: RuleSet<SecurityOrderInput> = securityOrderRuleSet,
): number[] {
  if (!CalendarDateSchema.safeParse(date).success) {
    throw new RangeError(
      `evaluationYearsOf: date phải là ngày dạng YYYY-MM-DD, nhận được ${JSON.stringify(date)}.`,
    );
  }
  const y = Number(date.slice(0, 4));
  const years: number[] = [];
  for (const year of [y, y + 1]) {
    const w = evaluationWindow(kind, year, ruleSet);
    if (w && w.from <= date && date <= w.to) years.push(year);
  }
  return years;
}
