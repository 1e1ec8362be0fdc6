/**
 * Issues reported by static checks, overlay composition and golden-test parsing: a stable machine code,
 * a Vietnamese message and the path of the offending item.
 */

/**
 * A problem found in a rule set, an overlay or a data file.
 *
 * @example
 * const issue: Issue = { code: "VERSION_GAP", message: "Quy tắc tt124.d4.k1 có khoảng trống …", path: ["rules", "tt124.d4.k1"] };
 */
export interface Issue {
  /** Stable machine code in SCREAMING_SNAKE_CASE. */
  readonly code: string;
  /** Vietnamese description. */
  readonly message: string;
  readonly path: readonly (string | number)[];
}

/**
 * `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * const r: Result<number> = { ok: false, issues: [{ code: "X", message: "…", path: [] }] };
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Thrown by `compile` when a rule set is invalid (a configuration error); carries the issues.
 *
 * @example
 * try { compile(set, { asOf: "2024-11-15" }); } catch (e) { if (e instanceof RuleSetError) console.log(e.issues); }
 */
export class RuleSetError extends Error {
  override readonly name = "RuleSetError";
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(
      `Bộ quy tắc không hợp lệ (${issues.length} lỗi): ${issues
        .slice(0, 5)
        .map((i) => `[${i.code}] ${i.message}`)
        .join("; ")}`,
    );
    this.issues = issues;
  }
}
