import { describe, expect, it } from "vitest";
import { countModels, type ModelSite, modelKey } from "../src/index.js";

describe("model counting (Hướng dẫn 22/HD-BCA-V05)", () => {
  it("counts Tiền Giang's '545 mô hình' as models by name with sites", () => {
    // 545 agencies/enterprises/schools each run "Tổ An ninh công nhân" and "Camera phòng, chống tội phạm";
    // 28 enterprises also have an "Đội Công nhân xung kích tự quản về ANTT" (news reports in shared/seeds/).
    const rows: ModelSite[] = [];
    for (let i = 1; i <= 545; i++) {
      rows.push({ model: "Tổ An ninh công nhân", siteId: `dv-${i}` });
      rows.push({ model: "Camera phòng, chống tội phạm", siteId: `dv-${i}` });
      if (i <= 28)
        rows.push({ model: "Đội Công nhân xung kích tự quản về ANTT", siteId: `dv-${i}`, teams: 2 });
    }
    const c = countModels(rows);
    expect(c.totals).toEqual({ models: 3, sites: 1118, teams: 1146 });
    expect(c.lines[0]).toBe(
      "Tổng số: 3 mô hình (tính theo tên), 1.118 điểm, 1.146 tổ (cách tính theo Hướng dẫn 22/HD-BCA-V05).",
    );
    expect(c.lines).toContain("- Tổ An ninh công nhân: 545 điểm, 545 tổ.");
    expect(c.lines).toContain("- Đội Công nhân xung kích tự quản về ANTT: 28 điểm, 56 tổ.");
  });

  it("groups spellings, counts a site once and reports bad rows", () => {
    const c = countModels([
      { model: "“Tiếng kẻng an ninh”", siteId: "ap-1" },
      { model: "Tiếng  kẻng AN NINH", siteId: "ap-1", teams: 3 },
      { model: "Tiếng kẻng an ninh", siteId: "ap-2", teams: 0 },
      { model: "  ", siteId: "ap-3" },
    ]);
    expect(c.models).toHaveLength(1);
    expect(c.models[0]).toMatchObject({ sites: 2, teams: 4 });
    expect(c.issues.map((i) => i.code)).toEqual(["DUPLICATE_SITE", "INVALID_TEAMS", "EMPTY_MODEL_NAME"]);
    expect(modelKey("“Ngọn đèn  an ninh”")).toBe("ngọn đèn an ninh");
  });
});
