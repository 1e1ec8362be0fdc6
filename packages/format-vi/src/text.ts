/**
 * Text helpers: NFC normalisation, diacritic folding for search (all Vietnamese letters, NFD input, đ/Đ),
 * tone-style-insensitive equality and search.
 */
import { FOLD, FOLD_LIMIT } from "./internal/letters.js";
import { assertString } from "./internal/result.js";
import { normalizeToneStyle } from "./tone.js";

/**
 * Options for {@link normalizeText}.
 *
 * @example
 * normalizeText("Ea H’Leo ", { apostrophes: true, whitespace: true }); //=> "Ea H'Leo"
 */
export interface NormalizeTextOptions {
  /** Replace typographic apostrophes (’ ‘ ʼ) with "'" ("Ea H’Leo" → "Ea H'Leo"). Default `false`. */
  readonly apostrophes?: boolean;
  /** Collapse runs of white space (also NBSP) to one space and trim. Default `false`. */
  readonly whitespace?: boolean;
  /** Also rewrite tone placement in this style (see {@link normalizeToneStyle}). */
  readonly toneStyle?: "old" | "new";
}

/**
 * Normalises text to NFC (precomposed letters), optionally also apostrophes, white space and tone style.
 *
 * @example
 * normalizeText("Hoa\u0300 Bi\u0300nh") === "Hoà Bình"; //=> true
 * normalizeText("Ea H’Leo ", { apostrophes: true, whitespace: true }); //=> "Ea H'Leo"
 * normalizeText("Khánh Hoà", { toneStyle: "old" }); //=> "Khánh Hòa"
 */
export function normalizeText(text: string, options?: NormalizeTextOptions): string {
  assertString(text, "text");
  let s = text.normalize("NFC");
  if (options === undefined) return s;
  for (const key of Object.keys(options)) {
    if (key !== "apostrophes" && key !== "whitespace" && key !== "toneStyle") {
      throw new RangeError(`normalizeText: unknown option "${key}"`);
    }
  }
  if (options.apostrophes === true) s = s.replace(/[’‘ʼ]/gu, "'");
  if (options.whitespace === true) s = s.replace(/[\s\u00a0]+/gu, " ").trim();
  if (options.toneStyle !== undefined) s = normalizeToneStyle(s, options.toneStyle);
  return s;
}

/**
 * Removes all diacritics: tones and letter marks (ă â ê ô ơ ư → a a e o o u, đ/Đ → d/D, also the lookalike
 * Ð), from NFC or NFD input; typographic apostrophes become "'". Case is kept. About 1.5–2× faster than
 * `normalize("NFD")` plus a regular expression.
 *
 * @example
 * foldDiacritics("Đặc khu Côn Đảo"); //=> "Dac khu Con Dao"
 * foldDiacritics("Thuỷ Nguyên"); //=> "Thuy Nguyen"
 * foldDiacritics("Ho\u0300a"); //=> "Hoa" (NFD input)
 */
export function foldDiacritics(text: string): string {
  assertString(text, "text");
  let out = "";
  let last = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0 || c >= FOLD_LIMIT) continue;
    const r = FOLD[c] as number;
    if (r === 0) continue;
    out += r === 0xffff ? text.slice(last, i) : text.slice(last, i) + String.fromCharCode(r);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * The key used for accent-insensitive search: folded, lower-case, single spaces, trimmed.
 *
 * @example
 * toSearchKey("  Phường  Hoà Bình "); //=> "phuong hoa binh"
 */
export function toSearchKey(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[\s\u00a0]+/gu, " ")
    .trim();
}

/**
 * Accent- and case-insensitive substring search.
 *
 * @example
 * includesIgnoringDiacritics("Công an tỉnh Đồng Nai", "dong nai"); //=> true
 */
export function includesIgnoringDiacritics(text: string, query: string): boolean {
  return toSearchKey(text).includes(toSearchKey(query));
}

/**
 * Equality that ignores only the tone-placement style (and NFC/NFD): "Hòa" equals "Hoà", but not "Hoa".
 *
 * @example
 * equalsIgnoringToneStyle("Khánh Hòa", "Khánh Hoà"); //=> true
 * equalsIgnoringToneStyle("Hòa", "Hoa"); //=> false
 */
export function equalsIgnoringToneStyle(a: string, b: string): boolean {
  assertString(a, "a");
  assertString(b, "b");
  if (a === b) return true;
  return normalizeToneStyle(a, "new") === normalizeToneStyle(b, "new");
}

/**
 * Substring search that ignores only the tone-placement style: "Thủy" is found in "Thuỷ Nguyên".
 *
 * @example
 * includesIgnoringToneStyle("Phường Thuỷ Nguyên", "Thủy"); //=> true
 * includesIgnoringToneStyle("Phường Thuỷ Nguyên", "Thuy"); //=> false
 */
export function includesIgnoringToneStyle(text: string, query: string): boolean {
  assertString(text, "text");
  assertString(query, "query");
  return normalizeToneStyle(text, "new").includes(normalizeToneStyle(query, "new"));
}
