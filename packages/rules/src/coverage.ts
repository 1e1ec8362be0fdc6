/**
 * Interval coverage: one checker for "no gap, no overlap" over discrete, ordered points, shared by the dated
 * versions and values of the engine (calendar days) and by score bands (tenths of a point in @antq/criteria).
 * It reports findings, not messages: each caller words them in Vietnamese with its own codes.
 */
import { addDays } from "./internal/date.js";

/**
 * An inclusive interval of discrete points; `to` absent = open-ended (extends without limit).
 *
 * @example
 * const version: CoverageInterval<string> = { from: "2022-02-10", to: "2025-06-30" };
 * const band: CoverageInterval<number> = { from: 700, to: 899 };
 */
export interface CoverageInterval<P> {
  readonly from: P;
  readonly to?: P;
}

/**
 * A discrete, totally ordered scale: how to compare two points and step to the next and previous one.
 *
 * @example
 * const tenths: CoverageScale<number> = { compare: (a, b) => a - b, next: (p) => p + 1, previous: (p) => p - 1 };
 */
export interface CoverageScale<P> {
  compare(a: P, b: P): number;
  next(point: P): P;
  previous(point: P): P;
}

/**
 * Calendar days as `YYYY-MM-DD` strings (no time zone involved).
 *
 * @example
 * DAY_SCALE.next("2024-12-31"); //=> "2025-01-01"
 */
export const DAY_SCALE: CoverageScale<string> = Object.freeze({
  compare: (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0),
  next: (p: string) => addDays(p, 1),
  previous: (p: string) => addDays(p, -1),
});

/**
 * Integers (e.g. tenths of a point).
 *
 * @example
 * INTEGER_SCALE.next(899); //=> 900
 */
export const INTEGER_SCALE: CoverageScale<number> = Object.freeze({
  compare: (a: number, b: number) => a - b,
  next: (p: number) => p + 1,
  previous: (p: number) => p - 1,
});

/**
 * One finding of {@link checkCoverage}. `index` is the position of the interval in the input list.
 * - `inverted`: `to` before `from` (the interval is left out of the other checks);
 * - `gap`: the points `from`…`to` are covered by no interval; `index` is the interval right after the gap,
 *   absent for a gap at the end of the required span;
 * - `overlap`: the interval starts at or before the end of an earlier one (`previous`);
 * - `beyond`: the interval extends past the end of the required span.
 *
 * @example
 * const f: CoverageFinding<number> = { type: "gap", index: 1, from: 500, to: 500 };
 */
export type CoverageFinding<P> =
  | { readonly type: "inverted"; readonly index: number }
  | { readonly type: "gap"; readonly index?: number; readonly from: P; readonly to: P }
  | { readonly type: "overlap"; readonly index: number; readonly previous: number }
  | { readonly type: "beyond"; readonly index: number };

/**
 * Options of {@link checkCoverage}: the span that must be covered. Without `start` a leading gap is not a
 * finding; without `end` neither a trailing gap nor an interval running on is.
 *
 * @example
 * const span: CoverageOptions<number> = { start: 0, end: 1000 };
 */
export interface CoverageOptions<P> {
  readonly start?: P;
  readonly end?: P;
}

/**
 * Sweeps intervals in order of `from` (then `to`) and reports inverted intervals, gaps and overlaps, and,
 * given a span, gaps at its edges and intervals beyond its end. Findings come in sweep order, so a caller can
 * word them interval by interval. Empty list = the intervals partition the span.
 *
 * @example
 * checkCoverage([{ from: 0, to: 499 }, { from: 501, to: 1000 }], INTEGER_SCALE, { start: 0, end: 1000 });
 * //=> [{ type: "gap", index: 1, from: 500, to: 500 }]
 * checkCoverage([{ from: "2022-01-01", to: "2022-12-31" }, { from: "2022-06-01" }], DAY_SCALE);
 * //=> [{ type: "overlap", index: 1, previous: 0 }]
 */
export function checkCoverage<P>(
  intervals: readonly CoverageInterval<P>[],
  scale: CoverageScale<P>,
  options: CoverageOptions<P> = {},
): CoverageFinding<P>[] {
  const findings: CoverageFinding<P>[] = [];
  const cmp = scale.compare;
  const order = intervals
    .map((iv, index) => ({ iv, index }))
    .sort((x, y) => {
      const byFrom = cmp(x.iv.from, y.iv.from);
      if (byFrom !== 0) return byFrom;
      if (x.iv.to === undefined) return y.iv.to === undefined ? 0 : 1;
      return y.iv.to === undefined ? -1 : cmp(x.iv.to, y.iv.to);
    });
  // `next` = the first point not yet covered; `open` = an open-ended interval has been seen.
  let next: P | undefined = options.start;
  let last = -1;
  let open = false;
  let beyond = -1;
  for (const { iv, index } of order) {
    if (iv.to !== undefined && cmp(iv.to, iv.from) < 0) {
      findings.push({ type: "inverted", index });
      continue;
    }
    if (open || (next !== undefined && cmp(iv.from, next) < 0)) {
      findings.push({ type: "overlap", index, previous: last });
    } else if (next !== undefined && cmp(iv.from, next) > 0) {
      findings.push({ type: "gap", index, from: next, to: scale.previous(iv.from) });
    }
    if (iv.to === undefined) {
      open = true;
      if (options.end !== undefined) beyond = index;
    } else {
      const after = scale.next(iv.to);
      if (next === undefined || cmp(after, next) > 0) next = after;
      if (options.end !== undefined && cmp(iv.to, options.end) > 0) beyond = index;
    }
    last = index;
  }
  if (options.end !== undefined) {
    if (beyond >= 0) findings.push({ type: "beyond", index: beyond });
    else if (!open && next !== undefined && cmp(next, options.end) <= 0)
      findings.push({ type: "gap", from: next, to: options.end });
  }
  return findings;
}
