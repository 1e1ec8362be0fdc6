/**
 * The national rule set of the "An toàn về an ninh, trật tự" standard: Thông tư 124/2021/TT-BCA from
 * 10/02/2022, Thông tư 23/2012/TT-BCA before, for every unit kind of @antq/domain.
 */
import { ASSESSED_UNIT_KIND_LABELS_VI, type AssessedUnitKind } from "@antq/domain";
import { cite, defineRuleSet, type RuleSet } from "@antq/rules";
import { RULES_ANTT_PACKAGE } from "../package-ref.js";
import { TT23_UNVERIFIED } from "../tt23/rules.js";
import { TT23, TT124 } from "./basis.js";
import { COMMUNE_RULES } from "./commune.js";
import type { SecurityOrderInput } from "./input.js";
import {
  REDUCTION_READING,
  REDUCTION_SCOPE_READING,
  SCHOOL_OFFENDER_READING,
  SPECIAL_ZONE_READING,
  STAFF_VIOLATION_READING,
} from "./interpretations.js";
import { AGENCY_ENTERPRISE_RULES, EDUCATION_RULES } from "./organisation.js";
import {
  AGENCY_SUBUNITS_MIN,
  COMMUNE_RECOGNISED_MIN,
  EVALUATION_WINDOWS,
  RECOGNITION_AUTHORITY,
  SCHOOL_SUBUNITS_MIN,
} from "./parameters.js";
import { KDC_RULES } from "./residential-area.js";
import { DATA_GATE, SCOPE_GATE } from "./scope.js";

const KINDS: readonly AssessedUnitKind[] = [
  "residential-area",
  "commune",
  "agency",
  "enterprise",
  "education",
  "other-organisation",
];

/**
 * The national rule set `an-toan-antt` (input {@link SecurityOrderInput}); evaluation year Y resolves on 15/11/Y.
 *
 * @example
 * const compiled = compile(securityOrderRuleSet, { year: 2025 });
 * compiled.evaluate({ unit, facts }, { explain: true }).outcome; //=> "dat"
 */
export const securityOrderRuleSet: RuleSet<SecurityOrderInput> = defineRuleSet<SecurityOrderInput>({
  id: "an-toan-antt",
  label: "Tiêu chuẩn “An toàn về an ninh, trật tự”",
  description:
    "Khu dân cư, xã, phường, thị trấn (đặc khu), cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn “An toàn về an ninh, trật tự”.",
  package: RULES_ANTT_PACKAGE,
  basis: [
    cite(TT124, {}, { label: "Thông tư 124/2021/TT-BCA, hiệu lực 10/02/2022", confidence: "verified" }),
    cite(TT23, {}, { label: "Thông tư 23/2012/TT-BCA, áp dụng trước 10/02/2022", confidence: "secondary" }),
  ],
  kinds: KINDS.map((k) => ({ id: k, label: ASSESSED_UNIT_KIND_LABELS_VI[k] })),
  kindOf: (i) => i.unit.kind,
  idOf: (i) => i.unit.id,
  nameOf: (i) => i.unit.name,
  rules: [
    DATA_GATE,
    SCOPE_GATE,
    ...KDC_RULES,
    ...COMMUNE_RULES,
    ...AGENCY_ENTERPRISE_RULES,
    ...EDUCATION_RULES,
    TT23_UNVERIFIED,
  ],
  parameters: [
    EVALUATION_WINDOWS,
    COMMUNE_RECOGNISED_MIN,
    AGENCY_SUBUNITS_MIN,
    SCHOOL_SUBUNITS_MIN,
    RECOGNITION_AUTHORITY,
  ],
  interpretations: [
    REDUCTION_READING,
    REDUCTION_SCOPE_READING,
    STAFF_VIOLATION_READING,
    SCHOOL_OFFENDER_READING,
    SPECIAL_ZONE_READING,
  ],
  dateForYear: (year) => `${String(year).padStart(4, "0")}-11-15`,
});
