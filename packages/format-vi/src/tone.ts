/**
 * Tone-mark placement ("bỏ dấu thanh"): the old style puts the tone of open "oa", "oe", "uy" on the first
 * vowel ("hòa", "hòe", "thủy"); the new style (Quyết định 1989/QĐ-BGDĐT, Điều 8) on the second
 * ("hoà", "hoè", "thuỷ"). Every other syllable has one correct place in both styles, so misplaced tones
 * are corrected too ("hòan" → "hoàn", "muá" → "múa", "tíên" → "tiến").
 *
 * Exceptions respected: "qu" and "gi" are onsets ("quý", "quà", "già" keep their tone); "ua", "ia", "ưa"
 * without a final consonant keep the tone on the first vowel ("chùa", "Tủa Chùa", "múa"); "uy" without an
 * initial consonant keeps it on "u" ("ủy").
 */
import { COMBINING_TONE, COMPOSE, CONSONANT_TONE, MARKED_VOWELS, VOWEL_INFO } from "./internal/letters.js";
import { assertString } from "./internal/result.js";

/**
 * Output style for {@link normalizeToneStyle}.
 *
 * @example
 * normalizeToneStyle("Khánh Hoà", "old" satisfies ToneStyle); //=> "Khánh Hòa"
 */
export type ToneStyle = "old" | "new";

const VOWELS = new Set(["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]);
const CONSONANT_RE = /^[bcdđghklmnpqrstvx]$/u;
const WORD_RE = /[\p{L}\p{M}]+/gu;

function placeTone(word: string, style: ToneStyle): string {
  if (word.length > 12) return word;
  const bases: string[] = [];
  let tone = 0;
  let tonePos = -1;
  let misplaced = false;
  for (const ch of word) {
    const info = VOWEL_INFO.get(ch);
    let t = 0;
    if (info !== undefined) {
      bases.push(info[0]);
      t = info[1];
    } else {
      const consonant = CONSONANT_TONE.get(ch);
      const stray = COMBINING_TONE.get(ch);
      if (consonant !== undefined) {
        bases.push(consonant[0]);
        t = consonant[1];
        misplaced = true;
      } else if (stray !== undefined) {
        t = stray;
        misplaced = true;
      } else if (CONSONANT_RE.test(ch.toLowerCase())) {
        bases.push(ch);
      } else {
        return word;
      }
    }
    if (t !== 0) {
      if (tone !== 0) return word; // two tones: not a Vietnamese syllable
      tone = t;
      tonePos = misplaced ? -1 : bases.length - 1;
    }
  }
  const n = bases.length;
  if (tone === 0) return word;
  const lower = bases.map((b) => b.toLowerCase());
  // Onset.
  let i = 0;
  if (lower[0] === "q" && lower[1] === "u" && n > 2 && VOWELS.has(lower[2] as string)) {
    i = 2;
  } else if (lower[0] === "g" && lower[1] === "i" && n > 2 && VOWELS.has(lower[2] as string)) {
    // "gịa" (giặt gịa) is g + ia with the tone on i: leave it alone.
    if (n === 3 && lower[2] === "a" && tonePos === 1 && tone === 5) return word;
    i = 2;
  } else {
    while (i < n && !VOWELS.has(lower[i] as string)) i++;
  }
  const onsetLen = i;
  const start = i;
  while (i < n && VOWELS.has(lower[i] as string)) i++;
  const end = i;
  const hasCoda = end < n;
  for (; i < n; i++) if (VOWELS.has(lower[i] as string)) return word; // not one syllable
  const len = end - start;
  if (len === 0 || len > 3) return word;
  let pos = -1;
  for (let k = end - 1; k >= start; k--) {
    if (MARKED_VOWELS.has(lower[k] as string)) {
      pos = k;
      break;
    }
  }
  if (pos < 0) {
    if (len === 1) pos = start;
    else if (hasCoda) pos = end - 1;
    else if (len === 3) pos = start + 1;
    else {
      const pair = `${lower[start]}${lower[start + 1]}`;
      if (pair === "oa" || pair === "oe" || pair === "uy") {
        if (pair === "uy" && onsetLen === 0) pos = start;
        else pos = style === "old" ? start : start + 1;
      } else {
        pos = start;
      }
    }
  }
  if (pos === tonePos && !misplaced) return word;
  let out = "";
  for (let k = 0; k < n; k++) {
    out += k === pos ? (COMPOSE.get(`${bases[k]}${tone}`) as string) : (bases[k] as string);
  }
  return out;
}

const COMBINING_RE = /[\u0300-\u036f]/u;

/**
 * Rewrites every syllable with the tone mark in the chosen style (the text is NFC-normalised first).
 * Words that are not Vietnamese syllables (several tones, foreign letters) are left as they are.
 *
 * @example
 * normalizeToneStyle("Khánh Hòa, Thủy", "new"); //=> "Khánh Hoà, Thuỷ"
 * normalizeToneStyle("Biên Hoà", "old"); //=> "Biên Hòa"
 * normalizeToneStyle("quý, già, Tủa Chùa", "new"); //=> "quý, già, Tủa Chùa"
 * normalizeToneStyle("hòan", "old"); //=> "hoàn"
 */
export function normalizeToneStyle(text: string, style: ToneStyle): string {
  assertString(text, "text");
  if (style !== "old" && style !== "new")
    throw new RangeError(`normalizeToneStyle: unknown style "${String(style)}"`);
  const nfc = COMBINING_RE.test(text) ? text.normalize("NFC") : text;
  return nfc.replace(WORD_RE, (w) => placeTone(w, style));
}

/**
 * Detects the tone style of a text: "old" or "new" when it has at least one open "oa"/"oe"/"uy" syllable
 * written in only one style, "mixed" when both appear, `undefined` when nothing tells.
 *
 * @example
 * detectToneStyle("Khánh Hòa"); //=> "old"
 * detectToneStyle("Thuỷ"); //=> "new"
 * detectToneStyle("Hà Nội"); //=> undefined
 */
export function detectToneStyle(text: string): ToneStyle | "mixed" | undefined {
  assertString(text, "text");
  const nfc = text.normalize("NFC");
  let old = false;
  let neu = false;
  for (const m of nfc.matchAll(WORD_RE)) {
    const w = m[0];
    const asOld = placeTone(w, "old");
    const asNew = placeTone(w, "new");
    if (asOld === asNew) continue;
    if (w === asOld) old = true;
    else if (w === asNew) neu = true;
  }
  if (old && neu) return "mixed";
  if (old) return "old";
  if (neu) return "new";
  return undefined;
}
