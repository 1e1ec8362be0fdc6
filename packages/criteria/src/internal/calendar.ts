/**
 * ADAPTER (move to @antq/domain calendar-date, which has `addDays` but no month arithmetic): calendar-month
 * arithmetic on `YYYY-MM-DD` strings, clamping the day to the end of the target month.
 */

/** `2024-05-31` + 9 months → `2025-02-28`. */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return `${String(ty).padStart(4, "0")}-${String(tm + 1).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
