import { validateRuleSet } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { awardKindOf, awardRuleSet, parseAwardProposal, parseProvinceConfig } from "../src/index.js";

describe("awardRuleSet", () => {
  it("passes the engine's static checks (bases, labels, version gaps, dangling references)", () => {
    expect(validateRuleSet(awardRuleSet)).toEqual([]);
  });

  it("routes a Kỷ niệm chương by role: grassroots forces vs leaders", () => {
    const base = { form: "commemorative-medal" as const };
    expect(
      awardKindOf({ ...base, recipient: { kind: "individual", name: "A", role: "commune-police-officer" } }),
    ).toBe("ky-niem-chuong.luc-luong-co-so");
    expect(awardKindOf({ ...base, recipient: { kind: "individual", name: "B", role: "staff" } })).toBe(
      "ky-niem-chuong.lanh-dao",
    );
  });
});

describe("parseAwardProposal", () => {
  it("rejects a bad proposal with the field path", () => {
    const r = parseAwardProposal({
      id: "bk-01",
      form: "bang-khen",
      issuer: { kind: "provincial-people-committee" },
      recipient: { kind: "collective", name: "Công an xã Long Định" },
      proposedOn: "2024-02-30",
      year: 2024,
      reason: "Thành tích",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path.join("."));
    expect(paths).toContain("form");
    expect(paths).toContain("proposedOn");
  });
});

describe("parseProvinceConfig", () => {
  it("requires ratingYears and minRating together", () => {
    const r = parseProvinceConfig({
      province: "Tiền Giang",
      document: "25/2024/QĐ-UBND",
      conditions: {
        "bang-khen.tap-the": null,
        "giay-khen.tap-the": null,
        "giay-khen.ca-nhan": { document: "25/2024/QĐ-UBND", ratingYears: 2 },
      },
    });
    expect(r.ok).toBe(false);
  });
});
