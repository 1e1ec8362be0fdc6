/**
 * Rule-set hashing: FNV-1a 64 over the UTF-8 bytes of a canonical JSON (sorted keys, NFC strings).
 * Pure TypeScript, identical in Node and browsers.
 */
import { canonicalJson } from "./internal/canonical.js";

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/**
 * FNV-1a 64-bit hash of a string's UTF-8 bytes, as 16 lower-case hex digits.
 *
 * @example
 * fnv1a64(""); //=> "cbf29ce484222325"
 * fnv1a64("a"); //=> "af63dc4c8601ec8c"
 */
export function fnv1a64(text: string): string {
  let h = FNV_OFFSET;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    const bytes =
      cp < 0x80
        ? [cp]
        : cp < 0x800
          ? [0xc0 | (cp >> 6), 0x80 | (cp & 63)]
          : cp < 0x10000
            ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)]
            : [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
    for (const b of bytes) {
      h ^= BigInt(b);
      h = (h * FNV_PRIME) & MASK;
    }
  }
  return h.toString(16).padStart(16, "0");
}

/**
 * Hashes any JSON-like value by its canonical JSON; prefixed with the algorithm, e.g. "fnv1a64:…".
 *
 * @example
 * hashValue({ b: 1, a: 2 }) === hashValue({ a: 2, b: 1 }); //=> true
 */
export function hashValue(value: unknown): string {
  return `fnv1a64:${fnv1a64(canonicalJson(value))}`;
}

/**
 * The canonical JSON text used for hashing (sorted keys, NFC strings, functions and `undefined` dropped).
 *
 * @example
 * canonicalize({ b: 1, a: "x" }); //=> '{"a":"x","b":1}'
 */
export function canonicalize(value: unknown): string {
  return canonicalJson(value);
}
