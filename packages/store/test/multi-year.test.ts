/**
 * Multi-year facts from the record (previous-year counts for TT 124 Điều 4 khoản 4 điểm a), province scopes of
 * the activity, award and model queries, run kinds, and the first migration of a shared empty database by two
 * processes at once; on both engines.
 */
import type { AnnualFacts, Dataset } from "@antq/domain";
import { afterAll, describe, expect, it } from "vitest";
import {
  activityTotals,
  awardCounts,
  compareProvenance,
  importYear,
  importYearRecords,
  latestAssessmentRun,
  loadYear,
  MIGRATIONS,
  modelsAndTeamsByYear,
  outcomesByYear,
  previousYearRecord,
  provinceScope,
  saveAssessmentRun,
  storeSummary,
  withPreviousYearCounts,
} from "../src/index.js";
import { openStore } from "../src/node/index.js";
import { engines } from "./helpers/engines.js";
import { sampleYear } from "./helpers/fixtures.js";

const all = engines();
afterAll(async () => {
  for (const e of all) await e.cleanup();
});

const counts = (crimes: number, socialEvilCases: number, otherViolationCases: number) => ({
  crimes,
  socialEvilCases,
  otherViolationCases,
});

/** The year's data set with given counts for its first units, none for the others, none typed for last year. */
const withCounts = (d: Dataset, year: number, byUnit: readonly ReturnType<typeof counts>[]): Dataset => ({
  ...d,
  annualFacts: (d.annualFacts ?? []).map((f, i) => {
    const { previousYearCounts: _typed, violationCounts: _now, ...rest } = f;
    const c = byUnit[i];
    return c === undefined ? { ...rest, year } : { ...rest, year, violationCounts: c };
  }),
});

describe("số vụ năm trước từ kho (Điều 4 khoản 4 điểm a)", () => {
  const facts = (unitId: string, now?: ReturnType<typeof counts>, typed?: ReturnType<typeof counts>) =>
    ({
      unitId,
      year: 2023,
      ...(now ? { violationCounts: now } : {}),
      ...(typed ? { previousYearCounts: typed } : {}),
    }) as AnnualFacts;

  it("takes last year's recorded counts, replaces a different typed value and says so", () => {
    const r = withPreviousYearCounts(
      [facts("kdc-a", counts(1, 0, 2)), facts("kdc-b", counts(0, 0, 1), counts(9, 9, 9))],
      {
        year: 2022,
        stored: true,
        counts: new Map([
          ["kdc-a", counts(3, 1, 4)],
          ["kdc-b", counts(0, 0, 0)],
        ]),
      },
    );
    expect(r.facts.map((f) => f.previousYearCounts)).toEqual([counts(3, 1, 4), counts(0, 0, 0)]);
    expect(r.notes).toEqual([expect.objectContaining({ unitId: "kdc-b", reason: "replaced-typed" })]);
    expect(r.notes[0]?.message).toContain("khác số liệu đã lưu trong kho");
  });

  it("never assumes zero: without last year the typed counts are dropped and each unit is noted", () => {
    const r = withPreviousYearCounts(
      [facts("kdc-a", counts(1, 0, 2), counts(5, 0, 0)), facts("kdc-b"), facts("kdc-c", counts(0, 0, 0))],
      { year: 2022, stored: false, counts: new Map() },
    );
    expect(r.facts.map((f) => f.previousYearCounts)).toEqual([undefined, undefined, undefined]);
    expect(r.notes.map((n) => [n.unitId, n.reason])).toEqual([
      ["kdc-a", "year-missing"],
      ["kdc-c", "year-missing"],
    ]);
    expect(r.notes[0]?.message).toMatch(/kho chưa có dữ liệu năm 2022.*cần xem xét/);
    const partial = withPreviousYearCounts(
      [facts("kdc-a", counts(1, 0, 0)), facts("kdc-z", counts(1, 0, 0))],
      {
        year: 2022,
        stored: true,
        counts: new Map([["kdc-a", null]]),
      },
    );
    expect(partial.notes.map((n) => n.reason)).toEqual(["counts-missing", "unit-missing"]);
  });
});

