/**
 * Calendar dates as `YYYY-MM-DD` strings. All arithmetic is done on day numbers computed with
 * `Date.UTC`, so the machine's time zone never shifts a date.
 */

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = ISO_DATE_RE.exec(value);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Throws a `RangeError` when `value` is not a calendar date. */
export function assertIsoDate(value: unknown, what: string): asserts value is string {
  if (!isIsoDate(value)) {
    throw new RangeError(`${what} phải là ngày dạng YYYY-MM-DD, nhận được ${JSON.stringify(value)}.`);
  }
}

export function toDayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  const dt = new Date(day * DAY_MS);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + 1;
  const d = dt.getUTCDate();
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `from ≤ date ≤ to`, with an open end when `to` is undefined (inclusive bounds). */
export function inRange(date: string, from: string, to: string | undefined): boolean {
  return from <= date && (to === undefined || date <= to);
}
