import { describe, expect, it } from "vitest";
import { rateTeamsByCommune, type SecurityTeamInput } from "../src/index.js";

const team = (id: string, communeId: string, proposed: SecurityTeamInput["proposed"]): SecurityTeamInput => ({
  id,
  name: `Tổ bảo vệ ANTT ${id}`,
  communeId,
  establishedOn: "2024-07-01",
  proposed,
  members: [],
});

describe("rateTeamsByCommune", () => {
  it("counts the 20% cap within each commune, not over the province", () => {
    // Long Định: 1 xuất sắc, 5 tốt (1 × 5 ≤ 5: within the cap). Tam Hiệp: 1 xuất sắc, 0 tốt (over the cap).
    // Pooled, 2 xuất sắc against 5 tốt would exceed too, but by a different count; per commune only Tam Hiệp does.
    const teams = [
      team("ld-1", "xa-long-dinh", "excellent"),
      ...["ld-2", "ld-3", "ld-4", "ld-5", "ld-6"].map((id) => team(id, "xa-long-dinh", "good")),
      team("th-1", "xa-tam-hiep", "excellent"),
      team("th-2", "xa-tam-hiep", "completed"),
    ];
    const r = rateTeamsByCommune(teams, 2025, { readings: { "hd01.ty_le_xuat_sac": "chi_hoan_thanh_tot" } });
    expect(r.map((c) => c.communeId)).toEqual(["xa-long-dinh", "xa-tam-hiep"]);
    expect(r.map((c) => c.caps.find((x) => x.subject === "team")?.exceeded)).toEqual([false, true]);
    expect(r[1]?.caps[0]?.demotions).toBe(1);
    expect(r[0]?.teams).toHaveLength(6);
  });

  it("returns nothing for no teams", () => {
    expect(rateTeamsByCommune([], 2025)).toEqual([]);
  });
});
