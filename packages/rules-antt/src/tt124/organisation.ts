/**
 * Cơ quan, doanh nghiệp (TT 124 Điều 6) and cơ sở giáo dục (Điều 7) criteria. Điều 7 khoản 3 reuses the
 * Điều 6 khoản 3 points a, b, c, đ, e, g (not d — strikes — and not h).
 */

import {
  type AnnualFacts,
  type AssessedUnitKind,
  DISCIPLINE_FORM_LABELS_VI,
  EMULATION_TITLE_LABELS_VI,
  type InternalRuleTopicSchema,
  type PersonRole,
  type SecurityEventKind,
  taskRatingRank,
} from "@antq/domain";
import { formatDate } from "@antq/format-vi";
import type { FactLabel, Finding, LegalBasis, Parameter, Rule, RuleContext } from "@antq/rules";
import type { z } from "zod";
import { defineSecurityRule } from "../internal/define.js";
import {
  atLeastWarning,
  attestation,
  count,
  countEffective,
  inQuarterOne,
  inWindow,
  pick,
  SCHOOL_ROLES,
  STAFF_ROLES,
  type Window,
  windowOf,
  within,
} from "../internal/facts.js";
import { tt124 } from "./basis.js";
import { labelsOf } from "./fact-labels.js";
import type { SecurityOrderInput } from "./input.js";
import { SCHOOL_OFFENDER_READING, STAFF_VIOLATION_READING } from "./interpretations.js";
import {
  AGENCY_SUBUNITS_MIN,
  EVALUATION_WINDOWS,
  SCHOOL_SUBUNITS_MIN,
  TT124_EFFECTIVE,
} from "./parameters.js";
import { accidentCriterion, seriousCrimeCriterion } from "./residential-area.js";

const AGENCY_ENTERPRISE: readonly AssessedUnitKind[] = ["agency", "enterprise"];
const EDUCATION: readonly AssessedUnitKind[] = ["education"];
const WINDOW = [EVALUATION_WINDOWS];
const NO_DATA = (what: string): Finding<SecurityOrderInput> => ({
  outcome: "can_xem_xet",
  message: `Chưa có dữ liệu về ${what}`,
});
const win = (i: SecurityOrderInput, ctx: RuleContext): Window | null => windowOf(ctx, i.unit.kind, i.facts);

type InternalTopic = z.infer<typeof InternalRuleTopicSchema>;

const TOPIC_LABELS: Readonly<Record<InternalTopic, string>> = {
  "unit-protection": "bảo vệ cơ quan, đơn vị",
  "state-secrets": "bảo vệ bí mật nhà nước",
  "internal-political-protection": "bảo vệ chính trị nội bộ",
  "labour-safety": "an toàn lao động",
  "fire-prevention": "phòng cháy, chữa cháy, phòng, chống cháy, nổ",
  environment: "bảo vệ môi trường",
  "learner-management": "quản lý người học",
};

interface PlanOptions {
  readonly id: string;
  readonly kinds: readonly AssessedUnitKind[];
  readonly basis: LegalBasis;
  readonly topics: readonly InternalTopic[];
  readonly informedWho: string;
}

function missingTopics(f: AnnualFacts, topics: readonly InternalTopic[]): InternalTopic[] {
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: only the THIEU_NOI_QUY message calls this, and decide returns THIEU_NOI_QUY only when internalRules (with its required topics) is recorded
  const have = f.internalRules?.topics ?? [];
  return topics.filter((t) => !have.includes(t));
}

