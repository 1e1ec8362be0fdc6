import { formatDate } from "@antq/format-vi";
/**
 * Compilation: resolve a rule set (plus overlays) as of a date or an evaluation year, check it, and turn it
 * into closures grouped by unit kind. Evaluation is synchronous and pure.
 */
import { hashValue } from "./hash.js";
import { assertIsoDate } from "./internal/date.js";
import { ExplainedCriterion, reasonText } from "./internal/explained-criterion.js";
import { parameterIdsOf } from "./internal/parameter-ids.js";
import { defaultReadingAt, type Readings } from "./interpretation.js";
import { type Issue, RuleSetError } from "./issue.js";
import { formatLegalBases, type LegalBasis } from "./legal-basis.js";
import { OUTCOME_LABELS, type Outcome } from "./outcome.js";
import { composeRuleSet, type Overlay } from "./overlay.js";
import type { PackageRef } from "./package-ref.js";
import { type Parameter, type ParameterValue, parameterValueAt } from "./parameter.js";
import type { CriterionResult, EvaluationResult, ReadingLabel } from "./result.js";
import {
  basesOf,
  type FactLabel,
  type Finding,
  type Rule,
  type RuleContext,
  type RuleVersion,
  ruleVersionAt,
} from "./rule.js";
import { dateForYear, type RuleSet } from "./rule-set.js";
import { type RuleSetMetadata, ruleSetMetadata } from "./serialize.js";
import { validateRuleSet } from "./validate.js";

/**
 * Options of {@link compile}: exactly one of `asOf` or `year`.
 *
 * @example
 * const opts: CompileOptions<Unit> = { year: 2025, readings: { "tt124.d4.k4.a.kiem_che_keo_giam": "khong_tang" } };
 */
export interface CompileOptions<I> {
  /** Resolve the rules in force on this date (`YYYY-MM-DD`). */
  readonly asOf?: string;
  /** Resolve for an evaluation year (uses the rule set's `dateForYear`). */
  readonly year?: number;
  /** Province overlays applied in order before resolving. */
  readonly overlays?: readonly Overlay<I>[];
  /** Readings chosen for every evaluation of this compiled set (what-if). */
  readonly readings?: Readings;
  /** Run the static checks (default true); invalid sets throw a `RuleSetError`. */
  readonly validate?: boolean;
}

/**
 * Options of one evaluation.
 *
 * @example
 * compiled.evaluate(unit, { explain: true, readings: { "tt124.d4.k4.a.kiem_che_keo_giam": "giam" } });
 */
export interface EvaluateOptions {
  /** Build reasons, citations, facts and versions (default false: fastest). */
  readonly explain?: boolean;
  /** Readings for this call only (override the compiled ones). */
  readonly readings?: Readings;
}

/**
 * What changed since a unit's result was computed, for {@link CompiledRuleSet.redecide}.
 *
 * @example
 * compiled.redecide(unit, compiled.evaluate(unit), { readings: { "tt124.d4.k4.a.kiem_che_keo_giam": "giam" } });
 */
export interface RedecideOptions {
  /** Readings for this call (over the compiled ones): the rules reading an option whose choice differs are decided again. */
  readonly readings?: Readings;
  /**
   * Input paths whose values differ from the input the result was computed for (e.g. `["coveredUnits"]`): the
   * rules whose version declares a matching `inputs` path (the path itself, or one under it), and the rules that
   * declare no `inputs`, are decided again.
   */
  readonly inputs?: readonly string[];
}

/**
 * A rule with the version in force, as resolved by {@link compile}.
 *
 * @example
 * compiled.rules.map((r) => `${r.rule.id} từ ${r.version.from}`);
 */
export interface ResolvedRule<I> {
  readonly rule: Rule<I>;
  readonly version: RuleVersion<I>;
}

/**
 * A compiled rule set, ready to evaluate units.
 *
 * @example
 * const compiled = compile(ruleSet, { year: 2025 });
 * compiled.evaluate(unit).outcome; //=> "dat"
 */
