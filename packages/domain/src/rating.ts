import * as z from "zod";

/**
 * Task-completion rating (mức xếp loại hoàn thành nhiệm vụ) of a security force, a team, a member or a
 * sub-unit, ordered from best to worst. HD 01/HD-BCA-V05 uses these four levels for Tổ bảo vệ ANTT;
 * TT 124 Điều 4 khoản 5 asks for "hoàn thành nhiệm vụ" or better, Điều 6 khoản 4–5 for
 * "hoàn thành tốt nhiệm vụ" or better.
 *
 * @example
 * ```ts
 * TaskRatingSchema.parse("good"); // hoàn thành tốt nhiệm vụ
 * ```
 */
export const TaskRatingSchema = z
  .enum(["excellent", "good", "completed", "not-completed"])
  .meta({ title: "Mức xếp loại hoàn thành nhiệm vụ" });

/**
 * A task-completion rating (see {@link TaskRatingSchema}).
 *
 * @example
 * ```ts
 * const rating: TaskRating = "completed";
 * ```
 */
export type TaskRating = z.infer<typeof TaskRatingSchema>;

/**
 * Vietnamese labels of {@link TaskRating}.
 *
 * @example
 * ```ts
 * TASK_RATING_LABELS_VI.good; // "Hoàn thành tốt nhiệm vụ"
 * ```
 */
export const TASK_RATING_LABELS_VI: Readonly<Record<TaskRating, string>> = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  completed: "Hoàn thành nhiệm vụ",
  "not-completed": "Không hoàn thành nhiệm vụ",
};

/**
 * Rank of a task rating: 4 = xuất sắc … 1 = không hoàn thành (higher is better).
 *
 * @example
 * ```ts
 * taskRatingRank("good") >= taskRatingRank("completed"); // true
 * ```
 */
export function taskRatingRank(rating: TaskRating): 1 | 2 | 3 | 4 {
  switch (rating) {
    case "excellent":
      return 4;
    case "good":
      return 3;
    case "completed":
      return 2;
    case "not-completed":
      return 1;
    default:
      throw new RangeError(`taskRatingRank: mức xếp loại không hợp lệ "${String(rating)}"`);
  }
}

/**
 * Emulation titles (danh hiệu thi đua) of a collective relevant to TT 124 Điều 6 khoản 4–5 and Điều 7 khoản 5–6.
 *
 * @example
 * ```ts
 * EmulationTitleSchema.parse("advanced-labour-collective"); // Tập thể lao động tiên tiến
 * ```
 */
export const EmulationTitleSchema = z
  .enum([
    "advanced-labour-collective",
    "excellent-labour-collective",
    "advanced-unit",
    "determined-to-win-unit",
  ])
  .meta({ title: "Danh hiệu thi đua tập thể" });

/**
 * An emulation title of a collective (see {@link EmulationTitleSchema}).
 *
 * @example
 * ```ts
 * const title: EmulationTitle = "advanced-labour-collective";
 * ```
 */
export type EmulationTitle = z.infer<typeof EmulationTitleSchema>;

/**
 * Vietnamese labels of {@link EmulationTitle}.
 *
 * @example
 * ```ts
 * EMULATION_TITLE_LABELS_VI["advanced-labour-collective"]; // "Tập thể lao động tiên tiến"
 * ```
 */
export const EMULATION_TITLE_LABELS_VI: Readonly<Record<EmulationTitle, string>> = {
  "advanced-labour-collective": "Tập thể lao động tiên tiến",
  "excellent-labour-collective": "Tập thể lao động xuất sắc",
  "advanced-unit": "Đơn vị tiên tiến",
  "determined-to-win-unit": "Đơn vị quyết thắng",
};