function makePlanRule(o: PlanOptions): Rule<SecurityOrderInput> {
  return defineSecurityRule({
    id: o.id,
    label:
      "Nghị quyết, kế hoạch, đăng ký trong Quý I; nội quy, quy chế; phổ biến 100%; ít nhất 01 mô hình hiệu quả",
    kinds: o.kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis: o.basis,
        inputs: [
          "unit.hasPartyOrganisation",
          "facts.quarterOne",
          "facts.internalRules",
          "facts.peopleInformed",
          "facts.models",
        ],
        findings: {
          DAT: {
            outcome: "dat",
            message: "Đủ nghị quyết (nếu có tổ chức Đảng), kế hoạch, đăng ký, nội quy, phổ biến và mô hình",
          },
          KHONG_CO_NGHI_QUYET: {
            outcome: "chua_dat",
            message: "Tổ chức Đảng chưa có nghị quyết về ANTT trong Quý I",
          },
          CHUA_RO_TO_CHUC_DANG: {
            outcome: "can_xem_xet",
            message: "Không có nghị quyết và chưa rõ đơn vị có tổ chức Đảng hay không",
          },
          KHONG_CO_KE_HOACH: { outcome: "chua_dat", message: "Chưa có kế hoạch về ANTT trong Quý I" },
          KHONG_DANG_KY: { outcome: "chua_dat", message: "Chưa đăng ký phấn đấu đạt tiêu chuẩn trong Quý I" },
          THIEU_NOI_QUY: {
            outcome: "chua_dat",
            message: (i) =>
              `Chưa có nội quy, quy chế về: ${missingTopics(i.facts, o.topics)
                .map((t) => TOPIC_LABELS[t])
                .join(", ")}`,
          },
          CHUA_PHO_BIEN_DU: {
            outcome: "chua_dat",
            message: (i) =>
              // Stryker disable next-line OptionalChaining: only for CHUA_PHO_BIEN_DU, which decide returns only when peopleInformed is recorded
              `Mới phổ biến cho ${count(i.facts.peopleInformed?.part ?? 0)}/${count(i.facts.peopleInformed?.total ?? 0)} ${o.informedWho} (yêu cầu 100%)`,
          },
          KHONG_CO_MO_HINH_HIEU_QUA: {
            outcome: "chua_dat",
            message: "Không có mô hình nào được đánh giá hoạt động hiệu quả",
          },
          THIEU_DU_LIEU: NO_DATA("nghị quyết, kế hoạch, nội quy, việc phổ biến và mô hình"),
        },
        decide: (i) => {
          const f = i.facts;
          const q = f.quarterOne;
          if (
            q === undefined ||
            f.internalRules === undefined ||
            f.peopleInformed === undefined ||
            f.models === undefined
          ) {
            return "THIEU_DU_LIEU";
          }
          const y = f.year;
          if (!inQuarterOne(q.partyResolution?.date, y)) {
            if (i.unit.hasPartyOrganisation === true) return "KHONG_CO_NGHI_QUYET";
            if (i.unit.hasPartyOrganisation === undefined) return "CHUA_RO_TO_CHUC_DANG";
          }
          if (!inQuarterOne(q.securityPlan?.date, y)) return "KHONG_CO_KE_HOACH";
          if (!inQuarterOne(q.registration?.date, y)) return "KHONG_DANG_KY";
          const have = f.internalRules.topics;
          for (const t of o.topics) if (!have.includes(t)) return "THIEU_NOI_QUY";
          if (f.peopleInformed.part < f.peopleInformed.total) return "CHUA_PHO_BIEN_DU";
          for (const m of f.models) if (m.effectiveness === "effective") return "DAT";
          return "KHONG_CO_MO_HINH_HIEU_QUA";
        },
        factLabels: labelsOf(
          "coToChucDang",
          "nghiQuyet",
          "keHoach",
          "dangKy",
          "noiQuy",
          "phoBien",
          "part",
          "total",
          "moHinhHieuQua",
        ),
        facts: (i) => ({
          coToChucDang: i.unit.hasPartyOrganisation ?? null,
          nghiQuyet: i.facts.quarterOne?.partyResolution?.date ?? null,
          keHoach: i.facts.quarterOne?.securityPlan?.date ?? null,
          dangKy: i.facts.quarterOne?.registration?.date ?? null,
          noiQuy: i.facts.internalRules?.topics ?? null,
          phoBien: i.facts.peopleInformed ?? null,
          moHinhHieuQua: countEffective(i.facts.models),
        }),
      },
    ],
  });
}

