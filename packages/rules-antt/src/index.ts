export { ATTESTATION_KEYS, type AttestationKey, suggestAttestationKey } from "./attestations.js";
export { RULES_ANTT_PACKAGE } from "./package-ref.js";
export { ND80, TT23, TT48, TT124, tt124 } from "./tt124/basis.js";
export {
  type CommuneRollup,
  communeKeyOf,
  coveredUnitStatus,
  coveringCommuneOf,
  createCommuneRollup,
  evaluateWithCommunes,
} from "./tt124/communes.js";
export type { CoveredUnitStatus, SecurityOrderInput } from "./tt124/input.js";
export {
  REDUCTION_READING,
  REDUCTION_SCOPE_READING,
  SCHOOL_OFFENDER_READING,
  SPECIAL_ZONE_READING,
  STAFF_VIOLATION_READING,
} from "./tt124/interpretations.js";
export {
  AGENCY_SUBUNITS_MIN,
  type Authority,
  type AuthorityTable,
  COMMUNE_RECOGNISED_MIN,
  EVALUATION_WINDOWS,
  RECOGNITION_AUTHORITY,
  SCHOOL_SUBUNITS_MIN,
  TT124_EFFECTIVE,
  type WindowSpec,
  type WindowTable,
} from "./tt124/parameters.js";
export { type RecognitionProcedure, recognitionProcedure } from "./tt124/procedure.js";
export { securityOrderRuleSet } from "./tt124/rule-set.js";
export { findUndecidedWithCommunes } from "./tt124/undecided.js";
export { type EvaluationWindow, evaluationWindow, evaluationYearsOf } from "./tt124/windows.js";
