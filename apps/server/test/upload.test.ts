import type { Dataset } from "@antq/domain";
import { importYear, isStoreError, type SqlDriver, sqlStateOf } from "@antq/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoped, transactionDriver } from "../src/db.js";
import { testStores } from "./stores.js";
import { call, column, sampleDataset, signInAccounts, testApp } from "./support.js";

for (const store of testStores()) {
  describe(`uploading a year on ${store.name}`, () => {
    let driver: SqlDriver;
    let close: () => Promise<void>;
    let app: ReturnType<typeof testApp>;
    const cookies: Record<string, string> = {};
    const as = (who: string, method: string, path: string, init: { json?: unknown; body?: string } = {}) =>
      call(app, method, path, {
        ...init,
        headers: {
          cookie: `antq_session=${cookies[who]}`,
          origin: "http://localhost",
          "content-type": "application/json",
        },
      });
    const count = async (sql: string) => Number((await driver.query(sql))[0]?.n);

    beforeAll(async () => {
      ({ driver, close } = await store.open());
      app = testApp({ data: { driver, secureCookies: false } });
      Object.assign(
        cookies,
        await signInAccounts(app, driver, [
          ["can-bo.my-thanh", "commune_officer", "C28261"],
          ["xem", "read_only", null],
        ]),
      );
    });
    afterAll(() => close());

    it("refuses invalid data with located issues and writes nothing", async () => {
      const dataset = sampleDataset();
      (dataset.annualFacts[2] as { households: unknown }).households = { resident: 10, registered: 12 };
      const reply = await as("admin.p82", "POST", "/v1/years/2024/dataset", { json: dataset });
      expect(reply.status).toBe(422);
      expect(reply.body.issues[0]).toMatchObject({ path: "dataset.annualFacts[2].households.registered" });
      expect(await count("select count(*)::int as n from unit_year")).toBe(0);
      const malformed = await as("admin.p82", "POST", "/v1/years/2024/dataset", {
        body: '{"schemaVersion": 1, "units": [',
      });
      expect(malformed.status).toBe(400);
    });

    it("a province upload with another province's unit is refused as a whole, located", async () => {
      const dataset = sampleDataset();
      (dataset.units[3] as { location: { provinceId: string } }).location.provinceId = "P01";
      const reply = await as("admin.p82", "POST", "/v1/years/2024/dataset", { json: dataset });
      expect(reply.status).toBe(403);
      expect(reply.body.issues).toEqual([
        expect.objectContaining({
          code: "OUT_OF_SCOPE",
          path: "dataset.units[3].location.provinceId",
          pointer: "/dataset/units/3/location/provinceId",
        }),
      ]);
      expect(await count("select count(*)::int as n from unit_year")).toBe(0);
    });

    it("row-level security refuses another province's rows in an import even when the handler's check is bypassed", async () => {
      const P82 = { provinceId: "P82", communeId: null };
      const domain = (d: ReturnType<typeof sampleDataset>) =>
        ({ schemaVersion: 1, ...d }) as unknown as Dataset;
      const importAs = (
        scope: typeof P82,
        d: ReturnType<typeof sampleDataset>,
        year: number,
        replace = false,
      ) =>
        scoped(driver, scope, (tx) =>
          importYear(transactionDriver(driver, tx), domain(d), { year, replace, importedBy: "admin.p82" }),
        );
      const mixed = sampleDataset();
      (mixed.units[3] as { location: { provinceId: string } }).location.provinceId = "P01";
      const refused = await importAs(P82, mixed, 2030).catch((e: unknown) => e);
      expect(sqlStateOf(refused)).toBe("42501");
      expect(String((refused as Error).message)).toMatch(/row-level security/);
      expect(await count("select count(*)::int as n from dataset_year where year = 2030")).toBe(0);
      // A year holding another province's units (imported by the store's owner) cannot be replaced from P82.
      const other = sampleDataset();
      for (const u of other.units) (u.location as { provinceId: string }).provinceId = "P01";
      await importYear(driver, domain(other), { year: 2031, importedBy: "owner" });
      // Without replace, P82 is told the year is another province's, without who imported it or from which file.
      const hidden = await importAs(P82, sampleDataset(), 2031).catch((e: unknown) => e);
      expect(isStoreError(hidden, "YEAR_EXISTS") && hidden.details.otherProvince).toBe(true);
      const otherProvince =
        "Kho đã có dữ liệu năm 2031 do một tỉnh, thành phố khác nhập; năm này không nhập hay thay thế được từ tỉnh, thành phố của bạn.";
      expect((hidden as Error).message).toBe(otherProvince);
      // The endpoint does not offer replace=true for it.
      const viaApi = await as("admin.p82", "POST", "/v1/years/2031/dataset", { json: sampleDataset() });
      expect(viaApi.status).toBe(409);
      expect((viaApi.body as { detail?: string }).detail).toBe(otherProvince);
      const replaced = await importAs(P82, sampleDataset(), 2031, true).catch((e: unknown) => e);
      expect(replaced).toBeInstanceOf(Error);
      expect(
        await count("select count(*)::int as n from unit_year where year = 2031 and province_id = 'P01'"),
      ).toBe(other.units.length);
      // The same import of the province's own units passes the policies, as the endpoint does.
      const own = await importAs(P82, sampleDataset(), 2030);
      expect(own.counts.units).toBe(sampleDataset().units.length);
      await driver.query("delete from dataset_year where year in (2030, 2031)");
    });

    it("the province imports its year, audited in the same transaction; a second import needs replace", async () => {
      const reply = await as("admin.p82", "POST", "/v1/years/2024/dataset", { json: sampleDataset() });
      expect(reply.status).toBe(201);
      expect(reply.body).toEqual({ year: 2024, mode: "province-import", units: 8, annualFacts: 8 });
      expect(await count("select count(*)::int as n from unit_year where year = 2024")).toBe(8);
      const [entry] = await driver.query("select * from audit_log where entity = 'year'");
      expect(entry).toMatchObject({
        actor: "admin.p82",
        action: "import",
        entity_id: "2024",
        province_id: "P82",
      });
      const again = await as("admin.p82", "POST", "/v1/years/2024/dataset", { json: sampleDataset() });
      expect(again.status).toBe(409);
      expect((again.body as { detail?: string }).detail).toMatch(
        /^Kho đã có dữ liệu năm 2024 \(do admin\.p82 nhập lúc .*\)\. Muốn thay thế dữ liệu năm này, hãy nhập lại với tùy chọn thay thế\. Tùy chọn thay thế: tham số replace=true\.$/,
      );
      const replaced = await as("admin.p82", "POST", "/v1/years/2024/dataset?replace=true", {
        json: sampleDataset(),
      });
      expect(replaced.status).toBe(201);
      expect(await count("select count(*)::int as n from audit_log where entity = 'year'")).toBe(2);
    });

    it("read-only accounts cannot upload", async () => {
      expect((await as("xem", "POST", "/v1/years/2024/dataset", { json: sampleDataset() })).status).toBe(403);
    });

    it("a commune officer submits only their commune's facts; naming another commune's unit refuses all", async () => {
      const all = sampleDataset();
      const own = all.units.filter((u) => (u.location as { communeId: string }).communeId === "C28261");
      const ownIds = new Set(own.map((u) => u.id));
      const ownFacts = all.annualFacts
        .filter((f) => ownIds.has(f.unitId))
        .map((f) =>
          f.unitId === "kdc-ap-my-loi" ? { ...f, households: { resident: 315, registered: 300 } } : f,
        );
      const foreignFact = all.annualFacts.find((f) => !ownIds.has(f.unitId));
      const mixed = { schemaVersion: 1, units: [], annualFacts: [...ownFacts, foreignFact] };
      const refused = await as("can-bo.my-thanh", "POST", "/v1/years/2024/dataset", { json: mixed });
      expect(refused.status).toBe(422);
      // The whole-set check runs first: facts for units not in the upload are located there.
      const mixedWithUnits = { schemaVersion: 1, units: all.units, annualFacts: [...ownFacts, foreignFact] };
      const foreign = await as("can-bo.my-thanh", "POST", "/v1/years/2024/dataset", { json: mixedWithUnits });
      expect(foreign.status).toBe(403);
      const paths = foreign.body.issues.map((i: { path: string }) => i.path);
      expect(paths).toContain(`dataset.annualFacts[${ownFacts.length}].unitId`);
      expect(paths.some((p: string) => p.endsWith("location.communeId"))).toBe(true);
      const [before] = await driver.query("select doc from annual_facts where unit_id = 'kdc-ap-my-loi'");
      expect(column<{ households: { registered: number } }>(before, "doc").households.registered).toBe(315);
      const ok = await as("can-bo.my-thanh", "POST", "/v1/years/2024/dataset", {
        json: { schemaVersion: 1, units: own, annualFacts: ownFacts },
      });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ mode: "commune-facts", annualFacts: ownFacts.length });
      const [after] = await driver.query("select doc from annual_facts where unit_id = 'kdc-ap-my-loi'");
      expect(column<{ households: { registered: number } }>(after, "doc").households.registered).toBe(300);
      expect(
        await count(
          "select count(*)::int as n from audit_log where action = 'submit' and actor = 'can-bo.my-thanh'",
        ),
      ).toBe(ownFacts.length);
      // One audit entry per unit, with the facts before and after, written with the upsert.
      const [entry] = await driver.query(
        "select before, after, commune_id, province_id from audit_log where action = 'submit' and entity_id = '2024/kdc-ap-my-loi'",
      );
      expect(column<{ households: { registered: number } }>(entry, "before").households.registered).toBe(315);
      expect(column<{ households: { registered: number } }>(entry, "after").households.registered).toBe(300);
      expect(entry).toMatchObject({ commune_id: "C28261", province_id: "P82" });
    });
  });
}
