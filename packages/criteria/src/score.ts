/**
 * Scoring a sheet against a rubric: self score next to verified score, caps at every level (sub-item,
 * item, group, total), deductions per event, bands, vetoes — all in integer tenths of a point.
 * `compileRubric` does the per-rubric work once; `scoreSheet` is then a flat loop per sheet.
 */
import { closest, distance } from "fastest-levenshtein";
import { bandTable } from "./band.js";
import type { Issue, Result } from "./internal/engine.js";
import type { Tenths } from "./points.js";
import {
  checkRubric,
  type Level,
  type Rubric,
  type RubricGroup,
  type RubricItem,
  type RubricLeaf,
  type Veto,
} from "./rubric.js";
import type { SheetFacts, VetoHit } from "./veto.js";

/**
 * One line of a score sheet: the points the unit gave itself and the points the reviewing level verified
 * (tenths), or for a deduction item the number of events each side counted, plus evidence notes.
 * Structurally the same as @antq/domain's `ScoreEntry` (parse JSON with its `parseScoreSheet`); declared
 * here without branded ids so literals need no casts.
 *
 * @example
 * const e: ScoreEntry = { item: "I.1", self: 100, verified: 95, evidence: "Nghị quyết số 05-NQ/ĐU ngày 10/01/2024" };
 */
export interface ScoreEntry {
  readonly item: string;
  readonly self?: Tenths | undefined;
  readonly verified?: Tenths | undefined;
  readonly selfEvents?: number | undefined;
  readonly verifiedEvents?: number | undefined;
  readonly evidence?: string | undefined;
}

/**
 * A unit's score sheet for a year against a rubric. Every @antq/domain `ScoreSheet` is one (it is declared
 * structurally, without branded ids).
 *
 * @example
 * const sheet: ScoreSheet = { unitId: "xa-tan-tien", year: 2024, rubricId: "vi-du.qd510.commune", entries: [{ item: "I.1", self: 100 }], facts: { tt124: "dat" } };
 * const s = scoreSheet(compileRubric(exampleRubric("commune")), sheet);
 * // 10 points for I.1, plus the 30 points of the deduction items IV.1 and IV.2, kept while no event is reported.
 * s.ok && s.value.total; //=> 400
 * s.ok && s.value.review.map((n) => n.code); //=> ["EXAMPLE_CONFIG", "NOT_VERIFIED", "MISSING_SCORES"]
 */
export interface ScoreSheet {
  readonly unitId: string;
  readonly unitName?: string | undefined;
  readonly year: number;
  readonly rubricId: string;
  readonly entries: readonly ScoreEntry[];
  readonly facts?: SheetFacts | undefined;
}

/**
 * Node flags (bit set per node of a scored sheet).
 *
 * @example
 * // In Xã Tân Tiến's sheet the sub-items of III.1 sum to 11,5 points, above its 10: III.1 is capped.
 * const i = compiled.nodeIndex.get("III.1") ?? -1;
 * (score.flags[i] & ScoreFlag.CAPPED) !== 0; //=> true
 * (score.flags[compiled.nodeIndex.get("I.1") ?? -1] & ScoreFlag.CAPPED) !== 0; //=> false
 */
export const ScoreFlag = Object.freeze({
  /** The entered points (or the sum of sub-items) exceeded the maximum; the maximum was given. */
  CAPPED: 1,
  /** No verified value: the self score was used. */
  FROM_SELF: 2,
  /** No entry at all for the item. */
  MISSING: 4,
  /** Deductions exceeded the item's points; the item was floored at 0. */
  FLOORED: 8,
  /** The self score exceeded the maximum. */
  SELF_CAPPED: 16,
  /** The sheet has a line for this leaf. */
  ENTERED: 32,
});

/**
 * The kind of a rubric node.
 *
 * @example
 * const k: NodeKind = "leaf";
 */
export type NodeKind = "group" | "item" | "leaf";

/**
 * A node of a compiled rubric, in display order (group, its items, each item's sub-items).
 *
 * @example
 * compiled.nodes.slice(6, 10).map((n) => `${n.kind} ${n.id} (${n.max})`);
 * //=> ["group III (200)", "item III.1 (100)", "leaf III.1.a (60)", "leaf III.1.b (60)"]
 */
