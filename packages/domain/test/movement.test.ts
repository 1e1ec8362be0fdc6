import { describe, expect, it } from "vitest";
import {
  addMonths,
  DocumentReferenceSchema,
  documentNumberOf,
  modelCounts,
  parseActivity,
  parseAward,
  parseDataset,
  parseModel,
  parsePlan,
  parseScoreSheet,
  parseSecurityTeam,
  parseWith,
} from "../src/index.js";
import { fixture } from "./helpers.js";

const accepts = (
  name: string,
  parse: (x: unknown) => { ok: boolean; issues?: readonly { message: string }[] },
) =>
  describe(name, () => {
    it.each(fixture<unknown[]>(name).map((x, i) => [i, x] as const))("accepts fixture %i", (_i, x) => {
      const r = parse(x);
      if (!r.ok) throw new Error((r.issues ?? []).map((i) => i.message).join("\n"));
    });
  });

accepts("models.json", parseModel);
accepts("security-teams.json", parseSecurityTeam);
accepts("activities.json", parseActivity);
accepts("awards.json", parseAward);
accepts("plans.json", parsePlan);
accepts("score-sheets.json", parseScoreSheet);

describe("models", () => {
  it("counts sites (điểm) and teams (tổ) as HD 22 does", () => {
    const r = parseModel(fixture<unknown[]>("models.json")[0]);
    expect(r.ok && modelCounts(r.value)).toEqual({ sites: 2, teams: 3 });
    expect(modelCounts({})).toEqual({ sites: 0, teams: 0 });
  });
});

describe("activities", () => {
  it("rejects more successful mediations than cases, and reversed periods", () => {
    const r = parseActivity({
      id: "hg-1",
      kind: "mediation",
      period: { from: "2024-12-31", to: "2024-01-01" },
      cases: 3,
      successful: 4,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.pathText])).toEqual([
        ["PART_EXCEEDS_TOTAL", "successful"],
        ["DATE_RANGE_REVERSED", "period.to"],
      ]);
      expect(r.issues[0]?.message).toBe("Số vụ hòa giải thành (successful): giá trị 4 lớn hơn tổng số (3).");
    }
  });

  it("names the allowed kinds when the kind is wrong", () => {
    const r = parseActivity({ id: "x", kind: "họp", period: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("INVALID_KIND");
      expect(r.issues[0]?.message).toContain('"festival"');
    }
  });
});

describe("document references (via @antq/format-vi)", () => {
  it("accepts the three shapes of document numbers", () => {
    for (const number of ["10/KH-BCĐ-CAT", "124/2021/TT-BCA", "727-CV/TU", "3371/BCA-V05", "07/CT-BCA-V28"]) {
      expect(parseWith(DocumentReferenceSchema, { number }).ok, number).toBe(true);
    }
  });

  it("rejects a malformed number with the format-vi explanation", () => {
    const r = parseWith(DocumentReferenceSchema, { number: "KH-10", date: "2023-02-08" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ code: "INVALID_DOCUMENT_NUMBER", pathText: "number" });
      expect(r.issues[0]?.message).toMatch(
        /^Số, ký hiệu văn bản \(number\): "KH-10" không phải số, ký hiệu văn bản hợp lệ/,
      );
    }
  });

  it("exposes the parsed number", () => {
    const r = documentNumberOf({ number: "10/KH-BCĐ-CAT" });
    expect(r.ok && r.value.typeName).toBe("Kế hoạch");
  });
});

describe("score sheets", () => {
  it("requires integer tenths and unique items", () => {
    const r = parseScoreSheet({
      unitId: "xa-1",
      year: 2024,
      rubricId: "r",
      entries: [
        { item: "1", self: 8.5 },
        { item: "1", self: 20 },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.pathText])).toEqual([["NOT_INTEGER", "entries[0].self"]]);
    }
    const d = parseScoreSheet({
      unitId: "xa-1",
      year: 2024,
      rubricId: "r",
      entries: [{ item: "1" }, { item: "1" }],
    });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.issues[0]).toMatchObject({ code: "DUPLICATE_ID", pathText: "entries[1].item" });
  });
});

describe("security teams", () => {
  it("keeps the dates needed for the 9-month rule", () => {
    const r = parseSecurityTeam(fixture<unknown[]>("security-teams.json")[0]);
    if (!r.ok) throw new Error("fixture");
    const late = r.value.members.find((m) => m.id === "tv-lh-03");
    expect(late?.joinedOn).toBe("2025-03-01");
    // joined 01/3/2025: 9 months are reached only on 01/12/2025, after the HD 01 window ends on 14/11/2025
    expect(addMonths("2025-03-01", 9) <= "2025-11-15").toBe(false);
    expect(addMonths("2024-05-31", 9)).toBe("2025-02-28");
  });
});

describe("data set", () => {
  const dataset = fixture<Record<string, unknown>>("dataset.json");

  it("is the composition of the other fixtures", () => {
    for (const [key, file] of [
      ["units", "assessed-units.json"],
      ["annualFacts", "annual-facts.json"],
      ["models", "models.json"],
      ["securityTeams", "security-teams.json"],
      ["activities", "activities.json"],
      ["awards", "awards.json"],
      ["plans", "plans.json"],
      ["scoreSheets", "score-sheets.json"],
    ] as const) {
      expect(dataset[key], key).toEqual(fixture(file));
    }
  });

  it("accepts the sample data set with all references resolved", () => {
    const r = parseDataset(dataset);
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("\n"));
    expect(r.value.units).toHaveLength(14);
  });

  it("reports unknown references and duplicates with paths", () => {
    const broken = structuredClone(dataset) as { annualFacts: { unitId: string }[]; units: { id: string }[] };
    (broken.annualFacts[0] as { unitId: string }).unitId = "kdc-khong-ton-tai";
    (broken.units[1] as { id: string }).id = (broken.units[0] as { id: string }).id;
    const r = parseDataset(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const got = r.issues.map((i) => [i.code, i.pathText]);
      expect(got).toContainEqual(["DUPLICATE_ID", "units[1].id"]);
      expect(got).toContainEqual(["UNKNOWN_REFERENCE", "annualFacts[0].unitId"]);
    }
  });

  it("reports schema problems deep inside with the full path", () => {
    const broken = structuredClone(dataset) as { annualFacts: { crimes?: { date: string }[] }[] };
    const crimes = broken.annualFacts[0]?.crimes;
    if (crimes?.[0]) crimes[0].date = "2024-13-01";
    const r = parseDataset(broken);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({ code: "INVALID_DATE", pathText: "annualFacts[0].crimes[0].date" });
  });

  it("can skip administrative references", () => {
    const d = structuredClone(dataset) as { adminUnits?: unknown };
    delete d.adminUnits;
    expect(parseDataset(d).ok).toBe(false);
    expect(parseDataset(d, { checkAdminReferences: false }).ok).toBe(true);
  });
});
