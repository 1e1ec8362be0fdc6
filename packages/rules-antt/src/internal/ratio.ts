/**
 * The "at least N% recognised" decision shared by Thông tư 124 Điều 5 khoản 4 and its Thông tư 23 version.
 */

/**
 * Decides a "at least `minPercent`% recognised" ratio with exact integer arithmetic:
 * `100 × recognised ≥ minPercent × total` (7/10 passes at 70, 69/99 fails). Units still "cần xem xét" make the
 * result depend on them when counting them as recognised or not would change it.
 */
export function decideRatio(
  t: { readonly total: number; readonly recognised: number; readonly review: number },
  minPercent: number,
): "DAT" | "DUOI_TY_LE" | "PHU_THUOC_DON_VI_CAN_XEM_XET" {
  if (t.recognised * 100 >= minPercent * t.total) return "DAT";
  if ((t.recognised + t.review) * 100 < minPercent * t.total) return "DUOI_TY_LE";
  return "PHU_THUOC_DON_VI_CAN_XEM_XET";
}
