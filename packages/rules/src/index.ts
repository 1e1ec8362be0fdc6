export {
  type CompiledRuleSet,
  type CompileOptions,
  compile,
  type EvaluateOptions,
  type ResolvedRule,
} from "./compile.js";
export {
  type CoverageFinding,
  type CoverageInterval,
  type CoverageOptions,
  type CoverageScale,
  checkCoverage,
  DAY_SCALE,
  INTEGER_SCALE,
} from "./coverage.js";
export { countOutcomes, evaluate, evaluateMany } from "./evaluate.js";
export { type RenderOptions, renderExplanation } from "./explain.js";
export {
  compareExpected,
  type GoldenCase,
  type GoldenCaseRunOptions,
  GoldenCaseSchema,
  type GoldenChange,
  type GoldenExpectation,
  GoldenExpectationSchema,
  type GoldenFailure,
  type GoldenMismatch,
  type GoldenReport,
  type GoldenRunOptions,
  type GoldenSuite,
  GoldenSuiteSchema,
  parseGoldenSuite,
  runGoldenCases,
  runGoldenSuite,
} from "./golden.js";
export { canonicalize, fnv1a64, hashValue } from "./hash.js";
export {
  type DatedDefault,
  defaultReadingAt,
  defineInterpretation,
  type Interpretation,
  type InterpretationChoice,
  type InterpretationDefinition,
  type Readings,
  readingOf,
} from "./interpretation.js";
export { type Issue, type Result, RuleSetError } from "./issue.js";
export {
  type CitationExtras,
  type CitationLocation,
  type Confidence,
  cite,
  documentTitle,
  formatLegalBases,
  formatLegalBasis,
  isCitable,
  type LegalBasis,
  LegalBasisSchema,
  legalBasisKey,
} from "./legal-basis.js";
export {
  allMustPass,
  OUTCOME_LABELS,
  OUTCOMES,
  type Outcome,
  OutcomeSchema,
  outcomeLabel,
} from "./outcome.js";
export {
  composeRuleSet,
  defineOverlay,
  type InterpretationDefault,
  type Overlay,
  type OverlayDefinition,
  type ParameterOverride,
  type RuleDisable,
  type RuleReplacement,
} from "./overlay.js";
export { type PackageRef, PackageRefSchema, RULES_PACKAGE } from "./package-ref.js";
export {
  defineParameter,
  type Parameter,
  type ParameterDefinition,
  type ParameterValue,
  parameterValueAt,
  parameterValueIssues,
} from "./parameter.js";
export type { CriterionResult, EvaluationResult } from "./result.js";
export {
  basesOf,
  defineRule,
  type Finding,
  type Rule,
  type RuleContext,
  type RuleDefinition,
  type RuleRole,
  type RuleVersion,
  ruleVersionAt,
  underReading,
} from "./rule.js";
export {
  type AppliedOverlay,
  dateForYear,
  defineParameterSet,
  defineRuleSet,
  type ParameterSetDefinition,
  type RuleSet,
  type RuleSetDefinition,
  type UnitKind,
} from "./rule-set.js";
export {
  InterpretationMetadataSchema,
  type MetadataOptions,
  ParameterMetadataSchema,
  RuleMetadataSchema,
  type RuleSetMetadata,
  RuleSetMetadataSchema,
  RuleVersionMetadataSchema,
  ruleSetMetadata,
} from "./serialize.js";
export {
  TT23_COMMUNE_POLICE,
  TT23_COMMUNE_RATIO,
  TT23_KDC_REGISTRATION,
  TT23_RULES,
  TT23_SCOPE,
  TT23_UNVERIFIED,
} from "./tt23/rules.js";
export { ND80, TT23, TT48, TT124, tt124 } from "./tt124/basis.js";
export {
  COMMUNE_PLAN,
  COMMUNE_POLICE,
  COMMUNE_RATIO,
  COMMUNE_RULES,
  decideCommuneRatio,
} from "./tt124/commune.js";
export {
  type CommuneRollup,
  communeKeyOf,
  coveredUnitStatus,
  coveringCommuneOf,
  createCommuneRollup,
  evaluateWithCommunes,
} from "./tt124/communes.js";
export type { AntoanInput, CoveredUnitStatus } from "./tt124/input.js";
export {
  DAC_KHU,
  DIEM_H_CACH_HIEU,
  KHOAN_7_4_CACH_HIEU,
  KIEM_CHE_KEO_GIAM,
  KIEM_CHE_PHAM_VI,
} from "./tt124/interpretations.js";
export { AGENCY_ENTERPRISE_RULES, EDUCATION_RULES, SCHOOL_VIOLENCE } from "./tt124/organisation.js";
export {
  AGENCY_SUBUNITS_MIN,
  type Authority,
  type AuthorityTable,
  COMMUNE_RECOGNISED_MIN,
  EVALUATION_WINDOWS,
  RECOGNITION_AUTHORITY,
  REFORM_2025,
  SCHOOL_SUBUNITS_MIN,
  TT23_FROM,
  TT23_LAST_DAY,
  TT124_EFFECTIVE,
  type WindowSpec,
  type WindowTable,
} from "./tt124/parameters.js";
export { type RecognitionProcedure, recognitionProcedure } from "./tt124/procedure.js";
export { KDC_REGISTRATION, KDC_RULES, KDC_SECURITY_FORCE } from "./tt124/residential-area.js";
export { antoanAnttRuleSet } from "./tt124/rule-set.js";
export { DATA_GATE, SCOPE_GATE } from "./tt124/scope.js";
export { type EvaluationWindow, evaluationWindow, evaluationYearsOf } from "./tt124/windows.js";
export { validateRuleSet } from "./validate.js";
