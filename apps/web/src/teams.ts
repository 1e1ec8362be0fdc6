/**
 * Tổ bảo vệ an ninh, trật tự ratings (`antq to-bao-ve`): the teams and members of the officer's workbook (or
 * CSV sheets, or the JSON document the CLI takes) rated per commune by @antq/criteria with the 20% cap on "Hoàn thành xuất sắc", turned into
 * @antq/sheets' `antq.team-rating/1` document — the same document as `antq to-bao-ve --json`.
 */
import { TEAM_CAP_READING } from "@antq/criteria";
import type { Readings } from "@antq/rules";
import {
  capReadingText,
  communeLabel,
  rateTeamsDocument,
  ratingCountsText,
  readRecordGroup,
  TEAM_GROUP,
  TEAM_MEMBER_SHEET,
  TEAM_SHEET,
  type TeamRatingDocument,
  teamsFromJson,
  teamYearProblem,
} from "@antq/sheets";
import { type NamedBytes, readCycleFiles } from "./cycle-files.js";
import { FileProblem } from "./engine.js";
import { jsonIssues, onlyJsonFile, parseJsonFile } from "./json-file.js";
import { type CycleReport, located } from "./plan.js";
import { templateOfKind } from "./templates.js";

/** The choices of the 20% cap reading, for the screen. */
export const teamCapReading = () => ({
  label: TEAM_CAP_READING.label,
  choices: TEAM_CAP_READING.choices.map((c) => ({ id: c.id, label: c.label })),
});

/** The document and its texts (from @antq/sheets, so that the page does not load the packages). */
export interface TeamRatings {
  readonly document: TeamRatingDocument;
  readonly reading: string;
  readonly teams: string;
  readonly members: string;
  readonly communes: readonly string[];
}

/**
 * The teams of the workbooks or CSV sheets (the template), or of one JSON file (`{"communes": [...], "teams":
 * [...]}` or a list of teams) as `antq to-bao-ve to-bao-ve.json` reads it, with the commune names it gives.
 */
const readTeams = async (files: readonly NamedBytes[]) => {
  const json = onlyJsonFile(files, "Tổ bảo vệ ANTT");
  if (json) {
    const parsed = teamsFromJson(parseJsonFile(json));
    return { ...parsed, issues: jsonIssues(json.name, "TEAM_INPUT", parsed.issues) };
  }
  const read = readRecordGroup(TEAM_GROUP, await readCycleFiles(files, [TEAM_SHEET, TEAM_MEMBER_SHEET]));
  return {
    teams: read.records.map((r) => r.value),
    communeNames: new Map<string, string>(),
    issues: read.issues,
    root: [] as readonly string[],
  };
};

/** Rates the teams of the files for `year`, under the cap reading chosen (null: undecided), as the CLI. */
export const rateTeams = async (
  files: readonly NamedBytes[],
  year: number,
  reading: string | null,
  enforceCap: boolean,
): Promise<CycleReport<TeamRatings>> => {
  const yearProblem = teamYearProblem(year);
  if (yearProblem !== undefined) throw new FileProblem(yearProblem);
  const read = await readTeams(files);
  const stop = located(files, read.issues);
  if (stop) return stop;
  if (read.teams.length === 0)
    throw new FileProblem(
      `Không có Tổ nào trong ${files.map((f) => `"${f.name}"`).join(", ")} (trang “${TEAM_SHEET.sheetName}” trống hoặc thiếu). Tải ${templateOfKind("to-bao-ve")}.`,
    );
  const readings: Readings = reading === null ? {} : { [TEAM_CAP_READING.id]: reading };
  const rated = rateTeamsDocument(read.teams, year, {
    readings,
    enforceCap,
    communeNames: read.communeNames,
    root: read.root,
  });
  if (!rated.ok)
    return {
      ok: false,
      files: files.map((f) => f.name),
      issues: jsonIssues(files.map((f) => f.name).join(", "), "TEAM_INPUT", rated.issues.slice(0, 500)),
    };
  const document = rated.document;
  return {
    ok: true,
    files: files.map((f) => f.name),
    document: {
      document,
      reading: capReadingText(document.reading),
      teams: ratingCountsText(document.summary.teams),
      members: ratingCountsText(document.summary.members),
      communes: document.communes.map(communeLabel),
    },
  };
};
