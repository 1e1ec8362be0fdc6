/**
 * The store's behaviour, the same tests on both engines (PGlite data folder, PostgreSQL server).
 */
import { join } from "node:path";
import { type Dataset, parseDataset } from "@antq/domain";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import {
  activityTotals,
  awardCounts,
  compareResults,
  importYear,
  isStoreError,
  latestAssessmentRun,
  loadYear,
  MIGRATIONS,
  migrate,
  modelsAndTeamsByYear,
  outcomesByYear,
  pgliteDriver,
  provinceScope,
  type SqlDriver,
  saveAssessmentRun,
  storeSummary,
  type UnitResult,
  unitsOfYear,
  unitYearCounts,
} from "../src/index.js";
import { postgresDriver } from "../src/node/index.js";
import { engines } from "./helpers/engines.js";
import { sampleYear } from "./helpers/fixtures.js";

const all = engines();
afterAll(async () => {
  for (const e of all) await e.cleanup();
});

/** Every table's rows, as JSON text, to check that a failed operation changed nothing. */
const snapshot = async (driver: SqlDriver) => {
  const out: Record<string, unknown[]> = {};
  for (const t of [
    "import_log",
    "dataset_year",
    "admin_unit",
    "unit_year",
    "annual_facts",
    "model_year",
    "activity",
    "award",
    "assessment_run",
    "assessment_result",
  ])
    out[t] = (await driver.query(`select to_jsonb(t)::text as j from ${t} t`)).map((r) => r.j).sort();
  return out;
};

const resultsFor = (d: Dataset, fail: (i: number) => boolean): UnitResult[] =>
  d.units.map((u, i) => ({
    unitId: u.id,
    overall: fail(i) ? "khong-dat" : "dat",
    criteria: { "1": "dat", "2": fail(i) ? "khong-dat" : "dat" },
  }));