export interface RubricNode {
  readonly index: number;
  readonly kind: NodeKind;
  readonly id: string;
  readonly label: string;
  readonly max: Tenths;
  readonly depth: 0 | 1 | 2;
  readonly parent: number;
  readonly children: readonly number[];
  readonly source: RubricGroup | RubricItem | RubricLeaf;
  readonly group: RubricGroup;
  readonly mode: "graded" | "deduction" | "sum";
  readonly perEvent: number;
}

/**
 * A rubric prepared for fast scoring.
 *
 * @example
 * const compiled = compileRubric(rubric);
 * compiled.leafIndex.size; //=> 10
 * compiled.nodes[compiled.nodeIndex.get("IV.2") ?? -1].perEvent; //=> 60
 */
export interface CompiledRubric {
  readonly rubric: Rubric;
  readonly nodes: readonly RubricNode[];
  /** Node index of each leaf id. */
  readonly leafIndex: ReadonlyMap<string, number>;
  /** Node index of every id (groups, items, sub-items). */
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** Parent node indices, children before parents. */
  readonly bottomUp: readonly number[];
  readonly groupIndices: readonly number[];
  /** Level index (0 = best) per total in tenths. */
  readonly levelOfTotal: Int8Array;
  readonly levelRank: ReadonlyMap<string, number>;
}

/**
 * Thrown by {@link compileRubric} when a rubric fails its static checks (a configuration error); carries
 * the issues.
 *
 * @example
 * const bad = { ...exampleRubric("commune"), max: 900 };
 * compileRubric(bad); // throws RubricError
 * let codes: string[] = [];
 * try { compileRubric(bad); } catch (e) { if (e instanceof RubricError) codes = e.issues.map((i) => i.code); }
 * codes; //=> ["RUBRIC_MAX_MISMATCH", "BAND_BEYOND_MAX"]
 */
export class RubricError extends Error {
  override readonly name = "RubricError";
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(
      `Bảng điểm không hợp lệ (${issues.length} lỗi): ${issues.map((i) => `[${i.code}] ${i.message}`).join("; ")}`,
    );
    this.issues = issues;
  }
}

/**
 * Prepares a rubric for scoring; throws {@link RubricError} if `checkRubric` finds issues.
 *
 * @example
 * const compiled = compileRubric(exampleRubric("commune"));
 * // 5 groups, 9 items and 2 sub-items.
 * compiled.nodes.length; //=> 16
 */
export function compileRubric(rubric: Rubric): CompiledRubric {
  const issues = checkRubric(rubric);
  if (issues.length > 0) throw new RubricError(issues);
  const nodes: RubricNode[] = [];
  const leafIndex = new Map<string, number>();
  const nodeIndex = new Map<string, number>();
  const bottomUp: number[] = [];
  const groupIndices: number[] = [];
  for (const group of rubric.groups) {
    const gi = nodes.length;
    const gChildren: number[] = [];
    nodes.push(node(gi, "group", group, group, 0, -1, gChildren, "sum", 0));
    nodeIndex.set(group.id, gi);
    groupIndices.push(gi);
    for (const item of group.items) {
      const ii = nodes.length;
      gChildren.push(ii);
      nodeIndex.set(item.id, ii);
      if (item.children) {
        const iChildren: number[] = [];
        nodes.push(node(ii, "item", item, group, 1, gi, iChildren, "sum", 0));
        for (const leaf of item.children) {
          const li = nodes.length;
          iChildren.push(li);
          nodes.push(node(li, "leaf", leaf, group, 2, ii, [], leaf.mode, leaf.perEvent ?? 0));
          leafIndex.set(leaf.id, li);
          nodeIndex.set(leaf.id, li);
        }
        bottomUp.push(ii);
      } else {
        nodes.push(node(ii, "leaf", item, group, 1, gi, [], item.mode, item.perEvent ?? 0));
        leafIndex.set(item.id, ii);
      }
    }
    bottomUp.push(gi);
  }
  return Object.freeze({
    rubric,
    nodes,
    leafIndex,
    nodeIndex,
    bottomUp,
    groupIndices,
    levelOfTotal: bandTable(rubric.bands, rubric.max, rubric.levels),
    levelRank: new Map(rubric.levels.map((l, i) => [l.id, i] as const)),
  });
}

