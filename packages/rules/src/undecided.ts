/**
 * Undecided readings: which "cần xem xét" results come from an interpretation option left undecided (e.g.
 * "kiềm chế, kéo giảm", TT 124 Điều 4 khoản 4 điểm a), and which option decides them. A result counts when it
 * is "cần xem xét" as assessed and "đạt" or "chưa đạt" under some choice of the undecided options.
 *
 * Only what can change is assessed again: a result whose "cần xem xét" criteria read an undecided option
 * (the options a rule version declares in `interpretations`, the same ones its explanation lists under
 * `readings`), or which depends on such results (a commune on its units), and only under the choices of the
 * options those criteria read. Pure and synchronous.
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
   * reads (a result no reading can change keeps its outcome). Default: `outcomeOf(index)`, which assesses
   * `inputs[index]` with `compiled.outcomeOf`. A roll-up whose results depend on others (a commune on its
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
  for (const { rule, version } of compiled.rules) {
    const reads = (version.interpretations ?? []).filter((id) => undecided.has(id));
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
    for (const id of byRule.get(c.id) ?? []) out.add(id);
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

  // The results that a reading may decide, grouped by the options they read (in the rule set's order).
  const own = new Map<number, Set<string>>();
  results.forEach((r, i) => {
    const reads = readsOf(r, byRule);
    if (reads.size > 0) own.set(i, reads);
  });
  const groups = new Map<string, { options: Interpretation[]; indices: number[] }>();
  results.forEach((r, i) => {
    if (r.outcome !== "can_xem_xet") return;
    const reads = new Set(own.get(i));
    if (options.dependsOn)
      for (const j of options.dependsOn(i)) for (const id of own.get(j) ?? []) reads.add(id);
    if (reads.size === 0) return;
    const read = undecided.filter((o) => reads.has(o.id));
    const key = read.map((o) => o.id).join("\u0000");
    let group = groups.get(key);
    if (!group) {
      group = { options: read, indices: [] };
      groups.set(key, group);
    }
    group.indices.push(i);
  });
  if (groups.size === 0) return none;

  const reassess = options.reassess ?? ((i: number, outcomeOf: (j: number) => Outcome) => outcomeOf(i));
  // Outcomes by result and by the choices of the options it reads: a result shared by several groups (a unit
  // and its commune) is assessed once per choice.
  const memo = new Map<number, Map<string, Outcome>>();
  const outcomeUnder =
    (readings: Readings) =>
    (j: number): Outcome => {
      const reads = own.get(j);
      const result = results[j] as EvaluationResult;
      if (reads === undefined) return result.outcome;
      const restricted: Record<string, string | null> = {};
      let key = "";
      for (const id of reads) {
        const choice = readings[id];
        if (choice === undefined || choice === null) continue;
        restricted[id] = choice;
        key += `${id}=${choice};`;
      }
      let byKey = memo.get(j);
      if (!byKey) {
        byKey = new Map();
        memo.set(j, byKey);
      }
      let outcome = byKey.get(key);
      if (outcome === undefined) {
        outcome = compiled.outcomeOf(inputs[j] as I, { readings: restricted });
        byKey.set(key, outcome);
      }
      return outcome;
    };
  const max = options.maxCombinations ?? DEFAULT_MAX_COMBINATIONS;
  const decided = new Set<number>();
  const alone = new Map<string, Set<number>>();
  const involved = new Set<string>();
  let complete = true;
  let reassessed = 0;
  const decidedUnder = (indices: readonly number[], readings: Readings): number[] => {
    const outcomeOf = outcomeUnder(readings);
    return indices.filter((i) => reassess(i, outcomeOf, readings) !== "can_xem_xet");
  };
  for (const group of groups.values()) {
    reassessed += group.indices.length;
    const all = combinations(group.options, max);
    complete &&= all.complete;
    const before = decided.size;
    for (const readings of all.list) for (const i of decidedUnder(group.indices, readings)) decided.add(i);
    if (decided.size === before) continue;
    for (const option of group.options) {
      involved.add(option.id);
      let set = alone.get(option.id);
      if (!set) {
        set = new Set();
        alone.set(option.id, set);
      }
      // With one option the combinations were its choices alone.
      const choices =
        group.options.length === 1 ? all.list : option.choices.map((c) => ({ [option.id]: c.id }));
      for (const readings of choices) for (const i of decidedUnder(group.indices, readings)) set.add(i);
    }
  }
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
  const indices = [...decided].sort((a, b) => a - b);
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
