/**
 * Input sheets for the Tổ bảo vệ an ninh, trật tự (Luật 30/2023/QH15) and their members with the year's
 * proposed and decided ratings (HD 01/HD-BCA-V05), derived from @antq/domain's `SecurityTeamSchema`, and their
 * record group (`readRecordGroup` turns them into validated `SecurityTeam` records with located errors).
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
import type { Column } from "../columns.js";
import { type RecordGroup, recordSheet } from "./records.js";

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

/** A row's rating columns as the record's `ratings` (none when the row has no rating), the rest unchanged. */
const withRatings = (row: Record<string, unknown>): Record<string, unknown> => {
  const { year, proposed, rating, ...rest } = row;
  const r: Record<string, unknown> = {};
  if (year !== undefined) r.year = year;
  if (proposed !== undefined) r.proposed = proposed;
  if (rating !== undefined) r.rating = rating;
  return { ...rest, ratings: Object.keys(r).length === 0 ? [] : [r] };
};

/** `ratings.0.x` (the row's one rating) back to the column `x`. */
const ratingColumns = (path: readonly (string | number)[]): (string | number)[] =>
  path.filter(
    (p, i) =>
      !(p === "ratings" && i + 1 < path.length) && !(path[i - 1] === "ratings" && typeof p === "number"),
  );

/**
 * The Tổ bảo vệ ANTT record group: a team per row of "Tổ bảo vệ ANTT", its members (and their ratings of the
 * year) from "Thành viên Tổ" by "Mã Tổ bảo vệ ANTT", read with `readRecordGroup` into @antq/domain
 * `SecurityTeam` records.
 *
 * @example
 * ```ts
 * TEAM_GROUP.lists.map((l) => [l.spec.sheetName, l.keyColumn.header]); //=> [["Thành viên Tổ", "Mã Tổ bảo vệ ANTT"]]
 * ```
 */
export const TEAM_GROUP: RecordGroup<SecurityTeam> = {
  main: TEAM_SHEET,
  lists: [{ spec: TEAM_MEMBER_SHEET, field: "members", keyColumn: TEAM_MEMBER_SHEET.columns[0] as Column }],
  parse: parseSecurityTeam,
  toRecord: (row) => ({
    ...withRatings(row),
    members: ((row.members as Record<string, unknown>[] | undefined) ?? []).map(withRatings),
  }),
  rowPath: ratingColumns,
};
