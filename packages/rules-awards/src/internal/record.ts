import { type TaskRating, taskRatingRank } from "@antq/domain";
import { defineRuleFor } from "@antq/rules";
import type { AwardProposal } from "../proposal.js";

/** `defineRule` for award proposals: `decide` returns only declared codes. */
export const defineAwardRule = defineRuleFor<AwardProposal>();

/**
 * The number of consecutive years ending with `lastYear` (inclusive) for which `ok(year)` holds; a year with
 * no entry breaks the run.
 */
export function consecutiveYears<T extends { readonly year: number }>(
  entries: readonly T[],
  lastYear: number,
  ok: (entry: T) => boolean,
): number {
  const byYear = new Map<number, T>();
  for (const e of entries) byYear.set(e.year, e);
  let n = 0;
  for (let y = lastYear; ; y--) {
    const e = byYear.get(y);
    if (e === undefined || !ok(e)) return n;
    n++;
  }
}

/** True when `rating` is at least `min` (excellent > good > completed > not-completed). */
export function atLeast(rating: TaskRating, min: TaskRating): boolean {
  return taskRatingRank(rating) >= taskRatingRank(min);
}

/** Whole years from `start` to `end` (inclusive dates), rounded down. */
export function fullYears(start: string, end: string): number {
  const [sy, sm, sd] = start.split("-").map(Number) as [number, number, number];
  const [ey, em, ed] = end.split("-").map(Number) as [number, number, number];
  let years = ey - sy;
  if (em < sm || (em === sm && ed < sd)) years--;
  return Math.max(0, years);
}
