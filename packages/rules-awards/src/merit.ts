/**
 * Bằng khen and Giấy khen criteria: Điều 74 khoản 1 Luật Thi đua, khen thưởng 2022 for individuals (read from
 * secondary sources); the province's conditions (parameter `khen_thuong.dieu_kien_tinh`) where the national
 * text is unknown — Bằng khen to collectives (Điều 74 khoản 2) and Giấy khen (Điều 75).
 */
import { TASK_RATING_LABELS_VI } from "@antq/domain";
import { cite, type LegalBasis, type Rule, type RuleContext } from "@antq/rules";
import { TT04, tdkt } from "./basis.js";
import { atLeast, consecutiveYears, defineAwardRule } from "./internal/record.js";
import {
  LAW_2022_EFFECTIVE,
  PROVINCE_CONDITIONS,
  type ProvinceCondition,
  type ProvinceConditions,
} from "./parameters.js";
import type { AwardProposal } from "./proposal.js";

const ACHIEVEMENT_POINTS = { movement: "a", field: "b", contribution: "c" } as const;

/** Consecutive years "Chiến sĩ thi đua cơ sở" and "hoàn thành xuất sắc nhiệm vụ" ending with the achievement year. */
function pointD(p: AwardProposal) {
  const r = p.record ?? {};
  const soldier = consecutiveYears(
    (r.baseEmulationSoldierYears ?? []).map((year) => ({ year })),
    p.year,
    () => true,
  );
  const excellent = consecutiveYears(r.ratings ?? [], p.year, (e) => e.rating === "excellent");
  return { soldier, excellent, initiatives: r.initiatives ?? 0 };
}

/**
 * Điều 74 khoản 1: Bằng khen to an individual — exemplary compliance and at least one of a) an outstanding
 * achievement in the movement, b) an achievement in a field, c) a major contribution, d) "Chiến sĩ thi đua cơ
 * sở" twice in a row or two consecutive years "hoàn thành xuất sắc nhiệm vụ", with two initiatives.
 *
 * @example
 * MERIT_INDIVIDUAL.kinds; //=> ["bang-khen.ca-nhan"]
 */
export const MERIT_INDIVIDUAL: Rule<AwardProposal> = defineAwardRule({
  id: "tdkt.d74.k1",
  label: "Tiêu chuẩn Bằng khen tặng cá nhân",
  kinds: ["bang-khen.ca-nhan"],
  versions: [
    {
      from: LAW_2022_EFFECTIVE,
      basis: tdkt(74, 1),
      inputs: [
        "record.exemplaryCompliance",
        "record.achievements",
        "record.ratings",
        "record.baseEmulationSoldierYears",
        "record.initiatives",
      ],
      findings: {
        DAT_THANH_TICH: {
          outcome: "dat",
          message: (p) =>
            `Gương mẫu chấp hành pháp luật và có thành tích theo điểm ${[
              ...new Set((p.record?.achievements ?? []).map((a) => ACHIEVEMENT_POINTS[a])),
            ]
              .sort()
              .join(", ")} khoản 1`,
        },
        DAT_DIEM_D: {
          outcome: "dat",
          message: (p) => {
            const d = pointD(p);
            return `Gương mẫu chấp hành pháp luật; điểm d khoản 1: ${
              d.soldier >= 2
                ? `${d.soldier} lần liên tục Chiến sĩ thi đua cơ sở`
                : `${d.excellent} năm liên tục hoàn thành xuất sắc nhiệm vụ`
            }, ${d.initiatives} sáng kiến`;
          },
        },
        KHONG_GUONG_MAU: {
          outcome: "chua_dat",
          message: "Chưa gương mẫu chấp hành chủ trương, chính sách, pháp luật",
        },
        KHONG_DU_THANH_TICH: {
          outcome: "chua_dat",
          message: (p) => {
            const d = pointD(p);
            return `Không có thành tích theo điểm a, b, c khoản 1; điểm d: ${d.excellent} năm liên tục hoàn thành xuất sắc nhiệm vụ, ${d.soldier} lần liên tục Chiến sĩ thi đua cơ sở (cần 2), ${d.initiatives} sáng kiến (cần 2)`;
          },
        },
        THIEU_DU_LIEU: {
          outcome: "can_xem_xet",
          message: "Chưa có dữ liệu về việc chấp hành pháp luật, thành tích, xếp loại các năm",
        },
      },
      decide: (p) => {
        const r = p.record;
        if (r?.exemplaryCompliance === undefined) return "THIEU_DU_LIEU";
        if (!r.exemplaryCompliance) return "KHONG_GUONG_MAU";
        if ((r.achievements ?? []).length > 0) return "DAT_THANH_TICH";
        if (
          r.achievements === undefined &&
          r.ratings === undefined &&
          r.baseEmulationSoldierYears === undefined
        )
          return "THIEU_DU_LIEU";
        const d = pointD(p);
        return (d.soldier >= 2 || d.excellent >= 2) && d.initiatives >= 2
          ? "DAT_DIEM_D"
          : "KHONG_DU_THANH_TICH";
      },
      facts: (p) => ({ ...pointD(p), achievements: p.record?.achievements ?? [] }),
      factLabels: {
        soldier: { label: "Số lần liên tục Chiến sĩ thi đua cơ sở" },
        excellent: { label: "Số năm liên tục hoàn thành xuất sắc nhiệm vụ" },
        initiatives: { label: "Số sáng kiến" },
        achievements: {
          label: "Thành tích",
          values: {
            movement: "trong phong trào thi đua",
            field: "trong lĩnh vực",
            contribution: "đóng góp lớn",
          },
        },
      },
    },
  ],
});

