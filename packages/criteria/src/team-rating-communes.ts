/**
 * The ratings of the Tổ bảo vệ an ninh, trật tự of a whole province: the teams grouped by commune (the 20% cap
 * of HD 01/HD-BCA-V05 is counted within a commune), each commune rated with {@link rateCommuneTeams}.
 */
import {
  type CommuneTeamRatings,
  rateCommuneTeams,
  type SecurityTeamInput,
  type TeamRatingOptions,
} from "./team-rating.js";

/**
 * Rates the teams of several communes, one {@link CommuneTeamRatings} per commune in order of commune id.
 *
 * @example
 * const r = rateTeamsByCommune([{ id: "to-1", communeId: "xa-b", establishedOn: "2024-07-01", proposed: "good", members: [] }, { id: "to-2", communeId: "xa-a", establishedOn: "2024-07-01", proposed: "good", members: [] }], 2025);
 * r.map((c) => c.communeId); //=> ["xa-a", "xa-b"]
 */
export function rateTeamsByCommune(
  teams: readonly SecurityTeamInput[],
  year: number,
  options: TeamRatingOptions = {},
): CommuneTeamRatings[] {
  const byCommune = new Map<string, SecurityTeamInput[]>();
  for (const t of teams) {
    const list = byCommune.get(t.communeId);
    if (list) list.push(t);
    else byCommune.set(t.communeId, [t]);
  }
  return [...byCommune.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((id) => rateCommuneTeams(byCommune.get(id) as SecurityTeamInput[], year, options));
}
