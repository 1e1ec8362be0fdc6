/**
 * Scoring a sheet against a rubric: self score next to verified score, caps at every level (sub-item,
 * item, group, total), deductions per event, bands, vetoes — all in integer tenths of a point.
 * `compileRubric` does the per-rubric work once; `scoreSheet` is then a flat loop per sheet.
 */
import { bandTable } from "./band.js";
import type { Issue, Result } from "./internal/engine.js";
import { isTenths, type Tenths } from "./points.js";
import {
  checkRubric,
  type Level,
  type Rubric,
  type RubricGroup,
  type RubricItem,
  type RubricLeaf,
} from "./rubric.js";
import { applyVetoes, evaluateVeto, type SheetFacts, type VetoHit } from "./veto.js";

/**
 * One line of a score sheet: the points the unit gave itself and the points the reviewing level verified
 * (tenths), or for a deduction item the number of events each side counted, plus evidence notes.
 * Structurally the same as @antq/domain's `ScoreEntry` (parse JSON with its `parseScoreSheet`); declared
 * here without branded ids so literals need no casts.
 *
 * @example
 * const e: ScoreEntry = { item: "1", self: 30, verified: 25, evidence: "Nghị quyết số 05-NQ/ĐU ngày 10/01/2024" };
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
 * const sheet: ScoreSheet = { unitId: "xa-tan-tien", year: 2024, rubricId: "vd.qd510.commune", entries: [{ item: "1", self: 30 }], facts: { tt124: "dat" } };
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
 * (score.flags[i] & ScoreFlag.CAPPED) !== 0;
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
 * compiled.nodes.map((n) => `${n.id} ${n.label} (${n.max})`);
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
 * try { compileRubric(bad); } catch (e) { if (e instanceof RubricError) console.log(e.issues); }
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
 * compiled.nodes.length;
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
 * const s = scoreSheet(compiled, sheet); if (s.ok) s.value.total;
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
  /** Entry per leaf node (undefined for parents and missing leaves). */
  readonly entries: readonly (ScoreEntry | undefined)[];
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

const NO_FLAGS = 0;

/**
 * Scores one sheet. Structural problems make the sheet invalid (`{ ok: false, issues }`): another rubric
 * (`RUBRIC_MISMATCH`), an unknown item (`UNKNOWN_ITEM`), a parent instead of a leaf (`NOT_A_LEAF`), a duplicate
 * line (`DUPLICATE_ENTRY`), a value that is not a non-negative integer (`NOT_TENTHS`, `NOT_EVENT_COUNT`),
 * points on a deduction item or events on a graded one (`WRONG_ENTRY_KIND`). Points above the maximum are
 * capped and flagged. The result never depends on the order of the entries.
 *
 * @example
 * const r = scoreSheet(compiled, { unitId: "xa-a", year: 2024, rubricId: compiled.rubric.id, entries: [{ item: "1", self: 30, verified: 25 }] });
 * if (r.ok) r.value.total;
 */
