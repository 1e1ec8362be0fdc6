/**
 * Vietnamese rendering of input problems and counts (shared by kiem-tra, danh-gia and demo): `@antq/sheets`'
 * issue texts, re-exported for the commands that import them from here.
 */
export { datasetCounts, formatIssue, formatValidationSummary, issueLines, issueLocation } from "@antq/sheets";
