/**
 * Numbers read in words ("đọc số thành chữ"): "một nghìn không trăm lẻ năm", "hai mươi mốt", "mười lăm",
 * "hai mươi tư", with the accepted variants (lẻ/linh, nghìn/ngàn, tư/bốn, tỷ/tỉ) as options; any size
 * (bigint); negatives; decimals; currency in đồng ("Bằng chữ: …"); ordinals ("thứ nhất", "thứ tư").
 */

import { toDecimal } from "./internal/decimal.js";
import { assertOptions } from "./internal/result.js";

/**
 * Options for {@link numberToWords}; every word variant accepted in Vietnamese is selectable.
 *
 * @example
 * numberToWords(1_000_000_005, { odd: "linh", billion: "tỉ" }); //=> "một tỉ không trăm linh năm"
 */
export interface NumberToWordsOptions {
  /** The word before a single final digit after "trăm": "một trăm lẻ năm" / "một trăm linh năm". Default "lẻ". */
  readonly odd?: "lẻ" | "linh";
  /** 10^3: "nghìn" (standard, northern) or "ngàn". Default "nghìn". */
  readonly thousand?: "nghìn" | "ngàn";
  /** A final 4 after "mươi": "hai mươi tư" or "hai mươi bốn". Default "tư". ("mười bốn" is never "mười tư".) */
  readonly four?: "tư" | "bốn";
  /** 10^9: "tỷ" or "tỉ". Default "tỷ". */
  readonly billion?: "tỷ" | "tỉ";
  /** The minus sign: "âm" or "trừ". Default "âm". */
  readonly negative?: "âm" | "trừ";
  /** The decimal separator word: "phẩy" (Vietnamese comma) or "chấm". Default "phẩy". */
  readonly point?: "phẩy" | "chấm";
  /**
   * How to read the decimals: `"number"` reads leading zeros one by one and the rest as a number
   * ("0,25" → "không phẩy hai mươi lăm", "1,05" → "một phẩy không năm"); `"digits"` reads every digit
   * ("0,25" → "không phẩy hai năm"). Default `"number"`.
   */
  readonly decimals?: "number" | "digits";
  /** Upper-case the first letter. Default `false`. */
  readonly capitalize?: boolean;
}

const OPTION_KEYS = [
  "odd",
  "thousand",
  "four",
  "billion",
  "negative",
  "point",
  "decimals",
  "capitalize",
] as const;

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;

interface Config {
  /** Reading of 0–999 as the leading period (no "không trăm"). */
  readonly first: readonly string[];
  /** Reading of 0–999 as an inner period (with "không trăm"). */
  readonly inner: readonly string[];
  /** Period units by `rev % 3`. */
  readonly units: readonly [string, string, string];
  readonly billion: string;
  readonly negative: string;
  readonly point: string;
  readonly digitsMode: boolean;
  readonly capitalize: boolean;
}

function lastTwo(b: number, c: number, four: string): string {
  if (b === 0) return DIGITS[c] as string;
  if (b === 1) {
    if (c === 0) return "mười";
    return c === 5 ? "mười lăm" : `mười ${DIGITS[c]}`;
  }
  const tens = `${DIGITS[b]} mươi`;
  switch (c) {
    case 0:
      return tens;
    case 1:
      return `${tens} mốt`;
    case 4:
      return `${tens} ${four}`;
    case 5:
      return `${tens} lăm`;
    default:
      return `${tens} ${DIGITS[c]}`;
  }
}

function three(v: number, zeroHundred: boolean, odd: string, four: string): string {
  const a = Math.floor(v / 100);
  const b = Math.floor(v / 10) % 10;
  const c = v % 10;
  if (a === 0 && !zeroHundred) return lastTwo(b, c, four);
  const hundred = `${DIGITS[a]} trăm`;
  if (b === 0) return c === 0 ? hundred : `${hundred} ${odd} ${DIGITS[c]}`;
  return `${hundred} ${lastTwo(b, c, four)}`;
}

const configs = new Map<string, Config>();