export function scoreSheet(compiled: CompiledRubric, sheet: ScoreSheet): Result<SheetScore> {
  const rubric = compiled.rubric;
  const nodes = compiled.nodes;
  const n = nodes.length;
  const issues: Issue[] = [];
  const fail = (code: string, message: string, path: (string | number)[]) => {
    issues.push({ code, message, path });
  };
  if (sheet.rubricId !== rubric.id) {
    fail("RUBRIC_MISMATCH", `Phiếu chấm theo bảng điểm “${sheet.rubricId}”, không phải “${rubric.id}”.`, [
      "rubricId",
    ]);
  }
  const entries: (ScoreEntry | undefined)[] = new Array(n).fill(undefined);
  const list = sheet.entries;
  for (let i = 0; i < list.length; i++) {
    const e = list[i] as ScoreEntry;
    const li = compiled.leafIndex.get(e.item);
    if (li === undefined) {
      if (compiled.nodeIndex.has(e.item)) {
        fail("NOT_A_LEAF", `Mục ${e.item} có mục con; hãy chấm từng mục con.`, ["entries", i, "item"]);
      } else {
        fail("UNKNOWN_ITEM", `Mục “${e.item}” không có trong bảng điểm ${rubric.id}.`, [
          "entries",
          i,
          "item",
        ]);
      }
      continue;
    }
    if (entries[li] !== undefined) {
      fail("DUPLICATE_ENTRY", `Mục ${e.item} được chấm nhiều lần.`, ["entries", i, "item"]);
      continue;
    }
    const nd = nodes[li] as RubricNode;
    if (nd.mode === "deduction") {
      if (e.self !== undefined || e.verified !== undefined) {
        fail("WRONG_ENTRY_KIND", `Mục ${e.item} trừ điểm theo số vụ việc: nhập số vụ, không nhập điểm.`, [
          "entries",
          i,
        ]);
      }
      for (const k of ["selfEvents", "verifiedEvents"] as const) {
        const v = e[k];
        if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0)) {
          fail("NOT_EVENT_COUNT", `Mục ${e.item}: số vụ việc phải là số nguyên không âm.`, ["entries", i, k]);
        }
      }
    } else {
      if (e.selfEvents !== undefined || e.verifiedEvents !== undefined) {
        fail("WRONG_ENTRY_KIND", `Mục ${e.item} chấm điểm: nhập điểm, không nhập số vụ việc.`, [
          "entries",
          i,
        ]);
      }
      for (const k of ["self", "verified"] as const) {
        const v = e[k];
        if (v !== undefined && !(isTenths(v) && v >= 0)) {
          fail("NOT_TENTHS", `Mục ${e.item}: điểm phải là số nguyên phần mười điểm, không âm.`, [
            "entries",
            i,
            k,
          ]);
        }
      }
    }
    entries[li] = e;
  }
  if (issues.length > 0) return { ok: false, issues };

  const awarded: number[] = new Array(n).fill(0);
  const selfAwarded: number[] = new Array(n).fill(0);
  const flags: number[] = new Array(n).fill(NO_FLAGS);
  let fromSelf = 0;
  let missing = 0;
  for (const [, li] of compiled.leafIndex) {
    const nd = nodes[li] as RubricNode;
    const e = entries[li];
    const max = nd.max;
    let f = NO_FLAGS;
    if (nd.mode === "deduction") {
      const selfEv = e?.selfEvents;
      const verEv = e?.verifiedEvents;
      const ev = verEv ?? selfEv;
      if (ev === undefined) {
        f |= ScoreFlag.MISSING;
        missing++;
      } else if (verEv === undefined) {
        f |= ScoreFlag.FROM_SELF;
        fromSelf++;
      }
      const a = max - (ev ?? 0) * nd.perEvent;
      if (a < 0) f |= ScoreFlag.FLOORED;
      awarded[li] = a < 0 ? 0 : a;
      const s = max - (selfEv ?? 0) * nd.perEvent;
      selfAwarded[li] = s < 0 ? 0 : s;
    } else {
      const sv = e?.self;
      const vv = e?.verified;
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
  const up = compiled.bottomUp;
  for (let k = 0; k < up.length; k++) {
    const pi = up[k] as number;
    const nd = nodes[pi] as RubricNode;
    const ch = nd.children;
    let a = 0;
    let s = 0;
    for (let c = 0; c < ch.length; c++) {
      const ci = ch[c] as number;
      a += awarded[ci] as number;
      s += selfAwarded[ci] as number;
    }
    if (a > nd.max) {
      flags[pi] = (flags[pi] as number) | ScoreFlag.CAPPED;
      a = nd.max;
    }
    awarded[pi] = a;
    selfAwarded[pi] = s > nd.max ? nd.max : s;
  }
  let total = 0;
  let selfTotal = 0;
  for (const gi of compiled.groupIndices) {
    total += awarded[gi] as number;
    selfTotal += selfAwarded[gi] as number;
  }
  if (total > rubric.max) total = rubric.max;
  if (selfTotal > rubric.max) selfTotal = rubric.max;

  const levels = rubric.levels;
  const scoreRank = compiled.levelOfTotal[total] as number;
  const selfRank = compiled.levelOfTotal[selfTotal] as number;
  const hits: VetoHit[] = [];
  for (const veto of rubric.vetoes) {
    const state = evaluateVeto(veto, sheet.facts, (id) => {
      const idx = compiled.nodeIndex.get(id);
      return idx === undefined ? undefined : awarded[idx];
    });
    if (state !== "clear") hits.push({ veto, state });
  }
  const vetoes: readonly VetoHit[] = hits.length === 0 ? EMPTY : hits;
  const rank =
    hits === undefined ? scoreRank : applyVetoes(scoreRank, hits, (id) => compiled.levelRank.get(id) ?? 0);

  const review: ReviewNote[] = [];
  if (rubric.example) {
    review.push({
      code: "EXAMPLE_CONFIG",
      message: "Kết quả dùng cấu hình ví dụ, không phải văn bản quy định của tỉnh — cần xem xét.",
    });
  }
  if (rubric.review !== undefined) review.push({ code: "RUBRIC_REVIEW", message: rubric.review });
  if (fromSelf > 0) {
    review.push({
      code: "NOT_VERIFIED",
      message: `${fromSelf} mục chưa có điểm thẩm định, đang dùng điểm tự chấm.`,
    });
  }
  if (missing > 0) {
    review.push({ code: "MISSING_SCORES", message: `${missing} mục chưa được chấm.` });
  }
  for (const h of hits) {
    if (h.state === "unknown") {
      review.push({
        code: "VETO_FACT_MISSING",
        message: `Chưa đủ thông tin để xét điều kiện khống chế “${h.veto.label}”.`,
      });
    }
  }
  return {
    ok: true,
    value: {
      compiled,
      sheet,
      awarded,
      selfAwarded,
      flags,
      entries,
      total,
      selfTotal,
      max: rubric.max,
      scoreLevel: levels[scoreRank] as Level,
      level: levels[rank] as Level,
      selfLevel: levels[selfRank] as Level,
      vetoes,
      review: review.length === 0 ? EMPTY_NOTES : review,
      status: review.length === 0 ? "final" : "needs_review",
    },
  };
}

const EMPTY: readonly VetoHit[] = Object.freeze([]);
const EMPTY_NOTES: readonly ReviewNote[] = Object.freeze([]);

/**
 * A display object for one node of a scored sheet.
 *
 * @example
 * itemScores(score).filter((i) => i.capped);
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
 * for (const i of itemScores(score)) console.log(i.id, i.awarded, i.max);
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
      entry: score.entries[node.index],
      capped: (f & ScoreFlag.CAPPED) !== 0,
      fromSelf: (f & ScoreFlag.FROM_SELF) !== 0,
      missing: (f & ScoreFlag.MISSING) !== 0,
      floored: (f & ScoreFlag.FLOORED) !== 0,
    };
  });
}
