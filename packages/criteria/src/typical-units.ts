/**
 * Typical units ("điển hình về phong trào toàn dân bảo vệ ANTQ", QĐ 9745/QĐ-BCA-V05): candidates are chosen
 * from the previous year's movement classification, as Hậu Giang's steering committee chose its 2024 units
 * from the 2023 results. Which levels qualify is province configuration (the example requires Xuất sắc and
 * "An toàn về ANTT"). The 2025 change of administrative units is followed with @antq/domain's lineage.
 */
import { type AdminUnit, type AdminUnitIndex, adminUnitFullName, unitAsOf } from "@antq/domain";
import type { ClassificationKind, MovementLevel } from "./classification.js";
import { MOVEMENT_LEVELS } from "./classification.js";
import { cite, type LegalBasis, type Outcome } from "./internal/engine.js";
import type { ReviewNote } from "./score.js";

/**
 * QĐ 9745/QĐ-BCA-V05 (28/12/2022): provisional criteria for typical communes and agencies/enterprises/schools.
 *
 * @example
 * QD9745.document; //=> "9745/QĐ-BCA-V05"
 */
export const QD9745: LegalBasis = cite(
  "9745/QĐ-BCA-V05",
  {},
  {
    label: "Bộ tiêu chí tạm thời xây dựng đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ",
    confidence: "secondary",
  },
);

/**
 * One unit's classification in a year, as the selection reads it.
 *
 * @example
 * const c: PreviousClassification = { unitId: "xa-tan-tien", name: "Xã Tân Tiến", kind: "commune", year: 2023, level: "xuat_sac", tt124: "dat", adminUnitId: "P93" };
 */
export interface PreviousClassification {
  readonly unitId: string;
  readonly name?: string;
  readonly kind: ClassificationKind;
  readonly year: number;
  readonly level: MovementLevel;
  readonly tt124?: Outcome;
  /** The administrative unit the unit belonged to in that year (its commune, or its province), for lineage. */
  readonly adminUnitId?: string;
}

/**
 * The eligibility rule for typical-unit candidates (province configuration).
 *
 * @example
 * const rule: TypicalEligibilityRule = EXAMPLE_TYPICAL_RULE;
 */
export interface TypicalEligibilityRule {
  readonly id: string;
  readonly label: string;
  /** Levels of the previous year that qualify. */
  readonly levels: readonly MovementLevel[];
  /** The previous year's Thông tư 124 result must be "đạt". */
  readonly requireTt124: boolean;
  /** Kinds that can be typical units (cấp huyện cannot). */
  readonly kinds: readonly ClassificationKind[];
  readonly basis: LegalBasis;
  readonly example: boolean;
}

/**
 * EXAMPLE rule (not law): Xuất sắc in the previous year and "An toàn về ANTT"; communes, agencies,
 * enterprises and schools.
 *
 * @example
 * EXAMPLE_TYPICAL_RULE.levels; //=> ["xuat_sac"]
 */
export const EXAMPLE_TYPICAL_RULE: TypicalEligibilityRule = Object.freeze<TypicalEligibilityRule>({
  id: "vi-du.dien-hinh",
  label: "Điều kiện chọn đơn vị xây dựng điển hình (cấu hình ví dụ)",
  levels: ["xuat_sac"],
  requireTt124: true,
  kinds: ["commune", "agency", "enterprise", "education"],
  basis: QD9745,
  example: true,
});

/**
 * A candidate (or a rejected unit) with the reasons, and where its administrative unit is now.
 *
 * @example
 * result.eligible.map((c) => c.name); //=> ["Xã Tân Tiến"]
 */
export interface TypicalCandidate {
  readonly unitId: string;
  readonly name: string;
  readonly kind: ClassificationKind;
  readonly previousLevel: MovementLevel;
  readonly eligible: boolean;
  /** Stable codes: `ELIGIBLE`, `LEVEL_TOO_LOW`, `TT124_NOT_MET`, `TT124_UNKNOWN`, `KIND_NOT_ELIGIBLE`. */
  readonly codes: readonly string[];
  readonly reasons: readonly string[];
  /** The administrative units the unit's area belongs to on the selection date (lineage). */
  readonly nowIn: readonly AdminUnit[];
  readonly review: readonly ReviewNote[];
}

/**
 * The selection of candidates for a plan year.
 *
 * @example
 * const s = selectTypicalCandidates(results2023, 2024, EXAMPLE_TYPICAL_RULE);
 * [s.eligible.length, s.ineligible.length]; //=> [1, 1]
 */
export interface TypicalSelection {
  readonly planYear: number;
  readonly fromYear: number;
  readonly rule: TypicalEligibilityRule;
  readonly eligible: readonly TypicalCandidate[];
  readonly ineligible: readonly TypicalCandidate[];
  readonly review: readonly ReviewNote[];
}

/**
 * Options of {@link selectTypicalCandidates}.
 *
 * @example
 * selectTypicalCandidates(rows, 2026, rule, { lineage: index, asOf: "2026-01-01" });
 */
