import { describe, expect, it } from "vitest";
import * as z from "zod";
import { AnnualFactsSchema, AssessedUnitSchema, EnterpriseSchema, parseWith } from "../src/index.js";

describe("composability", () => {
  it("provinces can extend the annual facts and keep refinements and Vietnamese labels", () => {
    const BacNinhFacts = AnnualFactsSchema.safeExtend({
      drugHotspotFree: z.boolean().meta({ title: "Không có điểm, tụ điểm ma túy" }),
    });
    const missing = parseWith(BacNinhFacts, { unitId: "kdc-1", year: 2025 });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.issues[0]?.code).toBe("REQUIRED");
      expect(missing.issues[0]?.message).toContain("Không có điểm, tụ điểm ma túy");
    }
    // zod runs refinements once the shape is valid
    const r = parseWith(BacNinhFacts, {
      unitId: "kdc-1",
      year: 2025,
      drugHotspotFree: true,
      households: { resident: 1, registered: 2 },
    });
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(["REGISTERED_EXCEEDS_RESIDENT"]);
  });

  it("unit members can be extended and recombined", () => {
    const MyEnterprise = EnterpriseSchema.extend({
      industrialZone: z.string().meta({ title: "Khu công nghiệp" }),
    });
    const MyUnit = z.discriminatedUnion("kind", [
      MyEnterprise,
      ...AssessedUnitSchema.options.filter((o) => o !== EnterpriseSchema),
    ]);
    const r = parseWith(MyUnit, {
      kind: "enterprise",
      id: "dn-1",
      name: "Công ty TNHH Minh Phát",
      sector: "trade-services",
      insuredEmployees: 8,
      armedForces: false,
      location: { provinceId: "P82" },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toContain("Khu công nghiệp");
  });
});
