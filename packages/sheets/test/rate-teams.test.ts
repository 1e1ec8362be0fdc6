/**
 * Rating the Tổ bảo vệ ANTT of Xã Mỹ Thành (`rateTeamsDocument`), with the checks a front-end makes first: the
 * rating year (`teamYearProblem`) and the choice of the 20% cap's reading (`teamReadingProblem`).
 */
import { TEAM_CAP_READING } from "@antq/criteria";
import { SecurityTeamSchema } from "@antq/domain";
import { describe, expect, it } from "vitest";
import { rateTeamsDocument, teamReadingProblem, teamYearProblem } from "../src/index.js";

const team = (id: string, name: string, proposed: "excellent" | "good") =>
  SecurityTeamSchema.parse({
    id,
    name,
    communeId: "C28261",
    establishedOn: "2024-07-01",
    members: [
      { id: "tv-01", role: "leader", joinedOn: "2024-07-01", ratings: [{ year: 2025, proposed: "good" }] },
    ],
    ratings: [{ year: 2025, proposed }],
  });
const teams = [
  team("to-bv-antt-long-hoa", "Tổ bảo vệ ANTT ấp Long Hòa", "excellent"),
  team("to-bv-antt-my-loi", "Tổ bảo vệ ANTT ấp Mỹ Lợi", "excellent"),
  team("to-bv-antt-hoa-thanh", "Tổ bảo vệ ANTT ấp Hòa Thạnh", "good"),
];

describe("teamReadingProblem", () => {
  it("accepts each choice of the 20% cap's reading, undecided, or none given", () => {
    for (const c of TEAM_CAP_READING.choices)
      expect(teamReadingProblem({ [TEAM_CAP_READING.id]: c.id })).toBeUndefined();
    expect(teamReadingProblem({ [TEAM_CAP_READING.id]: null })).toBeUndefined();
    expect(teamReadingProblem({ "tt124.dac_khu": "nhu_xa" })).toBeUndefined();
  });

  it("refuses another choice, listing the possible ones", () => {
    expect(teamReadingProblem({ [TEAM_CAP_READING.id]: "hoan_thanh_tot" })).toBe(
      "Cách hiểu hd01.ty_le_xuat_sac không có lựa chọn “hoan_thanh_tot” (chọn: chi_hoan_thanh_tot, tu_hoan_thanh_tot_tro_len).",
    );
  });

  it("lets every accepted reading rate the teams of 2025, a year teamYearProblem accepts", () => {
    expect(teamYearProblem(2025)).toBeUndefined();
    for (const c of TEAM_CAP_READING.choices) {
      const readings = { [TEAM_CAP_READING.id]: c.id };
      expect(teamReadingProblem(readings)).toBeUndefined();
      const rated = rateTeamsDocument(teams, 2025, { readings, enforceCap: false });
      expect(rated.ok && rated.document.summary.communes).toBe(1);
    }
  });
});
