/**
 * The print-ready Danh sách đề nghị khen thưởng (`antq khen-thuong --ra`): proposals grouped by form and
 * issuer, collectives then individuals, with the outcome of the eligibility check and its reasons, in the
 * layout of Nghị định 30/2020/NĐ-CP; and the tallies by form, issuer and recipient kind.
 */
import { formatDate, formatNumber } from "@antq/format-vi";
import {
  type AwardProposalDocument,
  ELIGIBILITY_LABELS_VI,
  recipientsText,
} from "../cycle/award-proposals.js";
import { type PrintableRow, type PrintableSheet, printableWorkbook } from "./print.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** The reasons of one proposal for the list: each criterion except information rules, with its outcome. */
const reasonLines = (p: AwardProposalDocument["proposals"][number]): string =>
  p.reasons
    .filter((r) => r.rule !== "tt04.noi_dung_chua_doi_chieu")
    .map((r) => `[${ELIGIBILITY_LABELS_VI[r.outcome].toLowerCase()}] ${r.text}`)
    .join("\n");

/** The Danh sách đề nghị khen thưởng and its tallies as printable sheets. */
const awardSheets = (doc: AwardProposalDocument): PrintableSheet[] => {
  const rows: PrintableRow[] = [];
  doc.summary.groups.forEach((g, gi) => {
    rows.push({
      section: `${ROMAN[gi] ?? gi + 1}. ${g.title.toLocaleUpperCase("vi")} (${recipientsText(g.collective, g.individual)})`,
    });
    const members = doc.proposals.filter(
      (p) => p.form === g.form && p.issuerKind === g.issuerKind && p.issuerName === g.issuerName,
    );
    (["collective", "individual"] as const).forEach((kind, ki) => {
      const list = members.filter((p) => p.recipientKind === kind);
      if (list.length === 0) return;
      rows.push({
        section: `${ki + 1}. ${kind === "collective" ? "Tập thể" : "Cá nhân"} (${formatNumber(list.length)})`,
      });
      list.forEach((p, i) => {
        rows.push([
          i + 1,
          p.recipientName,
          p.position ?? "",
          p.achievement,
          `${formatDate(p.proposedOn)} (năm ${p.year})`,
          p.outcomeTitle,
          reasonLines(p),
        ]);
      });
    });
  });
  const o = doc.summary.outcomes;
  return [
    {
      name: "Danh sách đề nghị",
      title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
      subtitle: "Phong trào Toàn dân bảo vệ an ninh Tổ quốc (kèm theo Tờ trình số ……/TTr-…… ngày ……/……/……)",
      headers: [
        "STT",
        "Tên tập thể, họ tên cá nhân",
        "Chức vụ, đơn vị công tác",
        "Tóm tắt thành tích",
        "Ngày đề nghị (năm thành tích)",
        "Kết quả xét điều kiện",
        "Lý do, căn cứ",
      ],
      widths: [6, 30, 30, 40, 14, 14, 60],
      rows,
      after: [
        `Tổng cộng: ${formatNumber(doc.summary.total)} đề nghị (${recipientsText(doc.summary.collective, doc.summary.individual)}); đủ điều kiện ${formatNumber(o.dat)}, chưa đủ điều kiện ${formatNumber(o.chua_dat)}, cần xem xét ${formatNumber(o.can_xem_xet)}, không áp dụng ${formatNumber(o.khong_ap_dung)}.`,
      ],
    },
    {
      name: "Tổng hợp",
      title: "TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG THEO HÌNH THỨC, CẤP KHEN THƯỞNG",
      headers: [
        "Hình thức",
        "Cấp khen thưởng",
        "Tập thể",
        "Cá nhân",
        "Tổng số",
        "Đủ điều kiện",
        "Chưa đủ điều kiện",
        "Cần xem xét",
        "Không áp dụng",
      ],
      widths: [16, 36, 10, 10, 10, 12, 12, 12, 12],
      rows: [
        ...doc.summary.groups.map((g) => [
          g.formTitle,
          g.issuerName,
          g.collective,
          g.individual,
          g.total,
          g.outcomes.dat,
          g.outcomes.chua_dat,
          g.outcomes.can_xem_xet,
          g.outcomes.khong_ap_dung,
        ]),
        [
          "Tổng cộng",
          "",
          doc.summary.collective,
          doc.summary.individual,
          doc.summary.total,
          o.dat,
          o.chua_dat,
          o.can_xem_xet,
          o.khong_ap_dung,
        ],
      ],
    },
  ];
};

/**
 * The Danh sách đề nghị khen thưởng of an `antq.award-proposal/1` document as .xlsx bytes, print-ready.
 *
 * @example
 * ```ts
 * import { awardProposalDocument } from "@antq/sheets";
 * const bytes = await awardProposalWorkbook(awardProposalDocument([], []));
 * [bytes[0], bytes[1]]; //=> [0x50, 0x4b]
 * ```
 */
export const awardProposalWorkbook = (doc: AwardProposalDocument): Promise<Uint8Array> =>
  printableWorkbook(awardSheets(doc));