type ConditionKey = keyof ProvinceConditions;

/** Which unmet parts of a province condition, or `undefined` when data are missing. */
function unmet(p: AwardProposal, c: ProvinceCondition): string[] | undefined {
  const r = p.record ?? {};
  const out: string[] = [];
  if (c.exemplaryCompliance) {
    if (r.exemplaryCompliance === undefined) return undefined;
    if (!r.exemplaryCompliance) out.push("chưa gương mẫu chấp hành pháp luật");
  }
  if (c.safeYears !== undefined) {
    if (r.safeYears === undefined) return undefined;
    const n = consecutiveYears(r.safeYears, p.year, (e) => e.outcome === "dat");
    if (n < c.safeYears) out.push(`${n}/${c.safeYears} năm liên tục đạt “An toàn về an ninh, trật tự”`);
  }
  if (c.ratingYears !== undefined && c.minRating !== undefined) {
    const min = c.minRating;
    if (r.ratings === undefined) return undefined;
    const n = consecutiveYears(r.ratings, p.year, (e) => atLeast(e.rating, min));
    if (n < c.ratingYears)
      out.push(`${n}/${c.ratingYears} năm liên tục xếp loại từ “${TASK_RATING_LABELS_VI[min]}”`);
  }
  return out;
}

const conditionOf = (ctx: RuleContext, key: ConditionKey) => ctx.param(PROVINCE_CONDITIONS)[key];

function provinceConditionRule(id: string, label: string, kinds: readonly ConditionKey[], basis: LegalBasis) {
  const keyOf = (p: AwardProposal): ConditionKey =>
    `${p.form === "certificate-of-merit" ? "bang-khen" : "giay-khen"}.${p.recipient.kind === "collective" ? "tap-the" : "ca-nhan"}` as ConditionKey;
  return defineAwardRule({
    id,
    label,
    kinds,
    versions: [
      {
        from: LAW_2022_EFFECTIVE,
        basis: [basis, cite(TT04, {}, { confidence: "not_found" })],
        parameters: [PROVINCE_CONDITIONS],
        inputs: ["record.safeYears", "record.ratings", "record.exemplaryCompliance"],
        findings: {
          DAT: {
            outcome: "dat",
            message: (p, ctx) => `Đạt điều kiện do tỉnh quy định (${conditionOf(ctx, keyOf(p))?.document})`,
          },
          KHONG_DAT: {
            outcome: "chua_dat",
            message: (p, ctx) => {
              const c = conditionOf(ctx, keyOf(p)) as ProvinceCondition;
              return `Chưa đạt điều kiện do tỉnh quy định (${c.document}): ${(unmet(p, c) ?? []).join("; ")}`;
            },
          },
          CHUA_CAU_HINH: {
            outcome: "can_xem_xet",
            message:
              "Tiêu chuẩn quốc gia chưa tìm thấy và tỉnh chưa cấu hình điều kiện — cần xem xét theo quy định của tỉnh",
          },
          THIEU_DU_LIEU: {
            outcome: "can_xem_xet",
            message: "Chưa có dữ liệu để đối chiếu điều kiện do tỉnh quy định",
          },
        },
        decide: (p, ctx) => {
          const c = conditionOf(ctx, keyOf(p));
          if (c === null) return "CHUA_CAU_HINH";
          const missing = unmet(p, c);
          if (missing === undefined) return "THIEU_DU_LIEU";
          return missing.length === 0 ? "DAT" : "KHONG_DAT";
        },
      },
    ],
  });
}

/**
 * Điều 74 khoản 2: Bằng khen to a collective — text not found ([NF]): the province's condition decides;
 * unconfigured, "cần xem xét".
 *
 * @example
 * MERIT_COLLECTIVE.kinds; //=> ["bang-khen.tap-the"]
 */
export const MERIT_COLLECTIVE: Rule<AwardProposal> = provinceConditionRule(
  "tdkt.d74.k2",
  "Tiêu chuẩn Bằng khen tặng tập thể (do tỉnh quy định)",
  ["bang-khen.tap-the"],
  tdkt(74, 2, undefined, "not_found"),
);

/**
 * Điều 75: Giấy khen — text not found ([NF]): the province's condition decides; unconfigured, "cần xem xét".
 *
 * @example
 * COMMENDATION.kinds; //=> ["giay-khen.tap-the", "giay-khen.ca-nhan"]
 */
export const COMMENDATION: Rule<AwardProposal> = provinceConditionRule(
  "tdkt.d75",
  "Tiêu chuẩn Giấy khen (do tỉnh quy định)",
  ["giay-khen.tap-the", "giay-khen.ca-nhan"],
  tdkt(75, undefined, undefined, "not_found"),
);
