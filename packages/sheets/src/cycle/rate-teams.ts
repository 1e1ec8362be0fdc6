/**
 * Rating the Tổ bảo vệ an ninh, trật tự of a year as `antq to-bao-ve` and the web app's "Tổ bảo vệ ANTT"
 * screen both do: the year checked (the teams exist from 01/7/2024, Luật 30/2023/QH15), the teams' records
 * turned into @antq/criteria's inputs (problems located by record path), rated per commune with the 20% cap on
 * "Hoàn thành xuất sắc" under the chosen reading, into the `antq.team-rating/1` document.
 */
import { rateTeamsByCommune, TEAM_CAP_READING, teamRatingWindow, teamsFromDomain } from "@antq/criteria";
import type { SecurityTeam } from "@antq/domain";
import { type Readings, readingOf } from "@antq/rules";
import type { JsonInputIssue } from "./json-input.js";
import { type TeamRatingDocument, teamRatingDocument } from "./team-ratings.js";

/**
 * Why `year` cannot be a rating year of the Tổ bảo vệ ANTT (before 2024, or not a plausible year); `undefined`
 * when it can.
 *
 * @example
 * ```ts
 * teamYearProblem(2025); //=> undefined
 * teamYearProblem(2023); //=> "Năm đánh giá 2023 không hợp lệ: Tổ bảo vệ an ninh, trật tự có từ 01/7/2024 (Luật 30/2023/QH15)."
 * ```
 */
export const teamYearProblem = (year: number): string | undefined =>
  Number.isInteger(year) && year >= 2024 && year <= 2100
    ? undefined
    : `Năm đánh giá ${year} không hợp lệ: Tổ bảo vệ an ninh, trật tự có từ 01/7/2024 (Luật 30/2023/QH15).`;

/**
 * Why `readings` cannot rate the Tổ bảo vệ ANTT: a choice of the 20% cap's option (`TEAM_CAP_READING`) it does
 * not have; `undefined` when the choice is one of its own, `null` (undecided) or not given.
 *
 * @example
 * ```ts
 * teamReadingProblem({ "hd01.ty_le_xuat_sac": "chi_hoan_thanh_tot" }); //=> undefined
 * teamReadingProblem({ "hd01.ty_le_xuat_sac": "tat_ca" }); //=> "Cách hiểu hd01.ty_le_xuat_sac không có lựa chọn “tat_ca” (chọn: chi_hoan_thanh_tot, tu_hoan_thanh_tot_tro_len)."
 * ```
 */
export const teamReadingProblem = (readings: Readings): string | undefined => {
  const choice = readings[TEAM_CAP_READING.id];
  if (choice === undefined || choice === null || TEAM_CAP_READING.choices.some((c) => c.id === choice))
    return undefined;
  return `Cách hiểu ${TEAM_CAP_READING.id} không có lựa chọn “${choice}” (chọn: ${TEAM_CAP_READING.choices.map((c) => c.id).join(", ")}).`;
};

/**
 * Options of {@link rateTeamsDocument}.
 *
 * @example
 * ```ts
 * const options: RateTeamsOptions = { readings: {}, enforceCap: false, communeNames: new Map([["C28261", "Xã Mỹ Thành"]]) };
 * ```
 */
export interface RateTeamsOptions {
  /** The chosen readings; the 20% cap's (`TEAM_CAP_READING`) left out is undecided. */
  readonly readings: Readings;
  /** Lower the ratings above the 20% cap instead of only reporting them. */
  readonly enforceCap: boolean;
  /** Commune names by id, for the document. */
  readonly communeNames?: ReadonlyMap<string, string>;
  /** Prefix of every issue path (where the teams sit in the input, e.g. `["teams"]` of a JSON file). */
  readonly root?: readonly (string | number)[];
}

/**
 * The `antq.team-rating/1` document of the teams for `year`, or the teams' problems located by path (a team
 * without its proposed rating of the year, …), nothing rated then.
 *
 * @example
 * ```ts
 * const team = SecurityTeamSchema.parse({
 *   id: "to-bv-antt-long-hoa", name: "Tổ bảo vệ ANTT ấp Long Hòa", communeId: "C28261", establishedOn: "2024-07-01",
 *   members: [{ id: "tv-01", role: "leader", joinedOn: "2024-07-01", ratings: [{ year: 2025, proposed: "good" }] }],
 *   ratings: [{ year: 2025, proposed: "excellent" }],
 * });
 * const rated = rateTeamsDocument([team], 2025, { readings: {}, enforceCap: false });
 * rated.ok && rated.document.summary.communes; //=> 1
 * const missing = rateTeamsDocument([team], 2026, { readings: {}, enforceCap: false, root: ["teams"] });
 * !missing.ok && missing.issues[0]; //=> { path: ["teams", 0, "ratings"], message: "Tổ bảo vệ ANTT ấp Long Hòa: chưa có mức đề nghị xếp loại năm 2026." }
 * ```
 */
export const rateTeamsDocument = (
  teams: readonly SecurityTeam[],
  year: number,
  options: RateTeamsOptions,
):
  | { readonly ok: true; readonly document: TeamRatingDocument }
  | { readonly ok: false; readonly issues: readonly JsonInputIssue[] } => {
  const inputs = teamsFromDomain(teams, year);
  if (inputs.issues.length > 0)
    return {
      ok: false,
      issues: inputs.issues.map((i) => ({ path: [...(options.root ?? []), ...i.path], message: i.message })),
    };
  const communes = rateTeamsByCommune(inputs.teams, year, {
    readings: options.readings,
    enforceCap: options.enforceCap,
  });
  return {
    ok: true,
    document: teamRatingDocument(communes, {
      year,
      reading: readingOf(TEAM_CAP_READING, options.readings, teamRatingWindow(year).to),
      enforceCap: options.enforceCap,
      communeNames: options.communeNames ?? new Map(),
    }),
  };
};
