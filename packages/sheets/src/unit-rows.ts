/**
 * The per-unit result row: the columns of the unit sheets of the result workbook and of the per-unit CSV
 * written when a large CSV is streamed. Kept apart from the workbook so that the worker threads that
 * assess parts of a CSV (./parallel.ts) do not load exceljs.
 */
import { ASSESSED_UNIT_KIND_LABELS_VI } from "@antq/domain";
import {
  type AntoanInput,
  type CompiledRuleSet,
  type CriterionResult,
  OUTCOME_LABELS,
  type Outcome,
} from "@antq/rules";
import type { Assessed } from "./assessor.js";

const criteriaWith = (
  criteria: readonly CriterionResult[],
  outcome: Outcome,
  labels: ReadonlyMap<string, string>,
) =>
  criteria
    .filter((c) => c.outcome === outcome && c.role !== "info")
    .map((c) => `${c.label ?? labels.get(c.id) ?? c.id} (${c.id})`)
    .join("; ");

/** The per-unit columns (also used for the streamed CSV of results). */
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

/** One row of per-unit results. */
export const unitResultRow = (a: Assessed, labels: ReadonlyMap<string, string>): string[] => [
  a.unit.id,
  a.unit.name,
  ASSESSED_UNIT_KIND_LABELS_VI[a.unit.kind],
  (a.unit.kind === "commune"
    ? (a.unit.adminUnitId ?? a.unit.location.communeId)
    : a.unit.location.communeId) ?? "",
  a.result.outcomeLabel ?? OUTCOME_LABELS[a.result.outcome],
  a.result.summary ?? "",
  criteriaWith(a.result.criteria, "chua_dat", labels),
  criteriaWith(a.result.criteria, "can_xem_xet", labels),
  a.noFacts ? "Không có dữ kiện năm; đánh giá như chưa báo cáo" : "",
];

/** Rule id → label of the compiled rule set. */
export const ruleLabels = (compiled: CompiledRuleSet<AntoanInput>): Map<string, string> =>
  new Map(compiled.rules.map((r) => [r.rule.id, r.version.label ?? r.rule.label]));
