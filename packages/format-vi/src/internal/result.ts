import type { FormatViIssue, ParseResult } from "../result.js";

/** Builds a successful result. */
export function ok<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

/** Builds a failed result with one issue. */
export function fail<T>(code: string, message: string, input: string, index?: number): ParseResult<T> {
  const issue: FormatViIssue =
    index === undefined ? { code, message, path: [], input } : { code, message, path: [], input, index };
  return { ok: false, issues: [issue] };
}

/** Throws a TypeError unless `value` is a string. */
export function assertString(value: unknown, name: string): asserts value is string {
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be a string, received ${value === null ? "null" : typeof value}`);
  }
}

/** Rejects unknown option keys (programmer error). */
export function assertOptions(options: unknown, allowed: readonly string[], fn: string): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object") {
    throw new TypeError(`${fn}: options must be an object`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw new RangeError(`${fn}: unknown option "${key}"`);
  }
}

/** The same failure reported for a larger `input` (the whole text the failing part was cut from). */
export function failFor<T>(
  failed: { readonly issues: readonly FormatViIssue[] },
  input: string,
): ParseResult<T> {
  return { ok: false, issues: failed.issues.map((i) => ({ ...i, input })) };
}