function makeAttestationRule(
  id: string,
  kinds: readonly AssessedUnitKind[],
  basis: LegalBasis,
  key: string,
  parentsKey?: string,
): Rule<SecurityOrderInput> {
  return defineSecurityRule({
    id,
    label: parentsKey
      ? "Thực hiện tốt chủ trương, pháp luật, quy chế phối hợp; phối hợp với Ban đại diện cha mẹ học sinh (cấp học phổ thông)"
      : "Thực hiện tốt chủ trương, pháp luật, quy chế phối hợp với Công an và quy định về ANTT",
    kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis,
        inputs: [
          `facts.attestations[${key}]`,
          ...(parentsKey ? [`facts.attestations[${parentsKey}]`, "unit.levels"] : []),
        ],
        findings: {
          DAT: { outcome: "dat", message: "Cán bộ có thẩm quyền xác nhận thực hiện tốt" },
          KHONG_DAT: { outcome: "chua_dat", message: "Cán bộ có thẩm quyền xác nhận chưa thực hiện tốt" },
          KHONG_PHOI_HOP_CMHS: {
            outcome: "chua_dat",
            message: "Chưa có hình thức phối hợp với Ban đại diện cha mẹ học sinh trong quản lý học sinh",
          },
          CHUA_XAC_NHAN: {
            outcome: "can_xem_xet",
            message: "Tiêu chí định tính chưa có xác nhận của cán bộ có thẩm quyền",
          },
        },
        decide: (i) => {
          const a = attestation(i.facts, key);
          if (a === undefined) return "CHUA_XAC_NHAN";
          if (!a) return "KHONG_DAT";
          // Only tt124.d7.k2 has a parentsKey, and it applies to education units only: the kind test narrows the
          // unit's type for `levels` and cannot change an outcome ("true" for it, or "||" for "&&", is equivalent;
          // "false" for it is the same program as "false" for the whole condition, which stays mutated).
          if (
            // Stryker disable next-line LogicalOperator: see above
            parentsKey &&
            // Stryker disable next-line ConditionalExpression: see above
            i.unit.kind === "education"
          ) {
            const general =
              i.unit.levels.includes("lower-secondary") || i.unit.levels.includes("upper-secondary");
            if (general) {
              const p = attestation(i.facts, parentsKey);
              if (p === undefined) return "CHUA_XAC_NHAN";
              if (!p) return "KHONG_PHOI_HOP_CMHS";
            }
          }
          return "DAT";
        },
        factLabels: labelsOf("xacNhan", "phoiHopChaMeHocSinh"),
        facts: (i) => ({
          xacNhan: attestation(i.facts, key) ?? null,
          ...(parentsKey ? { phoiHopChaMeHocSinh: attestation(i.facts, parentsKey) ?? null } : {}),
        }),
      },
    ],
  });
}

interface PointSpec {
  readonly point: string;
  readonly label: string;
  readonly inputs: readonly string[];
  readonly findings: Readonly<Record<string, Finding<SecurityOrderInput>>>;
  readonly decide: (i: SecurityOrderInput, ctx: RuleContext) => string;
  readonly facts?: (i: SecurityOrderInput, ctx: RuleContext) => Readonly<Record<string, unknown>>;
  readonly factLabels?: Readonly<Record<string, FactLabel>>;
  readonly interpretations?: readonly string[];
}

/** "Tuyên truyền …" → "tuyên truyền …": only the first letter, so that acronyms (ANTT, VPHC) keep their case. */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function eventPoint(point: string, kind: SecurityEventKind, event: string): PointSpec {
  return {
    point,
    label: `Không để xảy ra ${lowerFirst(event)}`,
    inputs: ["facts.securityEvents"],
    findings: {
      KHONG_CO: { outcome: "dat", message: `Không xảy ra ${lowerFirst(event)}` },
      CO_VU_VIEC: { outcome: "chua_dat", message: `Để xảy ra ${lowerFirst(event)}` },
      THIEU_DU_LIEU: NO_DATA("các vụ việc về an ninh"),
    },
    decide: (i, ctx) => {
      const ev = i.facts.securityEvents;
      if (ev === undefined) return "THIEU_DU_LIEU";
      for (const e of ev) if (e.kind === kind && inWindow(e.date, win(i, ctx))) return "CO_VU_VIEC";
      return "KHONG_CO";
    },
  };
}

