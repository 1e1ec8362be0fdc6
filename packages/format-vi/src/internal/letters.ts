/**
 * Tables of Vietnamese letters, built once at module load from Unicode normalisation (so nothing is typed
 * by hand): tone decomposition of the 134 toned vowels, and a folding table for diacritics.
 */

/** Tone marks in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng. */
export const TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"] as const;

/** The 12 vowel letters without tone (with their quality marks), both cases. */
export const BASE_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

/** Vowels that carry a quality mark (the tone goes on them first). */
export const MARKED_VOWELS = new Set(["ă", "â", "ê", "ô", "ơ", "ư"]);

/** code point of a toned or untoned vowel → [base vowel, tone index 0–5]. */
export const VOWEL_INFO = new Map<string, readonly [string, number]>();
/** base vowel + tone index → composed character. */
export const COMPOSE = new Map<string, string>();

for (const base of BASE_VOWELS) {
  for (let t = 0; t < TONE_MARKS.length; t++) {
    const composed = (base + TONE_MARKS[t]).normalize("NFC");
    VOWEL_INFO.set(composed, [base, t]);
    COMPOSE.set(base + t, composed);
  }
}

/**
 * Consonants carrying a tone mark (data errors in ethnic-minority place names: "Buḱ", "Kŕai", "Ngoḳ") →
 * [consonant, tone index]. Only combinations that exist precomposed in Unicode can appear in NFC text.
 */
export const CONSONANT_TONE = new Map<string, readonly [string, number]>();
for (const c of "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX") {
  for (let t = 1; t < TONE_MARKS.length; t++) {
    const composed = (c + TONE_MARKS[t]).normalize("NFC");
    if (composed.length === 1) CONSONANT_TONE.set(composed, [c, t]);
  }
}

/** Combining tone mark → tone index (a stray mark that NFC could not attach to a letter). */
export const COMBINING_TONE = new Map<string, number>(TONE_MARKS.slice(1).map((m, i) => [m, i + 1]));

export const FOLD_LIMIT = 0x2100;
/** Folding table: 0 = keep, 0xffff = delete (combining mark), otherwise the replacement code unit. */
export const FOLD = new Uint16Array(FOLD_LIMIT);

for (let c = 0xc0; c < FOLD_LIMIT; c++) {
  if (c >= 0x300 && c <= 0x36f) {
    FOLD[c] = 0xffff;
    continue;
  }
  if (c >= 0xd800) continue;
  const nfd = String.fromCharCode(c).normalize("NFD");
  if (nfd.length > 1) {
    const first = nfd.charCodeAt(0);
    let marksOnly = true;
    for (let i = 1; i < nfd.length; i++) {
      const m = nfd.charCodeAt(i);
      if (m < 0x300 || m > 0x36f) marksOnly = false;
    }
    if (marksOnly && first < 0x80) FOLD[c] = first;
  }
}
FOLD[0x111] = 0x64; // đ → d
FOLD[0x110] = 0x44; // Đ → D
FOLD[0xd0] = 0x44; // Ð (eth, a common lookalike of Đ) → D
FOLD[0x2019] = 0x27; // ’ → '
FOLD[0x2018] = 0x27; // ‘ → '
FOLD[0x2bc] = 0x27; // ʼ → '