function node(
  index: number,
  kind: NodeKind,
  source: RubricGroup | RubricItem | RubricLeaf,
  group: RubricGroup,
  depth: 0 | 1 | 2,
  parent: number,
  children: number[],
  mode: "graded" | "deduction" | "sum",
  perEvent: number,
): RubricNode {
  return {
    index,
    kind,
    id: source.id,
    label: source.label,
    max: source.max,
    depth,
    parent,
    children,
    source,
    group,
    mode,
    perEvent,
  };
}

/**
 * Why a result needs review ("cần xem xét"), with a stable code and a Vietnamese message.
 *
 * @example
 * const n: ReviewNote = { code: "EXAMPLE_CONFIG", message: "Kết quả dùng cấu hình ví dụ …" };
 */
export interface ReviewNote {
  readonly code: string;
  readonly message: string;
}

/**
 * A scored sheet. Per-node arrays are indexed like `rubric.nodes`; use `itemScores` or `explainScore` for
 * display objects.
 *
 * @example
 * const s = scoreSheet(compiled, sheet);
 * // Xã Tân Tiến: 91 points verified (100 self-assessed), Xuất sắc by the bands; the Thông tư 124 fact is missing.
 * s.ok && [s.value.total, s.value.selfTotal, s.value.level.id, s.value.status]; //=> [910, 1000, "xuat_sac", "needs_review"]
 */
export interface SheetScore {
  readonly compiled: CompiledRubric;
  readonly sheet: ScoreSheet;
  /** Points given per node (verified, or self where not verified), capped. */
  readonly awarded: readonly Tenths[];
  /** The unit's self score per node, capped the same way. */
  readonly selfAwarded: readonly Tenths[];
  /** `ScoreFlag` bits per node. */
  readonly flags: readonly number[];
  readonly total: Tenths;
  readonly selfTotal: Tenths;
  readonly max: Tenths;
  /** Level from the bands alone. */
  readonly scoreLevel: Level;
  /** Level after vetoes. */
  readonly level: Level;
  /** Level the self score would give (before vetoes). */
  readonly selfLevel: Level;
  readonly vetoes: readonly VetoHit[];
  readonly review: readonly ReviewNote[];
  /** `final` when nothing needs review; otherwise `needs_review` ("cần xem xét"). */
  readonly status: "final" | "needs_review";
}

/**
 * Scores one sheet. Structural problems make the sheet invalid (`{ ok: false, issues }`): another rubric
 * (`RUBRIC_MISMATCH`), an unknown item (`UNKNOWN_ITEM`), a parent instead of a leaf (`NOT_A_LEAF`), a duplicate
 * line (`DUPLICATE_ENTRY`), a value that is not a non-negative integer (`NOT_TENTHS`, `NOT_EVENT_COUNT`),
 * points on a deduction item or events on a graded one (`WRONG_ENTRY_KIND`). Points above the maximum are
 * capped and flagged. The result never depends on the order of the entries.
 *
 * @example
 * const r = scoreSheet(compiled, { unitId: "xa-tan-tien", year: 2024, rubricId: compiled.rubric.id, entries: [{ item: "I.1", self: 100, verified: 85 }] });
 * // 8,5 verified points for I.1; the deduction items keep their 30 points while no event is reported.
 * r.ok && r.value.total; //=> 385
 * const typo = scoreSheet(compiled, { unitId: "xa-tan-tien", year: 2024, rubricId: compiled.rubric.id, entries: [{ item: "I.l", self: 100 }] });
 * !typo.ok && typo.issues[0].message; //=> "Mục “I.l” không có trong bảng điểm vi-du.qd510.commune; có phải mục “I.1”?"
 */
