/**
 * The print-ready workbook of the Tổ bảo vệ an ninh, trật tự ratings (`antq to-bao-ve --ra`): the teams and
 * the members of each commune with their proposed and final levels and the reasons, and the 20% checks.
 */
import { SECURITY_TEAM_ROLE_LABELS_VI, type SecurityTeamRole, TASK_RATING_LABELS_VI } from "@antq/domain";
import { formatDate } from "@antq/format-vi";
import {
  capReadingText,
  communeLabel,
  ratingCountsText,
  type TeamRatingDocument,
} from "../cycle/team-ratings.js";
import { type PrintableRow, type PrintableSheet, printableWorkbook } from "./print.js";

/**
 * The teams rated, as far as the workbook needs them: the role of each member (the document does not carry
 * roles).
 *
 * @example
 * ```ts
 * const teams: readonly TeamMemberRoles[] = [{ id: "TBV-01", members: [{ id: "TV-01", role: "leader" }] }];
 * teams[0]?.members[0]?.role; //=> "leader"
 * ```
 */
export interface TeamMemberRoles {
  readonly id: string;
  readonly members: readonly { readonly id: string; readonly role: SecurityTeamRole }[];
}

type MemberRoles = ReadonlyMap<string, SecurityTeamRole>;

/** The three sheets: teams, members, the 20% checks. */
const teamRatingSheets = (doc: TeamRatingDocument, roles: MemberRoles): PrintableSheet[] => {
  const teamRows: PrintableRow[] = [];
  const memberRows: PrintableRow[] = [];
  const teamNames = new Map<string, string>();
  for (const c of doc.communes) {
    teamRows.push({ section: communeLabel(c) });
    c.teams.forEach((t, i) => {
      teamNames.set(t.id, t.name ?? t.id);
      teamRows.push([
        i + 1,
        t.name ?? t.id,
        TASK_RATING_LABELS_VI[t.proposed],
        t.ratingTitle,
        t.notes.map((n) => n.message).join("\n"),
      ]);
    });
    memberRows.push({ section: communeLabel(c) });
    c.members.forEach((m, i) => {
      const role = roles.get(`${m.teamId}\u0000${m.id}`);
      memberRows.push([
        i + 1,
        m.name ?? m.id,
        role ? SECURITY_TEAM_ROLE_LABELS_VI[role] : "",
        teamNames.get(m.teamId) ?? m.teamId,
        TASK_RATING_LABELS_VI[m.proposed],
        m.ratingTitle,
        m.notes.map((n) => n.message).join("\n"),
      ]);
    });
  }
  const title = `XẾP LOẠI TỔ BẢO VỆ AN NINH, TRẬT TỰ NĂM ${doc.year}`;
  const subtitle = `Thời gian đánh giá từ ${formatDate(doc.window.from)} đến ${formatDate(doc.window.to)} (Hướng dẫn 01/HD-BCA-V05; Luật 30/2023/QH15)`;
  return [
    {
      name: "Tổ bảo vệ ANTT",
      title,
      subtitle,
      headers: ["STT", "Tổ bảo vệ an ninh, trật tự", "Mức đề nghị", "Mức xếp loại", "Lý do"],
      widths: [6, 40, 31, 31, 54],
      rows: teamRows,
      after: [`Tổng số Tổ: ${ratingCountsText(doc.summary.teams)}.`],
    },
    {
      name: "Thành viên",
      title: `${title} — THÀNH VIÊN`,
      subtitle,
      headers: ["STT", "Họ tên", "Chức danh", "Tổ", "Mức đề nghị", "Mức xếp loại", "Lý do"],
      widths: [6, 26, 12, 32, 31, 31, 44],
      rows: memberRows,
      after: [`Tổng số thành viên: ${ratingCountsText(doc.summary.members)}.`],
    },
    {
      name: "Tỷ lệ 20%",
      title: "KIỂM TRA TỶ LỆ “HOÀN THÀNH XUẤT SẮC” KHÔNG QUÁ 20% “HOÀN THÀNH TỐT” TRONG XÃ",
      subtitle: `Cách hiểu: ${capReadingText(doc.reading)}`,
      headers: ["Xã, phường", "Đối tượng", "Xuất sắc", "Tốt", "Tối đa", "Vượt", "Cần hạ", "Ghi chú"],
      widths: [30, 12, 10, 10, 10, 8, 8, 60],
      centered: [5],
      rows: doc.communes.flatMap((c) =>
        c.caps.map((x) => [
          communeLabel(c),
          x.subject === "team" ? "Tổ" : "Thành viên",
          x.excellent,
          x.good,
          x.allowed,
          x.exceeded ? "Có" : "Không",
          x.demotions,
          x.text,
        ]),
      ),
    },
  ];
};

/**
 * The ratings workbook (`antq.team-rating/1` document) as .xlsx bytes, print-ready ({@link printableWorkbook}),
 * with the members' roles taken from the teams rated.
 *
 * @example
 * ```ts
 * import { teamRatingDocument } from "@antq/sheets";
 * const doc = teamRatingDocument([], { year: 2025, reading: null, enforceCap: false });
 * const bytes = await teamRatingWorkbook(doc, []);
 * [bytes[0], bytes[1]]; //=> [0x50, 0x4b]
 * ```
 */
export const teamRatingWorkbook = (
  doc: TeamRatingDocument,
  teams: readonly TeamMemberRoles[],
): Promise<Uint8Array> => {
  const roles = new Map(
    teams.flatMap((t) => t.members.map((m) => [`${t.id}\u0000${m.id}`, m.role] as const)),
  );
  return printableWorkbook(teamRatingSheets(doc, roles));
};
