/**
 * The rule set `khen-thuong-phong-trao`: eligibility of collectives and individuals for Bằng khen, Giấy khen
 * and the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" in the movement, resolved on the proposal date.
 */
import { cite, defineRuleSet, type Rule, type RuleSet } from "@antq/rules";
import { AUTHORITY_GATE } from "./authority.js";
import { LAW_TDKT_2022, ND98, TT04, TT20 } from "./basis.js";
import { defineAwardRule } from "./internal/record.js";
import { MEMBER_RATING_READING } from "./interpretations.js";
import { MEDAL_LEADER, MEDAL_MEMBER, MEDAL_ONCE } from "./medal.js";
import { COMMENDATION, MERIT_COLLECTIVE, MERIT_INDIVIDUAL } from "./merit.js";
import { RULES_AWARDS_PACKAGE } from "./package-ref.js";
import {
  LAW_2022_EFFECTIVE,
  MEDAL_LEADERSHIP_YEARS,
  MEDAL_SERVICE_YEARS,
  PROVINCE_CONDITIONS,
} from "./parameters.js";
import type { AwardProposal } from "./proposal.js";

/**
 * The kinds of proposal: form × recipient kind; the Kỷ niệm chương splits leaders from the grassroots forces.
 *
 * @example
 * AWARD_KINDS.map((k) => k.id).includes("giay-khen.ca-nhan"); //=> true
 */
export const AWARD_KINDS = [
  { id: "bang-khen.tap-the", label: "Bằng khen — tập thể" },
  { id: "bang-khen.ca-nhan", label: "Bằng khen — cá nhân" },
  { id: "giay-khen.tap-the", label: "Giấy khen — tập thể" },
  { id: "giay-khen.ca-nhan", label: "Giấy khen — cá nhân" },
  { id: "ky-niem-chuong.lanh-dao", label: "Kỷ niệm chương — người giữ chức vụ lãnh đạo" },
  { id: "ky-niem-chuong.luc-luong-co-so", label: "Kỷ niệm chương — lực lượng ở cơ sở" },
] as const;

const GRASSROOTS_ROLES = new Set(["security-team-member", "commune-police-officer", "security-force-member"]);

/**
 * The kind id of a proposal (see {@link AWARD_KINDS}); a Kỷ niệm chương for a collective is
 * "ky-niem-chuong.tap-the", which no rule covers ("không áp dụng").
 *
 * @example
 * awardKindOf({ form: "certificate-of-commendation", recipient: { kind: "individual", name: "Lê Văn Hai" } } as AwardProposal); //=> "giay-khen.ca-nhan"
 */
export function awardKindOf(p: Pick<AwardProposal, "form" | "recipient">): string {
  const who = p.recipient.kind === "collective" ? "tap-the" : "ca-nhan";
  if (p.form === "certificate-of-merit") return `bang-khen.${who}`;
  if (p.form === "certificate-of-commendation") return `giay-khen.${who}`;
  if (p.recipient.kind === "collective") return "ky-niem-chuong.tap-the";
  return p.recipient.role !== undefined && GRASSROOTS_ROLES.has(p.recipient.role)
    ? "ky-niem-chuong.luc-luong-co-so"
    : "ky-niem-chuong.lanh-dao";
}

/**
 * Info: Thông tư 04/2024/TT-BCA governs emulation and commendation in the movement, but its conditions and
 * quotas were not read; the officer checks them.
 *
 * @example
 * TT04_UNREAD.role; //=> "info"
 */
export const TT04_UNREAD: Rule<AwardProposal> = defineAwardRule({
  id: "tt04.noi_dung_chua_doi_chieu",
  label: "Điều kiện, tỷ lệ khen thưởng của Thông tư 04/2024/TT-BCA (chưa đối chiếu)",
  role: "info",
  versions: [
    {
      from: LAW_2022_EFFECTIVE,
      basis: cite(TT04, {}, { confidence: "not_found" }),
      findings: {
        CAN_KIEM_TRA: {
          outcome: "can_xem_xet",
          message:
            "Thông tư 04/2024/TT-BCA quy định thi đua, khen thưởng trong phong trào; điều kiện, tỷ lệ của Thông tư chưa đối chiếu — cán bộ kiểm tra thêm",
        },
      },
      decide: () => "CAN_KIEM_TRA",
    },
  ],
});

/**
 * The rule set `khen-thuong-phong-trao` (input {@link AwardProposal}); compile it for the proposal date.
 *
 * @example
 * const compiled = compile(awardRuleSet, { asOf: "2024-09-10" });
 * compiled.evaluate(proposal).outcome; //=> "dat"
 */
export const awardRuleSet: RuleSet<AwardProposal> = defineRuleSet<AwardProposal>({
  id: "khen-thuong-phong-trao",
  label: "Khen thưởng trong phong trào Toàn dân bảo vệ an ninh Tổ quốc",
  description:
    "Điều kiện tặng Bằng khen, Giấy khen, Kỷ niệm chương “Bảo vệ an ninh Tổ quốc” cho tập thể, cá nhân trong phong trào.",
  package: RULES_AWARDS_PACKAGE,
  basis: [
    cite(
      LAW_TDKT_2022,
      {},
      { label: "Luật Thi đua, khen thưởng, hiệu lực 01/01/2024", confidence: "secondary" },
    ),
    cite(ND98, {}, { label: "Nghị định 98/2023/NĐ-CP, hiệu lực 01/01/2024", confidence: "secondary" }),
    cite(TT04, {}, { confidence: "not_found" }),
    cite(TT20, {}, { label: "Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”", confidence: "secondary" }),
  ],
  kinds: AWARD_KINDS,
  kindOf: awardKindOf,
  idOf: (p) => p.id,
  nameOf: (p) => p.recipient.name,
  rules: [
    AUTHORITY_GATE,
    MERIT_INDIVIDUAL,
    MERIT_COLLECTIVE,
    COMMENDATION,
    MEDAL_ONCE,
    MEDAL_LEADER,
    MEDAL_MEMBER,
    TT04_UNREAD,
  ],
  parameters: [PROVINCE_CONDITIONS, MEDAL_LEADERSHIP_YEARS, MEDAL_SERVICE_YEARS],
  interpretations: [MEMBER_RATING_READING],
});