export function scoreSheet(compiled: CompiledRubric, sheet: ScoreSheet): Result<SheetScore> {
  const rubric = compiled.rubric;
  const plan = planOf(compiled);
  let issues: Issue[] | null = null;
  if (sheet.rubricId !== rubric.id) {
    issues = addIssue(
      issues,
      "RUBRIC_MISMATCH",
      `Phiếu chấm theo bảng điểm “${sheet.rubricId}”, không phải “${rubric.id}”.`,
      ["rubricId"],
    );
  }
  const awarded = plan.zeros.slice();
  const selfAwarded = plan.zeros.slice();
  const flags = plan.zeros.slice();
  const list = sheet.entries;
  const leafSlot = plan.leafSlot;
  const deduction = plan.deduction;
  const maxOf = plan.max;
  const perEventOf = plan.perEvent;
  let fromSelf = 0;
  let missing = 0;
  // One pass over the lines: check each and score its leaf.
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as ScoreEntry;
    const slot = leafSlot[e.item];
    if (typeof slot !== "number") {
      issues = compiled.nodeIndex.has(e.item)
        ? addIssue(issues, "NOT_A_LEAF", `Mục ${e.item} có mục con; hãy chấm từng mục con.`, [
            "entries",
            i,
            "item",
          ])
        : addIssue(issues, "UNKNOWN_ITEM", unknownItemMessage(e.item, rubric.id, leafSlot), [
            "entries",
            i,
            "item",
          ]);
      continue;
    }
    const li: number = slot;
    if (((flags[li] as number) & ScoreFlag.ENTERED) !== 0) {
      issues = addIssue(issues, "DUPLICATE_ENTRY", `Mục ${e.item} được chấm nhiều lần.`, [
        "entries",
        i,
        "item",
      ]);
      continue;
    }
    const max = maxOf[li] as number;
    let f: number = ScoreFlag.ENTERED;
    if (deduction[li] === 1) {
      if (e.self !== undefined || e.verified !== undefined) {
        issues = addIssue(
          issues,
          "WRONG_ENTRY_KIND",
          `Mục ${e.item} trừ điểm theo số vụ việc: nhập số vụ, không nhập điểm.`,
          ["entries", i],
        );
      }
      const selfEv = e.selfEvents;
      const verEv = e.verifiedEvents;
      if (!isCount(selfEv)) issues = badCount(issues, e.item, i, "selfEvents");
      if (!isCount(verEv)) issues = badCount(issues, e.item, i, "verifiedEvents");
      const per = perEventOf[li] as number;
      const ev = verEv ?? selfEv;
      if (ev === undefined) {
        f |= ScoreFlag.MISSING;
        missing++;
      } else if (verEv === undefined) {
        f |= ScoreFlag.FROM_SELF;
        fromSelf++;
      }
      const a = max - (ev ?? 0) * per;
      if (a < 0) f |= ScoreFlag.FLOORED;
      awarded[li] = a < 0 ? 0 : a;
      const sa = max - (selfEv ?? 0) * per;
      selfAwarded[li] = sa < 0 ? 0 : sa;
    } else {
      if (e.selfEvents !== undefined || e.verifiedEvents !== undefined) {
        issues = addIssue(
          issues,
          "WRONG_ENTRY_KIND",
          `Mục ${e.item} chấm điểm: nhập điểm, không nhập số vụ việc.`,
          ["entries", i],
        );
      }
      const sv = e.self;
      const vv = e.verified;
      if (!isCount(sv)) issues = badTenths(issues, e.item, i, "self");
      if (!isCount(vv)) issues = badTenths(issues, e.item, i, "verified");
      const v = vv ?? sv;
      if (v === undefined) {
        f |= ScoreFlag.MISSING;
        missing++;
      } else if (vv === undefined) {
        f |= ScoreFlag.FROM_SELF;
        fromSelf++;
      }
      if (v !== undefined && v > max) f |= ScoreFlag.CAPPED;
      awarded[li] = v === undefined ? 0 : v > max ? max : v;
      if (sv !== undefined && sv > max) f |= ScoreFlag.SELF_CAPPED;
      selfAwarded[li] = sv === undefined ? 0 : sv > max ? max : sv;
    }
    flags[li] = f;
  }
  if (issues !== null) return { ok: false, issues };
  // Leaves without a line: a deduction item keeps its points (no event reported), a graded item gets 0.
  const leaves = plan.leaves;
  for (let k = 0; k < leaves.length; k++) {
    const li = leaves[k] as number;
    if (((flags[li] as number) & ScoreFlag.ENTERED) !== 0) continue;
    flags[li] = ScoreFlag.MISSING;
    missing++;
    if (deduction[li] === 1) {
      awarded[li] = maxOf[li] as number;
      selfAwarded[li] = maxOf[li] as number;
    }
  }
  const up = plan.parents;
  const childStart = plan.childStart;
  const childList = plan.childList;
  for (let k = 0; k < up.length; k++) {
    const pi = up[k] as number;
    const max = maxOf[pi] as number;
    let a = 0;
    let s = 0;
    const end = childStart[k + 1] as number;
    for (let c = childStart[k] as number; c < end; c++) {
      const ci = childList[c] as number;
      a += awarded[ci] as number;
      s += selfAwarded[ci] as number;
    }
    if (a > max) {
      flags[pi] = (flags[pi] as number) | ScoreFlag.CAPPED;
      a = max;
    }
    awarded[pi] = a;
    selfAwarded[pi] = s > max ? max : s;
  }
  let total = 0;
  let selfTotal = 0;
  const groups = plan.groups;
  for (let k = 0; k < groups.length; k++) {
    const gi = groups[k] as number;
    total += awarded[gi] as number;
    selfTotal += selfAwarded[gi] as number;
  }
  if (total > rubric.max) total = rubric.max;
  if (selfTotal > rubric.max) selfTotal = rubric.max;

  const levels = rubric.levels;
  const scoreRank = compiled.levelOfTotal[total] as number;
  const selfRank = compiled.levelOfTotal[selfTotal] as number;
  let hits: VetoHit[] | null = null;
  let rank = scoreRank;
  let unknownVetoes = 0;
  const vetoes = rubric.vetoes;
  for (let k = 0; k < vetoes.length; k++) {
    const veto = vetoes[k] as Veto;
    const w = veto.when;
    let state: "hit" | "clear" | "unknown";
    if (w.type === "item-below") {
      const idx = plan.vetoItem[k] as number;
      state = idx < 0 ? "unknown" : (awarded[idx] as number) < w.min ? "hit" : "clear";
    } else {
      const value = sheet.facts?.[w.fact];
      state =
        value === undefined ? "unknown" : (value === w.value) === (w.type === "fact-is") ? "hit" : "clear";
    }
    if (state === "clear") continue;
    if (hits === null) hits = [];
    hits.push({ veto, state });
    if (state === "hit") {
      const cap = plan.vetoCap[k] as number;
      if (cap > rank) rank = cap;
    } else unknownVetoes++;
  }

  let review = plan.staticReview;
  if (fromSelf > 0 || missing > 0 || unknownVetoes > 0) {
    let mask = 0;
    if (hits !== null) {
      for (const h of hits) if (h.state === "unknown") mask |= 1 << (plan.vetoOrdinal.get(h.veto) ?? 0);
    }
    const key =
      vetoes.length > 20 ? -1 : (fromSelf * (plan.leaves.length + 1) + missing) * 2 ** vetoes.length + mask;
    let cachedNotes = key < 0 ? undefined : plan.reviewCache.get(key);
    if (cachedNotes === undefined) {
      const more: ReviewNote[] = [...review];
      if (fromSelf > 0) more.push(plan.notVerified[fromSelf] as ReviewNote);
      if (missing > 0) more.push(plan.missing[missing] as ReviewNote);
      for (let k = 0; k < vetoes.length; k++) {
        const veto = vetoes[k];
        if (hits?.some((h) => h.veto === veto && h.state === "unknown"))
          more.push(plan.vetoUnknown[k] as ReviewNote);
      }
      cachedNotes = Object.freeze(more);
      if (key >= 0) plan.reviewCache.set(key, cachedNotes);
    }
    review = cachedNotes;
  }
  return {
    ok: true,
    value: {
      compiled,
      sheet,
      awarded,
      selfAwarded,
      flags,
      total,
      selfTotal,
      max: rubric.max,
      scoreLevel: levels[scoreRank] as Level,
      level: levels[rank] as Level,
      selfLevel: levels[selfRank] as Level,
      vetoes: hits ?? EMPTY,
      review,
      status: review.length === 0 ? "final" : "needs_review",
    },
  };
}

