/**
 * Roman numerals for report headings ("I. KẾT QUẢ ĐẠT ĐƯỢC", "Phần II") and quarters ("Quý IV").
 */
import { assertString, fail, ok } from "./internal/result.js";
import type { ParseResult } from "./result.js";

const VALUES = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1] as const;
const SYMBOLS = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"] as const;
const cache: string[] = [];

/**
 * Converts 1–3999 to an upper-case Roman numeral. Throws a `RangeError` outside that range.
 *
 * @example
 * toRoman(4); //=> "IV"
 * toRoman(2024); //=> "MMXXIV"
 */
export function toRoman(value: number): string {
  if (typeof value !== "number") throw new TypeError(`toRoman: expected a number, got ${typeof value}`);
  if (!Number.isInteger(value) || value < 1 || value > 3999) {
    throw new RangeError(`toRoman: expected an integer from 1 to 3999, got ${String(value)}`);
  }
  const hit = cache[value];
  if (hit !== undefined) return hit;
  let n = value;
  let out = "";
  for (let i = 0; i < VALUES.length; i++) {
    const v = VALUES[i] as number;
    while (n >= v) {
      out += SYMBOLS[i];
      n -= v;
    }
  }
  cache[value] = out;
  return out;
}

const ROMAN_RE = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const DIGIT: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/**
 * Parses a canonical Roman numeral (upper or lower case) to 1–3999; non-canonical forms such as "IIII" or
 * "IC" are rejected.
 *
 * @example
 * parseRoman("XIV"); //=> { ok: true, value: 14 }
 * parseRoman("IIII").issues[0].code; //=> "NON_CANONICAL_ROMAN"
 */
export function parseRoman(input: string): ParseResult<number> {
  assertString(input, "input");
  const s = input.trim().toUpperCase();
  if (s.length === 0) return fail("EMPTY_INPUT", "Số La Mã không hợp lệ: chuỗi rỗng.", input);
  for (let i = 0; i < s.length; i++) {
    if (DIGIT[s[i] as string] === undefined) {
      return fail("INVALID_CHARACTER", `Số La Mã không hợp lệ: ký tự “${s[i]}” không được phép.`, input, i);
    }
  }
  if (!ROMAN_RE.test(s)) {
    return fail(
      "NON_CANONICAL_ROMAN",
      `Số La Mã không hợp lệ: “${input.trim()}” không viết đúng quy tắc.`,
      input,
    );
  }
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = DIGIT[s[i] as string] as number;
    const next = i + 1 < s.length ? (DIGIT[s[i + 1] as string] as number) : 0;
    total += v < next ? -v : v;
  }
  return ok(total);
}
