/**
 * Xã, phường, thị trấn (đặc khu from 01/07/2025) criteria: TT 124 Điều 5.
 */

import { type AssessedUnitKind, DISCIPLINE_FORM_LABELS_VI } from "@antq/domain";
import { formatDate } from "@antq/format-vi";
import type { Rule } from "@antq/rules";
import { defineSecurityRule, securityVersion } from "../internal/define.js";
import {
  attestation,
  count,
  countEffective,
  inQuarterOne,
  inWindow,
  pick,
  windowOf,
} from "../internal/facts.js";
import { decideRatio } from "../internal/ratio.js";
import { TT23_COMMUNE_POLICE, TT23_COMMUNE_RATIO } from "../tt23/rules.js";
import { tt124 } from "./basis.js";
import { labelsOf } from "./fact-labels.js";
import type { SecurityOrderInput } from "./input.js";
import { COMMUNE_RECOGNISED_MIN, EVALUATION_WINDOWS, TT124_EFFECTIVE } from "./parameters.js";
import { makeD4Rules } from "./residential-area.js";

const COMMUNE: readonly AssessedUnitKind[] = ["commune"];

/** One formatter for every message (`toLocaleString` with options builds a new one per call, 10× slower). */
const PERCENT = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

function percent(part: number, total: number): string {
  // Stryker disable next-line ConditionalExpression: defensive; with no unit the finding is KHONG_CO_DON_VI, whose message has no percentage
  if (total === 0) return "0%";
  return `${PERCENT.format((part * 100) / total)}%`;
}

/**
 * Điều 5 khoản 1: Quý I Party resolution, ANTT plan and registration; at least one effective movement model.
 *
 * @example
 * COMMUNE_PLAN.id; //=> "tt124.d5.k1"
 */
export const COMMUNE_PLAN: Rule<SecurityOrderInput> = defineSecurityRule({
  id: "tt124.d5.k1",
  label: "Nghị quyết, kế hoạch, đăng ký trong Quý I và ít nhất 01 mô hình hoạt động hiệu quả",
  kinds: COMMUNE,
  versions: [
    {
      from: TT124_EFFECTIVE,
      basis: tt124(5, 1),
      inputs: ["facts.quarterOne", "facts.models"],
      findings: {
        DAT: {
          outcome: "dat",
          message: "Có nghị quyết, kế hoạch, đăng ký trong Quý I và có mô hình hoạt động hiệu quả",
        },
        KHONG_CO_NGHI_QUYET: {
          outcome: "chua_dat",
          message: "Đảng ủy chưa có nghị quyết về ANTT trong Quý I",
        },
        KHONG_CO_KE_HOACH: {
          outcome: "chua_dat",
          message: "UBND cấp xã chưa có kế hoạch về ANTT trong Quý I",
        },
        KHONG_DANG_KY: { outcome: "chua_dat", message: "Chưa đăng ký phấn đấu đạt tiêu chuẩn trong Quý I" },
        KHONG_CO_MO_HINH_HIEU_QUA: {
          outcome: "chua_dat",
          message: "Không có mô hình phong trào toàn dân bảo vệ ANTQ nào được đánh giá hoạt động hiệu quả",
        },
        THIEU_DU_LIEU: {
          outcome: "can_xem_xet",
          message: "Chưa có dữ liệu về nghị quyết, kế hoạch, đăng ký, mô hình",
        },
      },
      decide: (i) => {
        const q = i.facts.quarterOne;
        const m = i.facts.models;
        if (q === undefined || m === undefined) return "THIEU_DU_LIEU";
        const y = i.facts.year;
        if (!inQuarterOne(q.partyResolution?.date, y)) return "KHONG_CO_NGHI_QUYET";
        if (!inQuarterOne(q.securityPlan?.date, y)) return "KHONG_CO_KE_HOACH";
        if (!inQuarterOne(q.registration?.date, y)) return "KHONG_DANG_KY";
        for (const x of m) if (x.effectiveness === "effective") return "DAT";
        return "KHONG_CO_MO_HINH_HIEU_QUA";
      },
      factLabels: labelsOf("nghiQuyet", "keHoach", "dangKy", "moHinhHieuQua"),
      facts: (i) => ({
        nghiQuyet: i.facts.quarterOne?.partyResolution?.date ?? null,
        keHoach: i.facts.quarterOne?.securityPlan?.date ?? null,
        dangKy: i.facts.quarterOne?.registration?.date ?? null,
        moHinhHieuQua: countEffective(i.facts.models),
      }),
    },
  ],
});