function isCount(v: number | undefined): boolean {
  return v === undefined || (Number.isSafeInteger(v) && v >= 0);
}

function addIssue(list: Issue[] | null, code: string, message: string, path: (string | number)[]): Issue[] {
  const out = list ?? [];
  out.push({ code, message, path });
  return out;
}

function badCount(list: Issue[] | null, item: string, i: number, key: string): Issue[] {
  return addIssue(list, "NOT_EVENT_COUNT", `Mục ${item}: số vụ việc phải là số nguyên không âm.`, [
    "entries",
    i,
    key,
  ]);
}

function badTenths(list: Issue[] | null, item: string, i: number, key: string): Issue[] {
  return addIssue(list, "NOT_TENTHS", `Mục ${item}: điểm phải là số nguyên phần mười điểm, không âm.`, [
    "entries",
    i,
    key,
  ]);
}

/** Flat arrays for the scoring loop, built once per compiled rubric. */
interface ScoringPlan {
  readonly n: number;
  readonly leaves: readonly number[];
  readonly deduction: Uint8Array;
  readonly max: readonly number[];
  readonly perEvent: readonly number[];
  readonly parents: readonly number[];
  readonly childStart: readonly number[];
  readonly childList: readonly number[];
  readonly groups: readonly number[];
  readonly vetoItem: readonly number[];
  readonly vetoCap: readonly number[];
  readonly staticReview: readonly ReviewNote[];
  /** Notes by count of unverified / missing items, and per veto: built once, shared by every result. */
  readonly notVerified: readonly ReviewNote[];
  readonly missing: readonly ReviewNote[];
  readonly vetoUnknown: readonly ReviewNote[];
  readonly vetoOrdinal: ReadonlyMap<Veto, number>;
  /** Review-note lists by (unverified, missing, unknown vetoes): results share frozen lists. */
  readonly reviewCache: Map<number, readonly ReviewNote[]>;
  /** Leaf node index by id (null-prototype dictionary). */
  readonly leafSlot: Readonly<Record<string, unknown>>;
  readonly zeros: number[];
}