export interface CompiledRuleSet<I> {
  readonly id: string;
  readonly label: string;
  readonly asOf: string;
  readonly year: number | undefined;
  readonly hash: string;
  readonly packages: readonly PackageRef[];
  /** The composed rule set (with overlays). */
  readonly ruleSet: RuleSet<I>;
  readonly rules: readonly ResolvedRule<I>[];
  /** The JSON metadata of the resolved set (what the hash covers). */
  readonly metadata: RuleSetMetadata;
  /**
   * Evaluates one unit. Without `explain`, each criterion without a `value` is a frozen object shared by every
   * unit that got the same finding (no allocation per criterion): copy it before changing it.
   */
  evaluate(input: I, options?: EvaluateOptions): EvaluationResult;
  evaluateMany(inputs: readonly I[], options?: EvaluateOptions): EvaluationResult[];
  /** Only the overall outcome (fastest path). */
  outcomeOf(input: I, options?: Pick<EvaluateOptions, "readings">): Outcome;
  /**
   * The overall outcome of `input` after a change, reusing `previous` (its result from this compiled set, lean
   * or explained): only the rules that read a changed reading or input (see {@link RedecideOptions}), the rules
   * depending on a rule whose outcome changed, and the rules `previous` has no outcome for (after a gate) are
   * decided again; every other criterion keeps its outcome. Equal to `outcomeOf(input, { readings })` whenever
   * the rules declare what they read (an option read without being declared is recorded on first reading and
   * counts from then on). A result of another compiled set (another hash) or kind is not reused.
   *
   * @example
   * const before = compiled.evaluate(unit);
   * compiled.redecide(unit, before, { readings: { "tt124.d4.k4.a.kiem_che_keo_giam": "giam" } }); //=> "dat"
   */
  redecide(input: I, previous: EvaluationResult, options: RedecideOptions): Outcome;
  /**
   * The interpretation options the version in force of rule `ruleId` reads: those it declares, then any it
   * was seen reading without declaring them (empty for an unknown rule).
   *
   * @example
   * compiled.optionsReadBy("tt124.d4.k1"); //=> []
   */
  optionsReadBy(ruleId: string): readonly string[];
  /**
   * The parameter value in force, or `undefined`. Pass the parameter itself (rather than its id) for a value
   * typed by the parameter; with a `schema` the value has been checked by `validateRuleSet`.
   */
  parameter<T>(parameter: string | Parameter<T>): ParameterValue<T> | undefined;
  /** The reading in force for an option (compiled readings over defaults). */
  reading(id: string): string | null;
}

interface Entry<I> {
  readonly id: string;
  readonly index: number;
  readonly role: "gate" | "criterion" | "info";
  readonly rule: Rule<I>;
  readonly decide: (input: I, ctx: RuleContext) => string;
  readonly findings: Readonly<Record<string, Finding<I>>>;
  readonly value: ((input: I, ctx: RuleContext, code: string) => number) | undefined;
  readonly review: string | undefined;
  readonly bases: readonly LegalBasis[];
  readonly citation: string;
  readonly label: string;
  readonly compiled: ReadonlyMap<string, CompiledFinding<I>>;
  /** One-entry cache of the last code decided (most criteria repeat the same code across a batch). */
  readonly last: { code: string; finding: CompiledFinding<I> };
  readonly version: RuleVersion<I>;
  readonly versionRange: { readonly from: string; readonly to?: string };
  readonly baseReadings: Readonly<Record<string, string | null>>;
  /** The labels of {@link baseReadings} (the compiled readings). */
  readonly baseReadingLabels: Readonly<Record<string, ReadingLabel>>;
  readonly source: PackageRef | undefined;
  readonly factLabels: Readonly<Record<string, FactLabel>> | undefined;
  readonly facts: ((input: I, ctx: RuleContext) => Readonly<Record<string, unknown>>) | undefined;
  /** The options the rule reads: declared, plus any read without declaring it (recorded while deciding). */
  readonly reads: Set<string>;
  /** The rules whose outcome it reads: declared `dependsOn`, plus any read without declaring it (recorded). */
  readonly reliesOn: Set<string>;
  /** The declared input paths (`undefined` = not declared: any input may matter). */
  readonly inputs: readonly string[] | undefined;
}

/**
 * The context the loop hands to `decide`: `current` is the rule deciding (set around each `decide` call), so
 * that a reading or an outcome read without being declared is recorded on the rule.
 */
interface LoopContext<I> extends RuleContext {
  current: Entry<I> | undefined;
}

interface CompiledFinding<I> {
  readonly finding: Finding<I>;
  readonly outcome: Outcome;
  /** The outcome when a parameter value used is flagged for review. */
  readonly reviewed: Outcome;
  /** Precomputed reason for static messages. */
  readonly reason: string | undefined;
  /** The lean result of this finding (frozen, shared by every evaluation; rules with a `value` build their own). */
  readonly lean: CriterionResult;
}