/**
 * Điều 5 khoản 3: commune police proactive and effective (attested); no officer disciplined (any form).
 *
 * @example
 * COMMUNE_POLICE.id; //=> "tt124.d5.k3"
 */
export const COMMUNE_POLICE: Rule<SecurityOrderInput> = defineSecurityRule({
  id: "tt124.d5.k3",
  label: "Công an cấp xã chủ động nắm tình hình, tham mưu hiệu quả; không có cán bộ, chiến sĩ bị kỷ luật",
  kinds: COMMUNE,
  versions: [
    TT23_COMMUNE_POLICE,
    securityVersion({
      from: TT124_EFFECTIVE,
      basis: tt124(5, 3),
      parameters: [EVALUATION_WINDOWS],
      inputs: ["facts.disciplinaryActions", "facts.attestations[TT124/Đ5/k3]"],
      findings: {
        DAT: {
          outcome: "dat",
          message: "Công an cấp xã được xác nhận làm tốt, không có cán bộ, chiến sĩ bị kỷ luật",
        },
        CO_KY_LUAT: {
          outcome: "chua_dat",
          message: "Có cán bộ, chiến sĩ Công an cấp xã bị kỷ luật (bất kỳ hình thức nào, kể cả khiển trách)",
        },
        KHONG_DAT: {
          outcome: "chua_dat",
          message: "Cán bộ có thẩm quyền xác nhận Công an cấp xã chưa làm tốt",
        },
        CHUA_XAC_NHAN: {
          outcome: "can_xem_xet",
          message: "Phần định tính chưa có xác nhận của cán bộ có thẩm quyền",
        },
        THIEU_DU_LIEU: { outcome: "can_xem_xet", message: "Chưa có dữ liệu về kỷ luật" },
      },
      decide: (i, ctx) => {
        const d = i.facts.disciplinaryActions;
        if (d === undefined) return "THIEU_DU_LIEU";
        // Stryker disable next-line ConditionalExpression,EqualityOperator: fast path; an empty list has no action in any window
        if (d.length > 0) {
          const w = windowOf(ctx, i.unit.kind, i.facts);
          for (const x of d)
            if (x.personRole === "commune-police-officer" && inWindow(x.date, w)) return "CO_KY_LUAT";
        }
        const a = attestation(i.facts, "TT124/Đ5/k3");
        return a === undefined ? "CHUA_XAC_NHAN" : a ? "DAT" : "KHONG_DAT";
      },
      factLabels: labelsOf("kyLuatCongAnXa", "xacNhan"),
      // Only the actions the decision counts: a commune police officer's, inside the window.
      facts: (i, ctx) => ({
        kyLuatCongAnXa: pick(
          i.facts.disciplinaryActions,
          (x) =>
            x.personRole === "commune-police-officer" &&
            inWindow(x.date, windowOf(ctx, i.unit.kind, i.facts)),
          (x) => `${DISCIPLINE_FORM_LABELS_VI[x.form]} (ngày ${formatDate(x.date)})`,
        ),
        xacNhan: attestation(i.facts, "TT124/Đ5/k3") ?? null,
      }),
    }),
  ],
});

interface Tally {
  readonly total: number;
  readonly registered: number;
  readonly recognised: number;
  readonly review: number;
  readonly source: "ket-qua-don-vi" | "so-lieu-tong-hop" | "khong-co";
}

/**
 * Counts in-scope covered units: from the units' own results when given, else the reported totals.
 *
 * @example
 * tallyCoveredUnits({ unit, facts, coveredUnits }).recognised; //=> 14
 */
export function tallyCoveredUnits(i: SecurityOrderInput): Tally {
  const list = i.coveredUnits;
  if (list !== undefined) {
    let total = 0;
    let registered = 0;
    let recognised = 0;
    let review = 0;
    for (const s of list) {
      if (s.outcome === "khong_ap_dung") continue;
      total++;
      if (s.registered) registered++;
      if (s.outcome === "dat") recognised++;
      else if (s.outcome === "can_xem_xet") review++;
    }
    return { total, registered, recognised, review, source: "ket-qua-don-vi" };
  }
  const c = i.facts.coveredUnits;
  if (c === undefined) return { total: 0, registered: 0, recognised: 0, review: 0, source: "khong-co" };
  return {
    total: c.total,
    registered: c.registered,
    recognised: c.recognised,
    review: 0,
    source: "so-lieu-tong-hop",
  };
}

/**
 * Decides Điều 5 khoản 4: 100% registered and the ratio of {@link decideRatio}.
 */
