/**
 * Dates and times, always in Asia/Ho_Chi_Minh whatever the machine's time zone.
 *
 * Inputs are either a `Date` (an instant) or a calendar date string "YYYY-MM-DD" (the data model's form,
 * taken as is, never shifted). Parse functions return calendar date strings.
 */
import { assertOptions, assertString, fail, failFor, ok } from "./internal/result.js";
import type { ParseResult } from "./result.js";

/**
 * A calendar date "YYYY-MM-DD" (Asia/Ho_Chi_Minh), or a `Date` instant converted to that zone.
 *
 * @example
 * formatDate("2024-09-25"); formatDate(new Date()); // both are DateInput
 */
export type DateInput = Date | string;

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

interface Ymdhm extends Ymd {
  readonly h: number;
  readonly min: number;
  readonly offset: string;
}

const ZONE = "Asia/Ho_Chi_Minh";
/** Since 1975-06-13 00:00 local time Asia/Ho_Chi_Minh has been UTC+7 without DST (IANA tzdb). */
const FIXED_SINCE = Date.UTC(1975, 5, 12, 17, 0, 0);
const OFFSET_MS = 7 * 3600 * 1000;

let zoneFormatter: Intl.DateTimeFormat | undefined;

function zoneParts(t: number): Ymdhm {
  zoneFormatter ??= new Intl.DateTimeFormat("en-US", {
    timeZone: ZONE,
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
    timeZoneName: "shortOffset",
  });
  const out: Record<string, string> = {};
  for (const p of zoneFormatter.formatToParts(t)) out[p.type] = p.value;
  return {
    y: Number(out.year),
    m: Number(out.month),
    d: Number(out.day),
    h: Number(out.hour),
    min: Number(out.minute),
    offset: out.timeZoneName ?? "GMT+7",
  };
}

