/**
 * Issues reported by static checks, overlay composition and golden-test parsing: a stable machine code,
 * a Vietnamese message and the path of the offending item.
 */

import type { Issue as AntqIssue, Result as AntqResult } from "@antq/format-vi";

/**
 * A problem found in a rule set, an overlay or a data file: antq's one issue shape (defined once in
 * `@antq/format-vi`): a stable machine `code`, a Vietnamese `message` and the `path` of the offending item.
 *
 * @example
 * const issue: Issue = { code: "VERSION_GAP", message: "Quy tắc tt124.d4.k1 có khoảng trống …", path: ["rules", "tt124.d4.k1"] };
 */
export type Issue = AntqIssue;

/**
 * `{ ok: true, value }` or `{ ok: false, issues }`: antq's one result shape (defined once in `@antq/format-vi`).
 *
 * @example
 * const r: Result<number> = { ok: false, issues: [{ code: "X", message: "…", path: [] }] };
 */
export type Result<T> = AntqResult<T>;

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