function buildConfig(options: NumberToWordsOptions | undefined): Config {
  const odd = options?.odd ?? "lẻ";
  const thousand = options?.thousand ?? "nghìn";
  const four = options?.four ?? "tư";
  const billion = options?.billion ?? "tỷ";
  const negative = options?.negative ?? "âm";
  const point = options?.point ?? "phẩy";
  const decimals = options?.decimals ?? "number";
  const capitalize = options?.capitalize ?? false;
  if (odd !== "lẻ" && odd !== "linh") throw new RangeError(`numberToWords: odd must be "lẻ" or "linh"`);
  if (thousand !== "nghìn" && thousand !== "ngàn") {
    throw new RangeError(`numberToWords: thousand must be "nghìn" or "ngàn"`);
  }
  if (four !== "tư" && four !== "bốn") throw new RangeError(`numberToWords: four must be "tư" or "bốn"`);
  if (billion !== "tỷ" && billion !== "tỉ")
    throw new RangeError(`numberToWords: billion must be "tỷ" or "tỉ"`);
  if (negative !== "âm" && negative !== "trừ")
    throw new RangeError(`numberToWords: negative must be "âm" or "trừ"`);
  if (point !== "phẩy" && point !== "chấm")
    throw new RangeError(`numberToWords: point must be "phẩy" or "chấm"`);
  if (decimals !== "number" && decimals !== "digits") {
    throw new RangeError(`numberToWords: decimals must be "number" or "digits"`);
  }
  if (typeof capitalize !== "boolean") throw new TypeError("numberToWords: capitalize must be a boolean");
  const key = `${odd}|${thousand}|${four}|${billion}|${negative}|${point}|${decimals}|${capitalize}`;
  const cached = configs.get(key);
  if (cached) return cached;
  const first: string[] = new Array(1000);
  const inner: string[] = new Array(1000);
  for (let v = 0; v < 1000; v++) {
    first[v] = three(v, false, odd, four);
    inner[v] = three(v, true, odd, four);
  }
  const config: Config = {
    first,
    inner,
    units: ["", ` ${thousand}`, " triệu"],
    billion: ` ${billion}`,
    negative,
    point,
    digitsMode: decimals === "digits",
    capitalize,
  };
  configs.set(key, config);
  return config;
}

let defaultConfig: Config | undefined;

// Reused options objects skip validation; the raw values are compared so later mutation is honoured.
const byObject = new WeakMap<object, { readonly raw: string; readonly config: Config }>();

function getConfig(options: NumberToWordsOptions | undefined, fn: string): Config {
  if (options === undefined) {
    defaultConfig ??= buildConfig(undefined);
    return defaultConfig;
  }
  const raw = `${options.odd}|${options.thousand}|${options.four}|${options.billion}|${options.negative}|${options.point}|${options.decimals}|${options.capitalize}`;
  const hit = byObject.get(options);
  if (hit !== undefined && hit.raw === raw) return hit.config;
  assertOptions(options, OPTION_KEYS, fn);
  const config = buildConfig(options);
  byObject.set(options, { raw, config });
  return config;
}

// Scratch buffer for the periods of a safe integer (at most 6 periods below 2^53).
const periods = new Int32Array(8);

/** Reads a non-negative safe integer. */
function readSafe(n: number, cfg: Config): string {
  if (n < 1000) return cfg.first[n] as string;
  let count = 0;
  while (n > 0) {
    periods[count++] = n % 1000;
    n = Math.floor(n / 1000);
  }
  const units = cfg.units;
  let out = "";
  for (let rev = count - 1; rev >= 0; rev--) {
    const v = periods[rev] as number;
    if (v !== 0) {
      const words = rev === count - 1 ? cfg.first[v] : cfg.inner[v];
      out = out === "" ? `${words}${units[rev % 3]}` : `${out} ${words}${units[rev % 3]}`;
    }
    if (rev % 3 === 0 && rev !== 0) out += cfg.billion;
  }
  return out;
}

