/**
 * Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" (Thông tư 20/2025/TT-BCA, read from secondary sources): given once;
 * leaders with years in leadership posts, an achievement in the movement, a prior commendation for protecting
 * national security and no serious incident in their unit; members of the grassroots forces with 15 (men) or
 * 10 (women) years of service, coefficient 2 in especially difficult, border and island areas, rated at least
 * "hoàn thành tốt nhiệm vụ".
 */
import { GENDER_LABELS_VI } from "@antq/domain";
import { cite, type Rule, type RuleContext, underReading } from "@antq/rules";
import { TT20 } from "./basis.js";
import { atLeast, defineAwardRule, fullYears } from "./internal/record.js";
import { MEMBER_RATING_READING } from "./interpretations.js";
import {
  LAW_2022_EFFECTIVE,
  MEDAL_LEADERSHIP_YEARS,
  MEDAL_SERVICE_YEARS,
  TT20_IN_FORCE_BY,
} from "./parameters.js";
import type { AwardProposal } from "./proposal.js";

const tt20 = (note?: string) =>
  cite(TT20, {}, note === undefined ? { confidence: "secondary" } : { confidence: "secondary", note });

/**
 * Given once: no earlier Kỷ niệm chương "Bảo vệ an ninh Tổ quốc".
 *
 * @example
 * MEDAL_ONCE.id; //=> "tt20.knc.mot_lan"
 */
export const MEDAL_ONCE: Rule<AwardProposal> = defineAwardRule({
  id: "tt20.knc.mot_lan",
  label: "Kỷ niệm chương “Bảo vệ an ninh Tổ quốc” chỉ tặng một lần",
  kinds: ["ky-niem-chuong.lanh-dao", "ky-niem-chuong.luc-luong-co-so"],
  versions: [
    {
      from: LAW_2022_EFFECTIVE,
      basis: tt20(),
      inputs: ["record.priorAwards"],
      findings: {
        CHUA_TANG: { outcome: "dat", message: "Chưa được tặng Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”" },
        DA_TANG: {
          outcome: "chua_dat",
          message: (p) => {
            const y = (p.record?.priorAwards ?? []).find(
              (a) => a.form === "commemorative-medal" && a.forSecurity,
            );
            return `Đã được tặng Kỷ niệm chương “Bảo vệ an ninh Tổ quốc” năm ${y?.year}`;
          },
        },
        THIEU_DU_LIEU: { outcome: "can_xem_xet", message: "Chưa có thông tin về khen thưởng đã nhận" },
      },
      decide: (p) => {
        const prior = p.record?.priorAwards;
        if (prior === undefined) return "THIEU_DU_LIEU";
        return prior.some((a) => a.form === "commemorative-medal" && a.forSecurity) ? "DA_TANG" : "CHUA_TANG";
      },
    },
  ],
});

/** Years of leadership required before Thông tư 20/2025/TT-BCA (local guidance, regulations.md §10.4). */
const PRE_TT20_LEADERSHIP_YEARS = 5;

function leaderCode(p: AwardProposal, years: number) {
  const r = p.record;
  if (r?.leadershipYears === undefined || r.priorAwards === undefined || r.seriousIncident === undefined)
    return "THIEU_DU_LIEU";
  if (r.leadershipYears < years) return "CHUA_DU_NAM";
  if (!r.priorAwards.some((a) => a.forSecurity && a.form !== "commemorative-medal"))
    return "CHUA_CO_KHEN_THUONG";
  if (!(r.achievements ?? []).includes("movement")) return "CHUA_CO_THANH_TICH";
  if (r.seriousIncident) return "CO_VU_VIEC";
  return "DAT";
}

