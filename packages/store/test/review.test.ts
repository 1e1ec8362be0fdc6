/**
 * `reviewRecords`: the records of a review period, on both engines.
 */
import { afterAll, describe, expect, it } from "vitest";
import { importYear, provinceScope, reviewRecords, saveAssessmentRun } from "../src/index.js";
import { engines } from "./helpers/engines.js";
import { sampleYear } from "./helpers/fixtures.js";

const all = engines();
afterAll(async () => {
  for (const e of all) await e.cleanup();
});

describe.each(all.map((e) => [e.name, e] as const))("reviewRecords trên %s", (_name, engine) => {
  it("reads each unit-year's latest outcome, its classification and its commune, once per unit", async () => {
    const store = await engine.open();
    try {
      const d2024 = sampleYear(2024);
      const d2026 = sampleYear(2026);
      await importYear(store.driver, d2024, { year: 2024, importedBy: "can-bo-01" });
      await importYear(store.driver, d2026, { year: 2026, importedBy: "can-bo-01" });
      const run = (year: number, units: typeof d2024.units, overall: (i: number) => string) =>
        saveAssessmentRun(store.driver, {
          year,
          createdBy: "can-bo-01",
          ruleSetHash: "sha256:t",
          versions: {},
          options: {},
          results: units.map((u, i) => ({
            unitId: u.id,
            overall: overall(i),
            criteria: { "1": "dat", ...(i % 2 === 0 ? { classification: "good" } : {}) },
          })),
        });
      await run(2024, d2024.units, () => "khong-dat");
      // A later run of 2024 replaces the first one's outcomes.
      await run(2024, d2024.units, (i) => (i % 3 === 0 ? "khong-dat" : "dat"));
      await run(2026, d2026.units.slice(1), () => "dat");

      const r = await reviewRecords(store.driver, { from: 2024, to: 2026 });
      expect(r.years).toEqual([2024, 2026]);
      expect(r.outcomes.length).toBe(d2024.units.length + d2026.units.length - 1);
      const of2024 = r.outcomes.filter((o) => o.year === 2024);
      expect(of2024.filter((o) => o.overall === "dat").length).toBe(
        d2024.units.filter((_, i) => i % 3 !== 0).length,
      );
      const first = d2024.units[0]!;
      expect(of2024.find((o) => o.unitId === first.id)).toEqual({
        unitId: first.id,
        year: 2024,
        overall: "khong-dat",
        classification: "good",
        ...(first.location.communeId === undefined ? {} : { communeId: first.location.communeId }),
      });
      expect(of2024.find((o) => o.unitId === d2024.units[1]!.id)?.classification).toBeUndefined();
      // Units are listed once, with their latest record.
      const ids = new Set([...d2024.units, ...d2026.units].map((u) => u.id));
      expect(r.units.length).toBe(ids.size);
      const awards = new Set([...(d2024.awards ?? []), ...(d2026.awards ?? [])].map((a) => a.id));
      expect(r.awards.map((a) => a.id).sort()).toEqual([...awards].sort());

      // A province scope keeps only its units: the 2024 province (Tiền Giang) is part of the 2026 one.
      const scoped = await reviewRecords(
        store.driver,
        { from: 2024, to: 2026 },
        provinceScope(d2026.units[0]!.location.provinceId),
      );
      expect(scoped.outcomes.length).toBe(r.outcomes.length);
      expect(scoped.awards.map((a) => a.id).sort()).toEqual([...awards].sort());
      expect(scoped.activities.length).toBe(r.activities.length);
      // Another province's report counts none of these records: no unit, and no model, team, activity or award.
      const other = await reviewRecords(store.driver, { from: 2024, to: 2026 }, provinceScope("P01"));
      expect(other.outcomes).toEqual([]);
      expect(other.units).toEqual([]);
      expect([other.models, other.securityTeams, other.activities, other.awards]).toEqual([[], [], [], []]);
    } finally {
      await store.close();
    }
  });

  it("refuses a reversed period", async () => {
    const store = await engine.open();
    try {
      await expect(reviewRecords(store.driver, { from: 2025, to: 2020 })).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });
    } finally {
      await store.close();
    }
  });
});