/** Receives each evaluated rule's result: a lean criterion result, or one with its explanation. */
type Collect<I> = (
  out: CriterionResult[],
  e: Entry<I>,
  f: CompiledFinding<I>,
  code: string,
  outcome: Outcome,
  input: I,
  ctx: RuleContext,
) => void;

/** The finding of a decided code (one-entry cache first: most criteria repeat the same code across a batch). */
function findingOf<I>(e: Entry<I>, code: string): CompiledFinding<I> {
  const hit = e.last;
  // Stryker disable next-line ConditionalExpression: a one-entry cache; a miss looks the code up in the map below
  if (hit.code === code) return hit.finding;
  const f = e.compiled.get(code);
  if (f === undefined) {
    throw new Error(
      `Quy tắc ${e.id} trả về mã “${code}” không khai báo trong findings (lỗi nội dung quy tắc).`,
    );
  }
  hit.code = code;
  hit.finding = f;
  return f;
}

/** Whether `ids` (small, often absent) has a member of `set`. */
function someOf(set: ReadonlySet<string>, ids: ReadonlySet<string> | undefined): boolean {
  if (ids === undefined) return false;
  for (const id of ids) if (set.has(id)) return true;
  return false;
}

/**
 * The evaluation loop, the only one: decides each rule of the unit's kind in order and gives each result to
 * `collect`. A gate that is not "đạt" decides the whole result; `info` rules are reported but never counted.
 * Without `criteria` only the overall outcome is wanted, so the loop stops at the first "chưa đạt". Re-deciding
 * after a change ({@link CompiledRuleSet.redecide}, outcome only): a rule keeps its outcome in `prior` (the
 * previous result's criteria, in the loop's order) unless the change reaches it, directly (`redo`, by position)
 * or through a rule whose outcome it reads and that changed, or `prior` has none for it.
 */
function evaluateRules<I>(
  list: readonly Entry<I>[],
  input: I,
  ctx: LoopContext<I>,
  outs: (Outcome | undefined)[] | undefined,
  criteria: CriterionResult[] | undefined,
  collect: Collect<I>,
  aggregate: ((outcomes: readonly Outcome[]) => Outcome) | undefined,
  prior?: readonly CriterionResult[],
  redo?: readonly boolean[],
): Outcome {
  let anyFail = false;
  let anyReview = false;
  const collected: Outcome[] | undefined = aggregate ? [] : undefined;
  /** Rules decided again whose outcome differs from the previous result's. */
  let moved: Set<string> | undefined;
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as Entry<I>;
    const p = prior?.[i];
    let outcome: Outcome;
    // Stryker disable next-line OptionalChaining: redecide passes `redo` whenever it passes `prior`
    if (p !== undefined && p.id === e.id && redo?.[i] !== true && !someOf(e.reliesOn, moved)) {
      outcome = p.outcome;
      if (outs !== undefined) outs[e.index] = outcome;
    } else {
      ctx.current = e;
      const code = e.decide(input, ctx);
      ctx.current = undefined;
      const f = findingOf(e, code);
      // Stryker disable next-line ConditionalExpression: without a review `reviewed` is the finding's own outcome
      outcome = e.review === undefined ? f.outcome : f.reviewed;
      if (outs !== undefined) outs[e.index] = outcome;
      if (criteria !== undefined) collect(criteria, e, f, code, outcome, input, ctx);
      // Only a redecide (with `prior`) asks which rules moved.
      // Stryker disable next-line ConditionalExpression: without `prior` no rule is kept, so `moved` is never read
      if (prior !== undefined) {
        if (p === undefined || p.id !== e.id || p.outcome !== outcome) {
          moved ??= new Set();
          moved.add(e.id);
        }
      }
    }
    if (e.role === "gate") {
      if (outcome !== "dat") return outcome;
      continue;
    }
    if (e.role === "info") continue;
    if (collected !== undefined) collected.push(outcome);
    else if (outcome === "chua_dat") {
      anyFail = true;
      if (criteria === undefined) break;
    } else if (outcome === "can_xem_xet") anyReview = true;
  }
  return overallOutcome(collected, aggregate, anyFail, anyReview);
}

