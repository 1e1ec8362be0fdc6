/**
 * Scope and exclusions (TT 124 Điều 1 khoản 2, Điều 2), with the Nghị định 80/2021/NĐ-CP size test for
 * small and micro enterprises, and a data-consistency gate.
 */

import { ENTERPRISE_SIZE_LABELS_VI, enterpriseSizeClass, type SchoolLevel } from "@antq/domain";
import { cite, type Rule, type RuleVersion } from "@antq/rules";
import { defineSecurityRule, securityVersion } from "../internal/define.js";
import { TT23_SCOPE } from "../tt23/rules.js";
import { ND80, TT23, TT124, tt124 } from "./basis.js";
import { labelsOf } from "./fact-labels.js";
import type { SecurityOrderInput } from "./input.js";
import { SPECIAL_ZONE_READING } from "./interpretations.js";
import { TT23_FROM, TT23_LAST_DAY, TT124_EFFECTIVE } from "./parameters.js";

const EXCLUDED_LEVELS: ReadonlySet<SchoolLevel> = new Set<SchoolLevel>([
  "creche",
  "kindergarten",
  "preschool",
  "primary",
]);

const dataVersion: Omit<RuleVersion<SecurityOrderInput>, "from" | "to" | "basis"> = {
  inputs: ["unit.id", "facts.unitId", "facts.year"],
  findings: {
    KHOP: { outcome: "dat", message: "Dữ kiện đúng đơn vị và năm đánh giá" },
    KHAC_DON_VI: {
      outcome: "can_xem_xet",
      message: (i) => `Dữ kiện của đơn vị “${i.facts.unitId}” không khớp đơn vị “${i.unit.id}”`,
    },
    KHAC_NAM: {
      outcome: "can_xem_xet",
      message: (i, ctx) => `Dữ kiện năm ${i.facts.year} không khớp năm đánh giá ${ctx.year ?? ""}`,
    },
  },
  decide: (i, ctx) =>
    i.facts.unitId !== i.unit.id
      ? "KHAC_DON_VI"
      : ctx.year !== undefined && i.facts.year !== ctx.year
        ? "KHAC_NAM"
        : "KHOP",
  factLabels: labelsOf("unitId", "factsUnitId", "year"),
  facts: (i) => ({ unitId: i.unit.id, factsUnitId: i.facts.unitId, year: i.facts.year }),
};

/**
 * Gate: the facts belong to the unit and to the evaluation year being evaluated.
 *
 * @example
 * DATA_GATE.id; //=> "antt.du_lieu"
 */
export const DATA_GATE: Rule<SecurityOrderInput> = defineSecurityRule({
  id: "antt.du_lieu",
  label: "Dữ kiện đúng đơn vị và đúng năm đánh giá",
  role: "gate",
  versions: [
    {
      ...dataVersion,
      from: TT23_FROM,
      to: TT23_LAST_DAY,
      basis: cite(TT23, {}, { confidence: "secondary" }),
    },
    {
      ...dataVersion,
      from: TT124_EFFECTIVE,
      basis: cite(TT124, { article: 3, clause: 1 }, { label: "Xét công nhận mỗi năm một lần" }),
    },
  ],
});

/**
 * Gate: is the unit within TT 124? (Điều 1 khoản 2: armed-forces agencies, small and micro enterprises,
 * primary schools, preschools and crèches are excluded; Điều 2: a "cơ quan" is budget-funded.)
 *
 * @example
 * SCOPE_GATE.id; //=> "tt124.d1.k2"
 */