const PLANS = new WeakMap<CompiledRubric, ScoringPlan>();

let lastCompiled: CompiledRubric | undefined;
let lastPlan: ScoringPlan | undefined;

function planOf(compiled: CompiledRubric): ScoringPlan {
  if (compiled === lastCompiled && lastPlan !== undefined) return lastPlan;
  const cached = PLANS.get(compiled) ?? buildPlan(compiled);
  lastCompiled = compiled;
  lastPlan = cached;
  return cached;
}

function buildPlan(compiled: CompiledRubric): ScoringPlan {
  const cached = PLANS.get(compiled);
  if (cached !== undefined) return cached;
  const nodes = compiled.nodes;
  const rubric = compiled.rubric;
  const childStart: number[] = [0];
  const childList: number[] = [];
  for (const pi of compiled.bottomUp) {
    childList.push(...(nodes[pi] as RubricNode).children);
    childStart.push(childList.length);
  }
  const staticReview: ReviewNote[] = [];
  if (rubric.example) {
    staticReview.push({
      code: "EXAMPLE_CONFIG",
      message:
        rubric.review ?? "Kết quả dùng cấu hình ví dụ, không phải văn bản quy định của tỉnh — cần xem xét.",
    });
  } else if (rubric.review !== undefined) {
    staticReview.push({ code: "RUBRIC_REVIEW", message: rubric.review });
  }
  // A plain object (fast properties); look-ups check `typeof === "number"`, so inherited names never match.
  const leafSlot: Record<string, unknown> = {};
  for (const [id, i] of compiled.leafIndex) leafSlot[id] = i;
  const plan: ScoringPlan = {
    leafSlot,
    zeros: nodes.map(() => 0),
    vetoOrdinal: new Map(rubric.vetoes.map((v, k) => [v, k] as const)),
    reviewCache: new Map(),
    n: nodes.length,
    leaves: [...compiled.leafIndex.values()],
    deduction: Uint8Array.from(nodes, (nd) => (nd.mode === "deduction" ? 1 : 0)),
    max: nodes.map((nd) => nd.max),
    perEvent: nodes.map((nd) => nd.perEvent),
    parents: compiled.bottomUp,
    childStart,
    childList,
    groups: compiled.groupIndices,
    vetoItem: rubric.vetoes.map((v) =>
      v.when.type === "item-below" ? (compiled.nodeIndex.get(v.when.item) ?? -1) : -1,
    ),
    vetoCap: rubric.vetoes.map((v) => compiled.levelRank.get(v.capLevel) ?? 0),
    staticReview:
      staticReview.length === 0 ? EMPTY_NOTES : Object.freeze(staticReview.map((r) => Object.freeze(r))),
    notVerified: Array.from({ length: compiled.leafIndex.size + 1 }, (_, c) =>
      Object.freeze({
        code: "NOT_VERIFIED",
        message: `${c} mục chưa có điểm thẩm định, đang dùng điểm tự chấm.`,
      }),
    ),
    missing: Array.from({ length: compiled.leafIndex.size + 1 }, (_, c) =>
      Object.freeze({ code: "MISSING_SCORES", message: `${c} mục chưa được chấm.` }),
    ),
    vetoUnknown: rubric.vetoes.map((v) =>
      Object.freeze({
        code: "VETO_FACT_MISSING",
        message: `Chưa đủ thông tin để xét điều kiện khống chế “${v.label}”.`,
      }),
    ),
  };
  PLANS.set(compiled, plan);
  return plan;
}

