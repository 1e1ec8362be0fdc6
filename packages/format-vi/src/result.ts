/**
 * Typed results for every parse function of the package.
 *
 * Expected failures (malformed user input) are values, never exceptions; programmer errors
 * (wrong argument types, NaN, unknown options) throw `TypeError`/`RangeError`.
 */

/**
 * A parse failure: a stable machine `code`, a Vietnamese `message` (NFC, full diacritics),
 * the `input` that was rejected and, when known, the UTF-16 `index` of the offending character.
 *
 * @example
 * const r = parseDocumentNumber("124/2021/");
 * if (!r.ok) console.log(r.error.code); //=> "MISSING_TYPE_CODE"
 */
export interface FormatViError {
  readonly code: string;
  readonly message: string;
  readonly input: string;
  readonly index?: number;
}

/**
 * The result of a parse function: either `{ ok: true, value }` or `{ ok: false, error }`.
 *
 * @example
 * const r: ParseResult<number> = parseNumber("1.454");
 * if (r.ok) r.value; //=> 1454
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: FormatViError };

/**
 * Returns the value of a successful result, or throws a `RangeError` carrying the Vietnamese message.
 * Handy in scripts and tests where the input is known to be valid.
 *
 * @example
 * unwrap(parseNumber("74.000")); //=> 74000
 * unwrap(parseNumber("7,4.000")); // throws RangeError
 */
export function unwrap<T>(result: ParseResult<T>): T {
  if (result.ok) return result.value;
  const e = new RangeError(`${result.error.code}: ${result.error.message}`);
  throw e;
}
