/**
 * The open readings of TT 124 (regulations.md §1.5, §1.7, §1.8, §1.12, §1.15) as named options with
 * documented defaults. `null` = undecided: results that depend on it are "cần xem xét".
 */
import { defineInterpretation } from "@antq/rules";
import { tt124 } from "./basis.js";

/**
 * Điều 4 khoản 4 điểm a "kiềm chế, kéo giảm … so với năm trước": `giam` (must decrease; zero stays zero)
 * or `khong_tang` (must not increase). Default: undecided.
 *
 * @example
 * compile(securityOrderRuleSet, { year: 2025, readings: { [REDUCTION_READING.id]: "khong_tang" } });
 */
export const REDUCTION_READING = defineInterpretation({
  id: "tt124.d4.k4.a.kiem_che_keo_giam",
  label: "Cách hiểu “kiềm chế, kéo giảm … so với năm trước”",
  description:
    "“giam”: số vụ năm nay phải ít hơn năm trước (nếu năm nay bằng 0 thì đạt); “khong_tang”: không nhiều hơn năm trước. Thông tư không định nghĩa; mặc định chưa quyết định.",
  basis: tt124(4, 4, "a", "interpretation"),
  choices: [
    { id: "giam", label: "Phải giảm so với năm trước" },
    { id: "khong_tang", label: "Không tăng so với năm trước" },
  ],
  default: null,
});

/**
 * Điều 4 khoản 4 điểm a: compare the total of crimes + social-evil cases + other violations (`tong`) or
 * each category separately (`tung_loai`). Default: undecided.
 *
 * @example
 * REDUCTION_SCOPE_READING.default; //=> null
 */
export const REDUCTION_SCOPE_READING = defineInterpretation({
  id: "tt124.d4.k4.a.pham_vi_so_sanh",
  label: "So sánh theo tổng số vụ hay theo từng loại (tội phạm, tệ nạn xã hội, vi phạm khác)",
  basis: tt124(4, 4, "a", "interpretation"),
  choices: [
    { id: "tong", label: "Theo tổng số vụ" },
    { id: "tung_loai", label: "Theo từng loại" },
  ],
  default: null,
});

/**
 * Điều 6 khoản 3 điểm h: `vphc_hoac_tnxh_ky_luat` = (administrative sanction in the ANTT field) OR
 * (social evil + discipline ≥ cảnh cáo) — the natural reading, default; `deu_bi_ky_luat` = both branches need
 * discipline ≥ cảnh cáo.
 *
 * @example
 * STAFF_VIOLATION_READING.default; //=> "vphc_hoac_tnxh_ky_luat"
 */
export const STAFF_VIOLATION_READING = defineInterpretation({
  id: "tt124.d6.k3.h.cach_hieu",
  label: "Cách hiểu Điều 6 khoản 3 điểm h",
  description:
    "Mặc định: cán bộ, người lao động bị xử phạt vi phạm hành chính trong lĩnh vực ANTT, HOẶC mắc tệ nạn xã hội và bị kỷ luật từ cảnh cáo trở lên.",
  basis: tt124(6, 3, "h", "interpretation"),
  choices: [
    {
      id: "vphc_hoac_tnxh_ky_luat",
      label: "Bị xử phạt VPHC về ANTT, hoặc mắc TNXH và bị kỷ luật từ cảnh cáo",
    },
    { id: "deu_bi_ky_luat", label: "Bị xử phạt VPHC về ANTT hoặc mắc TNXH, và bị kỷ luật từ cảnh cáo" },
  ],
  default: "vphc_hoac_tnxh_ky_luat",
});

/**
 * Điều 7 khoản 4: `ky_luat` = a crime or social evil counts only with discipline ≥ cảnh cáo; `nghiem` = any
 * crime by a staff member, teacher or learner disqualifies. Default: undecided.
 *
 * @example
 * SCHOOL_OFFENDER_READING.default; //=> null
 */
export const SCHOOL_OFFENDER_READING = defineInterpretation({
  id: "tt124.d7.k4.cach_hieu",
  label: "Cách hiểu Điều 7 khoản 4 (người phạm tội, mắc tệ nạn xã hội)",
  basis: tt124(7, 4, undefined, "interpretation"),
  choices: [
    { id: "ky_luat", label: "Phạm tội hoặc mắc TNXH và bị kỷ luật từ cảnh cáo trở lên" },
    { id: "nghiem", label: "Mọi trường hợp phạm tội; hoặc mắc TNXH và bị kỷ luật từ cảnh cáo" },
  ],
  default: null,
});

/**
 * Đặc khu (from 01/07/2025): `nhu_xa` = apply Điều 5 by analogy with xã, phường (default, KH 612/KH-BCA-V05
 * uses "xã, phường, đặc khu"); `can_xem_xet` = flag đặc khu results for review.
 *
 * @example
 * SPECIAL_ZONE_READING.default; //=> "nhu_xa"
 */
export const SPECIAL_ZONE_READING = defineInterpretation({
  id: "tt124.dac_khu",
  label: "Áp dụng tiêu chí của xã, phường cho đặc khu",
  basis: tt124(5, undefined, undefined, "interpretation"),
  choices: [
    { id: "nhu_xa", label: "Áp dụng như xã, phường" },
    { id: "can_xem_xet", label: "Đánh dấu cần xem xét" },
  ],
  default: "nhu_xa",
});