const EMPTY: readonly VetoHit[] = Object.freeze([]);
const EMPTY_NOTES: readonly ReviewNote[] = Object.freeze([]);

/**
 * A display object for one node of a scored sheet.
 *
 * @example
 * itemScores(score).filter((i) => i.capped).map((i) => i.id); //=> ["III.1"]
 */
export interface ItemScore {
  readonly node: RubricNode;
  readonly id: string;
  readonly label: string;
  readonly max: Tenths;
  readonly awarded: Tenths;
  readonly selfAwarded: Tenths;
  readonly entry: ScoreEntry | undefined;
  readonly capped: boolean;
  readonly fromSelf: boolean;
  readonly missing: boolean;
  readonly floored: boolean;
}

/**
 * Display objects for every node of a scored sheet, in rubric order.
 *
 * @example
 * itemScores(score).slice(0, 3).map((i) => `${i.id}: ${i.awarded}/${i.max}`); //=> ["I: 190/200", "I.1: 100/100", "I.2: 90/100"]
 * itemScores(score).find((i) => i.id === "IV.2")?.awarded; //=> 90
 */
export function itemScores(score: SheetScore): ItemScore[] {
  return score.compiled.nodes.map((node) => {
    const f = score.flags[node.index] as number;
    return {
      node,
      id: node.id,
      label: node.label,
      max: node.max,
      awarded: score.awarded[node.index] as number,
      selfAwarded: score.selfAwarded[node.index] as number,
      entry: entryOf(score, node.index),
      capped: (f & ScoreFlag.CAPPED) !== 0,
      fromSelf: (f & ScoreFlag.FROM_SELF) !== 0,
      missing: (f & ScoreFlag.MISSING) !== 0,
      floored: (f & ScoreFlag.FLOORED) !== 0,
    };
  });
}

/**
 * The sheet line scored for a node (a leaf), or `undefined` (a parent, or a leaf without a line).
 *
 * @example
 * entryOf(score, compiled.nodeIndex.get("I.1") ?? -1)?.evidence; //=> "Nghị quyết số 02-NQ/ĐU ngày 15/01/2024"
 * // A group has no sheet line of its own.
 * entryOf(score, compiled.nodeIndex.get("I") ?? -1); //=> undefined
 */
export function entryOf(score: SheetScore, nodeIndex: number): ScoreEntry | undefined {
  const node = score.compiled.nodes[nodeIndex];
  if (node === undefined || node.kind !== "leaf") return undefined;
  return score.sheet.entries.find((e) => e.item === node.id);
}

/** "Mục … không có trong bảng điểm …", naming the closest scored item when one is a few keystrokes away. */
function unknownItemMessage(item: string, rubricId: string, leafSlot: object): string {
  const leaves = Object.keys(leafSlot);
  const best = leaves.length > 0 ? closest(item, leaves) : undefined;
  const near = best !== undefined && distance(item, best) * 3 <= Math.max(best.length, 3);
  return `Mục “${item}” không có trong bảng điểm ${rubricId}${near ? `; có phải mục “${best}”?` : "."}`;
}
