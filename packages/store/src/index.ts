/**
 * @antq/store — the movement's multi-year record: a PostgreSQL schema for the `@antq/domain` model with
 * versioned migrations, year-by-year imports (all or nothing), results with provenance, lineage across the
 * 2025 reform and the period queries of reviews. This entry is browser-safe (PGlite with `idb://`); the
 * Node pieces (data folder with its lock, PostgreSQL server) are in `@antq/store/node`.
 *
 * @packageDocumentation
 */
export { type AwardProposalRecords, awardProposalRecords } from "./award-proposals.js";
export { type CycleRecords, cycleRecords } from "./cycle.js";
export { type CycleImportResult, type CycleYearRecords, importCycleYear } from "./cycle-import.js";
export { copyStatement, type Row, type SqlDriver, type SqlExecutor } from "./driver.js";
export { isStoreError, StoreError, type StoreErrorCode, sqlStateOf } from "./errors.js";
export {
  type ImportCounts,
  type ImportOptions,
  type ImportResult,
  importYear,
  importYearRecords,
  type YearRecords,
} from "./import.js";
export {
  IMPORT_FORMAT,
  type ImportDocument,
  ImportDocumentSchema,
  importDocument,
} from "./import-document.js";
export { crossesReform, FIRST_YEAR_AFTER_REFORM, type ProvinceScope, provinceScope } from "./lineage.js";
export {
  MIGRATION_LOCK_KEY,
  MIGRATIONS,
  type MigrateResult,
  type Migration,
  migrate,
  migrationChecksum,
} from "./migrate.js";
export { type PgliteLike, type PgliteQueryable, pgliteDriver } from "./pglite.js";
export {
  type PreviousYearNote,
  type PreviousYearReason,
  type PreviousYearRecord,
  previousYearRecord,
  withPreviousYearCounts,
} from "./previous-year.js";
export {
  activityTotals,
  awardCounts,
  modelsAndTeamsByYear,
  outcomesByYear,
  type Period,
  previousPeriod,
  type UnitYearCounts,
  unitYearCounts,
  type WithPrevious,
} from "./queries.js";
export {
  type AssessmentRecord,
  assessmentRecord,
  type ClassificationRecord,
  classificationRecord,
  type RecordRequest,
  storedYearLabel,
} from "./record-request.js";
export { loadYear, unitsOfYear } from "./records.js";
export {
  type AssessmentRun,
  type AssessmentRunInput,
  compareProvenance,
  compareResults,
  latestAssessmentRun,
  type ProvenanceDifference,
  type ResultDifference,
  type RunKind,
  saveAssessmentRun,
  type UnitResult,
} from "./results.js";
export {
  type ReviewOutcomeRow,
  type ReviewUnitRow,
  reviewRecords,
  type StoredReview,
  type ViolationRow,
} from "./review.js";
export {
  assessmentRunOptions,
  type ClassifiedUnit,
  classificationRunOf,
  classificationRunOptions,
  compareRuns,
  type ImportLineHints,
  importLines,
  previousYearLines,
  type RunComparison,
  type RunComparisonInput,
  type RunMissingCode,
  runProvenance,
  type StoreSummaryHints,
  savedRunLine,
  storeSummaryLines,
  withPreviousYearFacts,
  type YearReplacement,
  yearReplacement,
} from "./run-text.js";
export {
  STORE_SUMMARY_FORMAT,
  type StoreSummaryDocument,
  StoreSummaryDocumentSchema,
  storeSummaryDocument,
} from "./store-summary-document.js";
export { type ImportRecord, type StoreSummary, type StoreYear, storeSummary } from "./summary.js";