const leaderFindings = {
  DAT: {
    outcome: "dat",
    message: (p: AwardProposal, ctx: RuleContext) =>
      `${p.record?.leadershipYears} năm giữ chức vụ lãnh đạo (cần ${ctx.param(MEDAL_LEADERSHIP_YEARS)}), có thành tích trong phong trào, đã được khen thưởng về bảo vệ an ninh Tổ quốc, đơn vị không có vụ việc nghiêm trọng`,
  },
  CHUA_DU_NAM: {
    outcome: "chua_dat",
    message: (p: AwardProposal, ctx: RuleContext) =>
      `Mới ${p.record?.leadershipYears} năm giữ chức vụ lãnh đạo, cần từ ${ctx.param(MEDAL_LEADERSHIP_YEARS)} năm`,
  },
  CHUA_CO_KHEN_THUONG: {
    outcome: "chua_dat",
    message: "Chưa có hình thức khen thưởng nào về thành tích bảo vệ an ninh Tổ quốc",
  },
  CHUA_CO_THANH_TICH: { outcome: "chua_dat", message: "Chưa có thành tích trong phong trào" },
  CO_VU_VIEC: {
    outcome: "chua_dat",
    message: "Đơn vị có tụ điểm phức tạp về tệ nạn xã hội hoặc vụ việc nghiêm trọng về an ninh, trật tự",
  },
  THIEU_DU_LIEU: {
    outcome: "can_xem_xet",
    message: "Chưa có dữ liệu về số năm lãnh đạo, khen thưởng đã nhận, vụ việc trong đơn vị",
  },
  HIEU_LUC_CHUA_RO: {
    outcome: "can_xem_xet",
    message: (p: AwardProposal, ctx: RuleContext) =>
      `${p.record?.leadershipYears} năm giữ chức vụ lãnh đạo: đủ ${PRE_TT20_LEADERSHIP_YEARS} năm theo quy định trước đây nhưng chưa đủ ${ctx.param(MEDAL_LEADERSHIP_YEARS)} năm của Thông tư 20/2025/TT-BCA, mà ngày hiệu lực của Thông tư chưa xác định — cần xem xét`,
  },
} as const;

/**
 * Leaders' branch: years in leadership posts (5 before Thông tư 20/2025/TT-BCA, 10 under it; between
 * 01/01/2025 and 30/6/2025 its date is unknown, so a case the two thresholds decide differently is "cần xem
 * xét"), an achievement in the movement, a prior security commendation, no serious incident.
 *
 * @example
 * MEDAL_LEADER.versions.map((v) => v.from); //=> ["2024-01-01", "2025-01-01", "2025-07-01"]
 */
export const MEDAL_LEADER: Rule<AwardProposal> = defineAwardRule({
  id: "tt20.knc.lanh_dao",
  label: "Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”: người giữ chức vụ lãnh đạo",
  kinds: ["ky-niem-chuong.lanh-dao"],
  versions: [
    {
      from: LAW_2022_EFFECTIVE,
      to: "2024-12-31",
      basis: tt20("Trước Thông tư 20/2025/TT-BCA: mức theo hướng dẫn địa phương (regulations.md §10.4)."),
      parameters: [MEDAL_LEADERSHIP_YEARS],
      findings: leaderFindings,
      decide: (p, ctx) => leaderCode(p, ctx.param(MEDAL_LEADERSHIP_YEARS)),
    },
    {
      from: "2025-01-01",
      to: "2025-06-30",
      basis: tt20("Ngày hiệu lực của Thông tư 20/2025/TT-BCA chưa xác định; chậm nhất 01/7/2025 [suy luận]."),
      parameters: [MEDAL_LEADERSHIP_YEARS],
      findings: leaderFindings,
      decide: (p, ctx) => {
        const now = leaderCode(p, ctx.param(MEDAL_LEADERSHIP_YEARS));
        const before = leaderCode(p, PRE_TT20_LEADERSHIP_YEARS);
        return now === before ? now : "HIEU_LUC_CHUA_RO";
      },
    },
    {
      from: TT20_IN_FORCE_BY,
      basis: tt20(),
      parameters: [MEDAL_LEADERSHIP_YEARS],
      findings: leaderFindings,
      decide: (p, ctx) => leaderCode(p, ctx.param(MEDAL_LEADERSHIP_YEARS)),
    },
  ],
});

/** Service years counted on the proposal date: from the earliest start, doubled in hardship areas. */
function serviceYears(p: AwardProposal): number | undefined {
  const r = p.record;
  const starts = [r?.priorServiceStart, r?.teamServiceStart]
    .filter((d): d is string => d !== undefined)
    .sort();
  const start = starts[0];
  if (start === undefined) return undefined;
  const years = fullYears(start, p.proposedOn);
  return r?.hardshipArea ? years * 2 : years;
}

