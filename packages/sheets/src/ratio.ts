/**
 * A ratio in machine output: its two counts, never a pre-formatted string ("1.454/1.730 (84,0%)" is for
 * people; programs get `{ part: 1454, total: 1730 }` and format it themselves, e.g. with @antq/format-vi).
 */
import * as z from "zod";

/** `{ part, total }` with `0 ≤ part ≤ total`. */
export const RatioSchema = z
  .object({
    part: z.int().nonnegative().meta({ title: "Tử số" }),
    total: z.int().nonnegative().meta({ title: "Mẫu số" }),
  })
  .refine((r) => r.part <= r.total, { message: "Tử số không được lớn hơn mẫu số." })
  .meta({ title: "Tỷ lệ (tử số/mẫu số)" });

/**
 * A ratio of two counts.
 *
 * @example
 * ```ts
 * const share: Ratio = passRatio(summary.all);
 * share.part <= share.total; //=> true
 * ```
 */
export type Ratio = z.infer<typeof RatioSchema>;

/**
 * The ratio of two counts.
 *
 * @example
 * ```ts
 * ratio(3, 4); //=> { part: 3, total: 4 }
 * ```
 */
export const ratio = (part: number, total: number): Ratio => ({ part, total });
