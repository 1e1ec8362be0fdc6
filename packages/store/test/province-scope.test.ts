/**
 * Administrative units and the import log placed in a province (migration 0010), on both engines: the
 * backfill of a store made by the previous schema, the owner's imports setting the province, and the row-level
 * security of the server's role `antq_app` on the two tables (the store's owner is not affected).
 */
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import {
  importYear,
  MIGRATIONS,
  migrate,
  pgliteDriver,
  type SqlDriver,
  type SqlExecutor,
  sqlStateOf,
  storeSummary,
} from "../src/index.js";
import { postgresDriver } from "../src/node/index.js";
import { engines } from "./helpers/engines.js";
import { sampleYear } from "./helpers/fixtures.js";

const all = engines();
afterAll(async () => {
  for (const e of all) await e.cleanup();
});

const BEFORE_0010 = MIGRATIONS.findIndex((m) => m.version.startsWith("0010_"));

const provinces = async (driver: SqlExecutor, table: string) =>
  Object.fromEntries(
    (await driver.query(`select id::text as id, province_id from ${table} order by id`)).map((r) => [
      r.id,
      r.province_id,
    ]),
  );

const unit = (id: string, type: string, parentId: string | null) => ({
  id,
  code: type === "province" ? id.slice(1, 3) : type === "provincial-city" ? id.slice(1, 4) : id.slice(1, 6),
  name: `Đơn vị ${id}`,
  type,
  ...(parentId === null ? {} : { parentId }),
});

/** Writes administrative units as the package of schema 0009 wrote them (its columns only). */
const writeOldAdminUnits = async (driver: SqlDriver, units: ReturnType<typeof unit>[]) => {
  for (const a of units)
    await driver.query(
      "insert into admin_unit (id, code, type, parent_id, doc) values ($1, $2, $3, $4, $5)",
      [a.id, a.code, a.type, a.parentId ?? null, JSON.stringify(a)],
    );
};

/** Writes a year's import and units as the package of schema 0009 wrote them. */
const writeOldYear = async (driver: SqlDriver, year: number, unitProvinces: readonly string[]) => {
  const [log] = await driver.query(
    "insert into import_log (year, imported_by, counts) values ($1, 'can-bo-01', '{}') returning id::int as id",
    [year],
  );
  await driver.query("insert into dataset_year (year, import_id) values ($1, $2)", [year, log?.id]);
  for (const [i, p] of unitProvinces.entries())
    await driver.query(
      "insert into unit_year (year, unit_id, kind, name, province_id, commune_id, doc) values ($1, $2, 'residential-area', $3, $4, null, '{}')",
      [year, `kdc-${year}-${i}`, `Khu dân cư ${i}`, p],
    );
};

