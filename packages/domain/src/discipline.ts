import * as z from "zod";

/**
 * Disciplinary forms (hình thức kỷ luật) for staff, officers and learners. The order matters
 * for TT 124: for khu dân cư (Điều 4 khoản 5) and commune police (Điều 5 khoản 3) any form counts,
 * for cơ quan, doanh nghiệp and cơ sở giáo dục (Điều 6 khoản 3 điểm h, khoản 4, 5; Điều 7 khoản 4–6)
 * only "cảnh cáo" or higher. Ladder: khiển trách < cảnh cáo < every higher form.
 *
 * @example
 * ```ts
 * DisciplineFormSchema.parse("warning"); // cảnh cáo
 * ```
 */
export const DisciplineFormSchema = z
  .enum([
    "reprimand",
    "warning",
    "salary-step-reduction",
    "demotion",
    "removal-from-post",
    "forced-dismissal",
    "study-suspension",
    "expulsion",
    "other-higher-form",
  ])
  .meta({ title: "Hình thức kỷ luật" });

/**
 * A disciplinary form (see {@link DisciplineFormSchema}).
 *
 * @example
 * ```ts
 * const form: DisciplineForm = "reprimand";
 * ```
 */
export type DisciplineForm = z.infer<typeof DisciplineFormSchema>;

/**
 * Vietnamese labels of {@link DisciplineForm}.
 *
 * @example
 * ```ts
 * DISCIPLINE_FORM_LABELS_VI.warning; // "Cảnh cáo"
 * ```
 */
export const DISCIPLINE_FORM_LABELS_VI: Readonly<Record<DisciplineForm, string>> = {
  reprimand: "Khiển trách",
  warning: "Cảnh cáo",
  "salary-step-reduction": "Hạ bậc lương",
  demotion: "Giáng chức",
  "removal-from-post": "Cách chức",
  "forced-dismissal": "Buộc thôi việc",
  "study-suspension": "Đình chỉ học tập có thời hạn",
  expulsion: "Buộc thôi học",
  "other-higher-form": "Hình thức kỷ luật khác cao hơn cảnh cáo",
};

/**
 * Rank of a disciplinary form on the TT 124 ladder: 1 = khiển trách, 2 = cảnh cáo, 3 = any higher form.
 * Only the comparison with cảnh cáo is used by TT 124, so all higher forms share rank 3.
 *
 * @example
 * ```ts
 * disciplineFormRank("reprimand") < disciplineFormRank("warning"); // true
 * disciplineFormRank("demotion"); // 3
 * ```
 */
export function disciplineFormRank(form: DisciplineForm): 1 | 2 | 3 {
  if (form === "reprimand") return 1;
  if (form === "warning") return 2;
  if (!DisciplineFormSchema.options.includes(form)) {
    throw new RangeError(`disciplineFormRank: hình thức kỷ luật không hợp lệ "${String(form)}"`);
  }
  return 3;
}

/**
 * Whether `form` is at least as severe as `threshold` on the ladder.
 *
 * @example
 * ```ts
 * isDisciplineAtLeast("reprimand", "warning"); // false — khiển trách is below cảnh cáo
 * isDisciplineAtLeast("removal-from-post", "warning"); // true
 * ```
 */
export function isDisciplineAtLeast(form: DisciplineForm, threshold: DisciplineForm): boolean {
  return disciplineFormRank(form) >= disciplineFormRank(threshold);
}