const POINTS = {
  a: eventPoint("a", "illegal-religion-propagation", "Tuyên truyền, phát triển đạo trái pháp luật"),
  b: eventPoint(
    "b",
    "exploitation-of-religion-ethnicity-complaints",
    "Lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp, khiếu nại gây mất ANTT",
  ),
  c: eventPoint(
    "c",
    "incited-mass-complaints",
    "Kích động, lôi kéo tụ tập đông người khiếu kiện, gây rối trật tự công cộng",
  ),
  d: {
    point: "d",
    label: "Không để xảy ra đình công, lãn công trái pháp luật",
    inputs: ["facts.strikes"],
    findings: {
      KHONG_CO: { outcome: "dat", message: "Không để xảy ra đình công, lãn công trái pháp luật" },
      CO_DINH_CONG: { outcome: "chua_dat", message: "Để xảy ra đình công, lãn công trái pháp luật" },
      THIEU_DU_LIEU: NO_DATA("đình công, lãn công"),
    },
    decide: (i, ctx) => {
      const s = i.facts.strikes;
      if (s === undefined) return "THIEU_DU_LIEU";
      for (const x of s) if (!x.lawful && inWindow(x.startDate, win(i, ctx))) return "CO_DINH_CONG";
      return "KHONG_CO";
    },
  },
  đ: {
    point: "đ",
    label:
      "Không để xảy ra tội phạm từ nghiêm trọng trở lên (trừ bất khả kháng), hoặc phát hiện kịp thời, hạn chế hậu quả và báo cáo ngay",
    inputs: ["facts.crimes"],
    ...seriousCrimeCriterion(),
  },
  e: {
    point: "e",
    label: "Không vi phạm quy định về bảo vệ bí mật nhà nước",
    inputs: ["facts.stateSecretViolations"],
    findings: {
      KHONG_CO: { outcome: "dat", message: "Không vi phạm quy định về bảo vệ bí mật nhà nước" },
      CO_VI_PHAM: { outcome: "chua_dat", message: "Có vi phạm quy định về bảo vệ bí mật nhà nước" },
      THIEU_DU_LIEU: NO_DATA("vi phạm bảo vệ bí mật nhà nước"),
    },
    decide: (i, ctx) => {
      const s = i.facts.stateSecretViolations;
      if (s === undefined) return "THIEU_DU_LIEU";
      for (const x of s) if (inWindow(x.date, win(i, ctx))) return "CO_VI_PHAM";
      return "KHONG_CO";
    },
  },
  g: {
    point: "g",
    label:
      "Không để xảy ra cháy, nổ nghiêm trọng, tai nạn lao động chết người, sự cố nghiêm trọng, vi phạm về môi trường, an toàn thực phẩm gây hậu quả nghiêm trọng",
    inputs: ["facts.accidents"],
    ...accidentCriterion(true, "Không xảy ra cháy, nổ, tai nạn, sự cố, vi phạm gây hậu quả nghiêm trọng"),
  },
  h: {
    point: "h",
    label:
      "Không có cán bộ, người lao động bị xử phạt VPHC trong lĩnh vực ANTT hoặc mắc tệ nạn xã hội bị kỷ luật từ cảnh cáo",
    inputs: ["facts.administrativeSanctions", "facts.disciplinaryActions"],
    interpretations: [STAFF_VIOLATION_READING.id],
    findings: {
      KHONG_CO: { outcome: "dat", message: "Không có cán bộ, người lao động thuộc trường hợp điểm h" },
      BI_XU_PHAT_ANTT: {
        outcome: "chua_dat",
        message: "Có cán bộ, người lao động bị xử phạt vi phạm hành chính trong lĩnh vực an ninh, trật tự",
      },
      TNXH_BI_KY_LUAT: {
        outcome: "chua_dat",
        message: "Có cán bộ, người lao động mắc tệ nạn xã hội bị kỷ luật từ cảnh cáo trở lên",
      },
      THIEU_DU_LIEU: NO_DATA("xử phạt vi phạm hành chính và kỷ luật"),
    },
    decide: (i, ctx) => {
      const s = i.facts.administrativeSanctions;
      const d = i.facts.disciplinaryActions;
      if (s === undefined || d === undefined) return "THIEU_DU_LIEU";
      const w = win(i, ctx);
      const warned = d.filter(
        (x) => STAFF_ROLES.has(x.personRole) && atLeastWarning(x.form) && inWindow(x.date, w),
      );
      if (warned.some((x) => x.reason === "social-evil")) return "TNXH_BI_KY_LUAT";
      const reading = ctx.reading(STAFF_VIOLATION_READING.id) ?? "vphc_hoac_tnxh_ky_luat";
      for (const x of s) {
        if (!x.securityOrderField || !STAFF_ROLES.has(x.personRole) || !inWindow(x.date, w)) continue;
        if (reading === "vphc_hoac_tnxh_ky_luat") return "BI_XU_PHAT_ANTT";
        if (x.personId !== undefined && warned.some((y) => y.personId === x.personId))
          return "BI_XU_PHAT_ANTT";
      }
      return "KHONG_CO";
    },
  },
} satisfies Readonly<Record<string, PointSpec>>;

