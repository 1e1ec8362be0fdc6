/**
 * The per-unit result row: the columns of the unit sheets of the result workbook and of the per-unit CSV
 * written when a large CSV is streamed. Kept apart from any workbook code so that the worker threads that
 * assess parts of a CSV do not load exceljs.
 */
import { type AnnualFacts, ASSESSED_UNIT_KIND_LABELS_VI, type AssessedUnit } from "@antq/domain";
import {
  type CompiledRuleSet,
  type CriterionResult,
  type EvaluationResult,
  OUTCOME_LABELS,
  type Outcome,
} from "@antq/rules";
import { communeKeyOf, type SecurityOrderInput } from "@antq/rules-antt";

/**
 * One assessed unit: the unit, the facts it was assessed on and its result.
 *
 * @example
 * ```ts
 * const one: Assessed = { unit, facts, result: compiled.evaluate({ unit, facts }), noFacts: false };
 * one.result.outcome; //=> "dat"
 * ```
 */
export interface Assessed {
  readonly unit: AssessedUnit;
  readonly facts: AnnualFacts;
  readonly result: EvaluationResult;
  /** True when no facts were given for the year (assessed on "nothing reported"). */
  readonly noFacts: boolean;
}

/**
 * The commune a unit is counted under: a commune by its own key (@antq/rules' `communeKeyOf`), any other
 * unit by the commune of its location.
 *
 * @example
 * ```ts
 * communeIdOf({ kind: "residential-area", location: { communeId: "P82" } } as AssessedUnit); //=> "P82"
 * ```
 */
export const communeIdOf = (unit: AssessedUnit): string | undefined =>
  communeKeyOf(unit) ?? unit.location.communeId;

const criteriaWith = (
  criteria: readonly CriterionResult[],
  outcome: Outcome,
  labels: ReadonlyMap<string, string>,
) =>
  criteria
    .filter((c) => c.outcome === outcome && c.role !== "info")
    .map((c) => `${c.label ?? labels.get(c.id) ?? c.id} (${c.id})`)
    .join("; ");

/**
 * The per-unit columns of the result workbook (also the streamed CSV of results).
 *
 * @example
 * ```ts
 * UNIT_RESULT_HEADERS.length === unitResultRow(assessed, new Map()).length; //=> true
 * UNIT_RESULT_HEADERS[4]; //=> "Kết quả"
 * ```
 */
export const UNIT_RESULT_HEADERS = [
  "Mã đơn vị",
  "Tên đơn vị",
  "Loại đơn vị",
  "Mã xã, phường, đặc khu",
  "Kết quả",
  "Tóm tắt",
  "Tiêu chí chưa đạt",
  "Tiêu chí cần xem xét",
  "Ghi chú",
] as const;

/**
 * One row of per-unit results, under {@link UNIT_RESULT_HEADERS}.
 *
 * @example
 * ```ts
 * const row = unitResultRow(assessed, ruleLabels(compiled));
 * row.slice(0, 5); //=> ["KDC-28000-01", "Ấp Vĩnh Kim", "Khu dân cư", "C28000", "đạt"]
 * ```
 */
export const unitResultRow = (a: Assessed, labels: ReadonlyMap<string, string>): string[] => [
  a.unit.id,
  a.unit.name,
  ASSESSED_UNIT_KIND_LABELS_VI[a.unit.kind],
  communeIdOf(a.unit) ?? "",
  a.result.outcomeLabel ?? OUTCOME_LABELS[a.result.outcome],
  a.result.summary ?? "",
  criteriaWith(a.result.criteria, "chua_dat", labels),
  criteriaWith(a.result.criteria, "can_xem_xet", labels),
  a.noFacts ? "Không có dữ kiện năm; đánh giá như chưa báo cáo" : "",
];

/**
 * Rule id → label of the compiled rule set.
 *
 * @example
 * ```ts
 * ruleLabels(compiled).get("tt124.d4.k1"); //=> "Nghị quyết của chi bộ, đăng ký phấn đấu trong Quý I và 100% hộ gia đình đăng ký tham gia"
 * ```
 */
export const ruleLabels = (compiled: CompiledRuleSet<SecurityOrderInput>): Map<string, string> =>
  new Map(compiled.rules.map((r) => [r.rule.id, r.version.label ?? r.rule.label]));
