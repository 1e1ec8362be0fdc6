/**
 * Gate: who may issue the form asked for (Luật Thi đua, khen thưởng 2022: Bằng khen of a ministry or province,
 * Điều 74; Giấy khen, Điều 80; Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" of the Bộ Công an, TT 20/2025/TT-BCA),
 * with the district level gone from 01/7/2025. Proposals dated before 01/01/2024 fall under the 2003 law,
 * which is not encoded.
 */
import { AWARD_FORM_LABELS_VI, AWARD_ISSUER_KIND_LABELS_VI, type AwardIssuerKind } from "@antq/domain";
import { cite, type Rule } from "@antq/rules";
import { TT20, tdkt } from "./basis.js";
import { defineAwardRule } from "./internal/record.js";
import { LAW_2022_EFFECTIVE, REFORM_2025 } from "./parameters.js";
import type { AwardProposal } from "./proposal.js";

const MERIT_ISSUERS: ReadonlySet<AwardIssuerKind> = new Set([
  "minister-of-public-security",
  "provincial-people-committee-chair",
  "provincial-people-committee",
]);
const COMMENDATION_ISSUERS: ReadonlySet<AwardIssuerKind> = new Set([
  "commune-people-committee-chair",
  "district-people-committee-chair",
  "provincial-police-director",
  "head-of-organisation",
]);
const MEDAL_ISSUERS: ReadonlySet<AwardIssuerKind> = new Set(["minister-of-public-security"]);

const issuerLabel = (p: AwardProposal) => AWARD_ISSUER_KIND_LABELS_VI[p.issuer.kind];
const formLabel = (p: AwardProposal) => AWARD_FORM_LABELS_VI[p.form];

function decideAuthority(p: AwardProposal, districtsExist: boolean) {
  if (p.form === "certificate-of-merit") return MERIT_ISSUERS.has(p.issuer.kind) ? "DAT" : "KHONG_THAM_QUYEN";
  if (p.form === "commemorative-medal") return MEDAL_ISSUERS.has(p.issuer.kind) ? "DAT" : "KHONG_THAM_QUYEN";
  if (p.issuer.kind === "district-people-committee-chair" && !districtsExist) return "KHONG_CON_CAP_HUYEN";
  return COMMENDATION_ISSUERS.has(p.issuer.kind) ? "DAT" : "KHONG_THAM_QUYEN";
}

const findings = {
  DAT: {
    outcome: "dat",
    message: (p: AwardProposal) => `${formLabel(p)} của ${issuerLabel(p)}: đúng thẩm quyền`,
  },
  KHONG_THAM_QUYEN: {
    outcome: "chua_dat",
    message: (p: AwardProposal) =>
      p.form === "certificate-of-merit"
        ? `${issuerLabel(p)} không có thẩm quyền tặng Bằng khen (Bằng khen của Bộ trưởng, Chủ tịch Ủy ban nhân dân tỉnh)`
        : p.form === "commemorative-medal"
          ? `Kỷ niệm chương “Bảo vệ an ninh Tổ quốc” do Bộ trưởng Bộ Công an tặng, không phải ${issuerLabel(p)}`
          : `${issuerLabel(p)} không thuộc các cấp tặng Giấy khen của Điều 80`,
  },
  KHONG_CON_CAP_HUYEN: {
    outcome: "chua_dat",
    message: "Từ 01/7/2025 không còn cấp huyện: Chủ tịch Ủy ban nhân dân cấp huyện không còn tặng Giấy khen",
  },
  LUAT_CU: {
    outcome: "can_xem_xet",
    message:
      "Ngày đề nghị trước 01/01/2024: áp dụng Luật Thi đua, khen thưởng 2003, chưa mã hoá — cần xem xét",
  },
} as const;

/**
 * Gate `tdkt.tham_quyen`: the issuer may award the form on the proposal date.
 *
 * @example
 * AUTHORITY_GATE.versions.map((v) => v.from); //=> ["2014-01-01", "2024-01-01", "2025-07-01"]
 */
export const AUTHORITY_GATE: Rule<AwardProposal> = defineAwardRule({
  id: "tdkt.tham_quyen",
  label: "Thẩm quyền khen thưởng",
  role: "gate",
  versions: [
    {
      from: "2014-01-01",
      to: "2023-12-31",
      basis: cite(
        "15/2003/QH11",
        {},
        {
          confidence: "interpretation",
          note: "Trước 01/01/2024 áp dụng Luật Thi đua, khen thưởng 2003 (sửa đổi 2013); không mã hoá.",
        },
      ),
      findings,
      decide: () => "LUAT_CU",
    },
    {
      from: LAW_2022_EFFECTIVE,
      to: "2025-06-30",
      basis: [
        tdkt(74),
        tdkt(80, undefined, undefined, "verified"),
        cite(TT20, {}, { confidence: "secondary" }),
      ],
      findings,
      decide: (p) => decideAuthority(p, true),
    },
    {
      from: REFORM_2025,
      basis: [
        tdkt(74),
        tdkt(80, undefined, undefined, "verified"),
        cite(TT20, {}, { confidence: "secondary" }),
        cite(
          "60-NQ/TW",
          {},
          { confidence: "secondary", note: "Bỏ cấp huyện từ 01/7/2025 (regulations.md §7.1)." },
        ),
      ],
      findings,
      decide: (p) => decideAuthority(p, false),
    },
  ],
});
