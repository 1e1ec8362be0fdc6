/**
 * The one result shape of every antq package.
 *
 * Expected failures (malformed user input, invalid data, an invalid rule set) are values, never exceptions:
 * a function returns `{ ok: true, value }` or `{ ok: false, issues }`, each issue carrying a stable machine
 * `code`, a Vietnamese `message` (NFC, full diacritics) and the `path` of what it is about. Packages extend
 * {@link Issue} with what their input needs (format-vi adds the rejected `input` and the character `index`,
 * `@antq/domain` the path as text and the CSV line and column). Programmer errors (wrong argument types,
 * NaN, unknown options) throw `TypeError`/`RangeError`.
 */

/**
 * One problem: a stable machine `code` (SCREAMING_SNAKE_CASE), a Vietnamese `message` and the `path`
 * to the offending value (`[]` for the whole input).
 *
 * @example
 * const issue: Issue = { code: "INVALID_DATE", message: "Ngày không hợp lệ.", path: ["crimes", 0, "date"] };
 * issue.path.join("."); //=> "crimes.0.date"
 */
export interface Issue<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  readonly path: readonly (string | number)[];
}

/**
 * Either `{ ok: true, value }` or `{ ok: false, issues }` (at least one issue).
 *
 * @example
 * const r: Result<number> = parseNumber("1.454");
 * r.ok ? r.value : r.issues[0].message; //=> 1454
 */
export type Result<T, I extends Issue = Issue> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly I[] };

/**
 * An issue of a format-vi parse function: the {@link Issue} fields (the path is always `[]`: the input is
 * one string), the `input` that was rejected and, when known, the UTF-16 `index` of the offending character.
 *
 * @example
 * const r = parseDocumentNumber("124/2021/");
 * r.ok ? "" : r.issues[0].code; //=> "MISSING_TYPE_CODE"
 */
export interface FormatViIssue extends Issue {
  readonly input: string;
  readonly index?: number;
}

/**
 * The result of a format-vi parse function.
 *
 * @example
 * const r: ParseResult<number> = parseNumber("1.454");
 * r.ok && r.value; //=> 1454
 */
export type ParseResult<T> = Result<T, FormatViIssue>;

/**
 * Thrown by {@link unwrap} on a failed result; carries the issues.
 *
 * @example
 * let caught: unknown;
 * try { unwrap(parseNumber("7,4.000")); } catch (e) { caught = e; }
 * caught instanceof UnwrapError; //=> true
 */
export class UnwrapError extends RangeError {
  override readonly name = "UnwrapError";
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(`Dữ liệu không hợp lệ:\n${issues.map((i) => `- [${i.code}] ${i.message}`).join("\n")}`);
    this.issues = issues;
  }
}

/**
 * Returns the value of a successful result, or throws an {@link UnwrapError} (a `RangeError`) listing the
 * Vietnamese messages. Handy in scripts and tests where the input is known to be valid.
 *
 * @example
 * unwrap(parseNumber("74.000")); //=> 74000
 * unwrap(parseNumber("7,4.000")); // throws UnwrapError
 */
export function unwrap<T>(result: Result<T, Issue>): T {
  if (result.ok) return result.value;
  throw new UnwrapError(result.issues);
}