function makePointRule(
  id: string,
  spec: PointSpec,
  kinds: readonly AssessedUnitKind[],
  article: 6 | 7,
): Rule<SecurityOrderInput> {
  return defineSecurityRule({
    id,
    label: spec.label,
    kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis: article === 6 ? tt124(6, 3, spec.point) : [tt124(7, 3), tt124(6, 3, spec.point)],
        parameters: WINDOW,
        ...(spec.interpretations ? { interpretations: spec.interpretations } : {}),
        inputs: spec.inputs,
        findings: spec.findings,
        decide: spec.decide,
        ...(spec.facts ? { facts: spec.facts } : {}),
        ...(spec.factLabels ? { factLabels: spec.factLabels } : {}),
      },
    ],
  });
}

interface ForceOptions {
  readonly id: string;
  readonly kinds: readonly AssessedUnitKind[];
  readonly basis: LegalBasis;
  /** Điều 7 khoản 5 says "(nếu có)": no force → không áp dụng. */
  readonly optional: boolean;
}

function goodRating(x: { rating?: string | undefined; emulationTitle?: string | undefined }): boolean {
  return (
    x.emulationTitle === "advanced-labour-collective" ||
    x.emulationTitle === "excellent-labour-collective" ||
    (x.rating !== undefined && taskRatingRank(x.rating as "good") >= 3)
  );
}

function makeForceRule(o: ForceOptions): Rule<SecurityOrderInput> {
  return defineSecurityRule({
    id: o.id,
    label:
      "Lực lượng bảo vệ đạt “Tập thể lao động tiên tiến” hoặc hoàn thành tốt nhiệm vụ; không ai bị kỷ luật từ cảnh cáo",
    kinds: o.kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis: o.basis,
        parameters: WINDOW,
        inputs: ["facts.securityForce", "facts.disciplinaryActions"],
        findings: {
          DAT: {
            outcome: "dat",
            message:
              "Lực lượng bảo vệ đạt danh hiệu hoặc hoàn thành tốt nhiệm vụ, không ai bị kỷ luật từ cảnh cáo",
          },
          DAT_KHONG_BINH_XET: {
            outcome: "dat",
            message: "Lực lượng bảo vệ không thuộc diện bình xét thi đua; không ai bị kỷ luật từ cảnh cáo",
          },
          XEP_LOAI_THAP: {
            outcome: "chua_dat",
            message:
              "Lực lượng bảo vệ không đạt “Tập thể lao động tiên tiến” và không được đánh giá hoàn thành tốt nhiệm vụ",
          },
          CO_KY_LUAT_CANH_CAO: {
            outcome: "chua_dat",
            message: "Có thành viên lực lượng bảo vệ bị kỷ luật từ cảnh cáo trở lên",
          },
          KHONG_CO_LUC_LUONG: o.optional
            ? {
                outcome: "khong_ap_dung",
                message: "Cơ sở giáo dục không có lực lượng bảo vệ (khoản 5 Điều 7: “nếu có”)",
              }
            : {
                outcome: "can_xem_xet",
                message: "Không ghi nhận lực lượng bảo vệ của cơ quan, doanh nghiệp",
              },
          THIEU_DU_LIEU: NO_DATA("lực lượng bảo vệ và kỷ luật"),
        },
        decide: (i, ctx) => {
          const sf = i.facts.securityForce;
          const d = i.facts.disciplinaryActions;
          if (sf === undefined || d === undefined) return "THIEU_DU_LIEU";
          if (!sf.exists) return "KHONG_CO_LUC_LUONG";
          for (const x of d) {
            if (
              x.personRole === "security-force-member" &&
              atLeastWarning(x.form) &&
              inWindow(x.date, win(i, ctx))
            ) {
              return "CO_KY_LUAT_CANH_CAO";
            }
          }
          if (sf.eligibleForEmulation === false) return "DAT_KHONG_BINH_XET";
          if (sf.rating === undefined && sf.emulationTitle === undefined) return "THIEU_DU_LIEU";
          return goodRating(sf) ? "DAT" : "XEP_LOAI_THAP";
        },
        factLabels: labelsOf("coLucLuong", "xepLoai", "danhHieu", "kyLuat"),
        // The force's disciplinary actions inside the window (the decision counts cảnh cáo or heavier among them).
        facts: (i, ctx) => ({
          coLucLuong: i.facts.securityForce?.exists ?? null,
          xepLoai: i.facts.securityForce?.rating ?? null,
          danhHieu: i.facts.securityForce?.emulationTitle
            ? EMULATION_TITLE_LABELS_VI[i.facts.securityForce.emulationTitle]
            : null,
          kyLuat: pick(
            i.facts.disciplinaryActions,
            (x) => x.personRole === "security-force-member" && inWindow(x.date, win(i, ctx)),
            (x) => `${DISCIPLINE_FORM_LABELS_VI[x.form]} (ngày ${formatDate(x.date)})`,
          ),
        }),
      },
    ],
  });
}

