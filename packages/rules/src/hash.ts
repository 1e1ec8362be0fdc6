/**
 * Rule-set hashing: FNV-1a 64 over the UTF-8 bytes of a canonical JSON (sorted keys, NFC strings).
 * Pure TypeScript, identical in Node and browsers.
 */
import { canonicalJson } from "./internal/canonical.js";
import { fnv1a64 } from "./internal/fnv1a64.js";

/**
 * Hashes any JSON-like value by its canonical JSON; prefixed with the algorithm, e.g. "fnv1a64:…".
 *
 * @example
 * hashValue({ b: 1, a: 2 }) === hashValue({ a: 2, b: 1 }); //=> true
 */
export function hashValue(value: unknown): string {
  return `fnv1a64:${fnv1a64(canonicalJson(value))}`;
}
