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

/** The overall codes of a Thông tư 124 assessment and whether each means "An toàn về ANTT". */
const SAFE_OF_OVERALL: Readonly<Record<string, boolean>> = { dat: true, "khong-dat": false };

/**
 * The one adapter from stored records to the report's input: overall `"dat"` is a unit meeting "An toàn về
 * ANTT", `"khong-dat"` one that does not; a classification level must be one of {@link CLASSIFICATION_LEVELS}.
 * Any other code is an issue naming the unit and the year (a figure is never computed from a code antq
 * cannot read).
 *
 * @example
 * const r = fromStoredReview({ units: [], outcomes: [{ unitId: "dn-1", year: 2019, overall: "dat", classification: "good" }] });
 * r.ok && r.value.outcomes[0]; //=> { unitId: "dn-1", year: 2019, safe: true, level: "good" }
 */
export function fromStoredReview(stored: StoredReviewLike): Result<ReviewRecords, ReportIssue> {
  const issues: ReportIssue[] = [];
  const outcomes: UnitOutcome[] = [];
  stored.outcomes.forEach((o, i) => {
    const safe = SAFE_OF_OVERALL[o.overall];
    if (safe === undefined) {
      issues.push({
        code: "UNKNOWN_OUTCOME",
        message: `Kết quả đánh giá năm ${o.year} của đơn vị “${o.unitId}” có mã “${o.overall}”, không phải “dat” hoặc “khong-dat”.`,
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