function orderRules<I>(resolved: ResolvedRule<I>[]): ResolvedRule<I>[] {
  const byId = new Map(resolved.map((r) => [r.rule.id, r] as const));
  const out: ResolvedRule<I>[] = [];
  const done = new Set<string>();
  const visit = (r: ResolvedRule<I>): void => {
    if (done.has(r.rule.id)) return;
    done.add(r.rule.id);
    // Stryker disable next-line ArrayDeclaration: an unknown id in the list is skipped, as a dependency not in force
    for (const d of r.version.dependsOn ?? []) {
      const dep = byId.get(d);
      if (dep) visit(dep);
    }
    out.push(r);
  };
  for (const r of resolved) if (r.rule.role === "gate") visit(r);
  for (const r of resolved) visit(r);
  return out;
}

/**
 * Compiles a rule set: applies overlays, runs the static checks, resolves rules, parameters and readings as of
 * `asOf` (or the evaluation `year`), hashes the result and builds per-kind closures. Throws a `RuleSetError`
 * when the set or an overlay is invalid, a `RangeError` on bad options.
 *
 * @example
 * const compiled = compile(ruleSet, { year: 2025, overlays: [overlay] });
 * const result = compiled.evaluate(unit, { explain: true });
 */
export function compile<I>(ruleSet: RuleSet<I>, options: CompileOptions<I>): CompiledRuleSet<I> {
  if ((options.asOf === undefined) === (options.year === undefined)) {
    throw new RangeError("compile: cần đúng một trong hai tuỳ chọn asOf hoặc year.");
  }
  const asOf = options.asOf ?? dateForYear(ruleSet, options.year as number);
  assertIsoDate(asOf, "compile: asOf");
  const year = options.year;

  let set = ruleSet;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: fast path; composing no overlays gives the set back
  if (options.overlays && options.overlays.length > 0) {
    const composed = composeRuleSet(ruleSet, options.overlays);
    if (!composed.ok) throw new RuleSetError(composed.issues);
    set = composed.value;
  }
  if (options.validate !== false) {
    const issues: Issue[] = validateRuleSet(set);
    if (issues.length > 0) throw new RuleSetError(issues);
  }

  // Parameters and readings in force.
  const paramValues = new Map<string, ParameterValue>();
  for (const p of set.parameters) {
    const v = parameterValueAt(p, asOf);
    // Stryker disable next-line ConditionalExpression: a missing value stays missing: param() and parameter() test for undefined
    if (v) paramValues.set(p.id, v);
  }
  const interpretations = new Map(set.interpretations.map((x) => [x.id, x] as const));
  const baseReadings = new Map<string, { choice: string | null; source: string }>();
  /** "Cách hiểu …" as an officer reads it: each option's label and its chosen choice's label. */
  const readingLabelsOf = (
    readings: Readonly<Record<string, string | null>>,
  ): Readonly<Record<string, ReadingLabel>> => {
    const labels: Record<string, ReadingLabel> = {};
    for (const [id, choice] of Object.entries(readings)) {
      const x = interpretations.get(id);
      labels[id] = {
        label: x?.label ?? id,
        // Stryker disable next-line ConditionalExpression,OptionalChaining: a null choice has no label; a non-null choice is checked, so its option exists
        choice: choice === null ? null : (x?.choices.find((c) => c.id === choice)?.label ?? choice),
      };
    }
    return Object.freeze(labels);
  };
  for (const x of set.interpretations) {
    const d = defaultReadingAt(x, asOf);
    baseReadings.set(x.id, {
      choice: d.choice,
      source: d.source ? `${d.source.name}@${d.source.version}` : "mặc định",
    });
  }
  const checkReading = (id: string, choice: string | null): void => {
    const x = interpretations.get(id);
    if (!x) throw new RangeError(`Không có cách hiểu “${id}”.`);
    if (choice !== null && !x.choices.some((c) => c.id === choice)) {
      throw new RangeError(`Cách hiểu “${id}” không có lựa chọn “${choice}”.`);
    }
  };
  const applyReadings = (
    into: Map<string, { choice: string | null; source: string }>,
    readings: Readings | undefined,
    source: string,
  ): void => {
    if (!readings) return;
    for (const [id, choice] of Object.entries(readings)) {
      checkReading(id, choice);
      into.set(id, { choice, source });
    }
  };
  applyReadings(baseReadings, options.readings, "lựa chọn khi biên dịch");

  // Resolve rules.
  const resolved: ResolvedRule<I>[] = [];
  for (const rule of set.rules) {
    const version = ruleVersionAt(rule, asOf);
    if (!version || version.disabled) continue;
    resolved.push({ rule, version });
  }
  const ordered = orderRules(resolved);
  const indexOf = new Map(ordered.map((r, i) => [r.rule.id, i] as const));
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: true only allocates per-call outcome arrays
  const hasDeps = ordered.some((r) => (r.version.dependsOn ?? []).length > 0);

  const packages: PackageRef[] = [set.package];
  for (const o of set.overlays) {
    if (!packages.some((p) => p.name === o.package.name && p.version === o.package.version))
      packages.push(o.package);
  }
  const readingsForHash = Object.fromEntries([...baseReadings].map(([k, v]) => [k, v.choice]));
  // Stryker disable next-line ConditionalExpression: ruleSetMetadata leaves out an undefined year either way
  const partialMeta = ruleSetMetadata(set, year === undefined ? { asOf } : { asOf, year });
  const hash = hashValue({ metadata: partialMeta, readings: readingsForHash, packages });
  const metadata: RuleSetMetadata = { ...partialMeta, hash };

  const entries: Entry<I>[] = ordered.map((r, index) => {
    const reviews: string[] = [];
    for (const pid of parameterIdsOf(r.version)) {
      const v = paramValues.get(pid);
      if (v?.review) reviews.push(`${pid}: ${v.review}`);
    }
    const bases = basesOf(r.version);
    const citation = formatLegalBases(bases);
    const review = reviews.length > 0 ? reviews.join("; ") : undefined;
    const compiledFindings = new Map<string, CompiledFinding<I>>();
    for (const [code, f] of Object.entries(r.version.findings)) {
      const reviewed: Outcome =
        // Stryker disable next-line ConditionalExpression: `reviewed` is only read when the rule has a review
        review !== undefined && (f.outcome === "dat" || f.outcome === "chua_dat") ? "can_xem_xet" : f.outcome;
      compiledFindings.set(code, {
        finding: f,
        outcome: f.outcome,
        reviewed,
        lean: Object.freeze({ id: r.rule.id, outcome: review === undefined ? f.outcome : reviewed, code }),
        reason:
          typeof f.message === "string"
            ? reasonText(f.message, citation, reviewed !== f.outcome ? review : undefined)
            : undefined,
      });
    }
    const usedReadings: Record<string, string | null> = {};
    for (const id of r.version.interpretations ?? []) usedReadings[id] = baseReadings.get(id)?.choice ?? null;
    const first = compiledFindings.entries().next().value;
    return {
      compiled: compiledFindings,
      // "\u0000" never equals a real code, so an empty findings table always falls through to the map.
      // Stryker disable next-line ObjectLiteral: a one-entry cache; an empty entry always misses
      last: first ? { code: first[0], finding: first[1] } : { code: "\u0000", finding: undefined as never },
      versionRange:
        r.version.to === undefined ? { from: r.version.from } : { from: r.version.from, to: r.version.to },
      baseReadings: Object.freeze(usedReadings),
      baseReadingLabels: readingLabelsOf(usedReadings),
      source: r.version.source,
      factLabels: r.version.factLabels,
      facts: r.version.facts,
      id: r.rule.id,
      index,
      role: r.rule.role,
      rule: r.rule,
      version: r.version,
      decide: r.version.decide,
      reads: new Set(r.version.interpretations ?? []),
      reliesOn: new Set(r.version.dependsOn ?? []),
      inputs: r.version.inputs,
      findings: r.version.findings,
      value: r.version.value,
      review,
      bases,
      citation,
      label: r.version.label ?? r.rule.label,
    };
  });
  const byKind = new Map<string, Entry<I>[]>();
  for (const k of set.kinds) {
    byKind.set(
      k.id,
      entries.filter((e) => e.rule.kinds === undefined || e.rule.kinds.includes(k.id)),
    );
  }
  const kindLabels = new Map(set.kinds.map((k) => [k.id, k.label] as const));
  const aggregate = set.aggregate;

  type ReadingMap = Map<string, { choice: string | null; source: string }>;
  const param = <T>(parameter: Parameter<T>): T => {
    const v = paramValues.get(parameter.id);
    if (v === undefined) throw new RangeError(`Tham số “${parameter.id}” không có giá trị vào ngày ${asOf}.`);
    return v.value as T;
  };
  /** How many reads were recorded on rules without being declared (a plan made before one is out of date). */
  // Stryker disable next-line ObjectLiteral: a NaN count never equals a plan's, so plans are only made again
  const recorded = { count: 0 };
  /** A context over `choiceOf` (the reading of an option, `undefined` = no such option) and `outs`. */
  const loopContext = (
    choiceOf: (id: string) => string | null | undefined,
    outs: (Outcome | undefined)[] | undefined,
  ): LoopContext<I> => {
    const ctx: LoopContext<I> = {
      asOf,
      year,
      current: undefined,
      param,
      reading(id: string): string | null {
        const choice = choiceOf(id);
        if (choice === undefined) throw new RangeError(`Không có cách hiểu “${id}”.`);
        const e = ctx.current;
        if (e !== undefined && !e.reads.has(id)) {
          e.reads.add(id);
          // Stryker disable next-line UpdateOperator: any change of the count makes plans again; it never comes back
          recorded.count++;
        }
        return choice;
      },
      outcome(ruleId: string): Outcome | undefined {
        const e = ctx.current;
        if (e !== undefined && !e.reliesOn.has(ruleId)) {
          e.reliesOn.add(ruleId);
          // Stryker disable next-line UpdateOperator: any change of the count makes plans again; it never comes back
          recorded.count++;
        }
        if (outs === undefined) return undefined;
        const i = indexOf.get(ruleId);
        // Stryker disable next-line ConditionalExpression: outs[undefined] is undefined too
        return i === undefined ? undefined : outs[i];
      },
    };
    return ctx;
  };
  const contextOf = (readingMap: ReadingMap, outs: (Outcome | undefined)[] | undefined): LoopContext<I> =>
    loopContext((id) => readingMap.get(id)?.choice, outs);
  // Without dependencies one context serves every evaluation with the compiled readings; with dependencies each
  // evaluation gets its own context over its own outcome array (nothing shared is mutated).
  const baseCtx = contextOf(baseReadings, undefined);
  const ruleSetId = set.id;
  const yearValue = year;
  const baseReadingsObject = Object.freeze(Object.fromEntries(baseReadings));
  const leanCollect: Collect<I> = (out, e, f, code, outcome, input, ctx) => {
    out.push(e.value ? { id: e.id, outcome, code, value: e.value(input, ctx, code) } : f.lean);
  };
  const explainCollectFor =
    (readings: ReadingMap | undefined): Collect<I> =>
    (out, e, f, code, outcome, input, ctx) => {
      let used = e.baseReadings;
      let labels = e.baseReadingLabels;
      if (readings !== undefined && e.version.interpretations !== undefined) {
        const r: Record<string, string | null> = {};
        // Stryker disable next-line OptionalChaining: the readings map holds every option of the set, and a version's options are checked
        for (const id of e.version.interpretations) r[id] = readings.get(id)?.choice ?? null;
        used = r;
        labels = readingLabelsOf(r);
      }
      out.push(
        new ExplainedCriterion(
          e,
          f,
          code,
          outcome,
          input,
          ctx,
          used,
          labels,
          outcome !== f.outcome ? e.review : undefined,
          e.value ? e.value(input, ctx, code) : undefined,
        ),
      );
    };
  const explainCollect = explainCollectFor(undefined);

  const unknownKind = (input: I, kind: string, explain: boolean): EvaluationResult => ({
    ruleSet: ruleSetId,
    hash,
    asOf,
    year: yearValue,
    subject: set.idOf ? set.idOf(input) : undefined,
    kind,
    outcome: "khong_ap_dung",
    criteria: [],
    packages,
    ...(explain
      ? {
          outcomeLabel: OUTCOME_LABELS.khong_ap_dung,
          summary: `Loại đơn vị “${kind}” không thuộc phạm vi của bộ quy tắc ${set.label}.`,
        }
      : {}),
  });

  /**
   * The one evaluation: readings for this call (if any), the unit's kind, the loop over its rules with the
   * collector that the options ask for (none for the outcome only, lean, or explaining), then the result.
   */
  const run = (
    input: I,
    options: EvaluateOptions | undefined,
    onlyOutcome: boolean,
  ): EvaluationResult | Outcome => {
    const explain = options?.explain === true && !onlyOutcome;
    let readingMap = baseReadings;
    if (options?.readings !== undefined) {
      readingMap = new Map(baseReadings);
      applyReadings(readingMap, options.readings, "lựa chọn khi đánh giá");
    }
    const kind = set.kindOf(input);
    const list = byKind.get(kind);
    if (list === undefined) return onlyOutcome ? "khong_ap_dung" : unknownKind(input, kind, explain);
    // Stryker disable next-line ConditionalExpression: `custom` only picks the shared context and collector; a copy gives the same result
    const custom = readingMap !== baseReadings;
    const criteria: CriterionResult[] | undefined = onlyOutcome ? undefined : [];
    const collect = explain ? (custom ? explainCollectFor(readingMap) : explainCollect) : leanCollect;
    // Stryker disable next-line ArrayDeclaration: presized; an empty array grows to the same contents
    const outs = hasDeps ? new Array<Outcome | undefined>(entries.length) : undefined;
    // Stryker disable next-line ConditionalExpression: false only makes a new context, equal to the shared one
    const ctx = outs === undefined && !custom ? baseCtx : contextOf(readingMap, outs);
    const overall = evaluateRules(list, input, ctx, outs, criteria, collect, aggregate);
    if (criteria === undefined) return overall;
    const subject = set.idOf ? set.idOf(input) : undefined;
    if (!explain) {
      return {
        ruleSet: ruleSetId,
        hash,
        asOf,
        year: yearValue,
        subject,
        kind,
        outcome: overall,
        criteria,
        packages,
      };
    }
    const kindLabel = kindLabels.get(kind) ?? kind;
    return {
      ruleSet: ruleSetId,
      hash,
      asOf,
      year: yearValue,
      subject,
      kind,
      outcome: overall,
      criteria,
      packages,
      outcomeLabel: OUTCOME_LABELS[overall],
      kindLabel,
      summary: summarize(
        set.label,
        kindLabel,
        subjectName(set.nameOf?.(input), subject),
        overall,
        criteria,
        year,
        asOf,
      ),
      readings: custom ? Object.fromEntries(readingMap) : baseReadingsObject,
    };
  };

  /** Whether a rule reads one of `paths`: a declared input equal to one, under one or above one; undeclared: yes. */
  const readsInput = (e: Entry<I>, paths: readonly string[]): boolean => {
    if (e.inputs === undefined) return true;
    const within = (inner: string, outer: string) =>
      inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
    return e.inputs.some((declared) => paths.some((p) => within(declared, p) || within(p, declared)));
  };

  /**
   * What a change reaches, per readings object and inputs changed (callers reuse the readings object across
   * units; it is read once, so it must not be changed afterwards): the options whose choice changed, one context
   * over the readings (when no rule reads outcomes), and per unit kind the positions of the rules to decide
   * again. A read recorded on a rule after the plan was made (see `recorded`) makes it again.
   */
  interface Plan {
    readonly changed: ReadonlySet<string>;
    readonly paths: readonly string[];
    readonly choiceOf: (id: string) => string | null | undefined;
    readonly ctx: LoopContext<I> | undefined;
    /** Per unit kind, a flag per position of its list: decide again. */
    readonly redo: Map<string, readonly boolean[]>;
    /** `recorded.count` when the plan was made. */
    readonly recorded: number;
  }
  const plans = new WeakMap<Readings, Map<string, Plan>>();
  const noReadings: Readings = Object.freeze({});
  const noPaths: readonly string[] = Object.freeze([]);
  const planFor = (readings: Readings, paths: readonly string[]): Plan => {
    let byPaths = plans.get(readings);
    // Stryker disable next-line ConditionalExpression: a cache of plans per readings object
    if (byPaths === undefined) {
      byPaths = new Map();
      plans.set(readings, byPaths);
    }
    const pathsKey = paths.join("\u0000");
    let plan = byPaths.get(pathsKey);
    // Stryker disable next-line ConditionalExpression: a cache; a plan made again is the same plan
    if (plan !== undefined && plan.recorded === recorded.count) return plan;
    const changed = new Set<string>();
    for (const id of Object.keys(readings)) {
      const choice = readings[id] as string | null;
      checkReading(id, choice);
      // Stryker disable next-line OptionalChaining: checkReading above refuses an option the set does not have
      if (baseReadings.get(id)?.choice !== choice) changed.add(id);
    }
    const choiceOf = (id: string) =>
      Object.hasOwn(readings, id) ? readings[id] : baseReadings.get(id)?.choice;
    const redo = new Map<string, readonly boolean[]>();
    for (const [kind, list] of byKind)
      redo.set(
        kind,
        list.map((e) => someOf(e.reads, changed) || (paths.length > 0 && readsInput(e, paths))),
      );
    plan = {
      changed,
      paths,
      choiceOf,
      ctx: hasDeps ? undefined : loopContext(choiceOf, undefined),
      redo,
      recorded: recorded.count,
    };
    byPaths.set(pathsKey, plan);
    return plan;
  };

  /** {@link CompiledRuleSet.redecide}: the loop again, keeping the outcome of every rule no change reaches. */
  const redecide = (input: I, previous: EvaluationResult, options: RedecideOptions): Outcome => {
    const plan = planFor(options.readings ?? noReadings, options.inputs ?? noPaths);
    const kind = set.kindOf(input);
    const list = byKind.get(kind);
    if (list === undefined) return "khong_ap_dung";
    if (previous.hash !== hash || previous.kind !== kind) {
      return run(
        input,
        options.readings === undefined ? undefined : { readings: options.readings },
        true,
      ) as Outcome;
    }
    // Stryker disable next-line ConditionalExpression: fast path; with nothing to decide again every outcome is kept
    if (plan.changed.size === 0 && plan.paths.length === 0) return previous.outcome;
    // Stryker disable next-line ArrayDeclaration: presized; an empty array grows to the same contents
    const outs = hasDeps ? new Array<Outcome | undefined>(entries.length) : undefined;
    const ctx = plan.ctx ?? loopContext(plan.choiceOf, outs);
    const redo = plan.redo.get(kind) as readonly boolean[];
    return evaluateRules(list, input, ctx, outs, undefined, leanCollect, aggregate, previous.criteria, redo);
  };

  const compiled: CompiledRuleSet<I> = {
    id: set.id,
    label: set.label,
    asOf,
    year,
    hash,
    packages,
    ruleSet: set,
    rules: ordered,
    metadata,
    evaluate: (input, opts) => run(input, opts, false) as EvaluationResult,
    evaluateMany: (inputs, opts) => {
      // Stryker disable next-line ArrayDeclaration: presized; an empty array grows to the same contents
      const out = new Array<EvaluationResult>(inputs.length);
      for (let i = 0; i < inputs.length; i++) out[i] = run(inputs[i] as I, opts, false) as EvaluationResult;
      return out;
    },
    outcomeOf: (input, opts) => run(input, opts, true) as Outcome,
    redecide,
    optionsReadBy: (ruleId) => {
      const i = indexOf.get(ruleId);
      return i === undefined ? [] : [...(entries[i] as Entry<I>).reads];
    },
    parameter: <T>(p: string | Parameter<T>) =>
      paramValues.get(typeof p === "string" ? p : p.id) as ParameterValue<T> | undefined,
    reading: (id) => {
      const r = baseReadings.get(id);
      if (r === undefined) throw new RangeError(`Không có cách hiểu “${id}”.`);
      return r.choice;
    },
  };
  return Object.freeze(compiled);
}

