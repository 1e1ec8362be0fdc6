/**
 * Helpers shared by the TT 124 / TT 23 content: evaluation windows, Quý I, attestations, person roles.
 * Windows and quarters are cached so that evaluating a unit builds no date strings.
 */
import type { AnnualFacts, AssessedUnitKind, DisciplineForm, PersonRole } from "@antq/domain";
import type { RuleContext } from "../rule.js";
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

/** The window of the unit being evaluated (facts.year), from the parameter in force. */
export function windowOf(ctx: RuleContext, kind: AssessedUnitKind, facts: AnnualFacts): Window | null {
  return windowFromTable(ctx.param<WindowTable>(EVALUATION_WINDOWS.id), kind, facts.year);
}

export function inWindow(date: string, w: Window | null): boolean {
  return w === null || (w[0] <= date && date <= w[1]);
}

/** Items of `list` whose date is inside the window. */
export function within<T>(list: readonly T[], date: (t: T) => string, w: Window | null): T[] {
  if (list.length === 0) return [];
  const out: T[] = [];
  for (const x of list) if (inWindow(date(x), w)) out.push(x);
  return out;
}

const q1Cache = new Map<number, Window>();
/** Quý I of `year`: 01/01–31/03. */
export function quarterOne(year: number): Window {
  let w = q1Cache.get(year);
  if (!w) {
    w = [`${pad4(year)}-01-01`, `${pad4(year)}-03-31`];
    q1Cache.set(year, w);
  }
  return w;
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

const ATLEAST_WARNING: ReadonlySet<DisciplineForm> = new Set<DisciplineForm>([
  "warning",
  "salary-step-reduction",
  "demotion",
  "removal-from-post",
  "forced-dismissal",
  "study-suspension",
  "expulsion",
  "other-higher-form",
]);

/** "Từ cảnh cáo trở lên". */
export function atLeastWarning(form: DisciplineForm): boolean {
  return ATLEAST_WARNING.has(form);
}

export function count(n: number): string {
  return n.toLocaleString("vi-VN");
}
