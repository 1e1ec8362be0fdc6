/**
 * Decimal-string arithmetic used by the number formatters: a number is taken at its shortest
 * round-trip decimal representation (what `String(x)` prints, and what ICU rounds), so 0.15 rounds
 * to 0.2 and 1.005 to 1.01 (not 1.00 as `toFixed` does).
 */

import type { RoundingMode } from "../number.js";

/** A non-negative decimal as digit strings; `int` has no leading zeros except "0". */
export interface Decimal {
  readonly negative: boolean;
  readonly int: string;
  readonly frac: string;
}

export const ROUNDING_MODES: readonly RoundingMode[] = [
  "halfExpand",
  "halfEven",
  "halfTrunc",
  "trunc",
  "expand",
  "ceil",
  "floor",
];

/** Decomposes a finite number (or bigint) into digit strings. */
export function toDecimal(value: number | bigint): Decimal {
  if (typeof value === "bigint") {
    const negative = value < 0n;
    return { negative, int: (negative ? -value : value).toString(), frac: "" };
  }
  const negative = value < 0 || Object.is(value, -0);
  const s = String(negative ? -value : value);
  const e = s.indexOf("e");
  if (e < 0) {
    const dot = s.indexOf(".");
    return dot < 0
      ? { negative, int: s, frac: "" }
      : { negative, int: s.slice(0, dot), frac: s.slice(dot + 1) };
  }
  const mantissa = s.slice(0, e);
  const exp = Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const pointPos = (dot < 0 ? mantissa.length : dot) + exp;
  if (pointPos <= 0) return { negative, int: "0", frac: "0".repeat(-pointPos) + digits };
  if (pointPos >= digits.length)
    return { negative, int: digits + "0".repeat(pointPos - digits.length), frac: "" };
  return { negative, int: digits.slice(0, pointPos), frac: digits.slice(pointPos) };
}

function incrementDigits(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === 57) i--;
  if (i < 0) return `1${"0".repeat(s.length)}`;
  return s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1) + "0".repeat(s.length - 1 - i);
}

/**
 * Whether a non-zero discarded remainder rounds the kept magnitude up. `half` compares the remainder with
 * one half of the last kept unit (-1 below, 0 exactly, 1 above); `lastOdd` tells whether the last kept digit
 * is odd (for `halfEven`).
 */
function roundsUp(mode: RoundingMode, negative: boolean, half: -1 | 0 | 1, lastOdd: boolean): boolean {
  switch (mode) {
    case "trunc":
      return false;
    case "expand":
      return true;
    case "ceil":
      return !negative;
    case "floor":
      return negative;
    case "halfExpand":
      return half >= 0;
    case "halfTrunc":
      return half > 0;
    case "halfEven":
      return half > 0 || (half === 0 && lastOdd);
  }
}

/** Rounds `d` to at most `digits` fraction digits with the given mode. */
export function roundDecimal(d: Decimal, digits: number, mode: RoundingMode): Decimal {
  if (d.frac.length <= digits) return d;
  const kept = d.frac.slice(0, digits);
  const rest = d.frac.slice(digits);
  const first = rest.charCodeAt(0) - 48;
  let restNonZero = false;
  for (let i = 0; i < rest.length; i++) {
    if (rest.charCodeAt(i) !== 48) {
      restNonZero = true;
      break;
    }
  }
  if (!restNonZero) return { negative: d.negative, int: d.int, frac: kept };
  let tail = false;
  for (let i = 1; i < rest.length; i++) {
    if (rest.charCodeAt(i) !== 48) {
      tail = true;
      break;
    }
  }
  const lastDigit =
    (kept.length > 0 ? kept.charCodeAt(kept.length - 1) : d.int.charCodeAt(d.int.length - 1)) - 48;
  const half = first > 5 || (first === 5 && tail) ? 1 : first === 5 ? 0 : -1;
  const up = roundsUp(mode, d.negative, half, lastDigit % 2 === 1);
  if (!up) return { negative: d.negative, int: d.int, frac: kept };
  const joined = incrementDigits(d.int + kept);
  const intLen = joined.length - kept.length;
  return { negative: d.negative, int: joined.slice(0, intLen), frac: joined.slice(intLen) };
}

/** Inserts `.` every three digits from the right. */
export function groupDigits(int: string, separator: string): string {
  const n = int.length;
  if (n <= 3) return int;
  let head = n % 3;
  if (head === 0) head = 3;
  let out = int.slice(0, head);
  for (let i = head; i < n; i += 3) out += separator + int.slice(i, i + 3);
  return out;
}

/** Whether the decimal is zero. */
export function isZero(d: Decimal): boolean {
  if (d.int !== "0") return false;
  for (let i = 0; i < d.frac.length; i++) if (d.frac.charCodeAt(i) !== 48) return false;
  return true;
}

/** Exact quotient `num / den` rounded to `digits` fraction digits (bigint arithmetic). */
export function divideRounded(num: bigint, den: bigint, digits: number, mode: RoundingMode): Decimal {
  if (den === 0n) throw new RangeError("division by zero");
  const negative = num < 0n !== den < 0n && num !== 0n;
  const n = num < 0n ? -num : num;
  const dd = den < 0n ? -den : den;
  const scale = 10n ** BigInt(digits);
  const scaled = n * scale;
  let q = scaled / dd;
  const r = scaled % dd;
  if (r !== 0n) {
    const twice = r * 2n;
    const half = twice > dd ? 1 : twice === dd ? 0 : -1;
    if (roundsUp(mode, negative, half, q % 2n === 1n)) q += 1n;
  }
  const s = q.toString().padStart(digits + 1, "0");
  const intLen = s.length - digits;
  return { negative: negative && q !== 0n, int: s.slice(0, intLen), frac: s.slice(intLen) };
}
