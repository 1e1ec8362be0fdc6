/**
 * Procedure, deadline and deciding authority (TT 124 Điều 9, Điều 10) by date. From 01/07/2025 districts no
 * longer exist: the authority is configuration (parameter `antt.tham_quyen`, replaceable by an overlay) and is
 * flagged for review until Thông tư 48/2025/TT-BCA's text is known.
 */
import type { AssessedUnit, ManagingLevel } from "@antq/domain";
import { formatDate } from "@antq/format-vi";
import type { CompiledRuleSet, LegalBasis, Outcome } from "@antq/rules";
import type { SecurityOrderInput } from "./input.js";
import { type Authority, type AuthorityTable, RECOGNITION_AUTHORITY } from "./parameters.js";

/**
 * Who appraises and decides recognition for one unit, and by when.
 *
 * @example
 * const p: RecognitionProcedure = recognitionProcedure(compile(securityOrderRuleSet, { year: 2024 }), commune.unit);
 * p.signatory; //=> "Chủ tịch Ủy ban nhân dân cấp huyện"
 */
export interface RecognitionProcedure {
  readonly year: number;
  readonly body: string;
  readonly signatory: string;
  readonly appraiser: string;
  /** The decision is due before this date. */
  readonly deadline: string;
  /** "Trước ngày 15/11/2024". */
  readonly deadlineText: string;
  readonly basis: readonly LegalBasis[];
  /** "dat" when the text is known; "can_xem_xet" when the authority is configuration pending review. */
  readonly status: Extract<Outcome, "dat" | "can_xem_xet">;
  readonly review?: string;
}

const LOWER: Readonly<Record<ManagingLevel, ManagingLevel | undefined>> = {
  ministry: undefined,
  province: "district",
  district: "commune",
  commune: undefined,
};

/**
 * The recognition procedure for a unit in the compiled rule set's evaluation year (or the year of its
 * `asOf`). Cơ quan, doanh nghiệp, cơ sở giáo dục follow their managing level (Điều 10), one level down when
 * `recognitionDelegated` (Điều 10 khoản 5).
 *
 * @example
 * recognitionProcedure(compile(securityOrderRuleSet, { year: 2025 }), commune.unit).status; //=> "can_xem_xet"
 */
export function recognitionProcedure(
  compiled: CompiledRuleSet<SecurityOrderInput>,
  unit: AssessedUnit,
): RecognitionProcedure {
  const year = compiled.year ?? Number(compiled.asOf.slice(0, 4));
  const value = compiled.parameter<AuthorityTable>(RECOGNITION_AUTHORITY.id);
  if (!value) throw new RangeError(`Không có tham số ${RECOGNITION_AUTHORITY.id} vào ngày ${compiled.asOf}.`);
  const table = value.value;
  let authority: Authority;
  let extraReview: string | undefined;
  if (unit.kind === "residential-area") authority = table.residentialArea;
  else if (unit.kind === "commune") authority = table.commune;
  else {
    let level = unit.managingLevel;
    if (level === undefined) {
      level = "commune";
      extraReview = "Chưa rõ cấp quản lý của đơn vị; tạm xác định theo cấp xã";
    } else if (unit.recognitionDelegated) {
      const lower = LOWER[level];
      if (lower) level = lower;
      else extraReview = "Đơn vị được ghi là ủy quyền nhưng không có cấp dưới để ủy quyền (khoản 5 Điều 10)";
    }
    authority = table.byManagingLevel[level];
  }
  // A review note may already join several sentences with "; ": dedupe sentence by sentence.
  const reviews = [value.review, authority.review, extraReview]
    .filter((x): x is string => x !== undefined)
    .flatMap((x) => x.split("; "));
  const review = [...new Set(reviews)].join("; ");
  const deadline = `${String(year).padStart(4, "0")}-${authority.deadline}`;
  return {
    year,
    body: authority.body,
    signatory: authority.signatory,
    appraiser: authority.appraiser,
    deadline,
    deadlineText: `Trước ngày ${formatDate(deadline)}`,
    basis: authority.basis,
    status: review === "" ? "dat" : "can_xem_xet",
    ...(review === "" ? {} : { review }),
  };
}
