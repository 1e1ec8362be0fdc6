/**
 * @antq/domain — the data model of the "Toàn dân bảo vệ an ninh Tổ quốc" movement: zod schemas, inferred
 * types, branded ids, Vietnamese validation messages, JSON Schemas, administrative units with 2025 lineage.
 *
 * @packageDocumentation
 */

export {
  ACTIVITY_KIND_LABELS_VI,
  type Activity,
  type ActivityKind,
  ActivitySchema,
  FestivalActivitySchema,
  MediationActivitySchema,
  PropagandaActivitySchema,
  parseActivity,
  ReintegrationActivitySchema,
  TipsActivitySchema,
  TrainingActivitySchema,
  WeaponsHandoverActivitySchema,
} from "./activity.js";
export {
  ADMIN_UNIT_CSV_COLUMNS,
  type AdminImportOptions,
  importAdminUnits,
  importAdminUnitsCsv,
} from "./admin-import.js";
export {
  type AdminUnitIndex,
  adminUnitsValidOn,
  childrenOf,
  dayAfterEnd,
  findAdminUnitByCode,
  indexAdminUnits,
  predecessorsOf,
  successorsOf,
  unitAsOf,
} from "./admin-lineage.js";
export {
  ADMIN_UNIT_TYPE_LABELS_VI,
  ADMIN_UNIT_TYPE_LEVEL,
  type AdminLevel,
  AdminLevelSchema,
  AdminPredecessorSchema,
  type AdminUnit,
  AdminUnitSchema,
  type AdminUnitType,
  AdminUnitTypeSchema,
  adminLevelOf,
  adminUnitFullName,
  defaultAdminUnitId,
  isAdminUnitValidOn,
  LAST_DAY_BEFORE_REFORM_2025,
  parseAdminUnit,
  REFORM_2025_EFFECTIVE_DATE,
} from "./admin-unit.js";
export {
  type AnnualFacts,
  AnnualFactsSchema,
  type Attestation,
  AttestationSchema,
  HouseholdCountsSchema,
  InternalRuleTopicSchema,
  ModelEffectivenessSchema,
  PartOfTotalSchema,
  PartyResolutionSchema,
  parseAnnualFacts,
  type QuarterOneActions,
  QuarterOneActionsSchema,
  SecurityForceAssessmentSchema,
  SubUnitRatingSchema,
  ViolationCountsSchema,
} from "./annual-facts.js";
export {
  type Agency,
  AgencySchema,
  AgencyTypeSchema,
  ASSESSED_UNIT_KIND_LABELS_VI,
  type AssessedUnit,
  type AssessedUnitKind,
  AssessedUnitKindSchema,
  AssessedUnitSchema,
  type CommuneUnit,
  CommuneUnitSchema,
  type EducationInstitution,
  EducationInstitutionSchema,
  type Enterprise,
  EnterpriseSchema,
  type EnterpriseSector,
  EnterpriseSectorSchema,
  MANAGING_LEVEL_LABELS_VI,
  type ManagingLevel,
  ManagingLevelSchema,
  type OtherOrganisation,
  OtherOrganisationSchema,
  parseAssessedUnit,
  RESIDENTIAL_AREA_TYPE_LABELS_VI,
  type ResidentialArea,
  ResidentialAreaSchema,
  type ResidentialAreaType,
  ResidentialAreaTypeSchema,
  SCHOOL_LEVEL_LABELS_VI,
  type SchoolLevel,
  SchoolLevelSchema,
  type UnitLocation,
  UnitLocationSchema,
} from "./assessed-unit.js";
export {
  AWARD_FORM_LABELS_VI,
  type Award,
  type AwardForm,
  AwardFormSchema,
  AwardIssuerKindSchema,
  AwardRecipientSchema,
  AwardSchema,
  parseAward,
} from "./award.js";
export {
  addDays,
  addMonths,
  type CalendarDate,
  CalendarDateSchema,
  compareCalendarDates,
  type DateInterval,
  DateIntervalSchema,
  isCalendarDate,
  isDateInInterval,
  quarterOf,
  vietnamDateOf,
} from "./calendar-date.js";
export {
  CRIME_CLASS_BASIS,
  CRIME_CLASS_LABELS_VI,
  type CrimeClass,
  CrimeClassSchema,
  crimeClassFromPenalty,
  crimeClassRank,
  type PenaltyBracketMax,
} from "./crime-class.js";
export { type CsvOptions, type CsvRow, type CsvTable, csvRowsToObjects, parseCsv } from "./csv.js";
export { type Dataset, DatasetSchema, type ParseDatasetOptions, parseDataset } from "./dataset.js";
export {
  DISCIPLINE_FORM_LABELS_VI,
  type DisciplineForm,
  DisciplineFormSchema,
  disciplineFormRank,
  isDisciplineAtLeast,
} from "./discipline.js";
export {
  type DatedAct,
  DatedActSchema,
  type DocumentKind,
  DocumentKindSchema,
  DocumentNumberTextSchema,
  type DocumentReference,
  DocumentReferenceSchema,
  documentNumberOf,
} from "./document-ref.js";
export {
  ENTERPRISE_SIZE_LABELS_VI,
  type EnterpriseSizeClass,
  type EnterpriseSizeFacts,
  type EnterpriseSizeResult,
  enterpriseSizeClass,
} from "./enterprise-size.js";
export {
  type AdminUnitId,
  AdminUnitIdSchema,
  type AssessedUnitId,
  AssessedUnitIdSchema,
  type ModelId,
  ModelIdSchema,
  type PersonId,
  PersonIdSchema,
  type RecordId,
  RecordIdSchema,
  type RubricId,
  RubricIdSchema,
  type SecurityTeamId,
  SecurityTeamIdSchema,
} from "./ids.js";
export {
  type Accident,
  type AccidentKind,
  AccidentKindSchema,
  AccidentSchema,
  type CrimeIncident,
  CrimeIncidentSchema,
  type Hotspot,
  HotspotSchema,
  type PenalCodeRef,
  PenalCodeRefSchema,
  type Perpetrator,
  PerpetratorSchema,
  type Place,
  PlaceSchema,
  type SchoolViolenceIncident,
  SchoolViolenceIncidentSchema,
  SECURITY_EVENT_KIND_LABELS_VI,
  type SecurityEvent,
  type SecurityEventKind,
  SecurityEventKindSchema,
  SecurityEventSchema,
  type Severity,
  SeveritySchema,
  type SocialEvilKind,
  SocialEvilKindSchema,
  type SocialEvilPerson,
  SocialEvilPersonSchema,
  type StateSecretViolation,
  StateSecretViolationSchema,
  type Strike,
  StrikeSchema,
} from "./incident.js";
export {
  type DomainIssue,
  type DomainIssueCode,
  domainIssue,
  FIELD_LABELS_VI,
  fieldLabelVi,
  formatIssuePath,
  translateZodIssues,
  zodErrorMapVi,
} from "./issues-vi.js";
export { domainJsonSchema, JSON_SCHEMA_NAMES, type JsonSchemaName } from "./json-schema.js";
export {
  MODEL_KIND_LABELS_VI,
  type Model,
  type ModelKind,
  ModelKindSchema,
  ModelRatingSchema,
  ModelSchema,
  ModelSiteSchema,
  modelCounts,
  parseModel,
} from "./model.js";
export { type DomainResult, parser, parseWith, unwrapResult } from "./parse.js";
export { PERSON_ROLE_LABELS_VI, type PersonRole, PersonRoleSchema } from "./person-role.js";
export {
  CountTargetSchema,
  PercentageTargetSchema,
  type Plan,
  PlanSchema,
  parsePlan,
  TargetProgrammeSchema,
  TargetSubjectSchema,
} from "./plan.js";
export { PROVINCE_SEATS_2025, PROVINCE_UNITS } from "./provinces.js";
export {
  EMULATION_TITLE_LABELS_VI,
  type EmulationTitle,
  EmulationTitleSchema,
  TASK_RATING_LABELS_VI,
  type TaskRating,
  TaskRatingSchema,
  taskRatingRank,
} from "./rating.js";
export {
  type AdministrativeSanction,
  AdministrativeSanctionSchema,
  type DisciplinaryAction,
  DisciplinaryActionSchema,
} from "./sanction.js";
export {
  parseScoreSheet,
  type ScoreEntry,
  ScoreEntrySchema,
  type ScoreSheet,
  ScoreSheetSchema,
} from "./score-sheet.js";
export {
  parseSecurityTeam,
  type SecurityTeam,
  type SecurityTeamMember,
  SecurityTeamMemberSchema,
  SecurityTeamSchema,
  TeamRatingSchema,
} from "./security-team.js";
