/**
 * Undecided readings: which "cần xem xét" results come from an interpretation option left undecided (e.g.
 * "kiềm chế, kéo giảm", TT 124 Điều 4 khoản 4 điểm a), and which option decides them. A result counts when it
 * is "cần xem xét" as assessed and "đạt" or "chưa đạt" under some choice of the undecided options.
 *
 * Only what can change is assessed again: a result whose "cần xem xét" criteria read an undecided option
 * (the options a rule version declares in `interpretations`, the same ones its explanation lists under
 * `readings`), or which depends on such results (a commune on its units), and only under the choices of the
 * options those criteria read; and of such a result only the criteria that read a chosen option are decided
 * again, the others keep their outcome (`CompiledRuleSet.redecide`). Pure and synchronous.
 */
import type { CompiledRuleSet } from "./compile.js";
import type { Interpretation, Readings } from "./interpretation.js";
import type { Outcome } from "./outcome.js";
import type { EvaluationResult } from "./result.js";

/**
 * An undecided option and how many "cần xem xét" results choosing it alone decides.
 *
 * @example
 * const o: UndecidedOption = { id: option.id, label: option.label, choices: option.choices, decides: 13 };
 */
export interface UndecidedOption {
  readonly id: string;
  readonly label: string;
  readonly choices: readonly { readonly id: string; readonly label: string }[];
  /** Results decided by choosing this option alone (the other undecided options left as they are). */
  readonly decides: number;
}

/**
 * What the undecided options do to the results of a run ({@link findUndecidedReadings}).
 *
 * @example
 * const none: UndecidedReadingsReport = { results: 0, decided: [], byKind: {}, options: [], reassessed: 0, complete: true };
 */
export interface UndecidedReadingsReport {
  /** How many "cần xem xét" results some choice of the undecided options decides. */
  readonly results: number;
  /** Their indices in the results given, ascending. */
  readonly decided: readonly number[];
  /** The same count per unit kind (the results' `kind`). */
  readonly byKind: Readonly<Record<string, number>>;
  /** The options that decide them: those deciding some result alone, else every option involved. */
  readonly options: readonly UndecidedOption[];
  /** Results assessed again (each under a few readings): the cost of the report. */
  readonly reassessed: number;
  /** False when a group of results read more combinations of choices than `maxCombinations` (not all tried). */
  readonly complete: boolean;
}

/**
 * Options of {@link findUndecidedReadings}.
 *
 * @example
 * const opts: UndecidedReadingsOptions = { maxCombinations: 16 };
 */
export interface UndecidedReadingsOptions {
  /**
   * The outcome of the result at `index` with `readings` added to the compiled ones. `outcomeOf(j)` gives the
   * outcome of any result under the same readings, computed once per result and per choice of the options it
   * reads (a result no reading can change keeps its outcome). Default: `outcomeOf(index)`, which decides
   * again, with `compiled.redecide`, only the criteria of `inputs[index]` that read a chosen option. A roll-up whose results depend on others (a commune on its
   * units) passes its own, with {@link dependsOn}, and builds the dependent result from `outcomeOf(j)`.
   */
  readonly reassess?: (index: number, outcomeOf: (j: number) => Outcome, readings: Readings) => Outcome;
  /** The indices of the results that the result at `index` depends on (a commune: its units). */
  readonly dependsOn?: (index: number) => Iterable<number>;
  /** The most combinations of choices tried for one group of results (default 64). */
  readonly maxCombinations?: number;
}

const DEFAULT_MAX_COMBINATIONS = 64;

/**
 * The interpretation options of a compiled rule set that are in force without a reading (undecided).
 *
 * @example
 * undecidedOptions(compiled).map((o) => o.id); //=> ["tt124.d4.k4.a.kiem_che_keo_giam"]
 * undecidedOptions(compile(ruleSet, { year: 2025, readings: { [option.id]: "giam" } })); //=> []
 */
export const undecidedOptions = <I>(compiled: CompiledRuleSet<I>): readonly Interpretation[] =>
  compiled.ruleSet.interpretations.filter((i) => compiled.reading(i.id) === null);

/** Rule id → the undecided options its version in force reads. */
const undecidedReadsByRule = <I>(
  compiled: CompiledRuleSet<I>,
  undecided: ReadonlySet<string>,
): ReadonlyMap<string, readonly string[]> => {
  const out = new Map<string, readonly string[]>();
  for (const { rule } of compiled.rules) {
    const reads = compiled.optionsReadBy(rule.id).filter((id) => undecided.has(id));
    if (reads.length > 0) out.set(rule.id, reads);
  }
  return out;
};