describe.each(all.map((e) => [e.name, e] as const))("kho dữ liệu trên %s", (_name, engine) => {
  it("creates the schema with the shipped migrations and an empty summary", async () => {
    const store = await engine.open();
    try {
      expect(store.migration.applied).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await storeSummary(store.driver)).toEqual({ version: 1, years: [], imports: [] });
    } finally {
      await store.close();
    }
  });

  it("imports a year in one transaction, records provenance and reads it back unchanged", async () => {
    const store = await engine.open();
    try {
      const d = sampleYear(2024);
      const r = await importYear(store.driver, d, {
        year: 2024,
        importedBy: "Trần Thị Mai",
        fileName: "du-lieu-2024.json",
        fileSha256: "a".repeat(64),
        ruleSetHash: "sha256:1234",
      });
      expect(r.counts.units).toBe(d.units.length);
      expect(r.counts.annualFacts).toBe(d.annualFacts?.length);
      const back = await loadYear(store.driver, 2024);
      const byId = <T extends { id: string }>(xs: readonly T[] = []) =>
        [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(back.units).toEqual(byId(d.units));
      expect(back.models).toEqual(byId(d.models));
      expect(back.activities).toEqual(byId(d.activities));
      expect(back.awards).toEqual(byId(d.awards));
      expect(back.annualFacts).toEqual(
        [...(d.annualFacts ?? [])].sort((a, b) => (a.unitId < b.unitId ? -1 : 1)),
      );
      const s = await storeSummary(store.driver);
      expect(s.years.map((y) => y.year)).toEqual([2024]);
      expect(s.years[0]?.import).toMatchObject({
        importedBy: "Trần Thị Mai",
        fileName: "du-lieu-2024.json",
        fileSha256: "a".repeat(64),
        ruleSetHash: "sha256:1234",
        replaced: false,
      });
    } finally {
      await store.close();
    }
  });

  it("refuses a second import of a year unless asked to replace it, and keeps the history", async () => {
    const store = await engine.open();
    try {
      const first = sampleYear(2023);
      await importYear(store.driver, first, { year: 2023, importedBy: "can-bo-01", fileName: "a.json" });
      const before = await snapshot(store.driver);
      const second = sampleYear(2023, { seed: 7, communes: 1 });
      const err = await importYear(store.driver, second, { year: 2023, importedBy: "can-bo-02" }).catch(
        (e) => e,
      );
      expect(isStoreError(err, "YEAR_EXISTS")).toBe(true);
      expect(err.message).toContain("Kho đã có dữ liệu năm 2023 (do can-bo-01 nhập lúc");
      expect(err.message).toContain("Muốn thay thế dữ liệu năm này, hãy nhập lại với tùy chọn thay thế.");
      expect(await snapshot(store.driver)).toEqual(before);

      // A result run saved on the first data is of data that no longer exists: replaced with it, and counted.
      await saveAssessmentRun(store.driver, {
        year: 2023,
        createdBy: "can-bo-01",
        ruleSetHash: "h1",
        versions: { "@antq/cli": "0.1.0" },
        options: {},
        results: first.units.map((u) => ({ unitId: u.id, overall: "dat", criteria: {} })),
      });
      // And two classification runs: the summary and the import count each kind apart.
      for (const createdBy of ["can-bo-01", "can-bo-03"])
        await saveAssessmentRun(store.driver, {
          kind: "classification",
          year: 2023,
          createdBy,
          ruleSetHash: "qd510",
          versions: { "@antq/cli": "0.1.0" },
          options: {},
          results: [{ unitId: first.units[0]?.id ?? "", overall: "kha", criteria: {} }],
        });
      const kept = await storeSummary(store.driver);
      expect(kept.years.map((y) => [y.year, y.assessmentRuns, y.classificationRuns])).toEqual([[2023, 1, 2]]);
      const r = await importYear(store.driver, second, {
        year: 2023,
        importedBy: "can-bo-02",
        replace: true,
      });
      expect(r.replaced).toBe(true);
      expect([r.removedRuns, r.removedRunsByKind]).toEqual([3, { assessment: 1, classification: 2 }]);
      expect(await latestAssessmentRun(store.driver, 2023)).toBeUndefined();
      const s = await storeSummary(store.driver);
      expect(s.imports.map((i) => [i.importedBy, i.replaced])).toEqual([
        ["can-bo-01", false],
        ["can-bo-02", true],
      ]);
      expect(s.years[0]?.import.importedBy).toBe("can-bo-02");
      expect([s.years[0]?.assessmentRuns, s.years[0]?.classificationRuns]).toEqual([0, 0]);
      expect((await loadYear(store.driver, 2023)).units.length).toBe(second.units.length);
    } finally {
      await store.close();
    }
  });

  it("leaves the store exactly as before when a constraint is violated mid-import", async () => {
    const store = await engine.open();
    try {
      await importYear(store.driver, sampleYear(2022), { year: 2022, importedBy: "a" });
      const before = await snapshot(store.driver);
      const bad = sampleYear(2023);
      // Two units with one id get past a caller that skipped parseDataset; the unit_year key refuses them.
      const broken: Dataset = { ...bad, units: [...bad.units, bad.units[0] as Dataset["units"][number]] };
      const err = await importYear(store.driver, broken, { year: 2023, importedBy: "b" }).catch((e) => e);
      expect(isStoreError(err, "CONSTRAINT_VIOLATION")).toBe(true);
      expect(err.message).toMatch(
        /^Không nhập được dữ liệu năm 2023: .*Kho giữ nguyên như trước khi nhập\.$/,
      );
      expect(await snapshot(store.driver)).toEqual(before);
    } finally {
      await store.close();
    }
  });

  it("stores hostile values byte-identical, NFC where the domain normalises", async () => {
    const store = await engine.open();
    try {
      const base = sampleYear(2024, { communes: 1 });
      const nfd = "Ấp Mỹ Lợi".normalize("NFD");
      const hostile = [
        "Robert'); DROP TABLE unit_year; --",
        'Tổ "Đoàn kết", \\N, $1 :: text; \\. \\copy',
        `${"Đường Nguyễn Thị Minh Khai ".repeat(11)}`.trim().slice(0, 300),
        nfd,
        "Khu phố 1\u00a0— “Bình Yên” 🚓",
      ];
      const raw = JSON.parse(JSON.stringify(base)) as { units: { name: string }[] };
      hostile.forEach((name, i) => {
        const u = raw.units[i];
        if (u) u.name = name;
      });
      const parsed = parseDataset(raw);
      if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
      await importYear(store.driver, parsed.value, { year: 2024, importedBy: "x'; --" });
      const back = await loadYear(store.driver, 2024);
      const names = new Map<string, string>(back.units.map((u) => [u.id, u.name]));
      parsed.value.units.slice(0, hostile.length).forEach((u, i) => {
        const expected = (hostile[i] as string).normalize("NFC").trim();
        expect(u.name).toBe(expected);
        expect(names.get(u.id)).toBe(expected);
      });
      expect(names.get(parsed.value.units[3]?.id ?? "")).not.toBe(nfd);
      expect((await storeSummary(store.driver)).imports[0]?.importedBy).toBe("x'; --");
    } finally {
      await store.close();
    }
  });

  it("sorts unit names in Vietnamese order, not by code points", async () => {
    const store = await engine.open();
    try {
      const base = sampleYear(2024, { communes: 1 });
      const raw = JSON.parse(JSON.stringify(base)) as { units: { name: string }[] };
      const names = ["Zeta", "Đà Nẵng", "Âu Cơ", "An Giang", "Dương", "Ă", "Bến Tre", "Ân Thi"];
      raw.units = raw.units.slice(0, names.length);
      names.forEach((n, i) => {
        (raw.units[i] as { name: string }).name = n;
      });
      const d = parseDataset(raw, { checkUnitReferences: false });
      if (!d.ok) throw new Error(d.issues[0]?.message);
      await importYear(
        store.driver,
        { ...d.value, annualFacts: [], models: [] },
        { year: 2024, importedBy: "a" },
      );
      expect((await unitsOfYear(store.driver, 2024)).map((u) => u.name)).toEqual([
        "An Giang",
        "Ă",
        "Ân Thi",
        "Âu Cơ",
        "Bến Tre",
        "Dương",
        "Đà Nẵng",
        "Zeta",
      ]);
    } finally {
      await store.close();
    }
  });

  it("stores results with provenance and compares them with a re-evaluation", async () => {
    const store = await engine.open();
    try {
      const d = sampleYear(2024);
      await importYear(store.driver, d, { year: 2024, importedBy: "a" });
      const results = resultsFor(d, (i) => i % 4 === 0);
      const id = await saveAssessmentRun(store.driver, {
        year: 2024,
        createdBy: "can-bo-01",
        ruleSetHash: "sha256:abcd",
        versions: { "@antq/rules": "0.1.0", "@antq/criteria": "0.1.0" },
        options: { strictEvidence: true },
        results,
      });
      const run = await latestAssessmentRun(store.driver, 2024);
      expect(run?.id).toBe(id);
      expect(run?.ruleSetHash).toBe("sha256:abcd");
      expect(run?.versions).toEqual({ "@antq/rules": "0.1.0", "@antq/criteria": "0.1.0" });
      expect(run?.options).toEqual({ strictEvidence: true });
      expect(run?.results).toEqual([...results].sort((a, b) => (a.unitId < b.unitId ? -1 : 1)));
      const changed = results.map((r, i) =>
        i === 1 ? { ...r, overall: "khong-dat", criteria: { ...r.criteria, "2": "khong-dat" } } : r,
      );
      expect(compareResults(run?.results ?? [], changed)).toEqual([
        { unitId: results[1]?.unitId, field: "overall", stored: "dat", current: "khong-dat" },
        { unitId: results[1]?.unitId, field: "criteria.2", stored: "dat", current: "khong-dat" },
      ]);
      const missing = await saveAssessmentRun(store.driver, { ...run!, year: 2019 }).catch((e) => e);
      expect(isStoreError(missing, "YEAR_MISSING")).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("answers period queries with the previous period, across the 2025 reform", async () => {
    const store = await engine.open();
    try {
      const years = [2021, 2022, 2023, 2024, 2026];
      const data = new Map(years.map((y) => [y, sampleYear(y)]));
      for (const [y, d] of data) {
        await importYear(store.driver, d, { year: y, importedBy: "a" });
        if (y !== 2022)
          await saveAssessmentRun(store.driver, {
            year: y,
            createdBy: "a",
            ruleSetHash: "h",
            versions: {},
            options: {},
            results: resultsFor(d, (i) => i % 3 === 0),
          });
      }
      // Expected figures computed from the data sets themselves.
      const expectCounts = (ys: number[]) => {
        const m = new Map<string, number>();
        for (const y of ys) {
          const d = data.get(y);
          d?.units.forEach((u, i) => {
            const outcome = y === 2022 ? null : i % 3 === 0 ? "khong-dat" : "dat";
            const key = `${u.kind}|${outcome}`;
            m.set(key, (m.get(key) ?? 0) + 1);
          });
        }
        return [...m].map(([k, n]) => {
          const [kind, outcome] = k.split("|");
          return { kind, outcome: outcome === "null" ? null : outcome, unitYears: n };
        });
      };
      const scope = provinceScope("P82-2025");
      expect(scope.memberIds).toEqual(["P82", "P82-2025", "P87"]);
      const counts = await unitYearCounts(store.driver, { from: 2024, to: 2026 }, scope);
      expect(new Set(counts.value.rows)).toEqual(new Set(expectCounts([2024, 2026])));
      expect(counts.value.unitYears).toBe(
        (data.get(2024)?.units.length ?? 0) + (data.get(2026)?.units.length ?? 0),
      );
      expect(counts.value.crossesReform).toBe(true);
      expect(counts.value.reformYears).toEqual([2024]);
      expect(counts.previous.period).toEqual({ from: 2021, to: 2023 });
      expect(new Set(counts.previous.value.rows)).toEqual(new Set(expectCounts([2021, 2022, 2023])));
      // Only the old province: the 2026 units (recorded under Đồng Tháp) are not counted.
      const old = await unitYearCounts(store.driver, { from: 2024, to: 2026 }, provinceScope("P82"));
      expect(old.value.unitYears).toBe(data.get(2024)?.units.length);
      expect(old.value.crossesReform).toBe(false);
      // Another province has none of these units.
      expect(
        (await unitYearCounts(store.driver, { from: 2021, to: 2026 }, provinceScope("P01"))).value.unitYears,
      ).toBe(0);

      const outcomes = await outcomesByYear(store.driver, { from: 2023, to: 2024 });
      const d2023 = data.get(2023) as Dataset;
      const failing2023 = d2023.units.filter((_, i) => i % 3 === 0).length;
      expect(
        outcomes.filter((r) => r.year === 2023 && r.outcome === "khong-dat").reduce((s, r) => s + r.units, 0),
      ).toBe(failing2023);

      const mt = await modelsAndTeamsByYear(store.driver, { from: 2021, to: 2026 });
      expect(mt.map((r) => [r.year, r.models])).toEqual(
        years.map((y) => [y, data.get(y)?.models?.length ?? 0]),
      );

      const acts = await activityTotals(store.driver, { from: 2023, to: 2024 });
      expect(acts.value.find((a) => a.kind === "propaganda")).toEqual({
        kind: "propaganda",
        activities: 2,
        totals: { attendees: 320 + 23 + 320 + 24, leaflets: 3000, sessions: 8 },
      });
      expect(acts.previous.value.find((a) => a.kind === "mediation")?.totals).toEqual({
        cases: 24,
        successful: 20,
      });

      const awards = await awardCounts(store.driver, { from: 2021, to: 2026 });
      expect(awards.value).toEqual([
        {
          form: "certificate-of-commendation",
          issuerKind: "provincial-police-director",
          recipientKind: "individual",
          awards: 5,
        },
        {
          form: "certificate-of-merit",
          issuerKind: "provincial-people-committee",
          recipientKind: "collective",
          awards: 5,
        },
      ]);
      expect(awards.previous.value).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it("upgrades a store made by an older migration set and refuses one made by a newer package", async () => {
    const location = await engine.newLocation();
    // A store at schema 0001 with a year and a run in it, as an older package left it.
    const old =
      engine.name === "pglite"
        ? pgliteDriver(await PGlite.create({ dataDir: join(location, "pgdata") }))
        : await postgresDriver(location);
    const d = sampleYear(2024, { communes: 1 });
    try {
      expect((await migrate(old, MIGRATIONS.slice(0, 1))).applied).toEqual(["0001_init"]);
      // Written as the package of schema 0001 wrote them (its columns only).
      await old.query("insert into import_log (year, imported_by, counts) values (2024, 'a', '{}')");
      await old.query("insert into dataset_year (year, import_id) values (2024, 1)");
      for (const u of d.units)
        await old.query(
          "insert into unit_year (year, unit_id, kind, name, province_id, commune_id, doc) values (2024, $1, $2, $3, $4, $5, $6)",
          [u.id, u.kind, u.name, u.location.provinceId, u.location.communeId ?? null, JSON.stringify(u)],
        );
      for (const a of d.activities ?? [])
        await old.query(
          "insert into activity (year, activity_id, kind, unit_id, admin_unit_id, doc) values (2024, $1, $2, $3, $4, $5)",
          [a.id, a.kind, a.unitId ?? null, a.adminUnitId ?? null, JSON.stringify(a)],
        );
      await old.query(
        "insert into assessment_run (year, created_by, rule_set_hash, versions, options) values (2024, 'a', 'h', '{}', '{}')",
      );
      await old.query(
        "insert into assessment_result (run_id, unit_id, overall, criteria) select 1, unit_id, 'dat', '{}' from unit_year",
      );
    } finally {
      await old.close();
    }
    const s2 = await engine.open(location);
    try {
      expect(s2.migration.applied).toEqual(MIGRATIONS.slice(1).map((m) => m.version));
      expect((await storeSummary(s2.driver)).years.map((y) => y.year)).toEqual([2024]);
      // 0003 copied the stored outcomes beside the units.
      const counts = await unitYearCounts(s2.driver, { from: 2024, to: 2024 });
      expect(counts.value.rows.every((r) => r.outcome === "dat")).toBe(true);
      expect(counts.value.unitYears).toBe(d.units.length);
      // 0004 placed the activities in the year's one province.
      const scoped = await activityTotals(s2.driver, { from: 2024, to: 2024 }, provinceScope("P82"));
      expect(scoped.value.map((a) => a.activities)).toEqual([1, 1]);
      await s2.driver.query("insert into schema_migrations (version, checksum) values ('0099_future', 'x')");
    } finally {
      await s2.close();
    }
    const err = await engine.open(location).catch((e) => e);
    expect(isStoreError(err, "STORE_TOO_NEW")).toBe(true);
    expect(err.message).toContain("phiên bản antq mới hơn (lược đồ 0099_future");
  });

  it("refuses to open a store whose applied migration file changed", async () => {
    const location = await engine.newLocation();
    const s = await engine.open(location);
    await s.driver.query("update schema_migrations set checksum = 'sua-tay' where version = '0001_init'");
    await s.close();
    const err = await engine.open(location).catch((e) => e);
    expect(isStoreError(err, "MIGRATION_DRIFT")).toBe(true);
    expect(err.message).toContain("0001_init.sql đã bị sửa");
  });
});