/** Reads a digit string without leading zeros (any length). */
function readDigits(s: string, cfg: Config): string {
  if (s.length <= 15) return readSafe(Number(s), cfg);
  const count = Math.ceil(s.length / 3);
  const head = s.length - (count - 1) * 3;
  const units = cfg.units;
  const parts: string[] = [];
  for (let idx = 0; idx < count; idx++) {
    const rev = count - 1 - idx;
    const start = idx === 0 ? 0 : head + (idx - 1) * 3;
    const v = Number(s.slice(start, idx === 0 ? head : start + 3));
    if (v !== 0) parts.push(`${idx === 0 ? cfg.first[v] : cfg.inner[v]}${units[rev % 3]}`);
    if (rev % 3 === 0 && rev !== 0) {
      if (parts.length === 0) parts.push(cfg.billion.slice(1));
      else parts[parts.length - 1] += cfg.billion;
    }
  }
  return parts.join(" ");
}

function readFraction(frac: string, cfg: Config): string {
  if (cfg.digitsMode) {
    let out = DIGITS[frac.charCodeAt(0) - 48] as string;
    for (let i = 1; i < frac.length; i++) out += ` ${DIGITS[frac.charCodeAt(i) - 48]}`;
    return out;
  }
  let zeros = 0;
  while (zeros < frac.length - 1 && frac.charCodeAt(zeros) === 48) zeros++;
  const rest = readDigits(frac.slice(zeros), cfg);
  return zeros === 0 ? rest : `${"không ".repeat(zeros)}${rest}`;
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const VI_NUMBER_RE = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

function decompose(
  value: number | bigint | string,
  fn: string,
): { negative: boolean; int: string; frac: string } {
  if (typeof value === "string") {
    const m = VI_NUMBER_RE.exec(value.trim());
    if (!m) {
      throw new RangeError(
        `${fn}: "${value}" is not a Vietnamese-formatted number ("1.454", "84,1"); use parseNumber for user input`,
      );
    }
    const int = (m[2] as string).replaceAll(".", "").replace(/^0+(?=\d)/, "");
    return { negative: m[1] === "-" && /[1-9]/.test(int + (m[3] ?? "")), int, frac: m[3] ?? "" };
  }
  if (typeof value === "bigint") return toDecimal(value);
  if (typeof value !== "number")
    throw new TypeError(`${fn}: expected a number, bigint or string, got ${typeof value}`);
  if (!Number.isFinite(value)) throw new RangeError(`${fn}: expected a finite number, got ${String(value)}`);
  const d = toDecimal(value);
  return { negative: d.negative && value !== 0, int: d.int, frac: d.frac };
}

/**
 * Reads a number in Vietnamese words. Accepts a number (taken at its shortest decimal form, as printed by
 * `String(x)`), a bigint (exact, any size), or a Vietnamese-formatted string ("1.454", "84,1").
 * Throws `RangeError`/`TypeError` for NaN, ±Infinity, malformed strings or unknown options.
 *
 * @example
 * numberToWords(1005); //=> "một nghìn không trăm lẻ năm"
 * numberToWords(105, { odd: "linh" }); //=> "một trăm linh năm"
 * numberToWords(24); //=> "hai mươi tư"
 * numberToWords(15); //=> "mười lăm"
 * numberToWords(1_100_000_000_000); //=> "một nghìn một trăm tỷ"
 * numberToWords(10n ** 21n); //=> "một nghìn tỷ tỷ"
 * numberToWords(-14); //=> "âm mười bốn"
 * numberToWords("84,1"); //=> "tám mươi tư phẩy một"
 * numberToWords(0.25, { decimals: "digits" }); //=> "không phẩy hai năm"
 */
export function numberToWords(value: number | bigint | string, options?: NumberToWordsOptions): string {
  const cfg = getConfig(options, "numberToWords");
  let out: string;
  if (typeof value === "bigint" && value <= MAX_SAFE && value >= -MAX_SAFE) value = Number(value);
  if (typeof value === "number" && Number.isSafeInteger(value)) {
    out = value >= 0 ? readSafe(value, cfg) : `${cfg.negative} ${readSafe(-value, cfg)}`;
  } else {
    const d = decompose(value, "numberToWords");
    out = readDigits(d.int, cfg);
    if (d.frac.length > 0) out += ` ${cfg.point} ${readFraction(d.frac, cfg)}`;
    if (d.negative) out = `${cfg.negative} ${out}`;
  }
  return cfg.capitalize ? capitalizeFirst(out) : out;
}

/**
 * Options for {@link currencyToWords} and {@link formatAmountInWords}.
 *
 * @example
 * currencyToWords(5_000_000, { even: true, thousand: "ngàn" }); //=> "năm triệu đồng chẵn"
 */
export interface CurrencyWordsOptions
  extends Omit<NumberToWordsOptions, "decimals" | "point" | "capitalize"> {
  /** Append "chẵn" for an exact amount ("… đồng chẵn"), as on some invoices. Default `false`. */
  readonly even?: boolean;
}

const CURRENCY_KEYS = ["odd", "thousand", "four", "billion", "negative", "even"] as const;

function currencyBody(
  amount: number | bigint,
  options: CurrencyWordsOptions | undefined,
  fn: string,
): string {
  assertOptions(options, CURRENCY_KEYS, fn);
  if (typeof amount === "number" && !Number.isSafeInteger(amount)) {
    throw new RangeError(
      `${fn}: the amount in đồng must be a safe integer or a bigint, got ${String(amount)}`,
    );
  }
  if (typeof amount !== "number" && typeof amount !== "bigint") {
    throw new TypeError(`${fn}: expected a number or bigint, got ${typeof amount}`);
  }
  const { even, ...wordOptions } = options ?? {};
  const words = numberToWords(amount, wordOptions);
  return even === true ? `${words} đồng chẵn` : `${words} đồng`;
}

/**
 * Reads an amount of money in đồng (integer number of đồng; the đồng has no subunit in use).
 *
 * @example
 * currencyToWords(1_454_000); //=> "một triệu bốn trăm năm mươi tư nghìn đồng"
 * currencyToWords(5_000_000, { even: true }); //=> "năm triệu đồng chẵn"
 */
export function currencyToWords(amount: number | bigint, options?: CurrencyWordsOptions): string {
  return currencyBody(amount, options, "currencyToWords");
}

/**
 * The "Bằng chữ" line of a financial document: capitalised, in đồng, ending with a full stop.
 *
 * @example
 * formatAmountInWords(1_454_000); //=> "Bằng chữ: Một triệu bốn trăm năm mươi tư nghìn đồng."
 */
export function formatAmountInWords(amount: number | bigint, options?: CurrencyWordsOptions): string {
  return `Bằng chữ: ${capitalizeFirst(currencyBody(amount, options, "formatAmountInWords"))}.`;
}

/**
 * Reads an ordinal number: "thứ nhất", "thứ hai", "thứ tư", "thứ mười bốn", "thứ hai mươi mốt".
 * Throws a `RangeError` below 1.
 *
 * @example
 * ordinalToWords(1); //=> "thứ nhất"
 * ordinalToWords(4); //=> "thứ tư"
 * ordinalToWords(14); //=> "thứ mười bốn"
 * ordinalToWords(24, { four: "bốn" }); //=> "thứ hai mươi bốn"
 */
export function ordinalToWords(
  value: number | bigint,
  options?: Omit<NumberToWordsOptions, "decimals" | "point" | "negative">,
): string {
  if (typeof value === "number" && !Number.isSafeInteger(value)) {
    throw new RangeError(`ordinalToWords: expected a positive integer, got ${String(value)}`);
  }
  if (typeof value !== "number" && typeof value !== "bigint") {
    throw new TypeError(`ordinalToWords: expected a number or bigint, got ${typeof value}`);
  }
  if (value < 1) throw new RangeError(`ordinalToWords: expected a positive integer, got ${String(value)}`);
  const capitalize = options?.capitalize === true;
  let out: string;
  if (value === 1 || value === 1n) out = "thứ nhất";
  else if (value === 4 || value === 4n) out = "thứ tư";
  else out = `thứ ${numberToWords(value, { ...options, capitalize: false })}`;
  return capitalize ? capitalizeFirst(out) : out;
}
