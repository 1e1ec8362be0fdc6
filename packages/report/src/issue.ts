import type { Issue } from "@antq/format-vi";

/**
 * The stable machine codes of `@antq/report` issues.
 *
 * @example
 * const c: ReportIssueCode = "UNKNOWN_UNIT";
 */
export type ReportIssueCode =
  | "INVALID_PERIOD"
  | "UNKNOWN_UNIT"
  | "DUPLICATE_OUTCOME"
  | "INVALID_META"
  | "UNKNOWN_OUTCOME"
  | "INVALID_LINEAGE"
  | "DOUBLE_SOURCE"
  | "INVALID_INDICATOR"
  | "EMPTY_PERIOD"
  | "UNKNOWN_TOPIC"
  | "NOT_DOCX";

/**
 * A problem in the input of a report: a stable `code`, a Vietnamese `message` naming the record, and the
 * `path` to it in the input (`["outcomes", 12, "unitId"]`).
 *
 * @example
 * const i: ReportIssue = { code: "UNKNOWN_UNIT", message: "…", path: ["outcomes", 0, "unitId"] };
 */
export type ReportIssue = Issue<ReportIssueCode>;
