/**
 * The explaining collector's criterion result: the machine fields are set at once, the Vietnamese reason and the
 * facts used are built on first read (by `renderExplanation`, `JSON.stringify` or the caller), never per unit
 * during evaluation, so that explaining a national batch costs little more than evaluating it.
 */
import type { LegalBasis } from "../legal-basis.js";
import { OUTCOME_LABELS, type Outcome } from "../outcome.js";
import type { PackageRef } from "../package-ref.js";
import type { CriterionResult, ReadingLabel } from "../result.js";
import type { FactLabel, Finding, RuleContext, RuleRole } from "../rule.js";

/** What the explaining collector needs of a compiled rule (the compiler's entry). */
export interface ExplainedRule<I> {
  readonly id: string;
  readonly role: RuleRole;
  readonly label: string;
  readonly bases: readonly LegalBasis[];
  readonly citation: string;
  readonly review: string | undefined;
  readonly versionRange: { readonly from: string; readonly to?: string };
  readonly source: PackageRef | undefined;
  readonly factLabels: Readonly<Record<string, FactLabel>> | undefined;
  readonly facts: ((input: I, ctx: RuleContext) => Readonly<Record<string, unknown>>) | undefined;
}

/** A finding as compiled: its static reason (citation included) when its message is a string. */
export interface ExplainedFinding<I> {
  readonly finding: Finding<I>;
  readonly reason: string | undefined;
}

const EMPTY_FACTS: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The reason of a finding: its message without the final full stop, then "Căn cứ: <citation>." and, for a
 * parameter value flagged for review, why the result is "cần xem xét".
 */
export function reasonText(message: string, citation: string, review: string | undefined): string {
  let m = message;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the endsWith checks already stop on an empty message
  while (m.length > 0 && (m.endsWith(".") || m.endsWith(" "))) m = m.slice(0, -1);
  let reason = `${m}. Căn cứ: ${citation}.`;
  if (review !== undefined)
    reason += ` Cần xem xét vì giá trị tham số chưa xác định được văn bản (${review}).`;
  return reason;
}

/** A criterion result with explanations; `reason` and `facts` are computed once, when first read. */
export class ExplainedCriterion<I> implements CriterionResult {
  readonly id: string;
  readonly outcome: Outcome;
  readonly code: string;
  readonly role: RuleRole;
  readonly label: string;
  readonly outcomeLabel: string;
  readonly basis: readonly LegalBasis[];
  readonly citation: string;
  readonly factLabels: Readonly<Record<string, FactLabel>> | undefined;
  readonly version: { readonly from: string; readonly to?: string };
  readonly source: PackageRef | undefined;
  readonly readings: Readonly<Record<string, string | null>>;
  readonly readingLabels: Readonly<Record<string, ReadingLabel>>;
  readonly review: string | undefined;
  readonly value: number | undefined;
  readonly #rule: ExplainedRule<I>;
  readonly #finding: ExplainedFinding<I>;
  readonly #input: I;
  readonly #ctx: RuleContext;
  #reason: string | undefined;
  #facts: Readonly<Record<string, unknown>> | undefined;

  constructor(
    rule: ExplainedRule<I>,
    finding: ExplainedFinding<I>,
    code: string,
    outcome: Outcome,
    input: I,
    ctx: RuleContext,
    readings: Readonly<Record<string, string | null>>,
    readingLabels: Readonly<Record<string, ReadingLabel>>,
    review: string | undefined,
    value: number | undefined,
  ) {
    this.id = rule.id;
    this.outcome = outcome;
    this.code = code;
    this.role = rule.role;
    this.label = rule.label;
    this.outcomeLabel = OUTCOME_LABELS[outcome];
    this.basis = rule.bases;
    this.citation = rule.citation;
    this.factLabels = rule.factLabels;
    this.version = rule.versionRange;
    this.source = rule.source;
    this.readings = readings;
    this.readingLabels = readingLabels;
    this.review = review;
    this.value = value;
    this.#rule = rule;
    this.#finding = finding;
    this.#input = input;
    this.#ctx = ctx;
    this.#reason = finding.reason;
  }

  /** Vietnamese reason, ending with the citation ("Căn cứ: …"). */
  get reason(): string {
    if (this.#reason === undefined) {
      const message = this.#finding.finding.message as (input: I, ctx: RuleContext) => string;
      this.#reason = reasonText(message(this.#input, this.#ctx), this.#rule.citation, this.review);
    }
    return this.#reason;
  }

  /** The facts the rule version used. */
  get facts(): Readonly<Record<string, unknown>> {
    if (this.#facts === undefined) {
      const facts = this.#rule.facts;
      this.#facts = facts === undefined ? EMPTY_FACTS : facts(this.#input, this.#ctx);
    }
    return this.#facts;
  }

  /** The plain criterion result (what `JSON.stringify` writes), reason and facts included. */
  toJSON(): CriterionResult {
    return {
      id: this.id,
      outcome: this.outcome,
      code: this.code,
      role: this.role,
      label: this.label,
      outcomeLabel: this.outcomeLabel,
      reason: this.reason,
      basis: this.basis,
      citation: this.citation,
      facts: this.facts,
      factLabels: this.factLabels,
      version: this.version,
      source: this.source,
      readings: this.readings,
      readingLabels: this.readingLabels,
      review: this.review,
      value: this.value,
    };
  }
}