describe.each(all.map((e) => [e.name, e] as const))("kho nhiều năm trên %s", (_name, engine) => {
  it("reads last year's counts from the record, and says when last year is absent", async () => {
    const store = await engine.open();
    try {
      const d2022 = sampleYear(2022);
      const ids = (d2022.annualFacts ?? []).slice(0, 3).map((f) => f.unitId);
      await importYear(store.driver, withCounts(d2022, 2022, [counts(4, 2, 6), counts(0, 0, 0)]), {
        year: 2022,
        importedBy: "a",
      });
      const none = await previousYearRecord(store.driver, 2022);
      expect(none).toEqual({ year: 2021, stored: false, counts: new Map() });
      const prev = await previousYearRecord(store.driver, 2023);
      expect(prev.stored).toBe(true);
      expect(prev.importId).toBe(1);
      expect(prev.counts.get(ids[0] as string)).toEqual(counts(4, 2, 6));
      expect(prev.counts.get(ids[1] as string)).toEqual(counts(0, 0, 0));
      expect(prev.counts.get(ids[2] as string)).toBeNull();
    } finally {
      await store.close();
    }
  });

  it("imports units and facts given one at a time, all or nothing when the source fails mid-way", async () => {
    const store = await engine.open();
    try {
      const d = sampleYear(2024);
      function* units() {
        yield* d.units;
      }
      async function* facts() {
        for (const f of d.annualFacts ?? []) yield f;
        yield { ...(d.annualFacts?.[0] as AnnualFacts), year: 2023 };
      }
      const r = await importYearRecords(
        store.driver,
        { ...d, units: units(), annualFacts: facts() },
        { year: 2024, importedBy: "a" },
      );
      expect(r.counts).toMatchObject({
        units: d.units.length,
        annualFacts: d.annualFacts?.length,
        otherYearRecords: 1,
      });
      const back = await loadYear(store.driver, 2024);
      expect(back.units).toEqual([...d.units].sort((a, b) => (a.id < b.id ? -1 : 1)));
      expect((await storeSummary(store.driver)).imports[0]?.counts).toMatchObject({ units: d.units.length });

      async function* failing() {
        yield* d.units.slice(0, 3);
        throw new Error("tệp bị cắt ngang");
      }
      const err = await importYearRecords(
        store.driver,
        { units: failing() },
        { year: 2025, importedBy: "a" },
      ).catch((e: Error) => e);
      expect(String(err)).toContain("tệp bị cắt ngang");
      expect((await storeSummary(store.driver)).years.map((y) => y.year)).toEqual([2024]);
      expect(
        (await store.driver.query("select count(*)::int as n from unit_year where year = 2025"))[0]?.n,
      ).toBe(0);
    } finally {
      await store.close();
    }
  });

  it("scopes activities, awards, models and teams to a province with its 2025 lineage", async () => {
    const store = await engine.open();
    try {
      const data = new Map([2024, 2026].map((y) => [y, sampleYear(y)]));
      for (const [y, d] of data) await importYear(store.driver, d, { year: y, importedBy: "a" });
      const period = { from: 2024, to: 2026 };
      const merged = provinceScope("P82-2025");
      // The merged province holds everything; the old province only 2024; another province nothing.
      expect(await activityTotals(store.driver, period, merged)).toEqual(
        await activityTotals(store.driver, period),
      );
      const old = await activityTotals(store.driver, period, provinceScope("P82"));
      expect(old.value.find((a) => a.kind === "propaganda")).toEqual({
        kind: "propaganda",
        activities: 1,
        totals: { attendees: 344, leaflets: 1500, sessions: 4 },
      });
      expect((await activityTotals(store.driver, period, provinceScope("P01"))).value).toEqual([]);

      const awards = await awardCounts(store.driver, period, provinceScope("P82"));
      expect(awards.value.map((a) => a.awards)).toEqual([1, 1]);
      expect((await awardCounts(store.driver, period, merged)).value.map((a) => a.awards)).toEqual([2, 2]);
      expect((await awardCounts(store.driver, period, provinceScope("P01"))).value).toEqual([]);

      const models = await modelsAndTeamsByYear(store.driver, period, merged);
      expect(models.map((r) => [r.year, r.models, r.crossesReform])).toEqual([
        [2024, data.get(2024)?.models?.length ?? 0, true],
        [2026, data.get(2026)?.models?.length ?? 0, false],
      ]);
      const oldModels = await modelsAndTeamsByYear(store.driver, period, provinceScope("P82"));
      expect(oldModels.map((r) => [r.year, r.models])).toEqual([
        [2024, data.get(2024)?.models?.length ?? 0],
        [2026, 0],
      ]);
      expect((data.get(2024)?.models?.length ?? 0) > 0).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("keeps classification runs apart from the assessment outcomes of the units", async () => {
    const store = await engine.open();
    try {
      const d = sampleYear(2024);
      await importYear(store.driver, d, { year: 2024, importedBy: "a" });
      const base = { year: 2024, createdBy: "a", ruleSetHash: "h1", versions: { "@antq/cli": "0.1.0" } };
      await saveAssessmentRun(store.driver, {
        ...base,
        options: {},
        results: d.units.map((u) => ({ unitId: u.id, overall: "dat", criteria: {} })),
      });
      await saveAssessmentRun(store.driver, {
        ...base,
        kind: "classification",
        ruleSetHash: "c1",
        options: { configuration: "Cấu hình ví dụ" },
        results: [{ unitId: "xa-1", overall: "kha", score: 82.5, criteria: { level: "kha" } }],
      });
      const outcomes = await outcomesByYear(store.driver, { from: 2024, to: 2024 });
      expect(outcomes.reduce((s, r) => s + r.units, 0)).toBe(d.units.length);
      expect(outcomes.every((r) => r.outcome === "dat")).toBe(true);
      const assessment = await latestAssessmentRun(store.driver, 2024);
      const classification = await latestAssessmentRun(store.driver, 2024, "classification");
      expect(assessment?.kind).toBe("assessment");
      expect(classification).toMatchObject({
        kind: "classification",
        ruleSetHash: "c1",
        results: [{ unitId: "xa-1", overall: "kha", score: 82.5 }],
      });
      expect(
        compareProvenance(assessment!, {
          ruleSetHash: "h2",
          versions: { "@antq/cli": "0.2.0" },
          options: { readings: { x: "y" } },
        }).map((p) => p.field),
      ).toEqual(["ruleSetHash", "versions.@antq/cli", "options.readings"]);
    } finally {
      await store.close();
    }
  });
});

const postgres = all.find((e) => e.name === "postgres");
describe.runIf(postgres !== undefined)("lần tạo lược đồ đầu tiên trên PostgreSQL dùng chung", () => {
  it("lets several processes open one empty database at once (advisory lock), each migration applied once", async () => {
    const engine = postgres!;
    for (let round = 0; round < 3; round++) {
      const url = await engine.newLocation();
      const opened = await Promise.allSettled([openStore(url), openStore(url), openStore(url)]);
      const failures = opened.flatMap((o) => (o.status === "rejected" ? [String(o.reason)] : []));
      const stores = opened.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
      try {
        expect(failures).toEqual([]);
        expect(stores.flatMap((s) => s.migration.applied).sort()).toEqual(
          MIGRATIONS.map((m) => m.version).sort(),
        );
        const rows = await stores[0]!.driver.query("select version from schema_migrations order by version");
        expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      } finally {
        for (const s of stores) await s.close();
      }
    }
  });
});