function instantParts(date: Date): Ymdhm {
  const t = date.getTime();
  if (Number.isNaN(t)) throw new RangeError("Invalid Date");
  if (t < FIXED_SINCE) return zoneParts(t);
  const shifted = new Date(t + OFFSET_MS);
  return {
    y: shifted.getUTCFullYear(),
    m: shifted.getUTCMonth() + 1,
    d: shifted.getUTCDate(),
    h: shifted.getUTCHours(),
    min: shifted.getUTCMinutes(),
    offset: "GMT+7",
  };
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toYmd(input: DateInput, fn: string): Ymd {
  if (input instanceof Date) return instantParts(input);
  if (typeof input !== "string") throw new TypeError(`${fn}: expected a Date or a "YYYY-MM-DD" string`);
  const m = ISO_DATE_RE.exec(input);
  if (!m) throw new RangeError(`${fn}: "${input}" is not a calendar date "YYYY-MM-DD"`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!validYmd(y, mo, d)) throw new RangeError(`${fn}: "${input}" is not a valid date`);
  return { y, m: mo, d };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, "0");

function iso(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/**
 * The calendar date "YYYY-MM-DD" of an instant in Asia/Ho_Chi_Minh (or a validated calendar date string).
 *
 * @example
 * toCalendarDate(new Date("2024-09-25T17:30:00Z")); //=> "2024-09-26" (00:30 in Hà Nội)
 * toCalendarDate("2024-02-29"); //=> "2024-02-29"
 */
export function toCalendarDate(input: DateInput): string {
  const { y, m, d } = toYmd(input, "toCalendarDate");
  return iso(y, m, d);
}

/**
 * Whether a string is a valid calendar date "YYYY-MM-DD".
 *
 * @example
 * isCalendarDate("2024-02-29"); //=> true
 * isCalendarDate("2023-02-29"); //=> false
 */
export function isCalendarDate(value: string): boolean {
  if (typeof value !== "string") return false;
  const m = ISO_DATE_RE.exec(value);
  return m !== null && validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Formats a date as "dd/MM/yyyy", the numeric style of reports.
 *
 * @example
 * formatDate("2024-09-25"); //=> "25/09/2024"
 * formatDate(new Date("2024-09-25T14:59:00Z")); //=> "25/09/2024"
 */
export function formatDate(input: DateInput): string {
  const { y, m, d } = toYmd(input, "formatDate");
  return `${pad2(d)}/${pad2(m)}/${pad4(y)}`;
}

const MSG = "Ngày không hợp lệ";

function checkDate(input: string, y: number, m: number, d: number, index?: number): ParseResult<string> {
  if (!validYmd(y, m, d)) {
    return fail(
      m < 1 || m > 12 ? "INVALID_MONTH" : "INVALID_DATE",
      m < 1 || m > 12
        ? `${MSG}: tháng ${m} không tồn tại.`
        : `${MSG}: tháng ${m} năm ${y} không có ngày ${d}.`,
      input,
      index,
    );
  }
  return ok(iso(y, m, d));
}

/**
 * Parses "dd/MM/yyyy" (day and month may have one digit: "8/2/2023") to a calendar date "YYYY-MM-DD".
 *
 * @example
 * parseDate("25/09/2024"); //=> { ok: true, value: "2024-09-25" }
 * parseDate("31/02/2024").issues[0].code; //=> "INVALID_DATE"
 */
export function parseDate(input: string): ParseResult<string> {
  assertString(input, "input");
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.trim());
  if (!m) {
    return fail("INVALID_FORMAT", `${MSG}: cần dạng ngày/tháng/năm, ví dụ “25/09/2024”.`, input);
  }
  return checkDate(input, Number(m[3]), Number(m[2]), Number(m[1]));
}

/** Day and month as Nghị định 30/2020 writes them: zero before days under 10 and before months 1 and 2. */
function nd30Day(d: number): string {
  return pad2(d);
}
function nd30Month(m: number): string {
  return m < 3 ? `0${m}` : String(m);
}

/**
 * Options for {@link formatDateLine}.
 *
 * @example
 * formatDateLine("2025-01-05", { place: "Hà Nội" }); //=> "Hà Nội, ngày 05 tháng 01 năm 2025"
 */
export interface DateLineOptions {
  /** The place name ("Hà Nội", "Thành phố Hồ Chí Minh", "Tiền Giang"); omitted when absent. */
  readonly place?: string;
}

/**
 * The place-and-date line of Nghị định 30/2020/NĐ-CP (Phụ lục I): "Hà Nội, ngày 05 tháng 01 năm 2025".
 * Days under 10 and months 1 and 2 take a leading zero; months 3–12 do not ("ngày 15 tháng 8 năm 2014").
 *
 * @example
 * formatDateLine("2025-01-05", { place: "Hà Nội" }); //=> "Hà Nội, ngày 05 tháng 01 năm 2025"
 * formatDateLine("2021-12-28", { place: "Hà Nội" }); //=> "Hà Nội, ngày 28 tháng 12 năm 2021"
 * formatDateLine("2014-08-15"); //=> "ngày 15 tháng 8 năm 2014"
 */
export function formatDateLine(input: DateInput, options?: DateLineOptions): string {
  assertOptions(options, ["place"], "formatDateLine");
  const { y, m, d } = toYmd(input, "formatDateLine");
  const body = `ngày ${nd30Day(d)} tháng ${nd30Month(m)} năm ${pad4(y)}`;
  const place = options?.place;
  if (place === undefined) return body;
  assertString(place, "place");
  if (place.trim() === "") throw new RangeError("formatDateLine: place must not be empty");
  return `${place}, ${body}`;
}

/**
 * A parsed place-and-date line.
 *
 * @example
 * parseDateLine("Hà Nội, ngày 05 tháng 01 năm 2025").value; //=> { place: "Hà Nội", date: "2025-01-05" }
 */
export interface DateLine {
  /** The place, when the line has one. */
  readonly place?: string;
  /** The calendar date "YYYY-MM-DD". */
  readonly date: string;
}

const DATE_LINE_RE = /^(?:(.*?)\s*,\s*)?[Nn]gày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/u;

/**
 * Parses a place-and-date line (or just "ngày … tháng … năm …"), with or without the zero padding.
 *
 * @example
 * parseDateLine("Hà Nội, ngày 28 tháng 12 năm 2021");
 * //=> { ok: true, value: { place: "Hà Nội", date: "2021-12-28" } }
 * parseDateLine("ngày 15 tháng 8 năm 2014"); //=> { ok: true, value: { date: "2014-08-15" } }
 */
export function parseDateLine(input: string): ParseResult<DateLine> {
  assertString(input, "input");
  const text = input.normalize("NFC").trim().replace(/\s+/gu, " ");
  const m = DATE_LINE_RE.exec(text);
  if (!m) {
    return fail(
      "INVALID_FORMAT",
      `${MSG}: cần dạng “Địa danh, ngày … tháng … năm …”, ví dụ “Hà Nội, ngày 05 tháng 01 năm 2025”.`,
      input,
    );
  }
  const r = checkDate(input, Number(m[4]), Number(m[3]), Number(m[2]));
  if (!r.ok) return r;
  const place = m[1];
  if (place !== undefined && place.length === 0) {
    return fail("MISSING_PLACE", `${MSG}: thiếu địa danh trước dấu “,”.`, input, 0);
  }
  return ok(place === undefined ? { date: r.value } : { place, date: r.value });
}

/**
 * Options for {@link formatPartyDate}.
 *
 * @example
 * formatPartyDate("2014-08-15", { prefix: false }); //=> "15-8-2014"
 */
export interface PartyDateOptions {
  /** Write the word "ngày" before the date. Default `true`. */
  readonly prefix?: boolean;
}

/**
 * The inline date style of Party documents (Hướng dẫn 36-HD/VPTW): "ngày 15-8-2014", "ngày 01-10-1997".
 * Days under 10 and months 1 and 2 take a leading zero, as in the date line.
 *
 * @example
 * formatPartyDate("2014-08-15"); //=> "ngày 15-8-2014"
 * formatPartyDate("1997-10-01"); //=> "ngày 01-10-1997"
 * formatPartyDate("2018-04-03", { prefix: false }); //=> "03-4-2018"
 */
export function formatPartyDate(input: DateInput, options?: PartyDateOptions): string {
  assertOptions(options, ["prefix"], "formatPartyDate");
  const { y, m, d } = toYmd(input, "formatPartyDate");
  const body = `${nd30Day(d)}-${nd30Month(m)}-${pad4(y)}`;
  return options?.prefix === false ? body : `ngày ${body}`;
}

/**
 * Parses a Party-style date "ngày 15-8-2014" or "15-8-2014".
 *
 * @example
 * parsePartyDate("ngày 15-8-2014"); //=> { ok: true, value: "2014-08-15" }
 */
export function parsePartyDate(input: string): ParseResult<string> {
  assertString(input, "input");
  const m = /^(?:[Nn]gày\s+)?(\d{1,2})-(\d{1,2})-(\d{4})$/u.exec(input.normalize("NFC").trim());
  if (!m) return fail("INVALID_FORMAT", `${MSG}: cần dạng “ngày 15-8-2014”.`, input);
  return checkDate(input, Number(m[3]), Number(m[2]), Number(m[1]));
}

/**
 * Formats an instant as "21:59, 25/09/2024 (GMT+7)" in Asia/Ho_Chi_Minh.
 *
 * @example
 * formatDateTime(new Date("2024-09-25T14:59:00Z")); //=> "21:59, 25/09/2024 (GMT+7)"
 */
export function formatDateTime(instant: Date): string {
  if (!(instant instanceof Date)) throw new TypeError("formatDateTime: expected a Date");
  const p = instantParts(instant);
  return `${pad2(p.h)}:${pad2(p.min)}, ${pad2(p.d)}/${pad2(p.m)}/${pad4(p.y)} (${p.offset})`;
}

/**
 * Formats the time of an instant as "21:59" in Asia/Ho_Chi_Minh.
 *
 * @example
 * formatTime(new Date("2024-09-25T14:59:00Z")); //=> "21:59"
 */
export function formatTime(instant: Date): string {
  if (!(instant instanceof Date)) throw new TypeError("formatTime: expected a Date");
  const p = instantParts(instant);
  return `${pad2(p.h)}:${pad2(p.min)}`;
}

/**
 * Parses "21:59, 25/09/2024 (GMT+7)" (the offset is optional and then taken as GMT+7) to an instant.
 *
 * @example
 * parseDateTime("21:59, 25/09/2024 (GMT+7)"); //=> { ok: true, value: new Date("2024-09-25T14:59:00Z") }
 */
export function parseDateTime(input: string): ParseResult<Date> {
  assertString(input, "input");
  const m =
    /^(\d{1,2}):(\d{2}),?\s+(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*\(GMT([+-]\d{1,2})(?::?(\d{2}))?\))?$/u.exec(
      input.trim(),
    );
  if (!m) return fail("INVALID_FORMAT", `${MSG}: cần dạng “21:59, 25/09/2024 (GMT+7)”.`, input);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return fail("INVALID_TIME", `Giờ không hợp lệ: ${m[1]}:${m[2]}.`, input, 0);
  const r = checkDate(input, Number(m[5]), Number(m[4]), Number(m[3]));
  if (!r.ok) return r;
  const offsetH = m[6] === undefined ? 7 : Number(m[6]);
  const offsetM = m[7] === undefined ? 0 : Number(m[7]) * Math.sign(offsetH || 1);
  if (Math.abs(offsetH) > 14 || Math.abs(offsetM) > 59) {
    return fail("INVALID_OFFSET", `Múi giờ không hợp lệ: GMT${m[6]}.`, input);
  }
  const t = Date.UTC(Number(m[5]), Number(m[4]) - 1, Number(m[3]), h, min) - (offsetH * 60 + offsetM) * 60000;
  const date = new Date(t);
  if (m[6] === undefined && t < FIXED_SINCE) {
    return fail("AMBIGUOUS_OFFSET", `${MSG}: trước 13/6/1975 cần ghi rõ múi giờ (GMT+…).`, input);
  }
  return ok(date);
}

const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

/**
 * A quarter of a year.
 *
 * @example
 * const q: Quarter = { quarter: 1, year: 2024 }; formatQuarter(q); //=> "Quý I năm 2024"
 */
export interface Quarter {
  readonly quarter: 1 | 2 | 3 | 4;
  readonly year: number;
}

function checkQuarter(quarter: unknown, year: unknown, fn: string): void {
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new RangeError(`${fn}: quarter must be 1, 2, 3 or 4, got ${String(quarter)}`);
  }
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`${fn}: year must be an integer between 1 and 9999, got ${String(year)}`);
  }
}

