export {
  type AssessProposalsOptions,
  assessAwardProposals,
  type ProvinceConfig,
  ProvinceConfigSchema,
  parseProvinceConfig,
  provinceConditionsOverlay,
} from "./assess.js";
export { AUTHORITY_GATE } from "./authority.js";
export { LAW_TDKT_2022, ND98, TT04, TT20, tdkt } from "./basis.js";
export { MEMBER_RATING_READING } from "./interpretations.js";
export { MEDAL_LEADER, MEDAL_MEMBER, MEDAL_ONCE } from "./medal.js";
export { COMMENDATION, MERIT_COLLECTIVE, MERIT_INDIVIDUAL } from "./merit.js";
export { RULES_AWARDS_PACKAGE } from "./package-ref.js";
export {
  LAW_2022_EFFECTIVE,
  MEDAL_LEADERSHIP_YEARS,
  MEDAL_SERVICE_YEARS,
  PROVINCE_CONDITIONS,
  type ProvinceCondition,
  type ProvinceConditions,
  ProvinceConditionsSchema,
  REFORM_2025,
  TT20_IN_FORCE_BY,
} from "./parameters.js";
export {
  type AwardProposal,
  AwardProposalSchema,
  type AwardRecord,
  AwardRecordSchema,
  type ProposedForm,
  ProposedFormSchema,
  parseAwardProposal,
} from "./proposal.js";
export { AWARD_KINDS, awardKindOf, awardRuleSet, TT04_UNREAD } from "./rule-set.js";