/**
 * Grassroots forces' branch: 15 years (men) / 10 years (women) of service — earlier Bảo vệ dân phố / Công an
 * xã service counts, coefficient 2 in hardship areas — and rated at least "hoàn thành tốt nhiệm vụ" (the
 * reading `tt20.xep_loai_thanh_vien` says which years).
 *
 * @example
 * MEDAL_MEMBER.kinds; //=> ["ky-niem-chuong.luc-luong-co-so"]
 */
export const MEDAL_MEMBER: Rule<AwardProposal> = defineAwardRule({
  id: "tt20.knc.luc_luong_co_so",
  label:
    "Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”: thành viên Tổ bảo vệ ANTT (trước đây Bảo vệ dân phố, Công an xã)",
  kinds: ["ky-niem-chuong.luc-luong-co-so"],
  versions: [
    {
      from: LAW_2022_EFFECTIVE,
      basis: tt20(),
      parameters: [MEDAL_SERVICE_YEARS],
      interpretations: [MEMBER_RATING_READING.id],
      inputs: [
        "record.gender",
        "record.teamServiceStart",
        "record.priorServiceStart",
        "record.hardshipArea",
        "record.ratings",
      ],
      findings: {
        DAT: {
          outcome: "dat",
          message: (p, ctx) =>
            `${serviceYears(p)} năm tham gia (${GENDER_LABELS_VI[p.record?.gender ?? "male"].toLowerCase()}, cần ${ctx.param(MEDAL_SERVICE_YEARS)[p.record?.gender ?? "male"]}), xếp loại từ “Hoàn thành tốt nhiệm vụ” trở lên`,
        },
        CHUA_DU_NAM: {
          outcome: "chua_dat",
          message: (p, ctx) =>
            `Mới ${serviceYears(p)} năm tham gia${p.record?.hardshipArea ? " (đã nhân hệ số 2)" : ""}, ${GENDER_LABELS_VI[p.record?.gender ?? "male"].toLowerCase()} cần từ ${ctx.param(MEDAL_SERVICE_YEARS)[p.record?.gender ?? "male"]} năm`,
        },
        XEP_LOAI_THAP: { outcome: "chua_dat", message: "Có năm xếp loại dưới “Hoàn thành tốt nhiệm vụ”" },
        CACH_HIEU_CHUA_QUYET_DINH: {
          outcome: "can_xem_xet",
          message:
            "Năm đề nghị xếp loại từ “Hoàn thành tốt nhiệm vụ” nhưng có năm trước thấp hơn: tuỳ cách hiểu tt20.xep_loai_thanh_vien — cần xem xét",
        },
        THIEU_DU_LIEU: {
          outcome: "can_xem_xet",
          message: "Chưa có dữ liệu về giới tính, ngày tham gia hoặc xếp loại của năm đề nghị",
        },
      },
      decide: (p, ctx) => {
        const r = p.record;
        const years = serviceYears(p);
        if (r?.gender === undefined || years === undefined) return "THIEU_DU_LIEU";
        if (years < ctx.param(MEDAL_SERVICE_YEARS)[r.gender]) return "CHUA_DU_NAM";
        const ratings = r.ratings ?? [];
        const thisYear = ratings.find((x) => x.year === p.year);
        if (thisYear === undefined) return "THIEU_DU_LIEU";
        return underReading(
          ctx,
          MEMBER_RATING_READING.id,
          {
            nam_de_nghi: () => (atLeast(thisYear.rating, "good") ? "DAT" : "XEP_LOAI_THAP"),
            moi_nam: () => (ratings.every((x) => atLeast(x.rating, "good")) ? "DAT" : "XEP_LOAI_THAP"),
          },
          "CACH_HIEU_CHUA_QUYET_DINH",
        ) as "DAT" | "XEP_LOAI_THAP" | "CACH_HIEU_CHUA_QUYET_DINH";
      },
    },
  ],
});