/**
 * Formats a quarter: "Quý I năm 2024".
 *
 * @example
 * formatQuarter({ quarter: 1, year: 2024 }); //=> "Quý I năm 2024"
 * formatQuarter(getQuarter("2024-11-15")); //=> "Quý IV năm 2024"
 */
export function formatQuarter(q: Quarter): string {
  if (q === null || typeof q !== "object") throw new TypeError("formatQuarter: expected { quarter, year }");
  checkQuarter(q.quarter, q.year, "formatQuarter");
  return `Quý ${ROMAN_QUARTERS[q.quarter - 1]} năm ${pad4(q.year)}`;
}

/**
 * The quarter containing a date (in Asia/Ho_Chi_Minh).
 *
 * @example
 * getQuarter("2024-03-31"); //=> { quarter: 1, year: 2024 }
 */
export function getQuarter(input: DateInput): Quarter {
  const { y, m } = toYmd(input, "getQuarter");
  return { quarter: (Math.floor((m - 1) / 3) + 1) as 1 | 2 | 3 | 4, year: y };
}

/**
 * The first and last calendar days of a quarter.
 *
 * @example
 * quarterRange({ quarter: 1, year: 2024 }); //=> { from: "2024-01-01", to: "2024-03-31" }
 */
export function quarterRange(q: Quarter): Period {
  checkQuarter(q.quarter, q.year, "quarterRange");
  const first = (q.quarter - 1) * 3 + 1;
  return { from: iso(q.year, first, 1), to: iso(q.year, first + 2, daysInMonth(q.year, first + 2)) };
}

