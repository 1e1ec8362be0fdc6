/**
 * The yearly cycle's records in the store, on both engines: điển hình registrations written in the year's
 * import transaction (migration 0005) and placed in a province, and `cycleRecords` reading plans,
 * registrations, teams, models, activities and awards back, scoped with the 2025 lineage.
 */
import { type Plan, PlanSchema, type TypicalRegistration, TypicalRegistrationSchema } from "@antq/domain";
import { afterAll, describe, expect, it } from "vitest";
import { cycleRecords, importCycleYear, provinceScope, storeSummary } from "../src/index.js";
import { engines } from "./helpers/engines.js";
import { sampleYear } from "./helpers/fixtures.js";

const all = engines();
afterAll(async () => {
  for (const e of all) await e.cleanup();
});

const plan = (year: number): Plan =>
  PlanSchema.parse({
    id: "kh-07-tg",
    document: {
      number: "07/KH-BCĐ",
      date: `${year}-02-20`,
      kind: "plan",
      issuer: "Ban Chỉ đạo 138 tỉnh Tiền Giang",
    },
    title: `Xây dựng đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ năm ${year}`,
    scopeId: "P82",
    countTargets: [{ year, programme: "typical-unit", subject: "commune", count: year === 2024 ? 2 : 3 }],
  });

const registration = (id: string, year: number, unitId: string, name: string): TypicalRegistration =>
  TypicalRegistrationSchema.parse({
    id,
    planId: "kh-07-tg",
    year,
    programme: "typical-unit",
    subject: "commune",
    name,
    unitId,
    status: "selected",
  });

describe.each(all.map((e) => [e.name, e] as const))("cycle records trên %s", (_name, engine) => {
  it("stores the year's registrations with the import and reads the cycle back, province-scoped", async () => {
    const store = await engine.open();
    try {
      const d2024 = sampleYear(2024);
      const communes = d2024.units.filter((u) => u.kind === "commune");
      const [a, b] = communes as [(typeof communes)[number], (typeof communes)[number]];
      const r = await importCycleYear(
        store.driver,
        {
          ...d2024,
          plans: [plan(2024)],
          typicalRegistrations: [
            registration("dh-2024-1", 2024, a.id, a.name),
            registration("dh-2024-2", 2024, b.id, b.name),
            // Another year's registration is not stored with 2024.
            registration("dh-2025-1", 2025, a.id, a.name),
          ],
        },
        { year: 2024, importedBy: "can-bo-01" },
      );
      expect(r.counts.typicalRegistrations).toBe(2);
      expect(r.counts.plans).toBe(1);
      expect(r.counts.otherYearRecords).toBe(1);
      const summary = await storeSummary(store.driver);
      expect(summary.years[0]?.import.counts).toMatchObject({ typicalRegistrations: 2, plans: 1 });

      // 2025: a new version of the plan; the 2024 registrations stay with 2024.
      const d2025 = sampleYear(2025);
      await importCycleYear(
        store.driver,
        { ...d2025, plans: [plan(2025)] },
        { year: 2025, importedBy: "can-bo-01" },
      );
      const both = await cycleRecords(store.driver, { from: 2024, to: 2025 });
      expect(both.years).toEqual([2024, 2025]);
      expect(both.plans.map((p) => p.countTargets?.[0]?.count)).toEqual([3]);
      expect(both.typicalRegistrations.map((x) => [x.id, x.unitId])).toEqual([
        ["dh-2024-1", a.id],
        ["dh-2024-2", b.id],
      ]);
      expect(both.activities.length).toBe((d2024.activities?.length ?? 0) + (d2025.activities?.length ?? 0));
      expect(both.awards.length).toBe((d2024.awards?.length ?? 0) + (d2025.awards?.length ?? 0));
      expect(both.models.length).toBe((d2024.models?.length ?? 0) + (d2025.models?.length ?? 0));
      // Up to 2024 the plan is its 2024 version.
      const y2024 = await cycleRecords(store.driver, { from: 2024, to: 2024 });
      expect(y2024.plans.map((p) => p.countTargets?.[0]?.count)).toEqual([2]);

      // Tiền Giang (P82) is in today's Đồng Tháp (P82-2025); nothing of it is in Thừa Thiên Huế's scope.
      const here = await cycleRecords(store.driver, { from: 2024, to: 2025 }, provinceScope("P82-2025"));
      expect(here.typicalRegistrations.length).toBe(2);
      expect(here.plans.length).toBe(1);
      expect(here.activities.length).toBe(both.activities.length);
      const elsewhere = await cycleRecords(store.driver, { from: 2024, to: 2025 }, provinceScope("P46-2025"));
      expect(elsewhere.typicalRegistrations).toEqual([]);
      expect(elsewhere.plans).toEqual([]);
      expect(elsewhere.activities).toEqual([]);
      expect(elsewhere.awards).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it("is all or nothing: a registration the store refuses leaves the store as it was", async () => {
    const store = await engine.open();
    try {
      const d2024 = sampleYear(2024);
      const unit = d2024.units[0] as (typeof d2024.units)[number];
      const twice = registration("dh-2024-1", 2024, unit.id, unit.name);
      const error = await importCycleYear(
        store.driver,
        { ...d2024, typicalRegistrations: [twice, twice] },
        { year: 2024, importedBy: "can-bo-01" },
      ).catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe("CONSTRAINT_VIOLATION");
      expect((await storeSummary(store.driver)).years).toEqual([]);
      await expect(cycleRecords(store.driver, { from: 2024, to: 2023 })).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });
    } finally {
      await store.close();
    }
  });
});
