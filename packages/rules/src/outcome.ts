/**
 * The four outcomes of a criterion or a whole evaluation, with their Vietnamese labels.
 */
import { z } from "zod";

/**
 * Zod schema of {@link Outcome}.
 *
 * @example
 * OutcomeSchema.parse("dat"); //=> "dat"
 */
export const OutcomeSchema = z.enum(["dat", "chua_dat", "khong_ap_dung", "can_xem_xet"]);

/**
 * Outcome of a criterion or of a unit: đạt, chưa đạt, không áp dụng, cần xem xét.
 *
 * @example
 * const o: Outcome = "can_xem_xet";
 */
export type Outcome = z.infer<typeof OutcomeSchema>;

/**
 * All outcomes, in a stable order.
 *
 * @example
 * OUTCOMES.includes("dat"); //=> true
 */
export const OUTCOMES: readonly Outcome[] = Object.freeze([
  "dat",
  "chua_dat",
  "khong_ap_dung",
  "can_xem_xet",
]);

/**
 * Vietnamese labels of the outcomes.
 *
 * @example
 * OUTCOME_LABELS.chua_dat; //=> "chưa đạt"
 */
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = Object.freeze({
  dat: "đạt",
  chua_dat: "chưa đạt",
  khong_ap_dung: "không áp dụng",
  can_xem_xet: "cần xem xét",
});

/**
 * The Vietnamese label of an outcome.
 *
 * @example
 * outcomeLabel("khong_ap_dung"); //=> "không áp dụng"
 */
export function outcomeLabel(outcome: Outcome): string {
  return OUTCOME_LABELS[outcome];
}

/**
 * The default aggregation of criterion outcomes ("đạt khi đạt tất cả các tiêu chí", TT 124 Điều 8 khoản 1):
 * any "chưa đạt" → "chưa đạt"; otherwise any "cần xem xét" → "cần xem xét"; otherwise "đạt"
 * ("không áp dụng" criteria are ignored; an empty list is "đạt").
 *
 * @example
 * allMustPass(["dat", "can_xem_xet", "chua_dat"]); //=> "chua_dat"
 * allMustPass(["dat", "khong_ap_dung"]); //=> "dat"
 */
export function allMustPass(outcomes: readonly Outcome[]): Outcome {
  let review = false;
  for (const o of outcomes) {
    if (o === "chua_dat") return "chua_dat";
    if (o === "can_xem_xet") review = true;
  }
  return review ? "can_xem_xet" : "dat";
}