/**
 * Parses "Quý I năm 2024" (also "quý 1/2024", "Quý IV/2023").
 *
 * @example
 * parseQuarter("Quý I năm 2024"); //=> { ok: true, value: { quarter: 1, year: 2024 } }
 * parseQuarter("Quý V năm 2024").issues[0].code; //=> "INVALID_QUARTER"
 */
export function parseQuarter(input: string): ParseResult<Quarter> {
  assertString(input, "input");
  const m = /^[Qq]uý\s+([IVX]+|\d+)(?:\s+năm\s+|\s*\/\s*)(\d{4})$/u.exec(input.normalize("NFC").trim());
  if (!m) return fail("INVALID_FORMAT", "Quý không hợp lệ: cần dạng “Quý I năm 2024”.", input);
  const token = m[1] as string;
  const idx = /^\d+$/.test(token) ? Number(token) : ROMAN_QUARTERS.indexOf(token as "I") + 1;
  if (idx < 1 || idx > 4)
    return fail("INVALID_QUARTER", `Quý không hợp lệ: “${token}” (chỉ có quý I–IV).`, input);
  const year = Number(m[2]);
  if (year < 1) return fail("INVALID_YEAR", `Quý không hợp lệ: năm ${m[2]} không tồn tại.`, input);
  return ok({ quarter: idx as 1 | 2 | 3 | 4, year });
}