interface SubUnitOptions {
  readonly id: string;
  readonly kinds: readonly AssessedUnitKind[];
  readonly basis: LegalBasis;
  readonly parameter: Parameter<number>;
  readonly roles: ReadonlySet<PersonRole>;
}

function tallySubUnits(f: AnnualFacts): { eligible: number; good: number } {
  let eligible = 0;
  let good = 0;
  for (const s of f.subUnits ?? []) {
    if (s.eligibleForEmulation === false) continue;
    eligible++;
    if (goodRating(s)) good++;
  }
  return { eligible, good };
}

function makeSubUnitRule(o: SubUnitOptions): Rule<SecurityOrderInput> {
  return defineSecurityRule({
    id: o.id,
    label:
      "Từ 70% đơn vị trực thuộc đạt “Tập thể lao động tiên tiến” hoặc hoàn thành tốt nhiệm vụ; không ai bị kỷ luật từ cảnh cáo",
    kinds: o.kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis: o.basis,
        parameters: [...WINDOW, o.parameter],
        inputs: ["facts.subUnits", "facts.disciplinaryActions"],
        findings: {
          DAT: {
            outcome: "dat",
            message: (i) => {
              const t = tallySubUnits(i.facts);
              return `${count(t.good)}/${count(t.eligible)} đơn vị trực thuộc đạt danh hiệu hoặc hoàn thành tốt nhiệm vụ; không ai bị kỷ luật từ cảnh cáo`;
            },
          },
          DUOI_TY_LE: {
            outcome: "chua_dat",
            message: (i, ctx) => {
              const t = tallySubUnits(i.facts);
              return `Chỉ ${count(t.good)}/${count(t.eligible)} đơn vị trực thuộc đạt danh hiệu hoặc hoàn thành tốt nhiệm vụ (yêu cầu từ ${ctx.param(o.parameter)}%)`;
            },
          },
          CO_KY_LUAT_CANH_CAO: { outcome: "chua_dat", message: "Có cá nhân bị kỷ luật từ cảnh cáo trở lên" },
          KHONG_CO_DON_VI_TRUC_THUOC: {
            outcome: "khong_ap_dung",
            message: "Không có đơn vị trực thuộc thuộc diện bình xét",
          },
          THIEU_DU_LIEU: NO_DATA("xếp loại đơn vị trực thuộc và kỷ luật"),
        },
        decide: (i, ctx) => {
          const f = i.facts;
          if (f.subUnits === undefined || f.disciplinaryActions === undefined) return "THIEU_DU_LIEU";
          for (const x of f.disciplinaryActions)
            if (o.roles.has(x.personRole) && atLeastWarning(x.form) && inWindow(x.date, win(i, ctx)))
              return "CO_KY_LUAT_CANH_CAO";
          const t = tallySubUnits(f);
          if (t.eligible === 0) return "KHONG_CO_DON_VI_TRUC_THUOC";
          return t.good * 100 >= ctx.param(o.parameter) * t.eligible ? "DAT" : "DUOI_TY_LE";
        },
        factLabels: labelsOf("eligible", "good"),
        facts: (i) => ({ ...tallySubUnits(i.facts) }),
      },
    ],
  });
}