export const SCOPE_GATE: Rule<SecurityOrderInput> = defineSecurityRule({
  id: "tt124.d1.k2",
  label: "Đối tượng áp dụng",
  role: "gate",
  versions: [
    TT23_SCOPE,
    securityVersion({
      from: TT124_EFFECTIVE,
      basis: [tt124(1, 2), tt124(2), cite(ND80, { article: 5 }, { confidence: "secondary" })],
      interpretations: [SPECIAL_ZONE_READING.id],
      inputs: [
        "unit.kind",
        "unit.armedForces",
        "unit.stateBudgetFunded",
        "unit.levels",
        "unit.insuredEmployees",
      ],
      findings: {
        AP_DUNG: { outcome: "dat", message: "Đơn vị thuộc đối tượng áp dụng" },
        LUC_LUONG_VU_TRANG: {
          outcome: "khong_ap_dung",
          message: "Cơ quan, đơn vị lực lượng vũ trang không thuộc đối tượng áp dụng (điểm b khoản 2 Điều 1)",
        },
        DN_NHO_SIEU_NHO: {
          outcome: "khong_ap_dung",
          message: (i) => {
            const u = i.unit;
            if (u.kind !== "enterprise") return "Doanh nghiệp nhỏ, siêu nhỏ";
            const r = enterpriseSizeClass(u);
            const cls = r.determined ? ENTERPRISE_SIZE_LABELS_VI[r.sizeClass] : "";
            return `${cls} (${u.insuredEmployees} lao động tham gia BHXH) không thuộc đối tượng áp dụng theo điểm b khoản 2 Điều 1; quy mô xác định theo Điều 5 Nghị định 80/2021/NĐ-CP`;
          },
        },
        QUY_MO_CHUA_RO: {
          outcome: "can_xem_xet",
          message:
            "Chưa đủ số liệu (doanh thu, nguồn vốn) để xác định doanh nghiệp có phải là doanh nghiệp nhỏ, siêu nhỏ hay không",
        },
        TIEU_HOC_MAM_NON: {
          outcome: "khong_ap_dung",
          message: "Trường tiểu học, mầm non, nhà trẻ không thuộc đối tượng áp dụng (điểm b khoản 2 Điều 1)",
        },
        NHIEU_CAP_HOC: {
          outcome: "can_xem_xet",
          message:
            "Cơ sở giáo dục nhiều cấp học, trong đó có cấp tiểu học/mầm non: Thông tư không nói rõ có thuộc đối tượng áp dụng hay không",
        },
        KHONG_PHAI_CO_QUAN: {
          outcome: "can_xem_xet",
          message:
            "Cơ quan không được ngân sách nhà nước bảo đảm kinh phí không phải là “cơ quan” theo khoản 2 Điều 2; cần xem xét",
        },
        TO_CHUC_KHAC: {
          outcome: "can_xem_xet",
          message:
            "Tổ chức không phải cơ quan (khoản 2 Điều 2) cũng không phải doanh nghiệp (khoản 3 Điều 2): ngoài các loại đơn vị của Thông tư, cần xem xét",
        },
        DAC_KHU_CAN_XEM_XET: {
          outcome: "can_xem_xet",
          message: "Đặc khu: Thông tư chưa quy định rõ việc áp dụng tiêu chí của xã, phường",
        },
      },
      decide: (i, ctx) => {
        const u = i.unit;
        switch (u.kind) {
          // Stryker disable next-line ConditionalExpression: falling through to "commune" gives AP_DUNG too (a khu dân cư has no communeType)
          case "residential-area":
            return "AP_DUNG";
          case "commune":
            return u.communeType === "special-zone" && ctx.reading(SPECIAL_ZONE_READING.id) === "can_xem_xet"
              ? "DAC_KHU_CAN_XEM_XET"
              : "AP_DUNG";
          case "agency":
            if (u.armedForces) return "LUC_LUONG_VU_TRANG";
            return u.stateBudgetFunded ? "AP_DUNG" : "KHONG_PHAI_CO_QUAN";
          case "enterprise": {
            if (u.armedForces) return "LUC_LUONG_VU_TRANG";
            const r = enterpriseSizeClass(u);
            if (!r.determined) return "QUY_MO_CHUA_RO";
            return r.sizeClass === "micro" || r.sizeClass === "small" ? "DN_NHO_SIEU_NHO" : "AP_DUNG";
          }
          case "education": {
            if (u.armedForces) return "LUC_LUONG_VU_TRANG";
            let excluded = 0;
            for (const l of u.levels) if (EXCLUDED_LEVELS.has(l)) excluded++;
            return excluded === 0
              ? "AP_DUNG"
              : excluded === u.levels.length
                ? "TIEU_HOC_MAM_NON"
                : "NHIEU_CAP_HOC";
          }
          default:
            return u.armedForces ? "LUC_LUONG_VU_TRANG" : "TO_CHUC_KHAC";
        }
      },
      factLabels: labelsOf(
        "sector",
        "insuredEmployees",
        "annualRevenueVnd",
        "totalCapitalVnd",
        "sizeClass",
        "levels",
        "armedForces",
        "stateBudgetFunded",
        "communeType",
        "kind",
      ),
      facts: (i) => {
        const u = i.unit;
        if (u.kind === "enterprise") {
          const r = enterpriseSizeClass(u);
          return {
            sector: u.sector,
            insuredEmployees: u.insuredEmployees,
            annualRevenueVnd: u.annualRevenueVnd ?? null,
            totalCapitalVnd: u.totalCapitalVnd ?? null,
            sizeClass: r.determined ? r.sizeClass : null,
          };
        }
        if (u.kind === "education") return { levels: u.levels, armedForces: u.armedForces };
        if (u.kind === "agency")
          return { armedForces: u.armedForces, stateBudgetFunded: u.stateBudgetFunded };
        if (u.kind === "commune") return { communeType: u.communeType };
        return { kind: u.kind };
      },
    }),
  ],
});
