import { describe, expect, it } from "vitest";
import {
  ActivitySchema,
  AdminUnitSchema,
  AnnualFactsSchema,
  AssessedUnitSchema,
  AwardSchema,
  DatasetSchema,
  DocumentReferenceSchema,
  type DomainIssue,
  ModelSchema,
  PlanSchema,
  parseAnnualFacts,
  parseAssessedUnit,
  parseWith,
  ScoreSheetSchema,
  SecurityTeamSchema,
} from "../src/index.js";
import { fixture } from "./helpers.js";

interface InvalidCase {
  name: string;
  schema: keyof typeof schemas;
  input: unknown;
  expect: { pathText: string; code: string; messageIncludes?: string }[];
  jsonSchemaRejects: boolean;
}

const schemas = {
  AnnualFacts: AnnualFactsSchema,
  AssessedUnit: AssessedUnitSchema,
  Model: ModelSchema,
  SecurityTeam: SecurityTeamSchema,
  Activity: ActivitySchema,
  Award: AwardSchema,
  Plan: PlanSchema,
  ScoreSheet: ScoreSheetSchema,
  AdminUnit: AdminUnitSchema,
  DocumentReference: DocumentReferenceSchema,
  Dataset: DatasetSchema,
} as const;

describe("annual facts fixtures", () => {
  const facts = fixture<unknown[]>("annual-facts.json");
  it.each(facts.map((f, i) => [i, f] as const))("accepts fixture %i", (_i, f) => {
    const r = parseAnnualFacts(f);
    if (!r.ok) throw new Error(r.issues.map((x) => x.message).join("\n"));
    expect(r.ok).toBe(true);
  });

  it("keeps dates as the same YYYY-MM-DD strings under TZ=UTC", () => {
    const r = parseAnnualFacts(facts[0]);
    expect(r.ok && r.value.crimes?.[0]?.date).toBe("2024-06-14");
    expect(process.env.TZ).toBe("UTC");
  });

  it("distinguishes 'not reported' (absent) from 'none' (empty list)", () => {
    const r = parseAnnualFacts({ unitId: "kdc-1", year: 2025, crimes: [] });
    expect(r.ok && r.value.crimes).toEqual([]);
    expect(r.ok && r.value.accidents).toBeUndefined();
  });
});

describe("assessed unit fixtures", () => {
  const units = fixture<unknown[]>("assessed-units.json");
  it.each(units.map((u, i) => [i, u] as const))("accepts fixture %i", (_i, u) => {
    const r = parseAssessedUnit(u);
    if (!r.ok) throw new Error(r.issues.map((x) => x.message).join("\n"));
    expect(r.ok).toBe(true);
  });

  it("narrows on kind", () => {
    const r = parseAssessedUnit(units[1]);
    if (!r.ok || r.value.kind !== "enterprise") throw new Error("expected an enterprise");
    expect(r.value.insuredEmployees).toBe(126);
  });
});

describe("invalid cases", () => {
  const cases = fixture<InvalidCase[]>("invalid-cases.json");
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const r = parseWith(schemas[c.schema], c.input);
    expect(r.ok).toBe(false);
    const issues = (r.ok ? [] : r.issues) as DomainIssue[];
    for (const e of c.expect) {
      const found = issues.find((i) => i.pathText === e.pathText && i.code === e.code);
      expect(found, `${e.code} at ${e.pathText}; got ${JSON.stringify(issues)}`).toBeDefined();
      if (found !== undefined) {
        expect(found.message).toBe(found.message.normalize("NFC"));
        if (e.messageIncludes !== undefined) expect(found.message).toContain(e.messageIncludes);
      }
    }
  });

  it("writes readable Vietnamese messages", () => {
    const r = parseAnnualFacts({
      unitId: "kdc-ap-long-hoa-chau-thanh",
      year: 2025,
      crimes: [{ id: "vu-1", date: "2025-02-30", place: {}, forceMajeure: false }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({
        code: "INVALID_DATE",
        path: ["crimes", 0, "date"],
        pathText: "crimes[0].date",
        message: 'Ngày (crimes[0].date): "2025-02-30" không phải ngày hợp lệ theo dạng YYYY-MM-DD.',
      });
    }
  });
});

describe("text normalisation", () => {
  it("stores names trimmed and in NFC whatever the input form", () => {
    const nfd = "  A\u0302\u0301p Long Ho\u0300a ";
    const r = parseAssessedUnit({
      kind: "residential-area",
      id: "kdc-1",
      name: nfd,
      areaType: "ap",
      location: { provinceId: "P82" },
    });
    expect(r.ok && r.value.name).toBe("Ấp Long Hòa");
  });
});
