/**
 * Rules (criteria) with dated versions. A version decides a machine `code`; each code maps to an outcome and
 * a Vietnamese message (a "finding"). Deciding is separate from explaining, so evaluation with explanations off
 * allocates no strings.
 */
import { assertIsoDate } from "./internal/date.js";
import { assertId } from "./internal/ids.js";
import { parameterIdsOf } from "./internal/parameter-ids.js";
import type { LegalBasis } from "./legal-basis.js";
import type { Outcome } from "./outcome.js";
import type { PackageRef } from "./package-ref.js";
import type { Parameter } from "./parameter.js";

/**
 * What a rule sees while deciding: the date, parameters and readings in force, and the outcomes of the rules
 * it depends on.
 *
 * @example
 * const decide = (u: Unit, ctx: RuleContext) => (u.ratio * 100 >= ctx.param(NGUONG) ? "DAT" : "CHUA_DAT");
 */
export interface RuleContext {
  /** The date the rule set was resolved for (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** The evaluation year, when the rule set was resolved for one. */
  readonly year: number | undefined;
  /**
   * The value in force of a parameter (declared in the version's `parameters`), typed by the parameter (and so
   * by its zod schema); throws a `RangeError` when it has no value on the date.
   */
  param<T>(parameter: Parameter<T>): T;
  /** The chosen reading of an interpretation option, or `null` when undecided. */
  reading(id: string): string | null;
  /** The outcome of a rule evaluated earlier for the same input (declared in `dependsOn`). */
  outcome(ruleId: string): Outcome | undefined;
}

/**
 * A possible finding of a rule version: its outcome and the Vietnamese message explaining it.
 * The engine appends the citation of the version's basis to the message.
 *
 * @example
 * const f: Finding<Kdc> = { outcome: "chua_dat", message: (u) => `Mới có ${u.registered}/${u.total} hộ đăng ký` };
 */
export interface Finding<I> {
  readonly outcome: Outcome;
  readonly message: string | ((input: I, ctx: RuleContext) => string);
}

/**
 * How a fact is shown to an officer in an explanation: its Vietnamese label and, for coded values, the Vietnamese
 * label of each code. The facts themselves stay machine values in the JSON results.
 *
 * @example
 * const kind: FactLabel = { label: "Loại đơn vị", values: { "residential-area": "Khu dân cư" } };
 */
export interface FactLabel {
  readonly label: string;
  readonly values?: Readonly<Record<string, string>>;
}

/**
 * One dated version of a rule. `from`/`to` are inclusive; `to` absent = in force until replaced.
 *
 * @example
 * const v: RuleVersion<Kdc> = {
 *   from: "2022-02-10",
 *   basis: cite("124/2021/TT-BCA", { article: 4, clause: 1 }),
 *   findings: { DAT: { outcome: "dat", message: "100% hộ đăng ký" }, THIEU: { outcome: "chua_dat", message: "Chưa đủ 100% hộ" } },
 *   decide: (u) => (u.registered === u.total ? "DAT" : "THIEU"),
 * };
 */
export interface RuleVersion<I, F extends string = string> {
  readonly from: string;
  readonly to?: string;
  readonly basis: LegalBasis | readonly LegalBasis[];
  /** Overrides the rule's label for this version. */
  readonly label?: string;
  readonly note?: string;
  /** Parameters read through `ctx.param` (objects or ids; stored as ids by {@link defineRule}). */
  readonly parameters?: readonly (string | Pick<Parameter, "id">)[];
  /** Interpretation option ids read through `ctx.reading`. */
  readonly interpretations?: readonly string[];
  /** Rule ids read through `ctx.outcome`; evaluated first. */
  readonly dependsOn?: readonly string[];
  /** Documented input facts (paths), for metadata only. */
  readonly inputs?: readonly string[];
  /** Machine code → finding. */
  readonly findings: Readonly<Record<F, Finding<I>>>;
  /** Pure, synchronous decision: returns a key of `findings` (checked by the compiler when `F` is inferred). */
  readonly decide: (input: I, ctx: RuleContext) => NoInfer<F>;
  /** The facts used, for explanations (called only when explaining). */
  readonly facts?: (input: I, ctx: RuleContext) => Readonly<Record<string, unknown>>;
  /** Labels of the facts (and of the keys inside object facts), for the printed explanation. */
  readonly factLabels?: Readonly<Record<string, FactLabel>>;
  /** Optional numeric value (e.g. points for a rubric), always computed. */
  readonly value?: (input: I, ctx: RuleContext, code: NoInfer<F>) => number;
  /** Marks a period in which the rule is switched off (set by overlays). */
  readonly disabled?: boolean;
  /** Set by composition: the package that supplied this version. */
  readonly source?: PackageRef;
}

/**
 * The role of a rule: a `gate` (scope test) is evaluated first and, if not "đạt", decides the whole result;
 * a `criterion` counts towards the aggregate; an `info` rule is reported but does not count.
 *
 * @example
 * const role: RuleRole = "gate";
 */
export type RuleRole = "gate" | "criterion" | "info";

/**
 * A rule with dated versions.
 *
 * @example
 * const r: Rule<Kdc> = defineRule<Kdc>({ id: "tt124.d4.k1", label: "Đăng ký", kinds: ["khu_dan_cu"], versions: [v] });
 */
export interface Rule<I> {
  readonly type: "rule";
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly role: RuleRole;
  /** Unit kinds the rule applies to; absent = all kinds of the rule set. */
  readonly kinds?: readonly string[];
  readonly versions: readonly RuleVersion<I>[];
  /** Set by composition: the package that declared the rule. */
  readonly source?: PackageRef;
}

