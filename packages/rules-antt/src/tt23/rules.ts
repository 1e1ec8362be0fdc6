/**
 * Thông tư 23/2012/TT-BCA, for evaluation years before the change-over (TT 124 effective 10/02/2022), as the
 * dated versions (2012-04-27 … 2022-02-09) of the Thông tư 124 rules they were replaced by: a 2020 assessment and
 * a 2024 one print the same rule id, with a different version and basis. Each version here is placed in its
 * TT 124 rule's `versions` (scope.ts, residential-area.ts, commune.ts).
 * Only what regulations.md §1.13 records is encoded (secondary sources); everything else is flagged by the
 * rule `tt23.noi_dung_chua_doi_chieu`, so a TT 23 result is never "đạt" without review.
 */

import { cite, type Rule, type RuleVersion } from "@antq/rules";
import { defineSecurityRule, securityVersion } from "../internal/define.js";
import { atLeastWarning, count, inWindow, windowOf } from "../internal/facts.js";
import { decideRatio } from "../internal/ratio.js";
import { TT23 } from "../tt124/basis.js";
import type { SecurityOrderInput } from "../tt124/input.js";
import { COMMUNE_RECOGNISED_MIN, EVALUATION_WINDOWS, TT23_FROM, TT23_LAST_DAY } from "../tt124/parameters.js";

const sec = (article?: number, clause?: number, note?: string) =>
  cite(
    TT23,
    article === undefined ? {} : clause === undefined ? { article } : { article, clause },
    note === undefined ? { confidence: "secondary" } : { confidence: "secondary", note },
  );
const period = { from: TT23_FROM, to: TT23_LAST_DAY } as const;

/**
 * The TT 23 version of the scope gate `tt124.d1.k2`: TT 23 had no exclusions (all cơ quan, doanh nghiệp, nhà
 * trường); other organisations are flagged.
 */
export const TT23_SCOPE: RuleVersion<SecurityOrderInput> = securityVersion({
  ...period,
  label: "Đối tượng áp dụng (Thông tư 23/2012/TT-BCA)",
  basis: sec(1, undefined, "Thông tư 23 không loại trừ doanh nghiệp nhỏ, trường tiểu học, mầm non."),
  findings: {
    AP_DUNG: { outcome: "dat", message: "Đơn vị thuộc đối tượng áp dụng của Thông tư 23/2012/TT-BCA" },
    TO_CHUC_KHAC: {
      outcome: "can_xem_xet",
      message: "Tổ chức không phải cơ quan, doanh nghiệp, nhà trường: cần xem xét",
    },
  },
  decide: (i) => (i.unit.kind === "other-organisation" ? "TO_CHUC_KHAC" : "AP_DUNG"),
});

/**
 * Review flag: the full TT 23 criteria were not compared with the text, so every TT 23 evaluation is
 * "cần xem xét" unless a recorded criterion fails. It keeps a TT 23 id of its own: it stands for the TT 23
 * criteria that are not encoded, which have no Thông tư 124 counterpart to be a version of.
 *
 * @example
 * TT23_UNVERIFIED.id; //=> "tt23.noi_dung_chua_doi_chieu"
 */
export const TT23_UNVERIFIED: Rule<SecurityOrderInput> = defineSecurityRule({
  id: "tt23.noi_dung_chua_doi_chieu",
  label: "Các tiêu chí khác của Thông tư 23/2012/TT-BCA (chưa đối chiếu toàn văn)",
  versions: [
    {
      ...period,
      basis: sec(
        undefined,
        undefined,
        "Toàn văn Thông tư 23/2012/TT-BCA chưa được đối chiếu; nội dung lấy từ nguồn thứ cấp.",
      ),
      findings: {
        CAN_XEM_XET: {
          outcome: "can_xem_xet",
          message:
            "Năm đánh giá áp dụng Thông tư 23/2012/TT-BCA; các tiêu chí chưa được mã hoá (chưa đối chiếu toàn văn) cần cán bộ xem xét",
        },
      },
      decide: () => "CAN_XEM_XET",
    },
  ],
});

/**
 * The TT 23 version of `tt124.d4.k1` (khu dân cư): annual resolution, registration and 100% of households
 * (TT 23 asked households to sign a commitment; the registered-household count is used, which the explanation
 * says).
 */
