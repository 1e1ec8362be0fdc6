import * as z from "zod";

/**
 * A calendar date in Asia/Ho_Chi_Minh written as `YYYY-MM-DD` (ISO 8601), e.g. `"2025-07-01"`.
 *
 * Dates in the domain are never `Date` objects: a `Date` is an instant, and converting it
 * with the machine's time zone can move it to the previous or next day. The schema checks
 * that the date exists in the calendar (leap years included), so `"2025-02-29"` is rejected.
 *
 * @example
 * ```ts
 * CalendarDateSchema.parse("2024-02-29"); // "2024-02-29"
 * CalendarDateSchema.safeParse("2025-02-29").success; // false
 * ```
 */
export const CalendarDateSchema = z.iso.date().meta({
  description: "Ngày theo lịch tại Việt Nam (Asia/Ho_Chi_Minh), dạng YYYY-MM-DD.",
});

/**
 * A calendar date string `YYYY-MM-DD` (see {@link CalendarDateSchema}).
 *
 * @example
 * ```ts
 * const effective: CalendarDate = "2025-07-01";
 * ```
 */
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/**
 * An inclusive interval of calendar dates; either end may be open (missing).
 *
 * @example
 * ```ts
 * DateIntervalSchema.parse({ from: "2024-11-16", to: "2025-11-15" });
 * ```
 */
export const DateIntervalSchema = z
  .strictObject({
    from: CalendarDateSchema.optional(),
    to: CalendarDateSchema.optional(),
  })
  .meta({ title: "Khoảng thời gian (tính cả hai đầu)" });

/**
 * An inclusive interval of calendar dates (see {@link DateIntervalSchema}).
 *
 * @example
 * ```ts
 * const window: DateInterval = { from: "2024-11-01", to: "2025-10-31" };
 * ```
 */
export type DateInterval = z.infer<typeof DateIntervalSchema>;

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isCalendarDate("2024-02-29"); // true
 * isCalendarDate("2023-02-29"); // false
 * isCalendarDate("1/7/2025"); // false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === "string" && CalendarDateSchema.safeParse(value).success;
}

/**
 * Compares two calendar dates: negative if `a` is earlier, 0 if equal, positive if later.
 * `YYYY-MM-DD` strings compare correctly as text, so no time zone is involved.
 *
 * @example
 * ```ts
 * ["2025-07-01", "2024-11-16"].sort(compareCalendarDates); // ["2024-11-16", "2025-07-01"]
 * ```
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether `date` lies in the inclusive interval (an open end accepts everything on that side).
 *
 * @example
 * ```ts
 * isDateInInterval("2024-11-10", { from: "2024-11-01", to: "2025-10-31" }); // true
 * isDateInInterval("2025-11-01", { from: "2024-11-01", to: "2025-10-31" }); // false
 * ```
 */
export function isDateInInterval(date: CalendarDate, interval: DateInterval): boolean {
  if (interval.from !== undefined && date < interval.from) return false;
  if (interval.to !== undefined && date > interval.to) return false;
  return true;
}

/**
 * The calendar date in Việt Nam (UTC+7, no daylight saving time) at a given instant,
 * independent of the machine's time zone.
 *
 * @example
 * ```ts
 * // 30 June 2025, 17:30 UTC is already 1 July 2025 in Hà Nội
 * vietnamDateOf(new Date("2025-06-30T17:30:00Z")); // "2025-07-01"
 * ```
 */
export function vietnamDateOf(instant: Date): CalendarDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("vietnamDateOf: thời điểm không hợp lệ (Invalid Date)");
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The quarter (1–4) a calendar date falls in; TT 124 asks for resolutions, plans and
 * registrations "trong Quý I".
 *
 * @example
 * ```ts
 * quarterOf("2025-03-31"); // 1
 * quarterOf("2025-04-10"); // 2
 * ```
 */
export function quarterOf(date: CalendarDate): 1 | 2 | 3 | 4 {
  if (!isCalendarDate(date)) throw new RangeError(`quarterOf: "${String(date)}" không phải ngày YYYY-MM-DD`);
  const month = Number(date.slice(5, 7));
  return (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/**
 * Adds a number of days to a calendar date (negative to go back), using UTC arithmetic so
 * the machine's time zone cannot shift the result.
 *
 * @example
 * ```ts
 * addDays("2025-06-30", 1); // "2025-07-01"
 * addDays("2024-03-01", -1); // "2024-02-29"
 * ```
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!isCalendarDate(date)) throw new RangeError(`addDays: "${String(date)}" không phải ngày YYYY-MM-DD`);
  if (!Number.isInteger(days)) throw new RangeError("addDays: số ngày phải là số nguyên");
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Adds calendar months to a date, clamping the day to the end of the target month
 * (`2024-05-31` + 9 months = `2025-02-28`). Useful for "at least 9 months" tests (HD 01/HD-BCA-V05).
 *
 * @example
 * ```ts
 * addMonths("2024-05-31", 9); // "2025-02-28"
 * addMonths("2024-11-15", 12); // "2025-11-15"
 * ```
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!isCalendarDate(date)) throw new RangeError(`addMonths: "${String(date)}" không phải ngày YYYY-MM-DD`);
  if (!Number.isInteger(months)) throw new RangeError("addMonths: số tháng phải là số nguyên");
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return `${String(ty).padStart(4, "0")}-${String(tm + 1).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}