export function decideCommuneRatio(
  t: Pick<Tally, "total" | "registered" | "recognised" | "review">,
  minPercent: number,
): "DAT" | "DUOI_TY_LE" | "CHUA_DANG_KY_DU" | "PHU_THUOC_DON_VI_CAN_XEM_XET" | "KHONG_CO_DON_VI" {
  if (t.total === 0) return "KHONG_CO_DON_VI";
  if (t.registered < t.total) return "CHUA_DANG_KY_DU";
  return decideRatio(t, minPercent);
}

/**
 * Điều 5 khoản 4: 100% of the khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục under the commune's competence
 * registered, and at least 70% recognised — one pooled ratio, boundary inclusive, exact integers.
 *
 * @example
 * COMMUNE_RATIO.id; //=> "tt124.d5.k4"
 */
export const COMMUNE_RATIO: Rule<SecurityOrderInput> = defineSecurityRule({
  id: "tt124.d5.k4",
  label: "100% đơn vị thuộc thẩm quyền đăng ký và từ 70% trở lên được công nhận",
  kinds: COMMUNE,
  versions: [
    TT23_COMMUNE_RATIO,
    securityVersion({
      from: TT124_EFFECTIVE,
      basis: tt124(5, 4),
      parameters: [COMMUNE_RECOGNISED_MIN],
      inputs: ["coveredUnits", "facts.coveredUnits"],
      note: "Một tỷ lệ chung cho khu dân cư và cơ quan, doanh nghiệp, cơ sở giáo dục; đơn vị ngoài phạm vi Thông tư không tính.",
      findings: {
        DAT: {
          outcome: "dat",
          message: (i) => {
            const t = tallyCoveredUnits(i);
            return `${count(t.registered)}/${count(t.total)} đơn vị đã đăng ký; ${count(t.recognised)}/${count(t.total)} đơn vị được công nhận (${percent(t.recognised, t.total)})`;
          },
        },
        DUOI_TY_LE: {
          outcome: "chua_dat",
          message: (i, ctx) => {
            const t = tallyCoveredUnits(i);
            return `Chỉ ${count(t.recognised)}/${count(t.total)} đơn vị được công nhận (${percent(t.recognised, t.total)}), dưới ${ctx.param(COMMUNE_RECOGNISED_MIN)}%`;
          },
        },
        CHUA_DANG_KY_DU: {
          outcome: "chua_dat",
          message: (i) => {
            const t = tallyCoveredUnits(i);
            return `Mới có ${count(t.registered)}/${count(t.total)} đơn vị thuộc thẩm quyền đăng ký (yêu cầu 100%)`;
          },
        },
        PHU_THUOC_DON_VI_CAN_XEM_XET: {
          outcome: "can_xem_xet",
          message: (i) => {
            const t = tallyCoveredUnits(i);
            return `${count(t.recognised)}/${count(t.total)} đơn vị được công nhận; ${count(t.review)} đơn vị còn cần xem xét quyết định kết quả`;
          },
        },
        KHONG_CO_DON_VI: {
          outcome: "can_xem_xet",
          message: "Chưa có dữ liệu về các đơn vị thuộc thẩm quyền của cấp xã",
        },
      },
      decide: (i, ctx) => decideCommuneRatio(tallyCoveredUnits(i), ctx.param(COMMUNE_RECOGNISED_MIN)),
      factLabels: labelsOf("tongSo", "daDangKy", "duocCongNhan", "canXemXet", "nguon"),
      facts: (i) => {
        const t = tallyCoveredUnits(i);
        return {
          tongSo: t.total,
          daDangKy: t.registered,
          duocCongNhan: t.recognised,
          canXemXet: t.review,
          nguon: t.source,
        };
      },
    }),
  ],
});

/**
 * All commune rules of Điều 5 (khoản 2 applies Điều 4 khoản 2, 3, 4 to the commune).
 *
 * @example
 * COMMUNE_RULES.length; //=> 9
 */
export const COMMUNE_RULES: readonly Rule<SecurityOrderInput>[] = [
  COMMUNE_PLAN,
  ...makeD4Rules({
    kinds: COMMUNE,
    ids: {
      k2: "tt124.d5.k2.d4.k2",
      k3: "tt124.d5.k2.d4.k3",
      k4a: "tt124.d5.k2.d4.k4.a",
      k4b: "tt124.d5.k2.d4.k4.b",
      k4c: "tt124.d5.k2.d4.k4.c",
      k4d: "tt124.d5.k2.d4.k4.d",
    },
    via: tt124(5, 2),
    attestationKey: "TT124/Đ5/k2",
    who: "xã",
  }),
  COMMUNE_POLICE,
  COMMUNE_RATIO,
];
