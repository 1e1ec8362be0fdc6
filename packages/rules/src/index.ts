export {
  type CompiledRuleSet,
  type CompileOptions,
  compile,
  type EvaluateOptions,
  type RedecideOptions,
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
export { factEntries, type RenderOptions, renderExplanation } from "./explain.js";
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
export { hashValue } from "./hash.js";
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
export { ruleSetListing } from "./metadata-text.js";
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
  overlaysIn,
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
export { readingsProblem } from "./readings.js";
export type { CriterionResult, EvaluationResult, ReadingLabel } from "./result.js";
export {
  basesOf,
  defineRule,
  defineRuleFor,
  type FactLabel,
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
  RULES_IN_FORCE_FORMAT,
  type RulesInForceDocument,
  RulesInForceDocumentSchema,
  rulesInForceDocument,
} from "./rules-in-force.js";
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
  findUndecidedReadings,
  type UndecidedOption,
  type UndecidedReadingsOptions,
  type UndecidedReadingsReport,
  undecidedOptions,
  undecidedReadingsOf,
} from "./undecided.js";
export { validateRuleSet } from "./validate.js";
