/**
 * A rule set: the rules, parameters and interpretation options of one standard for a family of unit kinds,
 * generic over the input type `I`, published by one package.
 */
import { assertId } from "./internal/ids.js";
import { stampParameter, stampRule } from "./internal/stamp.js";
import type { Interpretation } from "./interpretation.js";
import type { LegalBasis } from "./legal-basis.js";
import type { Outcome } from "./outcome.js";
import type { PackageRef } from "./package-ref.js";
import type { Parameter } from "./parameter.js";
import type { Rule } from "./rule.js";

/**
 * A kind of assessed unit (khu dân cư, xã, cơ quan …) with its Vietnamese label.
 *
 * @example
 * const kdc: UnitKind = { id: "khu_dan_cu", label: "Khu dân cư" };
 */
export interface UnitKind {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

/**
 * What an overlay applied to a rule set is recorded as.
 *
 * @example
 * const ref: AppliedOverlay = { id: "vi-du", label: "Ví dụ", package: { name: "x", version: "1.0.0" }, basis: [], from: "2024-01-01" };
 */
export interface AppliedOverlay {
  readonly id: string;
  readonly label: string;
  readonly package: PackageRef;
  readonly basis: readonly LegalBasis[];
  readonly from: string;
  readonly to?: string;
}

/**
 * A rule set.
 *
 * @example
 * const set: RuleSet<Unit> = defineRuleSet<Unit>({ id: "demo", label: "Ví dụ", package: RULES_PACKAGE, kinds, kindOf: (u) => u.kind, rules: [] });
 */
export interface RuleSet<I> {
  readonly type: "rule-set";
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly package: PackageRef;
  readonly basis: readonly LegalBasis[];
  readonly kinds: readonly UnitKind[];
  /** The kind id of an input; an unknown kind makes the result "không áp dụng". */
  readonly kindOf: (input: I) => string;
  /** An identifier of the input for results (e.g. the unit code). */
  readonly idOf?: (input: I) => string | undefined;
  /** The input's name as an officer knows it (e.g. "Ấp Mỹ Lợi"), for explanations. */
  readonly nameOf?: (input: I) => string | undefined;
  readonly rules: readonly Rule<I>[];
  readonly parameters: readonly Parameter[];
  readonly interpretations: readonly Interpretation[];
  /** The date a rule set is resolved on for an evaluation year; default `${year}-12-31`. */
  readonly dateForYear?: (year: number) => string;
  /** Aggregates criterion outcomes; default `allMustPass`. */
  readonly aggregate?: (outcomes: readonly Outcome[]) => Outcome;
  /** Overlays applied, in order (set by `composeRuleSet`). */
  readonly overlays: readonly AppliedOverlay[];
}

/**
 * Input of {@link defineRuleSet}.
 *
 * @example
 * const def: RuleSetDefinition<Unit> = { id: "vi-du", label: "Ví dụ", package: pkg, kinds, kindOf: (u) => u.kind, rules: [] };
 */
export interface RuleSetDefinition<I> {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly package: PackageRef;
  readonly basis?: readonly LegalBasis[];
  readonly kinds: readonly UnitKind[];
  /** The kind id of an input; omit for a configuration-only set (every input is then "không áp dụng"). */
  readonly kindOf?: (input: I) => string;
  readonly idOf?: (input: I) => string | undefined;
  readonly nameOf?: (input: I) => string | undefined;
  /** The rules; omit for a configuration-only set (see {@link defineParameterSet}). */
  readonly rules?: readonly Rule<I>[];
  readonly parameters?: readonly Parameter[];
  readonly interpretations?: readonly Interpretation[];
  readonly dateForYear?: (year: number) => string;
  readonly aggregate?: (outcomes: readonly Outcome[]) => Outcome;
}

/**
 * Defines a rule set and stamps every rule, version, parameter value and interpretation option without a
 * `source` with the rule set's package (provenance).
 *
 * @example
 * const set = defineRuleSet<Unit>({
 *   id: "vi-du",
 *   label: "Bộ quy tắc ví dụ",
 *   package: { name: "@antq/rules", version: "0.1.0" },
 *   kinds: [{ id: "khu_dan_cu", label: "Khu dân cư" }],
 *   kindOf: (u) => u.kind,
 *   rules: [dangKy],
 * });
 */
export function defineRuleSet<I>(definition: RuleSetDefinition<I>): RuleSet<I> {
  assertId(definition.id, "id của bộ quy tắc");
  const pkg = definition.package;
  const set: RuleSet<I> = {
    ...definition,
    type: "rule-set",
    basis: definition.basis ?? [],
    kindOf: definition.kindOf ?? noKind,
    rules: (definition.rules ?? []).map((r) => stampRule(r, pkg)),
    parameters: (definition.parameters ?? []).map((p) => stampParameter(p, pkg)),
    interpretations: (definition.interpretations ?? []).map((i) => (i.source ? i : { ...i, source: pkg })),
    overlays: [],
  };
  return Object.freeze(set);
}

/** The kind of every input of a configuration-only set: none, so evaluation gives "không áp dụng". */
function noKind(): string {
  return "";
}

/**
 * Input of {@link defineParameterSet}: a rule set definition without rules or input functions.
 *
 * @example
 * const def: ParameterSetDefinition = { id: "vi-du.cau-hinh", label: "Cấu hình ví dụ", package: pkg, kinds, parameters: [nguong] };
 */
export type ParameterSetDefinition = Omit<
  RuleSetDefinition<unknown>,
  "kindOf" | "idOf" | "nameOf" | "rules" | "aggregate"
>;

/**
 * Defines a configuration-only rule set: dated parameters and interpretation options with their legal basis,
 * no rules. It composes with overlays, validates, compiles and hashes like any rule set (`compile(...).parameter`
 * reads the values in force); evaluating an input gives "không áp dụng". `I` is the input type of the overlays
 * it is meant to compose with.
 *
 * @example
 * const config = defineParameterSet<ScoreSheet>({
 *   id: "vi-du.qd510",
 *   label: "Cấu hình ví dụ phân loại phong trào",
 *   package: { name: "@antq/criteria", version: "0.1.0" },
 *   kinds: [{ id: "commune", label: "Cấp xã" }],
 *   parameters: [bangDiemCapXa],
 * });
 * compile(config, { asOf: "2024-11-30" }).parameter(bangDiemCapXa)?.value;
 */
export function defineParameterSet<I = unknown>(definition: ParameterSetDefinition): RuleSet<I> {
  return defineRuleSet<I>(definition);
}

/**
 * The evaluation date of a rule set for an evaluation year.
 *
 * @example
 * dateForYear(set, 2025); //=> "2025-12-31" unless the set defines `dateForYear`
 */
export function dateForYear(ruleSet: Pick<RuleSet<unknown>, "dateForYear">, year: number): string {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new RangeError(`Năm đánh giá không hợp lệ: ${String(year)}.`);
  }
  return ruleSet.dateForYear ? ruleSet.dateForYear(year) : `${year}-12-31`;
}
