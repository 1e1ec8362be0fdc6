import type { Activity, AdminUnit, Award, Model, Result, SecurityTeam } from "@antq/domain";
import type { ReviewRecords, ReviewUnit, UnitOutcome, ViolationCount } from "./compute.js";
import { CLASSIFICATION_LEVELS, type ClassificationLevel } from "./figures.js";
import type { ReportIssue } from "./issue.js";

/**
 * The shape of a review period read from a record store (what `@antq/store`'s `reviewRecords` returns),
 * declared here structurally so that `@antq/report` needs no dependency on the store (and stays runnable in
 * a browser without a database): units, unit-year outcomes as overall codes (`"dat"`, `"khong-dat"`) with an
 * optional classification level and the commune of that year, and the other records of the period.
 *
 * @example
 * const s: StoredReviewLike = { units: [], outcomes: [{ unitId: "dn-1", year: 2019, overall: "dat" }] };
 */
export interface StoredReviewLike {
  readonly units: readonly ReviewUnit[];
  readonly outcomes: readonly {
    readonly unitId: string;
    readonly year: number;
    readonly overall: string;
    readonly classification?: string;
    readonly communeId?: string;
  }[];
  readonly models?: readonly Model[];
  readonly securityTeams?: readonly SecurityTeam[];
  readonly activities?: readonly Activity[];
  readonly awards?: readonly Award[];
  readonly adminUnits?: readonly AdminUnit[];
  readonly violations?: readonly ViolationCount[];
}

/**
 * The overall codes a stored assessment run holds (`antq danh-gia --luu-kho` stores the rules' outcomes) and
 * whether each counts as meeting "An toàn về ANTT". As in the "X/Y đạt" of an assessment (Điều 5 khoản 4),
 * a "cần xem xét" result is evaluated but not đạt; `"khong-dat"` is the older code for "chưa đạt".
 */
const SAFE_OF_OVERALL: Readonly<Record<string, boolean>> = {
  dat: true,
  chua_dat: false,
  can_xem_xet: false,
  "khong-dat": false,
};

/** A unit outside the standard's scope that year: no evaluated unit-year, so it counts in no "lượt". */
const NOT_APPLICABLE = "khong_ap_dung";

/**
 * The one adapter from stored records to the report's input: overall `"dat"` is a unit meeting "An toàn về
 * ANTT"; `"chua_dat"` and `"can_xem_xet"` (and the older `"khong-dat"`) one evaluated that does not;
 * `"khong_ap_dung"` is left out, as the assessment's own "X/Y đạt" leaves it out. A classification level must
 * be one of {@link CLASSIFICATION_LEVELS}. Any other code is an issue naming the unit and the year (a figure is
 * never computed from a code antq cannot read).
 *
 * @example
 * const r = fromStoredReview({ units: [], outcomes: [{ unitId: "dn-1", year: 2019, overall: "dat", classification: "good" }] });
 * r.ok && r.value.outcomes[0]; //=> { unitId: "dn-1", year: 2019, safe: true, level: "good" }
 * const mixed = fromStoredReview({ units: [], outcomes: [
 *   { unitId: "kdc-1", year: 2024, overall: "chua_dat" },
 *   { unitId: "kdc-2", year: 2024, overall: "can_xem_xet" },
 *   { unitId: "dn-9", year: 2024, overall: "khong_ap_dung" },
 * ] });
 * mixed.ok && mixed.value.outcomes.map((o) => [o.unitId, o.safe]); //=> [["kdc-1", false], ["kdc-2", false]]
 */
export function fromStoredReview(stored: StoredReviewLike): Result<ReviewRecords, ReportIssue> {
  const issues: ReportIssue[] = [];
  const outcomes: UnitOutcome[] = [];
  stored.outcomes.forEach((o, i) => {
    if (o.overall === NOT_APPLICABLE) {
      if (o.classification === undefined) return;
      issues.push({
        code: "UNKNOWN_OUTCOME",
        message: `Đơn vị “${o.unitId}” năm ${o.year} không thuộc phạm vi đánh giá “An toàn về ANTT” (không áp dụng) nhưng có mức phân loại “${o.classification}”; báo cáo không tính được lượt này.`,
        path: ["outcomes", i, "overall"],
      });
      return;
    }
    const safe = SAFE_OF_OVERALL[o.overall];
    if (safe === undefined) {
      issues.push({
        code: "UNKNOWN_OUTCOME",
        message: `Kết quả đánh giá năm ${o.year} của đơn vị “${o.unitId}” có mã “${o.overall}”, không phải một kết quả đánh giá (dat, chua_dat, can_xem_xet, khong_ap_dung).`,
        path: ["outcomes", i, "overall"],
      });
      return;
    }
    const level = o.classification;
    if (level !== undefined && !(CLASSIFICATION_LEVELS as readonly string[]).includes(level)) {
      issues.push({
        code: "UNKNOWN_OUTCOME",
        message: `Mức phân loại năm ${o.year} của đơn vị “${o.unitId}” là “${level}”, không thuộc ${CLASSIFICATION_LEVELS.join(", ")}.`,
        path: ["outcomes", i, "classification"],
      });
      return;
    }
    outcomes.push({
      unitId: o.unitId,
      year: o.year,
      safe,
      ...(level === undefined ? {} : { level: level as ClassificationLevel }),
      ...(o.communeId === undefined ? {} : { communeId: o.communeId }),
    });
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      units: stored.units,
      outcomes,
      models: stored.models ?? [],
      securityTeams: stored.securityTeams ?? [],
      activities: stored.activities ?? [],
      awards: stored.awards ?? [],
      adminUnits: stored.adminUnits ?? [],
      violations: stored.violations ?? [],
    },
  };
}