export const TT23_KDC_REGISTRATION: RuleVersion<SecurityOrderInput> = securityVersion({
  ...period,
  label: "Nghị quyết hằng năm, đăng ký và 100% hộ gia đình ký cam kết (Thông tư 23/2012/TT-BCA)",
  basis: sec(5, 1),
  findings: {
    DAT: {
      outcome: "dat",
      message: "Có nghị quyết, đăng ký; 100% hộ gia đình tham gia (theo số hộ đăng ký)",
    },
    KHONG_CO_NGHI_QUYET: { outcome: "chua_dat", message: "Chưa có nghị quyết hằng năm" },
    KHONG_DANG_KY: { outcome: "chua_dat", message: "Chưa đăng ký" },
    HO_CHUA_DU: {
      outcome: "chua_dat",
      message: (i) =>
        // Stryker disable next-line OptionalChaining: this finding is only decided when the households are known
        `Mới có ${count(i.facts.households?.registered ?? 0)}/${count(i.facts.households?.resident ?? 0)} hộ gia đình tham gia`,
    },
    THIEU_DU_LIEU: { outcome: "can_xem_xet", message: "Chưa có dữ liệu về nghị quyết, đăng ký, số hộ" },
  },
  decide: (i) => {
    const q = i.facts.quarterOne;
    const h = i.facts.households;
    if (q === undefined || h === undefined) return "THIEU_DU_LIEU";
    if (q.partyResolution === undefined) return "KHONG_CO_NGHI_QUYET";
    if (q.registration === undefined) return "KHONG_DANG_KY";
    return h.registered >= h.resident ? "DAT" : "HO_CHUA_DU";
  },
});

/**
 * The TT 23 version of `tt124.d5.k3` (xã): commune police and Bảo vệ dân phố "Đơn vị tiên tiến"; nobody
 * disciplined at cảnh cáo or higher.
 */
export const TT23_COMMUNE_POLICE: RuleVersion<SecurityOrderInput> = securityVersion({
  ...period,
  label:
    "Công an xã, Bảo vệ dân phố đạt “Đơn vị tiên tiến”, không ai bị kỷ luật từ cảnh cáo (Thông tư 23/2012/TT-BCA)",
  basis: sec(),
  parameters: [EVALUATION_WINDOWS],
  findings: {
    DAT: { outcome: "dat", message: "Đạt “Đơn vị tiên tiến”, không ai bị kỷ luật từ cảnh cáo" },
    KHONG_DAT_DANH_HIEU: { outcome: "chua_dat", message: "Không đạt “Đơn vị tiên tiến”" },
    CO_KY_LUAT: { outcome: "chua_dat", message: "Có cán bộ bị kỷ luật từ cảnh cáo trở lên" },
    THIEU_DU_LIEU: { outcome: "can_xem_xet", message: "Chưa có dữ liệu về danh hiệu và kỷ luật" },
  },
  decide: (i, ctx) => {
    const sf = i.facts.securityForce;
    const d = i.facts.disciplinaryActions;
    if (sf === undefined || d === undefined) return "THIEU_DU_LIEU";
    const w = windowOf(ctx, i.unit.kind, i.facts);
    for (const x of d) {
      if (x.personRole === "commune-police-officer" && atLeastWarning(x.form) && inWindow(x.date, w))
        return "CO_KY_LUAT";
    }
    if (sf.emulationTitle === undefined) return "THIEU_DU_LIEU";
    return sf.emulationTitle === "advanced-unit" || sf.emulationTitle === "determined-to-win-unit"
      ? "DAT"
      : "KHONG_DAT_DANH_HIEU";
  },
});

/**
 * The TT 23 version of `tt124.d5.k4` (xã): at least 70% of khu dân cư recognised (exact integers: 16/25 fails,
 * 18/25 passes); TT 23 counted only khu dân cư, not cơ quan, doanh nghiệp, nhà trường.
 */
export const TT23_COMMUNE_RATIO: RuleVersion<SecurityOrderInput> = securityVersion({
  ...period,
  label: "Từ 70% khu dân cư được công nhận (Thông tư 23/2012/TT-BCA)",
  basis: sec(),
  parameters: [COMMUNE_RECOGNISED_MIN],
  findings: {
    DAT: {
      outcome: "dat",
      message: (_i, ctx) => `Từ ${ctx.param(COMMUNE_RECOGNISED_MIN)}% khu dân cư được công nhận`,
    },
    DUOI_TY_LE: {
      outcome: "chua_dat",
      message: (_i, ctx) => `Dưới ${ctx.param(COMMUNE_RECOGNISED_MIN)}% khu dân cư được công nhận`,
    },
    PHU_THUOC_DON_VI_CAN_XEM_XET: {
      outcome: "can_xem_xet",
      message: "Có khu dân cư còn cần xem xét kết quả, quyết định việc đạt tỷ lệ",
    },
    THIEU_DU_LIEU: { outcome: "can_xem_xet", message: "Chưa có kết quả của các khu dân cư" },
  },
  decide: (i, ctx) => {
    const list = i.coveredUnits;
    if (list === undefined) return "THIEU_DU_LIEU";
    let total = 0;
    let dat = 0;
    let review = 0;
    for (const s of list) {
      if (s.kind !== "residential-area") continue;
      total++;
      if (s.outcome === "dat") dat++;
      else if (s.outcome === "can_xem_xet") review++;
    }
    if (total === 0) return "THIEU_DU_LIEU";
    return decideRatio({ total, recognised: dat, review }, ctx.param(COMMUNE_RECOGNISED_MIN));
  },
});
