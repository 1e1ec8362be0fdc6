/**
 * Evaluation results: per criterion the outcome, code and (with explanations on) the Vietnamese reason
 * citing the article, the facts used, the rule version and the package that supplied it; for the whole
 * result the rule-set id and hash, the date and the packages, so that any result can be replayed.
 */

import type { LegalBasis } from "./legal-basis.js";
import type { Outcome } from "./outcome.js";
import type { PackageRef } from "./package-ref.js";
import type { FactLabel } from "./rule.js";

/**
 * An interpretation option as used by a criterion, in Vietnamese: the option's label and the label of the
 * choice in force (`null` = undecided).
 *
 * @example
 * const l: ReadingLabel = { label: "Cách hiểu Điều 6 khoản 3 điểm h", choice: "Bị xử phạt VPHC về ANTT, hoặc mắc TNXH và bị kỷ luật từ cảnh cáo" };
 */
export interface ReadingLabel {
  readonly label: string;
  readonly choice: string | null;
}

/**
 * The result of one criterion (rule). With explanations off only `id`, `outcome`, `code` (and `value`) are set.
 *
 * @example
 * const c: CriterionResult = { id: "tt124.d4.k1", outcome: "chua_dat", code: "HO_CHUA_DANG_KY_DU" };
 */
export interface CriterionResult {
  readonly id: string;
  readonly outcome: Outcome;
  /** The finding code returned by the rule (stable, machine-readable). */
  readonly code: string;
  readonly value?: number | undefined;
  readonly role?: "gate" | "criterion" | "info" | undefined;
  readonly label?: string | undefined;
  readonly outcomeLabel?: string | undefined;
  /** Vietnamese reason, ending with the citation ("Căn cứ: …"). */
  readonly reason?: string | undefined;
  readonly basis?: readonly LegalBasis[] | undefined;
  readonly citation?: string | undefined;
  readonly facts?: Readonly<Record<string, unknown>> | undefined;
  /** How the facts are shown to an officer (labels, labels of coded values), from the rule version. */
  readonly factLabels?: Readonly<Record<string, FactLabel>> | undefined;
  /** The rule version applied. */
  readonly version?: { readonly from: string; readonly to?: string } | undefined;
  /** The package that supplied the version applied. */
  readonly source?: PackageRef | undefined;
  /** The readings of interpretation options this version used (choice or `null` = undecided). */
  readonly readings?: Readonly<Record<string, string | null>> | undefined;
  /** The same readings as an officer reads them: the option's label and the chosen choice's label. */
  readonly readingLabels?: Readonly<Record<string, ReadingLabel>> | undefined;
  /** Why the outcome was turned into "cần xem xét" by a parameter value whose text is not known. */
  readonly review?: string | undefined;
}

/**
 * The result of evaluating one unit.
 *
 * @example
 * const r: EvaluationResult = compiled.evaluate(unit, { explain: true });
 * r.outcome; //=> "dat"
 */
export interface EvaluationResult {
  readonly ruleSet: string;
  /** Hash of the resolved rule set (rules, versions, parameters, readings, packages). */
  readonly hash: string;
  readonly asOf: string;
  readonly year?: number | undefined;
  readonly subject?: string | undefined;
  readonly kind: string;
  readonly outcome: Outcome;
  readonly criteria: readonly CriterionResult[];
  /** The packages whose rules the result used: the rule set's package, then overlays. */
  readonly packages: readonly PackageRef[];
  readonly outcomeLabel?: string;
  readonly kindLabel?: string | undefined;
  /** One-sentence Vietnamese summary (explanations on). */
  readonly summary?: string | undefined;
  /** All readings in force for this call and who set them (explanations on). */
  readonly readings?:
    | Readonly<Record<string, { readonly choice: string | null; readonly source: string }>>
    | undefined;
}
