/**
 * Counting assessment outcomes ("X/Y đạt"): per unit kind and per commune. Y counts the units the
 * regulation applies to, i.e. every result other than "không áp dụng". Counting only; every outcome comes
 * from @antq/rules.
 */
import type { Outcome } from "@antq/rules";
import * as z from "zod";
import { type Ratio, RatioSchema, ratio } from "./ratio.js";

/**
 * Outcome counts.
 *
 * @example
 * ```ts
 * const tally: Tally = summary.byKind.get("residential-area")!;
 * [tally.total, tally.dat, tally.chua_dat, tally.can_xem_xet]; //=> [11, 9, 1, 1]
 * ```
 */
export interface Tally {
  total: number;
  dat: number;
  chua_dat: number;
  can_xem_xet: number;
  khong_ap_dung: number;
}

/**
 * A tally with every count at 0.
 *
 * @example
 * ```ts
 * emptyTally().total; //=> 0
 * ```
 */
export const emptyTally = (): Tally => ({ total: 0, dat: 0, chua_dat: 0, can_xem_xet: 0, khong_ap_dung: 0 });

/**
 * Counts one outcome.
 *
 * @example
 * ```ts
 * const t = emptyTally();
 * addOutcome(t, "dat");
 * ```
 */
export const addOutcome = (tally: Tally, outcome: Outcome): void => {
  tally.total++;
  tally[outcome]++;
};

/**
 * Adds the counts of `other` to `tally`.
 *
 * @example
 * ```ts
 * addTally(emptyTally(), emptyTally());
 * ```
 */
export const addTally = (tally: Tally, other: Tally): void => {
  tally.total += other.total;
  tally.dat += other.dat;
  tally.chua_dat += other.chua_dat;
  tally.can_xem_xet += other.can_xem_xet;
  tally.khong_ap_dung += other.khong_ap_dung;
};

/**
 * The units the regulation applies to: the denominator of "X/Y đạt" (every result but "không áp dụng").
 *
 * @example
 * ```ts
 * inScope({ total: 5, dat: 3, chua_dat: 1, can_xem_xet: 0, khong_ap_dung: 1 }); //=> 4
 * ```
 */
export const inScope = (t: Tally): number => t.total - t.khong_ap_dung;

/**
 * The "đạt" ratio of a tally: units that passed over units in scope.
 *
 * @example
 * ```ts
 * passRatio({ total: 5, dat: 3, chua_dat: 1, can_xem_xet: 0, khong_ap_dung: 1 }); //=> { part: 3, total: 4 }
 * ```
 */
export const passRatio = (t: Tally): Ratio => ratio(t.dat, inScope(t));

/** A tally in machine output (`antq.assessment/1`). */
export const TallySchema = z
  .object({
    total: z.int().nonnegative().meta({ title: "Tổng số kết quả" }),
    passed: z.int().nonnegative().meta({ title: "Đạt" }),
    failed: z.int().nonnegative().meta({ title: "Chưa đạt" }),
    review: z.int().nonnegative().meta({ title: "Cần xem xét" }),
    notApplicable: z.int().nonnegative().meta({ title: "Không áp dụng" }),
    inScope: z.int().nonnegative().meta({ title: "Thuộc phạm vi áp dụng (mẫu số của tỷ lệ đạt)" }),
    passRatio: RatioSchema.meta({ title: "Tỷ lệ đạt (đạt/thuộc phạm vi)" }),
  })
  .meta({ title: "Số đếm kết quả" });

/**
 * A tally in machine output.
 *
 * @example
 * ```ts
 * const json: TallyJson = tallyJson(summary.byKind.get("residential-area")!);
 * json.passRatio; //=> { part: 9, total: 11 }
 * ```
 */
export type TallyJson = z.infer<typeof TallySchema>;

/**
 * A tally as machine output.
 *
 * @example
 * ```ts
 * tallyJson(emptyTally()).passRatio; //=> { part: 0, total: 0 }
 * ```
 */
export const tallyJson = (t: Tally): TallyJson => ({
  total: t.total,
  passed: t.dat,
  failed: t.chua_dat,
  review: t.can_xem_xet,
  notApplicable: t.khong_ap_dung,
  inScope: inScope(t),
  passRatio: passRatio(t),
});
