/**
 * @antq/report — annual, sơ kết and tổng kết reports of the "Toàn dân bảo vệ an ninh Tổ quốc" movement: figures
 * computed from records and traceable to them, the sentences officers write, the DOCX in the Nghị định 30/2020
 * layout, the XLSX annexes and the charts. Pure and synchronous except for writing files' bytes; runs in Node
 * and browsers (PNG chart rendering is in `@antq/report/node`).
 *
 * @packageDocumentation
 */

export { type Annex, type AnnexCell, SUMMARY_SHEET, writeAnnexXlsx } from "./annex.js";
export {
  CHART_FONT_FAMILY,
  type ChartRenderer,
  type ChartSpec,
  classificationChart,
  modelsChart,
  renderChartSvg,
  safetyTrendChart,
} from "./charts.js";
export {
  type ComposeOptions,
  composeReport,
  type RenderReportOptions,
  type ReportDigest,
  readStoredReview,
  renderReportDocx,
  reportDigest,
  reportDigestLines,
  reportFiles,
  type StoredPeriod,
  type StoredPeriodReader,
  type StoredReviewOptions,
} from "./compose.js";
export {
  computeReviewFigures,
  type InformationYear,
  type ReviewIndicators,
  type ReviewPeriod,
  type ReviewRecords,
  type ReviewUnit,
  type UnitOutcome,
  type ViolationCount,
  violationsOfFacts,
} from "./compute.js";
export { type DocxOptions, ND30_LAYOUT, renderCharts, writeReportDocx } from "./docx.js";
export {
  ACTIVITY_FIELD_LABELS_VI,
  ACTIVITY_FIELDS,
  type ActivityTotals,
  type AwardCount,
  CLASSIFICATION_LEVEL_LABELS_VI,
  CLASSIFICATION_LEVELS,
  type ClassificationLevel,
  type CommuneSafety,
  emptyActivityTotals,
  INFORMATION_FIELDS,
  INFORMATION_LABELS_VI,
  type InformationTotals,
  type ModelFigures,
  type NewRuralFigures,
  type ReviewFigures,
  type SafetyCount,
  sumActivity,
  sumClassification,
  sumSafety,
  type TeamTotals,
  UNIT_GROUP_LABELS_VI,
  UNIT_GROUPS,
  type UnitGroup,
  VIOLATION_FIELDS,
  VIOLATION_LABELS_VI,
  type ViolationTotals,
  WEAPON_FIELDS,
  type YearFigures,
} from "./figures.js";
export {
  BLANK_REVIEW_META,
  parseReviewInput,
  parseReviewSupplement,
  type ReviewInput,
  type ReviewInputMeta,
  type ReviewSupplement,
} from "./input.js";
export type { ReportIssue, ReportIssueCode } from "./issue.js";
export {
  buildReport,
  formatFigureValue,
  REPORT_KINDS,
  type ReportBlock,
  type ReportContent,
  type ReportKind,
  type ReportMeta,
  reportSummary,
} from "./report.js";
export {
  REPORT_FILES_FORMAT,
  type ReportFilesDocument,
  ReportFilesDocumentSchema,
  reportFilesDocument,
} from "./report-files-document.js";
export {
  AWARD_ISSUER_PHRASES_VI,
  awardFigure,
  awardFigureId,
  awardsClause,
  type FigureUse,
  periodOpening,
  type ReportFigure,
  roundDownForProse,
  type Sentence,
  SentenceBuilder,
} from "./sentences.js";
export { fromStoredReview, type StoredReviewLike } from "./stored.js";
export { REVIEW_TOPIC_IDS, REVIEW_TOPICS, type ReviewTopic, type ReviewTopicId } from "./topics.js";
