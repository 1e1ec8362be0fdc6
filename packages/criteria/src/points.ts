/**
 * Exact point arithmetic: every score is an integer number of tenths of a point ("phần mười điểm"), so
 * 8,5 điểm is `85`. Sums, caps and deductions never touch floating point. Decimal input is converted once,
 * with an explicit rounding rule.
 */

/**
 * An integer number of tenths of a point: `85` = 8,5 điểm, `1000` = 100 điểm.
 *
 * @example
 * const max: Tenths = 1000;
 * formatPoints(max); //=> "100"
 */
export type Tenths = number;

/**
 * How decimal input finer than a tenth is turned into tenths: `half-up` (làm tròn nửa lên, 2,45 → 2,5),
 * `half-even` (làm tròn về số chẵn, 2,45 → 2,4), `down` (bỏ phần lẻ, 2,49 → 2,4) or `reject`
 * (a finer value is an error).
 *
 * @example
 * const rule: RoundingRule = "half-up";
 */
export type RoundingRule = "half-up" | "half-even" | "down" | "reject";

/**
 * Vietnamese labels of the rounding rules, for explanations.
 *
 * @example
 * ROUNDING_RULE_LABELS["half-up"]; //=> "làm tròn nửa lên đến 0,1 điểm"
 */
export const ROUNDING_RULE_LABELS: Readonly<Record<RoundingRule, string>> = Object.freeze({
  "half-up": "làm tròn nửa lên đến 0,1 điểm",
  "half-even": "làm tròn về số chẵn gần nhất đến 0,1 điểm",
  down: "bỏ phần lẻ dưới 0,1 điểm",
  reject: "không chấp nhận điểm lẻ dưới 0,1 điểm",
});

const DECIMAL_RE = /^([+-]?)(\d+)(?:[.,](\d*))?$/;

/**
 * Converts points written as a decimal (number or string with "." or "," as the decimal mark) to tenths
 * under an explicit rounding rule. Returns `undefined` when the rule is `reject` and the value is finer than
 * a tenth; throws `RangeError` on non-finite or malformed input (programmer error).
 *
 * @example
 * pointsToTenths(8.5); //=> 85
 * pointsToTenths("2,45", "half-up"); //=> 25
 * pointsToTenths("2,45", "half-even"); //=> 24
 * pointsToTenths("2,45", "reject"); //=> undefined
 */
export function pointsToTenths(
  points: number | string,
  rounding: RoundingRule = "half-up",
): Tenths | undefined {
  let text: string;
  if (typeof points === "number") {
    if (!Number.isFinite(points)) throw new RangeError(`Điểm không hữu hạn: ${String(points)}.`);
    text = String(points);
    if (text.includes("e")) text = points.toFixed(12);
  } else {
    text = points.trim();
  }
  const m = DECIMAL_RE.exec(text);
  if (m === null) throw new RangeError(`Điểm không đúng dạng số thập phân: ${JSON.stringify(points)}.`);
  const negative = m[1] === "-";
  const whole = m[2] ?? "0";
  const frac = (m[3] ?? "").replace(/0+$/, "");
  let tenths = Number(whole) * 10 + Number(frac.charAt(0) || "0");
  const rest = frac.slice(1);
  if (rest.length > 0) {
    if (rounding === "reject") return undefined;
    if (rounding === "half-up") {
      if (rest.charAt(0) >= "5") tenths += 1;
    } else if (rounding === "half-even") {
      const first = rest.charAt(0);
      const beyond = /[1-9]/.test(rest.slice(1));
      if (first > "5" || (first === "5" && (beyond || tenths % 2 === 1))) tenths += 1;
    }
  }
  if (!Number.isSafeInteger(tenths)) throw new RangeError(`Điểm quá lớn: ${JSON.stringify(points)}.`);
  return negative && tenths !== 0 ? -tenths : tenths;
}

/**
 * True when `value` is a valid tenths count (a safe integer).
 *
 * @example
 * isTenths(85); //=> true
 * isTenths(8.5); //=> false
 */
export function isTenths(value: unknown): value is Tenths {
  return typeof value === "number" && Number.isSafeInteger(value);
}

/**
 * Formats tenths as Vietnamese points: "8,5", "100", "1.234,5" (dot for thousands, comma for decimals; the
 * decimal is shown only when not zero).
 *
 * @example
 * formatPoints(85); //=> "8,5"
 * formatPoints(1000); //=> "100"
 * formatPoints(-30); //=> "-3"
 */
export function formatPoints(tenths: Tenths): string {
  if (!isTenths(tenths)) throw new RangeError(`Số phần mười điểm phải là số nguyên: ${String(tenths)}.`);
  const negative = tenths < 0;
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${frac === 0 ? "" : `,${frac}`}`;
}

/**
 * Points proportional to a ratio, exactly: `max × part / whole` tenths, with the rounding rule applied to the
 * remainder (for an item such as "tỷ lệ đơn vị đạt “An toàn về ANTT”" rolled up from child units). Returns
 * `undefined` under `reject` when the result is not a whole number of tenths; throws `RangeError` on a
 * non-positive `whole`, a negative or too large `part`, or non-integer arguments (programmer errors).
 *
 * @example
 * // 18 of 25 khu dân cư reached the standard: 10,8 of the item's 15 points.
 * proportionalTenths(18, 25, 150); //=> 108
 * proportionalTenths(17, 25, 150, "down"); //=> 102
 * proportionalTenths(1, 3, 100, "half-up"); //=> 33
 * proportionalTenths(1, 3, 100, "reject"); //=> undefined
 */
export function proportionalTenths(
  part: number,
  whole: number,
  max: Tenths,
  rounding: RoundingRule = "half-up",
): Tenths | undefined {
  for (const [name, v] of [
    ["part", part],
    ["whole", whole],
    ["max", max],
  ] as const) {
    if (!Number.isSafeInteger(v)) throw new RangeError(`proportionalTenths: ${name} phải là số nguyên.`);
  }
  if (whole <= 0) throw new RangeError("proportionalTenths: mẫu số phải dương.");
  if (part < 0 || part > whole) throw new RangeError("proportionalTenths: tử số phải từ 0 đến mẫu số.");
  const num = BigInt(max) * BigInt(part);
  const den = BigInt(whole);
  const q = num / den;
  const r = num % den;
  if (r === 0n) return Number(q);
  switch (rounding) {
    case "reject":
      return undefined;
    case "down":
      return Number(q);
    case "half-up":
      return Number(r * 2n >= den ? q + 1n : q);
    case "half-even":
      return Number(r * 2n > den || (r * 2n === den && q % 2n === 1n) ? q + 1n : q);
    default:
      throw new RangeError(`proportionalTenths: quy tắc làm tròn không hợp lệ: ${String(rounding)}.`);
  }
}
