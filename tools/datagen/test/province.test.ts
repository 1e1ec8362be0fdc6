import { parseAnnualFacts, parseAssessedUnit } from "@antq/domain";
import { describe, expect, it } from "vitest";
import { createRandom, generateProvince, generateUnits } from "../src/index.js";

describe("generateProvince", () => {
  const demo = generateProvince({ seed: 138, year: 2024, communes: 12 });

  it("produces units and facts that @antq/domain accepts", () => {
    const problems: string[] = [];
    for (const unit of demo.units) {
      const result = parseAssessedUnit(unit);
      if (!result.ok)
        problems.push(`${unit.id}: ${result.issues.map((i) => `${i.pathText} ${i.message}`).join("; ")}`);
    }
    for (const facts of demo.facts) {
      const result = parseAnnualFacts(facts);
      if (!result.ok)
        problems.push(
          `${facts.unitId}: ${result.issues.map((i) => `${i.pathText} ${i.message}`).join("; ")}`,
        );
    }
    expect(problems).toEqual([]);
  });

  it("describes each crime by the penal-code article it cites", () => {
    const articles: Record<number, string> = {
      173: "Trộm cắp tài sản",
      321: "Đánh bạc",
      134: "Cố ý gây thương tích",
    };
    const crimes = demo.facts.flatMap((f) => f.crimes ?? []);
    expect(crimes.length).toBeGreaterThan(10);
    for (const crime of crimes) {
      const article = crime.penalCode?.article as number;
      expect(articles[article], `Điều ${article}`).toBeDefined();
      expect(crime.description?.startsWith(articles[article] as string), crime.description).toBe(true);
    }
  });

  it("never gives two units of one commune the same name, whatever the seed", () => {
    for (const seed of [138, 1, 2, 3, 4, 5]) {
      const { units } = generateProvince({ seed, year: 2024, communes: 30 });
      const seen = new Map<string, string>();
      for (const unit of units) {
        const key = `${unit.location.communeId}\u0000${unit.name}`;
        expect(seen.get(key), `${unit.name} (${unit.id}), hạt giống ${seed}`).toBeUndefined();
        seen.set(key, unit.id);
      }
    }
  });

  it("is reproducible from its seed and differs between seeds", () => {
    expect(generateProvince({ seed: 138, year: 2024, communes: 12 })).toEqual(demo);
    expect(generateProvince({ seed: 139, year: 2024, communes: 12 }).units).not.toEqual(demo.units);
  });

  it("gives one facts record per unit, in the evaluation year, and one commune unit per commune", () => {
    expect(demo.facts.map((f) => f.unitId)).toEqual(demo.units.map((u) => u.id));
    expect(demo.facts.every((f) => f.year === 2024)).toBe(true);
    expect(demo.units.filter((u) => u.kind === "commune")).toHaveLength(12);
    expect(new Set(demo.units.map((u) => u.id)).size).toBe(demo.units.length);
  });

  it("places every incident inside the Thông tư 124 Điều 8 window of its unit kind", () => {
    demo.facts.forEach((facts, i) => {
      const kdc = demo.units[i]?.kind === "residential-area";
      const [from, to] = kdc ? ["2023-11-01", "2024-10-31"] : ["2023-11-16", "2024-11-15"];
      for (const crime of facts.crimes ?? []) {
        expect(crime.date >= from && crime.date <= to, `${facts.unitId} ${crime.date}`).toBe(true);
      }
    });
  });

  it("is a pre-reform province with a district before 2026 and a two-tier one after", () => {
    expect(demo.province.name).toBe("Tiền Giang");
    expect(demo.adminUnits.some((u) => u.type === "provincial-city")).toBe(true);
    const later = generateProvince({ seed: 1, year: 2026, communes: 2 });
    expect(later.province).toMatchObject({ id: "P82-2025", name: "Đồng Tháp" });
    expect(later.adminUnits.every((u) => u.type !== "provincial-city")).toBe(true);
    expect(later.units.every((u) => u.location.districtId === undefined)).toBe(true);
  });

  it("has a realistic share of troubled households registration and clean units", () => {
    const kdc = demo.facts.filter((f) => f.households !== undefined);
    const incomplete = kdc.filter((f) => f.households && f.households.registered < f.households.resident);
    expect(kdc.length).toBeGreaterThan(50);
    expect(incomplete.length).toBeGreaterThan(0);
    expect(incomplete.length / kdc.length).toBeLessThan(0.2);
  });
});

describe("generateUnits", () => {
  it("streams the same units as generateProvince, lazily", () => {
    const options = { seed: 7, communes: 5 };
    const streamed = [...generateUnits(options)].map((r) => r.unit);
    expect(streamed).toEqual(generateProvince(options).units);
    const first = generateUnits({ seed: 7, communes: 100_000 }).next();
    expect(first.done).toBe(false);
  });
});

describe("createRandom", () => {
  it("repeats a sequence for a seed and stays in range", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const xs = Array.from({ length: 1000 }, () => a.int(1, 6));
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.int(1, 6)));
    expect(new Set(xs)).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect(() => createRandom(1.5)).toThrow(RangeError);
  });
});