/** The undecided options read by the "cần xem xét" criteria of a result (none when it is not "cần xem xét"). */
const readsOf = (result: EvaluationResult, byRule: ReadonlyMap<string, readonly string[]>): Set<string> => {
  const out = new Set<string>();
  if (result.outcome !== "can_xem_xet") return out;
  for (const c of result.criteria) {
    if (c.outcome !== "can_xem_xet") continue;
    const reads = byRule.get(c.id);
    if (reads !== undefined) for (const id of reads) out.add(id);
  }
  return out;
};

/**
 * The undecided options that the "cần xem xét" criteria of `result` read: the options whose choice may
 * decide it (empty when it is not "cần xem xét" or none of its open criteria reads an undecided option).
 * Works on lean results (`compiled.evaluate(input)`): the criteria's ids name the rules.
 *
 * @example
 * undecidedReadingsOf(compiled, compiled.evaluate(unit)); //=> []
 */
export const undecidedReadingsOf = <I>(compiled: CompiledRuleSet<I>, result: EvaluationResult): string[] => {
  const undecided = new Set(undecidedOptions(compiled).map((o) => o.id));
  return [...readsOf(result, undecidedReadsByRule(compiled, undecided))];
};

/** Every combination of the choices of `options` (at most `max`), and whether all were kept. */
const combinations = (
  options: readonly Interpretation[],
  max: number,
): { readonly list: Readings[]; readonly complete: boolean } => {
  let list: Record<string, string>[] = [{}];
  for (const option of options) {
    list = list.flatMap((readings) => option.choices.map((c) => ({ ...readings, [option.id]: c.id })));
    if (list.length > max) return { list: list.slice(0, max), complete: false };
  }
  return { list, complete: true };
};

/**
 * The undecided options as bits (at most 30 are told apart; more share the last bit, which only makes more
 * results assessed again), and what each rule and each result's open criteria read.
 */
class OptionMasks {
  private readonly bits: ReadonlyMap<string, number>;
  private readonly byRule = new Map<string, number>();
  private readonly options = new Map<number, Interpretation[]>();
  constructor(
    private readonly undecided: readonly Interpretation[],
    byRule: ReadonlyMap<string, readonly string[]>,
  ) {
    this.bits = new Map(undecided.map((o, k) => [o.id, 1 << Math.min(k, 30)] as const));
    for (const [id, reads] of byRule) this.byRule.set(id, this.of(reads));
  }
  of(ids: Iterable<string>): number {
    let mask = 0;
    for (const id of ids) mask |= this.bits.get(id) ?? 0;
    return mask;
  }
  /** Per result, the options its "cần xem xét" criteria read (0: none, or not "cần xem xét"). */
  ofResults(results: readonly EvaluationResult[]): Int32Array {
    const own = new Int32Array(results.length);
    for (let i = 0; i < results.length; i++) {
      const r = results[i] as EvaluationResult;
      if (r.outcome !== "can_xem_xet") continue;
      let mask = 0;
      for (const c of r.criteria) if (c.outcome === "can_xem_xet") mask |= this.byRule.get(c.id) ?? 0;
      own[i] = mask;
    }
    return own;
  }
  /** The options of a mask, in the rule set's order. */
  optionsOf(mask: number): Interpretation[] {
    let list = this.options.get(mask);
    if (list === undefined) {
      list = this.undecided.filter((o) => ((this.bits.get(o.id) as number) & mask) !== 0);
      this.options.set(mask, list);
    }
    return list;
  }
}

/** The "cần xem xét" results that a reading may decide, grouped by the options they (or those they depend on) read. */
function groupResults(
  results: readonly EvaluationResult[],
  own: Int32Array,
  masks: OptionMasks,
  dependsOn: ((index: number) => Iterable<number>) | undefined,
): Map<number, { readonly options: Interpretation[]; readonly indices: number[] }> {
  const groups = new Map<number, { options: Interpretation[]; indices: number[] }>();
  for (let i = 0; i < results.length; i++) {
    if ((results[i] as EvaluationResult).outcome !== "can_xem_xet") continue;
    let mask = own[i] as number;
    if (dependsOn) for (const j of dependsOn(i)) mask |= own[j] as number;
    if (mask === 0) continue;
    let group = groups.get(mask);
    if (!group) {
      group = { options: masks.optionsOf(mask), indices: [] };
      groups.set(mask, group);
    }
    group.indices.push(i);
  }
  return groups;
}

const OUTCOMES: readonly Outcome[] = ["dat", "chua_dat", "can_xem_xet", "khong_ap_dung"];

