/**
 * Tổ bảo vệ an ninh, trật tự ratings (`antq to-bao-ve`): the teams and members of the officer's workbook (or
 * CSV sheets) rated per commune by @antq/criteria with the 20% cap on "Hoàn thành xuất sắc", turned into
 * @antq/sheets' `antq.team-rating/1` document — the same document as `antq to-bao-ve --json`.
 */
import { rateTeamsByCommune, TEAM_CAP_READING, teamRatingWindow, teamsFromDomain } from "@antq/criteria";
import { type Readings, readingOf } from "@antq/rules";
import {
  capReadingText,
  communeLabel,
  ratingCountsText,
  readRecordGroup,
  TEAM_GROUP,
  TEAM_MEMBER_SHEET,
  TEAM_SHEET,
  type TeamRatingDocument,
  teamRatingDocument,
} from "@antq/sheets";
import { type NamedBytes, readCycleFiles } from "./cycle-files.js";
import { FileProblem } from "./engine.js";
import { type CycleReport, located } from "./plan.js";

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

/** Rates the teams of the files for `year`, under the cap reading chosen (null: undecided), as the CLI. */
export const rateTeams = async (
  files: readonly NamedBytes[],
  year: number,
  reading: string | null,
  enforceCap: boolean,
): Promise<CycleReport<TeamRatings>> => {
  if (!Number.isInteger(year) || year < 2024 || year > 2100)
    throw new FileProblem(
      `Năm đánh giá ${year} không hợp lệ: Tổ bảo vệ an ninh, trật tự có từ 01/7/2024 (Luật 30/2023/QH15).`,
    );
  const read = readRecordGroup(TEAM_GROUP, await readCycleFiles(files, [TEAM_SHEET, TEAM_MEMBER_SHEET]));
  const stop = located(files, read.issues);
  if (stop) return stop;
  if (read.records.length === 0)
    throw new FileProblem(
      `Không có Tổ nào trong ${files.map((f) => `"${f.name}"`).join(", ")} (trang “${TEAM_SHEET.sheetName}” trống hoặc thiếu; tạo mẫu bằng antq mau --loai to-bao-ve).`,
    );
  const inputs = teamsFromDomain(
    read.records.map((r) => r.value),
    year,
  );
  const file = files.map((f) => f.name).join(", ");
  const failed = located(
    files,
    inputs.issues.map((i) => ({
      severity: "error" as const,
      code: "TEAM_INPUT",
      message: i.message,
      file,
      path: i.path.join("."),
    })),
  );
  if (failed) return failed;
  const readings: Readings = reading === null ? {} : { [TEAM_CAP_READING.id]: reading };
  const communes = rateTeamsByCommune(inputs.teams, year, { readings, enforceCap });
  const document = teamRatingDocument(communes, {
    year,
    reading: readingOf(TEAM_CAP_READING, readings, teamRatingWindow(year).to),
    enforceCap,
    communeNames: new Map(),
  });
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