describe.each(all.map((e) => [e.name, e] as const))(
  "province of admin units and imports trên %s",
  (_name, engine) => {
    /** A store at the schema before 0010, filled by `fill`, then opened (and upgraded) by this package. */
    const upgraded = async (fill: (old: SqlDriver) => Promise<void>) => {
      const location = await engine.newLocation();
      const old =
        engine.name === "pglite"
          ? pgliteDriver(await PGlite.create({ dataDir: join(location, "pgdata") }))
          : await postgresDriver(location);
      try {
        await migrate(old, MIGRATIONS.slice(0, BEFORE_0010));
        await fill(old);
      } finally {
        await old.close();
      }
      const store = await engine.open(location);
      expect(store.migration.applied).toEqual(MIGRATIONS.slice(BEFORE_0010).map((m) => m.version));
      return store;
    };

    it("backfills a one-province store: every administrative unit and import in its province", async () => {
      const store = await upgraded(async (old) => {
        await writeOldYear(old, 2023, ["P82", "P82"]);
        await writeOldYear(old, 2024, ["P82"]);
        // An old commune of another province (a predecessor named by the lineage) stays with the store's province.
        await writeOldAdminUnits(old, [
          unit("D815", "provincial-city", "P82"),
          unit("C28261", "commune", "D815"),
          unit("C29999", "commune", "P87"),
        ]);
      });
      try {
        expect(await provinces(store.driver, "admin_unit")).toEqual({
          C28261: "P82",
          C29999: "P82",
          D815: "P82",
        });
        expect(await provinces(store.driver, "import_log")).toEqual({ 1: "P82", 2: "P82" });
      } finally {
        await store.close();
      }
    });

    it("backfills a store of several provinces from each unit's chain of parents and each year's one province", async () => {
      const store = await upgraded(async (old) => {
        await writeOldYear(old, 2023, ["P82", "P01"]);
        await writeOldYear(old, 2024, ["P01"]);
        await writeOldAdminUnits(old, [
          unit("C00004", "ward", "P01"),
          unit("C28261", "commune", "D815"),
          unit("C99999", "commune", null),
          unit("D815", "provincial-city", "P82"),
          unit("P79", "province", null),
        ]);
      });
      try {
        expect(await provinces(store.driver, "admin_unit")).toEqual({
          C00004: "P01",
          C28261: "P82",
          // No parent and not a province: not placed (the owner still sees it; no province's request does).
          C99999: null,
          D815: "P82",
          P79: "P79",
        });
        expect(await provinces(store.driver, "import_log")).toEqual({ 1: null, 2: "P01" });
      } finally {
        await store.close();
      }
    });

    it("the owner's import places its administrative units and its log entry; the summary is unchanged", async () => {
      const store = await engine.open();
      try {
        const d = sampleYear(2024);
        await importYear(store.driver, d, { year: 2024, importedBy: "can-bo-01" });
        const units = await provinces(store.driver, "admin_unit");
        expect(Object.keys(units).length).toBe(d.adminUnits?.length);
        expect(new Set(Object.values(units))).toEqual(new Set(["P82"]));
        expect(await provinces(store.driver, "import_log")).toEqual({ 1: "P82" });
        expect(Object.keys((await storeSummary(store.driver)).imports[0] ?? {})).not.toContain("provinceId");
        // A year of several provinces: each unit from its chain of parents, the import in none.
        const mixed = sampleYear(2023);
        const foreign = { ...unit("C00004", "ward", "P01") };
        await importYear(
          store.driver,
          {
            ...mixed,
            adminUnits: [...(mixed.adminUnits ?? []), foreign] as typeof mixed.adminUnits,
            units: mixed.units.map((u, i) =>
              i === 0 ? { ...u, location: { ...u.location, provinceId: "P01" } } : u,
            ) as typeof mixed.units,
          },
          { year: 2023, importedBy: "can-bo-01" },
        );
        const after = await provinces(store.driver, "admin_unit");
        expect(after.C00004).toBe("P01");
        expect(after.D815).toBe("P82");
        expect(await provinces(store.driver, "import_log")).toEqual({ 1: "P82", 2: null });
      } finally {
        await store.close();
      }
    });

    it("under antq_app a province reads and writes only its own units and imports; another's upsert is refused", async () => {
      const store = await engine.open();
      try {
        const d = sampleYear(2024);
        await importYear(store.driver, d, { year: 2024, importedBy: "can-bo-01" });
        const as = <T>(province: string, fn: (tx: SqlExecutor) => Promise<T>) =>
          store.driver.transaction(async (tx) => {
            await tx.query("set local role antq_app");
            await tx.query(
              "select set_config('antq.province', $1, true), set_config('antq.commune', '', true)",
              [province],
            );
            return fn(tx);
          });
        const count = (tx: SqlExecutor, table: string) =>
          tx.query(`select count(*)::int as n from ${table}`).then((r) => r[0]?.n);
        expect(await as("P82", (tx) => count(tx, "admin_unit"))).toBe(d.adminUnits?.length);
        expect(await as("P82", (tx) => count(tx, "import_log"))).toBe(1);
        expect(await as("P01", (tx) => count(tx, "admin_unit"))).toBe(0);
        expect(await as("P01", (tx) => count(tx, "import_log"))).toBe(0);
        const commune = d.adminUnits?.find((a) => a.type === "commune" || a.type === "ward");
        const before = await store.driver.query(
          "select doc::text as doc, province_id from admin_unit where id = $1",
          [commune?.id],
        );
        // The store's own upsert, run by another province: refused, not applied.
        const refused = await as("P01", (tx) =>
          tx.query(
            `insert into admin_unit (id, code, type, parent_id, doc) values ($1, $2, 'commune', 'P01', '{}')
           on conflict (id) do update set parent_id = excluded.parent_id, doc = excluded.doc`,
            [commune?.id, commune?.code],
          ),
        ).catch((e: unknown) => e);
        expect(sqlStateOf(refused)).toBe("42501");
        // Nor may it move its own row's province or write a row of another province.
        const moved = await as("P82", (tx) =>
          tx.query("update admin_unit set province_id = 'P01' where id = $1", [commune?.id]),
        ).catch((e: unknown) => e);
        expect(sqlStateOf(moved)).toBe("42501");
        const foreign = await as("P82", (tx) =>
          tx.query(
            "insert into admin_unit (id, code, type, doc, province_id) values ('C00004', '00004', 'ward', '{}', 'P01')",
          ),
        ).catch((e: unknown) => e);
        expect(sqlStateOf(foreign)).toBe("42501");
        expect(
          await store.driver.query("select doc::text as doc, province_id from admin_unit where id = $1", [
            commune?.id,
          ]),
        ).toEqual(before);
        // A row written by the request takes its province (the column default).
        await as("P01", (tx) =>
          tx.query("insert into admin_unit (id, code, type, doc) values ('C00004', '00004', 'ward', '{}')"),
        );
        expect((await provinces(store.driver, "admin_unit")).C00004).toBe("P01");
      } finally {
        await store.close();
      }
    });
  },
);
