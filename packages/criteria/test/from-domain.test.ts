import { parseModel, parsePlan, parseSecurityTeam, unwrap } from "@antq/domain";
import { describe, expect, it } from "vitest";
import {
  countModels,
  modelSitesFromDomain,
  planFromDomain,
  planProgress,
  rateCommuneTeams,
  teamsFromDomain,
} from "../src/index.js";

describe("inputs from @antq/domain", () => {
  it("rates security teams parsed by @antq/domain", () => {
    const team = unwrap(
      parseSecurityTeam({
        id: "to-bv-01",
        name: "Tổ bảo vệ ANTT số 1",
        communeId: "C30280-2025",
        establishedOn: "2024-07-01",
        ratings: [{ year: 2025, proposed: "good" }],
        members: [
          {
            id: "tv-1",
            name: "Nguyễn Văn An",
            role: "leader",
            joinedOn: "2024-07-01",
            ratings: [{ year: 2025, proposed: "excellent" }],
          },
          {
            id: "tv-2",
            name: "Lê Thị Bé",
            role: "member",
            joinedOn: "2024-07-01",
            leftOn: "2025-09-30",
            ratings: [{ year: 2025, proposed: "good" }],
          },
          { id: "tv-3", name: "Trần Văn Cả", role: "member", joinedOn: "2024-07-01" },
        ],
      }),
    );
    const { teams, issues } = teamsFromDomain([team], 2025);
    expect(issues.map((i) => i.code)).toEqual(["NO_PROPOSAL"]);
    const r = rateCommuneTeams(teams, 2025);
    expect(r.members.map((m) => [m.id, m.rating ?? null, m.notes.map((n) => n.code)])).toEqual([
      ["tv-1", "good", ["LEADER_ABOVE_TEAM"]],
      ["tv-2", null, ["MEMBER_LEFT"]],
    ]);
  });

  it("counts @antq/domain models by name with sites and teams", () => {
    const model = unwrap(
      parseModel({
        id: "mh-camera",
        name: "Camera an ninh",
        kind: "security-camera",
        startDate: "2023-03-01",
        sites: [
          { name: "Ấp 1", assessedUnitId: "kdc-ap-1", teams: 1 },
          { name: "Ấp 2", assessedUnitId: "kdc-ap-2", teams: 2 },
        ],
      }),
    );
    const host = unwrap(
      parseModel({
        id: "mh-keng",
        name: "Tiếng kẻng an ninh",
        kind: "security-bell",
        startDate: "2023-03-01",
        hostUnitId: "kdc-ap-3",
      }),
    );
    expect(countModels(modelSitesFromDomain([model, host])).totals).toEqual({
      models: 2,
      sites: 3,
      teams: 4,
    });
  });

  it("converts an @antq/domain plan", () => {
    const plan = unwrap(
      parsePlan({
        id: "kh-10-2023",
        document: {
          number: "10/KH-BCĐ-CAT",
          date: "2023-02-08",
          kind: "plan",
          issuer: "BCĐ 138 tỉnh An Giang",
        },
        title: "Xây dựng đơn vị điển hình năm 2023",
        scopeId: "P89",
        countTargets: [
          { year: 2023, programme: "typical-unit", subject: "commune", count: 6 },
          { year: 2023, programme: "typical-unit", subject: "enterprise", count: 1 },
        ],
      }),
    );
    const r = planFromDomain(plan);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = planProgress(r.value, [{ unitId: "x1", unitType: "commune", year: 2023 }]);
    expect(p.lines[0]).toBe("Kế hoạch 10/KH-BCĐ-CAT (ngày 08/02/2023): Xây dựng đơn vị điển hình năm 2023.");
    expect(p.totalTarget).toBe(7);
    expect(p.totalAchieved).toBe(1);
  });
});