/** A set of result indices as one byte each (a province's results without a hash table). */
class Marks {
  private readonly flags: Uint8Array;
  size = 0;
  constructor(length: number) {
    this.flags = new Uint8Array(length);
  }
  has(i: number): boolean {
    return this.flags[i] === 1;
  }
  add(i: number): void {
    if (this.flags[i] === 1) return;
    this.flags[i] = 1;
    this.size++;
  }
  /** The marked indices, ascending. */
  list(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.flags.length; i++) if (this.flags[i] === 1) out.push(i);
    return out;
  }
}

/**
 * A choice of the options one set of results reads (the readings restricted to them): one options object, so
 * that the compiled set works out once what it reaches, and the outcomes under it, one byte per result
 * reading an option (0: not yet assessed).
 */
interface Slot {
  readonly options: { readonly readings: Readings };
  readonly outcomes: Uint8Array;
}

/** The search of {@link findUndecidedReadings}: results assessed again per group, memoised per result and choice. */
class Search<I> {
  readonly decided: Marks;
  readonly alone = new Map<string, Marks>();
  readonly involved = new Set<string>();
  private readonly slots = new Map<string, Slot>();
  /** The results that read an option, numbered densely (a slot's outcomes are one byte for each). */
  private readonly dense: { readonly index: Int32Array; readonly count: number };
  private readonly max: number;
  private readonly reassess: NonNullable<UndecidedReadingsOptions["reassess"]>;
  constructor(
    private readonly compiled: CompiledRuleSet<I>,
    private readonly inputs: readonly I[],
    private readonly results: readonly EvaluationResult[],
    private readonly own: Int32Array,
    private readonly masks: OptionMasks,
    options: UndecidedReadingsOptions,
  ) {
    this.decided = new Marks(results.length);
    const index = new Int32Array(results.length);
    let count = 0;
    for (let j = 0; j < own.length; j++) if (own[j] !== 0) index[j] = count++;
    this.dense = { index, count };
    this.max = options.maxCombinations ?? DEFAULT_MAX_COMBINATIONS;
    this.reassess = options.reassess ?? ((i, outcomeOf) => outcomeOf(i));
  }

  /**
   * Assesses a group again under every combination of its options' choices, then (when that decides some)
   * under each option's choices alone; false when the combinations were capped.
   */
  group(options: readonly Interpretation[], indices: readonly number[]): boolean {
    const all = combinations(options, this.max);
    const before = this.decided.size;
    for (const readings of all.list) this.mark(this.decided, indices, readings);
    if (this.decided.size === before) return all.complete;
    for (const option of options) {
      this.involved.add(option.id);
      let marks = this.alone.get(option.id);
      if (!marks) {
        marks = new Marks(this.results.length);
        this.alone.set(option.id, marks);
      }
      // With one option the combinations were its choices alone.
      const choices = options.length === 1 ? all.list : option.choices.map((c) => ({ [option.id]: c.id }));
      for (const readings of choices) this.mark(marks, indices, readings);
    }
    return all.complete;
  }

  /** Marks in `into` the results of `indices` that `readings` decides (those marked are not tried again). */
  private mark(into: Marks, indices: readonly number[], readings: Readings): void {
    const slotOf = new Map<number, Slot>();
    const outcomeOf = (j: number): Outcome => this.outcome(j, this.slot(slotOf, j, readings));
    for (const i of indices)
      if (!into.has(i) && this.reassess(i, outcomeOf, readings) !== "can_xem_xet") into.add(i);
  }

  /** The slot of `readings` restricted to the options result `j` reads (`undefined`: it reads none). */
  private slot(slotOf: Map<number, Slot>, j: number, readings: Readings): Slot | undefined {
    const mask = this.own[j] as number;
    if (mask === 0) return undefined;
    let slot = slotOf.get(mask);
    if (slot !== undefined) return slot;
    const chosen: Record<string, string> = {};
    let key = "";
    for (const o of this.masks.optionsOf(mask)) {
      const choice = readings[o.id];
      if (choice === undefined || choice === null) continue;
      chosen[o.id] = choice;
      key += `${o.id}=${choice};`;
    }
    slot = this.slots.get(key) ?? {
      options: { readings: chosen },
      outcomes: new Uint8Array(this.dense.count),
    };
    this.slots.set(key, slot);
    slotOf.set(mask, slot);
    return slot;
  }

  /** The outcome of result `j` under a slot: decided again once, only the criteria the choice reaches. */
  private outcome(j: number, slot: Slot | undefined): Outcome {
    const result = this.results[j] as EvaluationResult;
    if (slot === undefined) return result.outcome;
    const k = this.dense.index[j] as number;
    const known = slot.outcomes[k] as number;
    if (known !== 0) return OUTCOMES[known - 1] as Outcome;
    const outcome = this.compiled.redecide(this.inputs[j] as I, result, slot.options);
    slot.outcomes[k] = OUTCOMES.indexOf(outcome) + 1;
    return outcome;
  }
}

