/**
 * The input of the "An toàn về ANTT" rule set: an assessed unit (from @antq/domain), its facts for the
 * evaluation year and, for a commune, the status of the units under its competence.
 */
import type { AnnualFacts, AssessedUnit, AssessedUnitKind } from "@antq/domain";
import type { Outcome } from "@antq/rules";

/**
 * The status of one unit under a commune's competence, for TT 124 Điều 5 khoản 4: whether it registered
 * and its own overall result for the same evaluation year.
 *
 * @example
 * const s: CoveredUnitStatus = { unitId: "kdc-ap-my-loi", kind: "residential-area", registered: true, outcome: "dat" };
 */
export interface CoveredUnitStatus {
  readonly unitId: string;
  readonly kind: AssessedUnitKind;
  readonly registered: boolean;
  /** The unit's overall outcome; "không áp dụng" (out of scope) units are left out of the ratio. */
  readonly outcome: Outcome;
}

/**
 * One unit to evaluate: the unit, its facts for the year, and (communes) the covered units' statuses.
 * Without `coveredUnits`, a commune's Điều 5 khoản 4 falls back to the counts in `facts.coveredUnits`.
 *
 * @example
 * const input: SecurityOrderInput = { unit, facts };
 */
export interface SecurityOrderInput {
  readonly unit: AssessedUnit;
  readonly facts: AnnualFacts;
  readonly coveredUnits?: readonly CoveredUnitStatus[];
}