/**
 * Điều 7 khoản 4: no school violence; no staff/teacher/learner who commits a crime or has a social evil and is
 * disciplined at "cảnh cáo" or higher (reading of "who" is the option `tt124.d7.k4.cach_hieu`).
 *
 * @example
 * SCHOOL_VIOLENCE.id; //=> "tt124.d7.k4"
 */
export const SCHOOL_VIOLENCE: Rule<SecurityOrderInput> = defineSecurityRule({
  id: "tt124.d7.k4",
  label:
    "Không để xảy ra bạo lực học đường; không có người phạm tội, mắc tệ nạn xã hội bị kỷ luật từ cảnh cáo",
  kinds: EDUCATION,
  versions: [
    {
      from: TT124_EFFECTIVE,
      basis: tt124(7, 4),
      parameters: WINDOW,
      interpretations: [SCHOOL_OFFENDER_READING.id],
      inputs: ["facts.schoolViolence", "facts.crimes", "facts.disciplinaryActions"],
      findings: {
        KHONG_CO: {
          outcome: "dat",
          message: "Không có bạo lực học đường, không có trường hợp thuộc khoản 4 Điều 7",
        },
        BAO_LUC_HOC_DUONG: { outcome: "chua_dat", message: "Để xảy ra bạo lực học đường" },
        CO_NGUOI_VI_PHAM: {
          outcome: "chua_dat",
          message: "Có cán bộ, nhà giáo, người học phạm tội hoặc mắc tệ nạn xã hội (theo cách hiểu đã chọn)",
        },
        CAN_XEM_XET_CACH_HIEU: {
          outcome: "can_xem_xet",
          message:
            "Có người phạm tội nhưng không bị kỷ luật từ cảnh cáo: kết quả phụ thuộc cách hiểu khoản 4 Điều 7 chưa được quyết định",
        },
        THIEU_DU_LIEU: NO_DATA("bạo lực học đường, tội phạm và kỷ luật"),
      },
      decide: (i, ctx) => {
        const f = i.facts;
        if (f.schoolViolence === undefined || f.crimes === undefined || f.disciplinaryActions === undefined) {
          return "THIEU_DU_LIEU";
        }
        const w = win(i, ctx);
        for (const x of f.schoolViolence) if (inWindow(x.date, w)) return "BAO_LUC_HOC_DUONG";
        for (const x of f.disciplinaryActions) {
          if (
            SCHOOL_ROLES.has(x.personRole) &&
            atLeastWarning(x.form) &&
            x.reason !== "other" &&
            inWindow(x.date, w)
          ) {
            return "CO_NGUOI_VI_PHAM";
          }
        }
        let crimeBySchoolPerson = false;
        for (const c of f.crimes) {
          if (inWindow(c.date, w) && c.perpetrators?.some((p) => SCHOOL_ROLES.has(p.role))) {
            crimeBySchoolPerson = true;
          }
        }
        if (!crimeBySchoolPerson) return "KHONG_CO";
        const reading = ctx.reading(SCHOOL_OFFENDER_READING.id);
        if (reading === "nghiem") return "CO_NGUOI_VI_PHAM";
        if (reading === "ky_luat") return "KHONG_CO";
        return "CAN_XEM_XET_CACH_HIEU";
      },
      factLabels: labelsOf("baoLucHocDuong"),
      facts: (i, ctx) => ({
        // Stryker disable next-line ArrayDeclaration: within() finds no item inside the window in a list of items without dates
        baoLucHocDuong: within(i.facts.schoolViolence ?? [], (x) => x.date, win(i, ctx)).length,
      }),
    },
  ],
});