export interface TypicalSelectionOptions {
  /** Administrative units (with 2025 lineage) to say where each unit is on `asOf`. */
  readonly lineage?: AdminUnitIndex;
  /** Selection date; default 1 January of the plan year. */
  readonly asOf?: string;
}

/**
 * Chooses typical-unit candidates for `planYear` from the classifications of `planYear − 1` (rows of other
 * years are ignored). With `lineage`, each unit's administrative unit is followed to the selection date
 * (`unitAsOf`): a unit whose old commune or province went into several new ones is flagged for review.
 *
 * @example
 * const s = selectTypicalCandidates([{ unitId: "xa-a", name: "Xã A", kind: "commune", year: 2023, level: "xuat_sac", tt124: "dat" }], 2024, EXAMPLE_TYPICAL_RULE);
 * s.eligible[0].codes; //=> ["ELIGIBLE"]
 */
export function selectTypicalCandidates(
  previous: readonly PreviousClassification[],
  planYear: number,
  rule: TypicalEligibilityRule,
  options: TypicalSelectionOptions = {},
): TypicalSelection {
  const fromYear = planYear - 1;
  const asOf = options.asOf ?? `${planYear}-01-01`;
  const review: ReviewNote[] = [];
  if (rule.example) {
    review.push({
      code: "EXAMPLE_CONFIG",
      message: "Điều kiện chọn điển hình là cấu hình ví dụ, không phải quy định của tỉnh — cần xem xét.",
    });
  }
  const eligible: TypicalCandidate[] = [];
  const ineligible: TypicalCandidate[] = [];
  const rows = previous
    .filter((p) => p.year === fromYear)
    .sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  for (const p of rows) {
    const codes: string[] = [];
    const reasons: string[] = [];
    const notes: ReviewNote[] = [];
    const levelLabel = MOVEMENT_LEVELS.find((l) => l.id === p.level)?.label ?? p.level;
    if (!rule.kinds.includes(p.kind)) {
      codes.push("KIND_NOT_ELIGIBLE");
      reasons.push("Loại đơn vị không thuộc diện xây dựng điển hình.");
    }
    if (!rule.levels.includes(p.level)) {
      codes.push("LEVEL_TOO_LOW");
      reasons.push(`Năm ${fromYear} xếp loại ${levelLabel}, chưa đạt mức yêu cầu.`);
    }
    if (rule.requireTt124) {
      if (p.tt124 === undefined || p.tt124 === "can_xem_xet") {
        codes.push("TT124_UNKNOWN");
        reasons.push(`Chưa có kết quả “An toàn về ANTT” năm ${fromYear}.`);
        notes.push({
          code: "TT124_UNKNOWN",
          message: `Chưa có kết quả “An toàn về ANTT” năm ${fromYear} — cần xem xét.`,
        });
      } else if (p.tt124 !== "dat") {
        codes.push("TT124_NOT_MET");
        reasons.push(`Năm ${fromYear} chưa đạt tiêu chuẩn “An toàn về ANTT”.`);
      }
    }
    const ok = codes.length === 0;
    if (ok) {
      codes.push("ELIGIBLE");
      reasons.push(
        `Năm ${fromYear} xếp loại ${levelLabel}${rule.requireTt124 ? ", đạt “An toàn về ANTT”" : ""}.`,
      );
    }
    let nowIn: AdminUnit[] = [];
    if (options.lineage !== undefined && p.adminUnitId !== undefined) {
      const index = options.lineage;
      const before = index.byId.get(p.adminUnitId);
      if (before === undefined) {
        notes.push({
          code: "UNKNOWN_ADMIN_UNIT",
          message: `Không có đơn vị hành chính “${p.adminUnitId}” trong dữ liệu.`,
        });
      } else {
        nowIn = unitAsOf(index, p.adminUnitId, asOf);
        if (nowIn.length === 0) {
          notes.push({
            code: "LINEAGE_NONE",
            message: `${adminUnitFullName(before)} không còn và chưa có đơn vị kế thừa vào ngày ${asOf} — cần xem xét.`,
          });
        } else if (nowIn.length > 1) {
          notes.push({
            code: "LINEAGE_SPLIT",
            message: `${adminUnitFullName(before)} nay thuộc nhiều đơn vị (${nowIn.map(adminUnitFullName).join(", ")}) — cần xem xét đơn vị xây dựng điển hình.`,
          });
        } else if (nowIn[0]?.id !== before.id) {
          reasons.push(
            `${adminUnitFullName(before)} (cũ) nay thuộc ${adminUnitFullName(nowIn[0] as AdminUnit)}.`,
          );
        }
      }
    }
    const c: TypicalCandidate = {
      unitId: p.unitId,
      name: p.name ?? p.unitId,
      kind: p.kind,
      previousLevel: p.level,
      eligible: ok,
      codes,
      reasons,
      nowIn,
      review: notes,
    };
    (ok ? eligible : ineligible).push(c);
  }
  return { planYear, fromYear, rule, eligible, ineligible, review };
}