/**
 * Input of {@link defineRule}.
 *
 * @example
 * const def: RuleDefinition<Unit> = { id: "vi-du.k1", label: "Tiêu chí ví dụ", versions: [v] };
 */
export interface RuleDefinition<I, F extends string = string> {
  /** A string literal in the source (`"tt124.d4.k4.a"`), so that searching the code for a printed id finds it. */
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly role?: RuleRole;
  readonly kinds?: readonly string[];
  readonly versions: readonly RuleVersion<I, F>[];
}

/**
 * Defines a rule; throws on malformed ids or dates, or a version without findings (programmer error).
 * Gaps, overlaps and dangling references are reported by `validateRuleSet`.
 *
 * @example
 * const dangKy = defineRule<Kdc>({
 *   id: "tt124.d4.k1",
 *   label: "Nghị quyết, đăng ký và 100% hộ gia đình đăng ký tham gia",
 *   kinds: ["khu_dan_cu"],
 *   versions: [{
 *     from: "2022-02-10",
 *     basis: cite("124/2021/TT-BCA", { article: 4, clause: 1 }),
 *     findings: { DAT: { outcome: "dat", message: "Đủ điều kiện" }, THIEU_HO: { outcome: "chua_dat", message: "Chưa đủ 100% hộ đăng ký" } },
 *     decide: (u) => (u.registered >= u.total ? "DAT" : "THIEU_HO"),
 *   }],
 * });
 */
export function defineRule<I, const F extends string = string>(definition: RuleDefinition<I, F>): Rule<I> {
  assertId(definition.id, "id của quy tắc");
  for (const v of definition.versions) {
    assertIsoDate(v.from, `Quy tắc ${definition.id}: from`);
    if (v.to !== undefined) assertIsoDate(v.to, `Quy tắc ${definition.id}: to`);
    if (!v.disabled && Object.keys(v.findings).length === 0) {
      throw new TypeError(
        `Quy tắc ${definition.id} (từ ${v.from}): phải có ít nhất một kết luận (findings).`,
      );
    }
  }
  const versions = definition.versions
    .map((v) =>
      v.parameters === undefined
        ? (v as unknown as RuleVersion<I>)
        : ({ ...v, parameters: parameterIdsOf(v) } as unknown as RuleVersion<I>),
    )
    .sort((a, b) =>
      a.from < b.from
        ? -1
        : // Stryker disable next-line ConditionalExpression,EqualityOperator: start dates differ, and V8's sort of so few entries only asks whether the result is negative
          a.from > b.from
          ? 1
          : 0,
    );
  return Object.freeze({
    ...definition,
    type: "rule" as const,
    role: definition.role ?? "criterion",
    versions: Object.freeze(versions),
  });
}

/**
 * A {@link defineRule} with the input type fixed and the findings still inferred from the definition, so that
 * `decide` can only return a declared finding (TypeScript cannot infer some type arguments and take others).
 *
 * @example
 * const defineUnitRule = defineRuleFor<{ kind: string; registered: number; total: number }>();
 * const r = defineUnitRule({
 *   id: "vi-du.k1",
 *   label: "Đăng ký",
 *   versions: [{
 *     from: "2022-02-10",
 *     basis: cite("124/2021/TT-BCA", { article: 4, clause: 1 }),
 *     findings: { DAT: { outcome: "dat", message: "Đủ" }, THIEU: { outcome: "chua_dat", message: "Thiếu" } },
 *     decide: (u) => (u.registered >= u.total ? "DAT" : "THIEU"),
 *   }],
 * });
 * r.versions[0]?.from; //=> "2022-02-10"
 */
export function defineRuleFor<I>(): <const F extends string>(definition: RuleDefinition<I, F>) => Rule<I> {
  return defineRule;
}

/**
 * Decides under an interpretation option: when a reading is chosen, runs its branch; when undecided, runs
 * every branch and returns their common code, or `undecidedCode` when the readings disagree.
 *
 * @example
 * underReading(ctx, "tt124.d4.k4.a.kiem_che_keo_giam", {
 *   giam: () => (now < prev ? "DAT" : "KHONG_GIAM"),
 *   khong_tang: () => (now <= prev ? "DAT" : "TANG"),
 * }, "CAN_XEM_XET_CACH_HIEU");
 */
export function underReading(
  ctx: RuleContext,
  optionId: string,
  branches: Readonly<Record<string, () => string>>,
  undecidedCode: string,
): string {
  const choice = ctx.reading(optionId);
  if (choice !== null) {
    const branch = branches[choice];
    if (branch === undefined) throw new RangeError(`Không có nhánh cho cách hiểu ${optionId} = "${choice}".`);
    return branch();
  }
  let common: string | undefined;
  for (const key in branches) {
    const code = (branches[key] as () => string)();
    if (common === undefined) common = code;
    else if (common !== code) return undecidedCode;
  }
  return common ?? undecidedCode;
}

/**
 * The version of a rule in force on `date`, or `undefined`.
 *
 * @example
 * ruleVersionAt(dangKy, "2024-11-15")?.from; //=> "2022-02-10"
 */
export function ruleVersionAt<I>(rule: Rule<I>, date: string): RuleVersion<I> | undefined {
  for (const v of rule.versions) if (v.from <= date && (v.to === undefined || date <= v.to)) return v;
  return undefined;
}

/**
 * The bases of a version as an array.
 *
 * @example
 * basesOf({ basis: cite("124/2021/TT-BCA", { article: 4 }) }).length; //=> 1
 */
export function basesOf(version: Pick<RuleVersion<unknown>, "basis">): readonly LegalBasis[] {
  return Array.isArray(version.basis)
    ? (version.basis as readonly LegalBasis[])
    : [version.basis as LegalBasis];
}
