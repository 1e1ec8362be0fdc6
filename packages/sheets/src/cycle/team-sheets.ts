/**
 * Input sheets for the Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15) and their members with the year's
 * proposed and decided ratings (HD 01/HD-BCA-V05), derived from @antq/domain's `SecurityTeamSchema`, and their
 * assembly into validated `SecurityTeam` records with located errors.
 */
import {
  parseSecurityTeam,
  type SecurityTeam,
  SecurityTeamMemberSchema,
  SecurityTeamSchema,
  TaskRatingSchema,
  TeamRatingSchema,
} from "@antq/domain";
import * as z from "zod";
import { locateIssue, type RecordRow, type RecordSheetIssue, recordSheet, valueAt } from "./record-sheets.js";

/** The year's rating columns, at the top level of the row (a year column is then printed "2025", not "2.025"). */
const ratingFields = {
  year: TeamRatingSchema.shape.year.optional(),
  proposed: TaskRatingSchema.optional(),
  rating: TaskRatingSchema.optional(),
};

const RATING_HEADERS = {
  year: "Năm đánh giá",
  proposed: "Mức đề nghị xếp loại",
  rating: "Mức được xếp loại (Chủ tịch UBND cấp xã quyết định)",
};

const team = SecurityTeamSchema.shape;
const member = SecurityTeamMemberSchema.shape;

/** A row of the team sheet: the team and its rating of one year. */
const TeamRowSchema = z.object({
  id: team.id,
  name: team.name,
  communeId: team.communeId,
  establishedOn: team.establishedOn,
  dissolvedOn: team.dissolvedOn,
  underComplaint: team.underComplaint,
  ...ratingFields,
});

/** A row of the member sheet: the member, the team and the member's rating of one year. */
const MemberRowSchema = z.object({
  teamId: team.id,
  id: member.id,
  name: member.name,
  role: member.role,
  gender: member.gender,
  birthDate: member.birthDate,
  joinedOn: member.joinedOn,
  leftOn: member.leftOn,
  transferredOn: member.transferredOn,
  priorServiceStart: member.priorServiceStart,
  underComplaint: member.underComplaint,
  ...ratingFields,
});

/**
 * Sheet `to-bao-ve` ("Tổ bảo vệ ANTT"): one row per team.
 *
 * @example
 * ```ts
 * TEAM_SHEET.columns.map((c) => c.header).includes("Ngày thành lập"); //=> true
 * ```
 */
export const TEAM_SHEET = recordSheet(
  "to-bao-ve",
  "Tổ bảo vệ ANTT",
  "Mỗi dòng là một Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15) và mức xếp loại của năm đánh giá.",
  TeamRowSchema,
  {
    id: "Mã Tổ bảo vệ ANTT",
    name: "Tên Tổ",
    communeId: "Mã xã, phường, đặc khu",
    establishedOn: "Ngày thành lập",
    dissolvedOn: "Ngày giải thể",
    underComplaint: "Đang giải quyết khiếu nại, tố cáo",
    ...RATING_HEADERS,
  },
);

/**
 * Sheet `thanh-vien-to` ("Thành viên Tổ"): one row per member, with the team's code.
 *
 * @example
 * ```ts
 * TEAM_MEMBER_SHEET.columns[0]?.header; //=> "Mã Tổ bảo vệ ANTT"
 * ```
 */
export const TEAM_MEMBER_SHEET = recordSheet(
  "thanh-vien-to",
  "Thành viên Tổ",
  "Mỗi dòng là một thành viên Tổ bảo vệ an ninh, trật tự và mức xếp loại của năm đánh giá.",
  MemberRowSchema,
  {
    teamId: "Mã Tổ bảo vệ ANTT",
    id: "Mã thành viên",
    name: "Họ tên",
    role: "Chức danh trong Tổ",
    gender: "Giới tính",
    birthDate: "Ngày sinh",
    joinedOn: "Ngày tham gia Tổ",
    leftOn: "Ngày thôi tham gia",
    transferredOn: "Ngày điều chuyển làm Tổ trưởng",
    priorServiceStart: "Ngày bắt đầu tham gia Bảo vệ dân phố, Công an xã (trước khi vào Tổ)",
    underComplaint: "Đang giải quyết khiếu nại, tố cáo",
    ...RATING_HEADERS,
  },
);

/** The row's rating fields as the record's `ratings`, and the rest of its fields. */
const split = (row: RecordRow, omit: readonly string[] = []) => {
  const { year, proposed, rating, ...rest } = row.value;
  for (const k of omit) delete rest[k];
  const r: Record<string, unknown> = {};
  if (year !== undefined) r.year = year;
  if (proposed !== undefined) r.proposed = proposed;
  if (rating !== undefined) r.rating = rating;
  return { fields: rest, ratings: Object.keys(r).length === 0 ? [] : [r] };
};

/**
 * Assembles the teams of the two sheets (rows from `recordRows`) into @antq/domain `SecurityTeam` records:
 * members joined to their team by code, each record validated, every problem located on its row and column.
 *
 * @example
 * ```ts
 * securityTeamsFromRows([], []).teams; //=> []
 * ```
 */
export const securityTeamsFromRows = (
  teamRows: readonly RecordRow[],
  memberRows: readonly RecordRow[],
): { teams: SecurityTeam[]; issues: RecordSheetIssue[] } => {
  const issues: RecordSheetIssue[] = [];
  const byId = new Map<string, { row: RecordRow; members: RecordRow[] }>();
  for (const row of teamRows) {
    const id = String(valueAt(row, ["id"]) ?? "");
    if (byId.has(id)) {
      issues.push(
        locateIssue(TEAM_SHEET, row.row, ["id"], `Mã Tổ “${id}” đã có ở dòng ${byId.get(id)?.row.row}.`),
      );
      continue;
    }
    byId.set(id, { row, members: [] });
  }
  for (const row of memberRows) {
    const teamId = String(valueAt(row, ["teamId"]) ?? "");
    const t = byId.get(teamId);
    if (t === undefined) {
      issues.push(
        locateIssue(
          TEAM_MEMBER_SHEET,
          row.row,
          ["teamId"],
          `Không có Tổ mã “${teamId}” trên trang “${TEAM_SHEET.sheetName}”.`,
        ),
      );
      continue;
    }
    t.members.push(row);
  }
  const teams: SecurityTeam[] = [];
  for (const { row, members } of byId.values()) {
    const own = split(row);
    const candidate = {
      ...own.fields,
      members: members.map((m) => {
        const { fields, ratings } = split(m, ["teamId"]);
        return { ...fields, ratings };
      }),
      ratings: own.ratings,
    };
    const parsed = parseSecurityTeam(candidate);
    if (parsed.ok) {
      teams.push(parsed.value);
      continue;
    }
    for (const i of parsed.issues) {
      const path = i.path.map((p) => (p === "ratings" ? "rating" : p));
      if (path[0] === "members" && typeof path[1] === "number") {
        const m = members[path[1]] as RecordRow;
        const rest = path
          .slice(2)
          .filter((p, k) => !(k === 1 && path[2] === "rating" && typeof p === "number"));
        issues.push(locateIssue(TEAM_MEMBER_SHEET, m.row, rest as string[], i.message));
      } else {
        const rest = path.filter((p, k) => !(k === 1 && path[0] === "rating" && typeof p === "number"));
        issues.push(locateIssue(TEAM_SHEET, row.row, rest as string[], i.message));
      }
    }
  }
  return { teams, issues };
};
