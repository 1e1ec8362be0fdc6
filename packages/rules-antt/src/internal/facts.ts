/**
 * Helpers shared by the TT 124 / TT 23 content: evaluation windows, Quý I, attestations, person roles.
 * Windows and quarters are cached so that evaluating a unit builds no date strings.
 */
import {
  type AnnualFacts,
  type AssessedUnitKind,
  type DisciplineForm,
  isDisciplineAtLeast,
  type PersonRole,
} from "@antq/domain";
import type { RuleContext } from "@antq/rules";
import type { WindowTable } from "../tt124/parameters.js";
import { EVALUATION_WINDOWS } from "../tt124/parameters.js";

export type Window = readonly [from: string, to: string];

const windowCache = new WeakMap<WindowTable, Map<AssessedUnitKind, Map<number, Window | null>>>();

function pad4(y: number): string {
  return String(y).padStart(4, "0");
}

/** The window of `kind` for evaluation year `year` under a window table; `null` when not known. */
export function windowFromTable(table: WindowTable, kind: AssessedUnitKind, year: number): Window | null {
  let byKind = windowCache.get(table);
  if (!byKind) {
    byKind = new Map();
    windowCache.set(table, byKind);
  }
  let byYear = byKind.get(kind);
  if (!byYear) {
    byYear = new Map();
    byKind.set(kind, byYear);
  }
  let w = byYear.get(year);
  if (w === undefined) {
    const spec = table[kind];
    w = spec === null ? null : [`${pad4(year - 1)}-${spec.start}`, `${pad4(year)}-${spec.end}`];
    byYear.set(year, w);
  }
  return w;
}

let lastTable: WindowTable | undefined;
let lastYear = Number.NaN;
let lastByKind: Record<string, Window | null> = {};

/** The window of the unit being evaluated (facts.year), from the parameter in force (cached per table and year). */
export function windowOf(ctx: RuleContext, kind: AssessedUnitKind, facts: AnnualFacts): Window | null {
  const table = ctx.param(EVALUATION_WINDOWS);
  const year = facts.year;
  if (table !== lastTable || year !== lastYear) {
    lastTable = table;
    lastYear = year;
    lastByKind = {};
  }
  const hit = lastByKind[kind];
  if (hit !== undefined) return hit;
  const w = windowFromTable(table, kind, year);
  lastByKind[kind] = w;
  return w;
}

export function inWindow(date: string, w: Window | null): boolean {
  return w === null || (w[0] <= date && date <= w[1]);
}

const EMPTY: readonly never[] = Object.freeze([]);

/** Items of `list` whose date is inside the window (a shared empty array when none). */
export function within<T>(list: readonly T[], date: (t: T) => string, w: Window | null): readonly T[] {
  if (list.length === 0) return EMPTY;
  let out: T[] | undefined;
  for (const x of list) {
    if (inWindow(date(x), w)) {
      if (out === undefined) out = [];
      out.push(x);
    }
  }
  return out ?? EMPTY;
}

/** Maps the items of `list` (shared empty array when empty), for explanation facts. */
export function mapList<T, U>(list: readonly T[] | undefined, fn: (t: T) => U): readonly U[] {
  if (list === undefined || list.length === 0) return EMPTY;
  return list.map(fn);
}

/** Filters then maps (shared empty array when nothing matches), for explanation facts. */
export function pick<T, U>(
  list: readonly T[] | undefined,
  keep: (t: T) => boolean,
  fn: (t: T) => U,
): readonly U[] {
  if (list === undefined || list.length === 0) return EMPTY;
  let out: U[] | undefined;
  for (const x of list) {
    if (keep(x)) {
      if (out === undefined) out = [];
      out.push(fn(x));
    }
  }
  return out ?? EMPTY;
}

const q1Cache = new Map<number, Window>();
let lastQ1Year = Number.NaN;
let lastQ1: Window = ["", ""];
/** Quý I of `year`: 01/01–31/03. */
export function quarterOne(year: number): Window {
  if (year === lastQ1Year) return lastQ1;
  let w = q1Cache.get(year);
  if (!w) {
    w = [`${pad4(year)}-01-01`, `${pad4(year)}-03-31`];
    q1Cache.set(year, w);
  }
  lastQ1Year = year;
  lastQ1 = w;
  return w;
}

/** True when `date` is in Quý I of `year`. */
export function inQuarterOne(date: string | undefined, year: number): boolean {
  if (date === undefined) return false;
  const q = quarterOne(year);
  return q[0] <= date && date <= q[1];
}

/** The officer's attestation for a qualitative criterion key, or `undefined` when none. */
export function attestation(facts: AnnualFacts, key: string): boolean | undefined {
  const list = facts.attestations;
  if (list === undefined) return undefined;
  for (const a of list) if (a.criterion === key) return a.value;
  return undefined;
}

/** Staff of a cơ quan/doanh nghiệp/cơ sở giáo dục ("cán bộ, người lao động"). */
export const STAFF_ROLES: ReadonlySet<PersonRole> = new Set<PersonRole>([
  "staff",
  "teacher",
  "security-force-member",
]);
/** Staff, teachers and learners of a cơ sở giáo dục (Điều 7 khoản 4). */
export const SCHOOL_ROLES: ReadonlySet<PersonRole> = new Set<PersonRole>([
  "staff",
  "teacher",
  "learner",
  "security-force-member",
]);

/** "Từ cảnh cáo trở lên" (the ladder is @antq/domain's `isDisciplineAtLeast`). */
export function atLeastWarning(form: DisciplineForm): boolean {
  return isDisciplineAtLeast(form, "warning");
}

/** Integer in Vietnamese style ("1.234.567"); plain digits below 10 000 would also be fine, but we group from 1 000. */
export function count(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) < 1000) return String(n);
  const neg = n < 0;
  let digits = String(Math.abs(n));
  let out = "";
  while (digits.length > 3) {
    out = `.${digits.slice(-3)}${out}`;
    digits = digits.slice(0, -3);
  }
  return `${neg ? "-" : ""}${digits}${out}`;
}

/** Number of models rated "hoạt động hiệu quả". */
export function countEffective(models: AnnualFacts["models"]): number {
  let n = 0;
  for (const m of models ?? []) if (m.effectiveness === "effective") n++;
  return n;
}