/** "Ấp Mỹ Lợi (kdc-ap-my-loi)" when the unit has a name, else its id. */
function subjectName(name: string | undefined, id: string | undefined): string | undefined {
  if (name === undefined || name === "") return id;
  return id === undefined ? name : `${name} (${id})`;
}

/** The result of a unit when no gate decided it: the set's own aggregate, else all-must-pass. */
function overallOutcome(
  collected: Outcome[] | undefined,
  aggregate: ((outcomes: readonly Outcome[]) => Outcome) | undefined,
  anyFail: boolean,
  anyReview: boolean,
): Outcome {
  // Stryker disable next-line LogicalOperator: `collected` exists exactly when `aggregate` does
  if (collected && aggregate) return aggregate(collected);
  return anyFail ? "chua_dat" : anyReview ? "can_xem_xet" : "dat";
}

function summarize(
  setLabel: string,
  kindLabel: string,
  subject: string | undefined,
  outcome: Outcome,
  criteria: readonly CriterionResult[],
  year: number | undefined,
  asOf: string,
): string {
  const who = subject === undefined ? kindLabel : `${kindLabel} ${subject}`;
  const when = year === undefined ? `tại ngày ${formatDate(asOf)}` : `năm ${year}`;
  let failed = "";
  let review = "";
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i] as CriterionResult;
    if (c.role === "gate" && c.outcome !== "dat")
      return `${who} ${when}: ${OUTCOME_LABELS[outcome]} — ${c.reason ?? c.code}`;
    if (c.outcome === "chua_dat") failed = failed === "" ? c.id : `${failed}, ${c.id}`;
    else if (c.outcome === "can_xem_xet") review = review === "" ? c.id : `${review}, ${c.id}`;
  }
  let text = `${who} ${when}: ${OUTCOME_LABELS[outcome]} (${setLabel})`;
  if (failed !== "") text += `; chưa đạt tiêu chí ${failed}`;
  if (review !== "") text += `; cần xem xét tiêu chí ${review}`;
  return `${text}.`;
}
