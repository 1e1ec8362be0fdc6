/**
 * @antq/sheets: the spreadsheet layer of antq, for Node and browsers alike (no `node:*`, no Effect).
 *
 * - the sheet layouts ({@link UNIT_SHEETS}, {@link FACTS_SHEET}, {@link FACT_LIST_SHEETS}, the flat
 *   {@link COMBINED_SHEET}) derived from the @antq/domain schemas;
 * - column and cell conversion ({@link convertCell}, {@link toCellValue});
 * - one record builder ({@link DatasetBuilder}) that every reader feeds, row by row;
 * - the readers over rows: {@link RowSource}, the CSV reader over a string or a stream, JSON input.
 */

export {
  ASSESSMENT_FORMAT,
  type AssessmentDocument,
  type AssessmentDocumentOptions,
  AssessmentDocumentSchema,
  assessmentDocument,
  type ListMaker,
  summaryJson,
  type UnitResultJson,
  UnitResultSchema,
  unitResultJson,
} from "./assessment-document.js";
export {
  assessmentFiles,
  evaluationYearProblem,
  explainUnitById,
  inputErrorLines,
  inputErrorsMessage,
  nothingToAssessMessage,
  replaceExtension,
} from "./assessment-request.js";
export { assessmentYear } from "./assessment-year.js";
export {
  type CellResult,
  columnLetter,
  convertCell,
  getPath,
  ListCount,
  type RawCell,
  setPath,
  toCellValue,
} from "./cells.js";
export {
  CLASSIFICATION_FORMAT,
  type ClassificationDocument,
  ClassificationDocumentSchema,
  type ConfigurationOverlay,
  classificationDocument,
  classificationLines,
  configurationText,
} from "./classification-document.js";
export {
  CLASSIFICATION_EXPLANATION_FORMAT,
  type ClassificationExplanationDocument,
  ClassificationExplanationDocumentSchema,
  classificationExplanationDocument,
} from "./classification-explanation-document.js";
export { assessmentOutcomes, classifyScoreRecords, noScoreSheetMessage } from "./classify-records.js";
export type {
  Column,
  ColumnType,
} from "./columns.js";
export {
  type CsvDelimiter,
  type CsvEncoding,
  type CsvInput,
  type CsvOptions,
  type CsvRow,
  CsvSyntaxError,
  type CsvTable,
  openCsv,
  readCsvRecords,
  readCsvTable,
  sniffCsv,
} from "./csv.js";
export { CsvCutFinder, type CsvRange, estimateCsvRowCount, partsProblem } from "./csv-cuts.js";
export { type CsvCell, csvLine, toCsv } from "./csv-write.js";
export { ACTIVITY_GROUPS, ACTIVITY_SHEETS, readActivities } from "./cycle/activity-sheets.js";
export {
  ACTIVITY_SUMMARY_FORMAT,
  type ActivitySummaryDocument,
  ActivitySummaryDocumentSchema,
  activitySummaryDocument,
  activitySummaryLines,
} from "./cycle/activity-summary.js";
export {
  AWARD_PROPOSAL_FORMAT,
  type AwardProposalDocument,
  AwardProposalDocumentSchema,
  type AwardTallyGroup,
  awardProposalDocument,
  awardProposalLines,
  ELIGIBILITY_LABELS_VI,
  issuerNameOf,
  type OutcomeCounts,
  recipientsText,
  tallyAwardProposals,
} from "./cycle/award-proposals.js";
export { AWARD_GROUP, AWARD_PROPOSAL_SHEET } from "./cycle/award-sheets.js";
export { type JsonInputIssue, proposalsFromJson, type TeamsJson, teamsFromJson } from "./cycle/json-input.js";
export {
  MODEL_GROUP,
  MODEL_KEY_COLUMN,
  MODEL_RATING_SHEET,
  MODEL_SHEET,
  MODEL_SHEET_HEADERS,
  MODEL_SHEETS,
  MODEL_SITE_SHEET,
  matchCycleSheet,
  modelSheetKind,
} from "./cycle/model.js";
export {
  PLAN_COUNT_SHEET,
  PLAN_GROUP,
  PLAN_KEY_COLUMN,
  PLAN_PERCENT_SHEET,
  PLAN_SHEET,
  PLAN_SHEETS,
} from "./cycle/plan.js";
export {
  adminLineageFromCsv,
  modelSummaryText,
  planProgressLines,
  planReportYear,
  storedAdminLineage,
} from "./cycle/plan-inputs.js";
export {
  type RateTeamsOptions,
  rateTeamsDocument,
  teamReadingProblem,
  teamYearProblem,
} from "./cycle/rate-teams.js";
export {
  type RecordGroup,
  type RecordListSheet,
  type RecordSheetSpec,
  readRecordGroup,
  recordSheet,
  type SheetRows,
  type SourcedRecord,
} from "./cycle/records.js";
export {
  addCycleCsv,
  addCycleSheet,
  addCycleWorksheet,
  csvCycleSpec,
  cycleFileKind,
  cycleLayoutsText,
  noCycleSheetMessage,
} from "./cycle/sheet-set.js";
export {
  capReadingText,
  communeLabel,
  countRatings,
  ratingCountsText,
  ratingTitle,
  TEAM_RATING_FORMAT,
  type TeamRatingCounts,
  type TeamRatingDocument,
  TeamRatingDocumentSchema,
  teamRatingDocument,
  teamRatingLines,
} from "./cycle/team-ratings.js";
export { TEAM_GROUP, TEAM_MEMBER_SHEET, TEAM_SHEET } from "./cycle/team-sheets.js";
export { TYPICAL_GROUP, TYPICAL_SHEET } from "./cycle/typical.js";
export {
  documentIssues,
  outcomesOfDataset,
  readTypicalJson,
  type TypicalJsonInput,
  typicalPlanYear,
  typicalPrevious,
  typicalRuleOf,
} from "./cycle/typical-input.js";
export { readYearCycle, YEAR_CYCLE_SHEETS, type YearCycleRecords } from "./cycle/year-cycle.js";
export {
  type Dataset,
  DatasetBuilder,
  type DatasetCounts,
  datasetCounts,
  type FactsRecord,
  factsYear,
  type InputIssue,
  mergeStreamedDatasets,
  PackedFactsRecord,
  type SheetCount,
  type SourceRef,
  type UnitRecord,
} from "./dataset.js";
export {
  DEMO_FLAT_CSV_FORMAT,
  DEMO_FORMAT,
  type DemoDocument,
  DemoDocumentSchema,
  type DemoFlatCsvDocument,
  DemoFlatCsvDocumentSchema,
  demoDocument,
  demoFlatCsvDocument,
} from "./demo-document.js";
export { type DemoRun, demoCommunesProblem, demoFlatCsvText, demoLines } from "./demo-text.js";
export { detachRecord, detachString } from "./detach.js";
export { fileProblemText, systemErrorText } from "./file-problem.js";
export { flatHeaders, flatRow } from "./flat.js";
export {
  type ImportableYear,
  importableJson,
  importableRead,
  importRefusedMessage,
} from "./import-dataset.js";
export {
  formatIssue,
  formatValidationSummary,
  issueLines,
  issueLocation,
} from "./issue-text.js";
export { jsonSyntaxPosition, readJsonText } from "./json.js";
export { jsonPieces, type LazyList, lazyList } from "./json-pieces.js";
export { isDangerousCell, neutralizeText, neutralizeValue } from "./neutralize.js";
export {
  idHash,
  type PackedStatuses,
  packStatuses,
  shareAHash,
  unpackStatuses,
} from "./packed-statuses.js";
export { pairInputs } from "./pairing.js";
export {
  PLAN_PROGRESS_FORMAT,
  type PlanProgressDocument,
  type PlanProgressDocumentOptions,
  PlanProgressDocumentSchema,
  type PlanProgressEntry,
  planProgressDocument,
} from "./plan-progress-document.js";
export {
  type CommuneList,
  communeResults,
  explainUnit,
  ProvinceAssessment,
  type StatusesByCommune,
  type StreamedPart,
  StreamingAssessor,
} from "./province-assessment.js";
export {
  type ProvinceSettings,
  ProvinceSettingsSchema,
  parseProvinceSettings,
} from "./province-settings.js";
export { type Ratio, ratio } from "./ratio.js";
export {
  assessmentLines,
  explanationText,
  ratioText,
  resultTitle,
  ruleSetLines,
  summaryLines,
} from "./result-text.js";
export {
  csvRowSource,
  placeRows,
  type ReadRowsOptions,
  type RowSource,
  readRowsInto,
  type SourceRow,
} from "./rows.js";
export { compileSecurityOrder, interpretationFlagName, readingsOfText } from "./rule-selection.js";
export {
  bindScoreHeaders,
  readScoreJsonText,
  readScoreRows,
  SCORE_SHEET,
  ScoreBuilder,
  type ScoreRecord,
} from "./scores.js";
export {
  ALL_SHEETS,
  COMBINED_SHEET,
  FACT_LIST_SHEETS,
  FACTS_SHEET,
  JSON_LIST_EXAMPLES,
  type SheetSpec,
  type SheetTarget,
  specByHeaders,
  specById,
  specBySheetName,
  UNIT_SHEETS,
} from "./specs.js";
export {
  assessmentUnitResults,
  datasetOfStoredYear,
  scoreRecordsOfStored,
  storedResultLabel,
  unitNamesOf,
} from "./stored-year.js";
export { type AssessedPart, finishStreamedAssessment } from "./streamed-assessment.js";
export { type CommuneSummary, Summary, type SummaryCounts } from "./summary.js";
export {
  addOutcome,
  addTally,
  emptyTally,
  inScope,
  passRatio,
  type Tally,
  type TallyJson,
  tallyJson,
} from "./tally.js";
export {
  TEMPLATE_FORMAT,
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
  type TemplateDocument,
  TemplateDocumentSchema,
  templateSheets,
  templateWritten,
} from "./template-kinds.js";
export { buildCsvTemplate, buildJsonTemplate } from "./templates.js";
export {
  choosePlan,
  type PreviousOutcomes,
  previousFromDocuments,
  TYPICAL_FORMAT,
  type TypicalDocument,
  type TypicalDocumentOptions,
  TypicalDocumentSchema,
  typicalDocument,
  typicalDocumentLines,
} from "./typical-document.js";
export { streamedUndecidedLines, undecidedLines } from "./undecided-text.js";
export {
  UNIT_EXPLANATION_FORMAT,
  type UnitExplanationDocument,
  UnitExplanationDocumentSchema,
  unitExplanationDocument,
} from "./unit-explanation-document.js";
export {
  type Assessed,
  communeIdOf,
  ruleLabels,
  UNIT_RESULT_HEADERS,
  unitResultRow,
} from "./unit-rows.js";
export {
  VALIDATION_FORMAT,
  type ValidationDocument,
  ValidationDocumentSchema,
  validationDocument,
} from "./validation-document.js";