/**
 * Finds the "cần xem xét" results that a choice of the undecided options decides, and which option decides
 * them. `results` are the run's results (lean or explained) of `inputs`, in the same order. Only the results
 * whose open criteria read an undecided option (or that depend on such results, see
 * {@link UndecidedReadingsOptions.dependsOn}) are assessed again, grouped by the options they read, under every
 * combination of those options' choices, then under each option's choices alone.
 *
 * @example
 * const reduction = defineRule({
 *   id: "vi-du.keo_giam",
 *   label: "Kiềm chế, kéo giảm tội phạm",
 *   versions: [{
 *     from: "2022-02-10",
 *     basis: cite("124/2021/TT-BCA", { article: 4, clause: 4, point: "a" }),
 *     interpretations: [option.id],
 *     findings: {
 *       DAT: { outcome: "dat", message: "Đạt" },
 *       KHONG_GIAM: { outcome: "chua_dat", message: "Không giảm" },
 *       CACH_HIEU: { outcome: "can_xem_xet", message: "Tuỳ cách hiểu" },
 *     },
 *     decide: (u: { crimes: number; before: number }, ctx) =>
 *       underReading(ctx, option.id, {
 *         giam: () => (u.crimes < u.before ? "DAT" : "KHONG_GIAM"),
 *         khong_tang: () => (u.crimes <= u.before ? "DAT" : "KHONG_GIAM"),
 *       }, "CACH_HIEU"),
 *   }],
 * });
 * const set = defineRuleSet({
 *   id: "vi-du-keo-giam", label: "Ví dụ", package: pkg, kinds, kindOf: () => "khu_dan_cu",
 *   rules: [reduction], interpretations: [option],
 * });
 * const run = compile(set, { year: 2024 });
 * const inputs = [{ crimes: 2, before: 2 }, { crimes: 1, before: 3 }, { crimes: 4, before: 3 }];
 * const results = inputs.map((u) => run.evaluate(u));
 * results.map((r) => r.outcome); //=> ["can_xem_xet", "dat", "chua_dat"]
 * const report = findUndecidedReadings(run, inputs, results);
 * report.results; //=> 1
 * report.decided; //=> [0]
 * report.byKind; //=> { khu_dan_cu: 1 }
 * report.options.map((o) => [o.id, o.decides]); //=> [["tt124.d4.k4.a.kiem_che_keo_giam", 1]]
 * report.reassessed; //=> 1
 */
export const findUndecidedReadings = <I>(
  compiled: CompiledRuleSet<I>,
  inputs: readonly I[],
  results: readonly EvaluationResult[],
  options: UndecidedReadingsOptions = {},
): UndecidedReadingsReport => {
  const none: UndecidedReadingsReport = {
    results: 0,
    decided: [],
    byKind: {},
    options: [],
    reassessed: 0,
    complete: true,
  };
  const undecided = undecidedOptions(compiled);
  if (undecided.length === 0) return none;
  const byRule = undecidedReadsByRule(compiled, new Set(undecided.map((o) => o.id)));
  if (byRule.size === 0) return none;
  const masks = new OptionMasks(undecided, byRule);
  const own = masks.ofResults(results);
  const groups = groupResults(results, own, masks, options.dependsOn);
  if (groups.size === 0) return none;

  const search = new Search(compiled, inputs, results, own, masks, options);
  let complete = true;
  let reassessed = 0;
  for (const group of groups.values()) {
    reassessed += group.indices.length;
    complete = search.group(group.options, group.indices) && complete;
  }
  const { decided, alone, involved } = search;
  if (decided.size === 0) return { ...none, reassessed, complete };

  const listed = undecided
    .filter((o) => involved.has(o.id))
    .map((o) => ({
      id: o.id,
      label: o.label,
      choices: o.choices.map((c) => ({ id: c.id, label: c.label })),
      decides: alone.get(o.id)?.size ?? 0,
    }));
  // An option that decides nothing on its own still matters when it does so together with another one.
  const deciding = listed.filter((o) => o.decides > 0);
  const indices = decided.list();
  const byKind: Record<string, number> = {};
  for (const i of indices) {
    const kind = (results[i] as EvaluationResult).kind;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  return {
    results: indices.length,
    decided: indices,
    byKind,
    options: deciding.length > 0 ? deciding : listed,
    reassessed,
    complete,
  };
};