/**
 * A period of calendar dates, both ends included.
 *
 * @example
 * const window: Period = { from: "2023-11-16", to: "2024-11-15" }; // TT 124 Điều 8 khoản 2
 */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/**
 * Formats a period: "từ ngày 16/11/2023 đến ngày 15/11/2024". Throws a `RangeError` when `to` is before `from`.
 *
 * @example
 * formatPeriod("2023-11-16", "2024-11-15"); //=> "từ ngày 16/11/2023 đến ngày 15/11/2024"
 */
export function formatPeriod(from: DateInput, to: DateInput): string {
  const a = toCalendarDate(from);
  const b = toCalendarDate(to);
  if (b < a) throw new RangeError(`formatPeriod: the end ${b} is before the start ${a}`);
  return `từ ngày ${formatDate(a)} đến ngày ${formatDate(b)}`;
}

/**
 * Parses "từ ngày 16/11/2023 đến ngày 15/11/2024" (the word "ngày" is optional; "Từ" may be capitalised).
 *
 * @example
 * parsePeriod("từ ngày 16/11/2023 đến ngày 15/11/2024");
 * //=> { ok: true, value: { from: "2023-11-16", to: "2024-11-15" } }
 */
export function parsePeriod(input: string): ParseResult<Period> {
  assertString(input, "input");
  const m = /^[Tt]ừ\s+(?:ngày\s+)?(\S+)\s+đến\s+(?:ngày\s+)?(\S+?)\.?$/u.exec(input.normalize("NFC").trim());
  if (!m) {
    return fail("INVALID_FORMAT", "Khoảng thời gian không hợp lệ: cần dạng “từ ngày … đến ngày …”.", input);
  }
  const a = parseDate(m[1] as string);
  if (!a.ok) return failFor(a, input);
  const b = parseDate(m[2] as string);
  if (!b.ok) return failFor(b, input);
  if (b.value < a.value) {
    return fail("PERIOD_REVERSED", "Khoảng thời gian không hợp lệ: ngày kết thúc trước ngày bắt đầu.", input);
  }
  return ok({ from: a.value, to: b.value });
}