/**
 * Cơ quan, doanh nghiệp rules (Điều 6).
 *
 * @example
 * AGENCY_ENTERPRISE_RULES.map((r) => r.id).includes("tt124.d6.k3.d"); //=> true
 */
export const AGENCY_ENTERPRISE_RULES: readonly Rule<SecurityOrderInput>[] = [
  makePlanRule({
    id: "tt124.d6.k1",
    kinds: AGENCY_ENTERPRISE,
    basis: tt124(6, 1),
    topics: [
      "unit-protection",
      "state-secrets",
      "internal-political-protection",
      "labour-safety",
      "fire-prevention",
      "environment",
    ],
    informedWho: "cán bộ, công nhân viên, người lao động",
  }),
  makeAttestationRule("tt124.d6.k2", AGENCY_ENTERPRISE, tt124(6, 2), "TT124/Đ6/k2"),
  makePointRule("tt124.d6.k3.a", POINTS.a, AGENCY_ENTERPRISE, 6),
  makePointRule("tt124.d6.k3.b", POINTS.b, AGENCY_ENTERPRISE, 6),
  makePointRule("tt124.d6.k3.c", POINTS.c, AGENCY_ENTERPRISE, 6),
  makePointRule("tt124.d6.k3.d", POINTS.d, AGENCY_ENTERPRISE, 6),
  makePointRule("tt124.d6.k3.dd", POINTS.đ, AGENCY_ENTERPRISE, 6),
  makePointRule("tt124.d6.k3.e", POINTS.e, AGENCY_ENTERPRISE, 6),
  makePointRule("tt124.d6.k3.g", POINTS.g, AGENCY_ENTERPRISE, 6),
  makePointRule("tt124.d6.k3.h", POINTS.h, AGENCY_ENTERPRISE, 6),
  makeForceRule({ id: "tt124.d6.k4", kinds: AGENCY_ENTERPRISE, basis: tt124(6, 4), optional: false }),
  makeSubUnitRule({
    id: "tt124.d6.k5",
    kinds: AGENCY_ENTERPRISE,
    basis: tt124(6, 5),
    parameter: AGENCY_SUBUNITS_MIN,
    roles: STAFF_ROLES,
  }),
];

/**
 * Cơ sở giáo dục rules (Điều 7).
 *
 * @example
 * EDUCATION_RULES.some((r) => r.id === "tt124.d7.k3.d"); //=> false (strikes are not referenced)
 */
export const EDUCATION_RULES: readonly Rule<SecurityOrderInput>[] = [
  makePlanRule({
    id: "tt124.d7.k1",
    kinds: EDUCATION,
    basis: tt124(7, 1),
    topics: ["unit-protection", "internal-political-protection", "learner-management", "fire-prevention"],
    informedWho: "cán bộ, nhà giáo, người lao động và người học",
  }),
  makeAttestationRule("tt124.d7.k2", EDUCATION, tt124(7, 2), "TT124/Đ7/k2", "TT124/Đ7/k2/cmhs"),
  makePointRule("tt124.d7.k3.a", POINTS.a, EDUCATION, 7),
  makePointRule("tt124.d7.k3.b", POINTS.b, EDUCATION, 7),
  makePointRule("tt124.d7.k3.c", POINTS.c, EDUCATION, 7),
  makePointRule("tt124.d7.k3.dd", POINTS.đ, EDUCATION, 7),
  makePointRule("tt124.d7.k3.e", POINTS.e, EDUCATION, 7),
  makePointRule("tt124.d7.k3.g", POINTS.g, EDUCATION, 7),
  SCHOOL_VIOLENCE,
  makeForceRule({ id: "tt124.d7.k5", kinds: EDUCATION, basis: tt124(7, 5), optional: true }),
  makeSubUnitRule({
    id: "tt124.d7.k6",
    kinds: EDUCATION,
    basis: tt124(7, 6),
    parameter: SCHOOL_SUBUNITS_MIN,
    roles: SCHOOL_ROLES,
  }),
];
