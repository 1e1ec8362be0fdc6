/**
 * Administrative units and the import log under row-level security (store migration 0010): a province's
 * import cannot overwrite another province's administrative unit, even with the handler bypassed; a
 * province's requests read only its own administrative units and imports (the store's summary, the year's
 * records, the review and cycle records, the 2025 lineage the điển hình check uses), and still all of those.
 */
import type { AdminUnit, Dataset } from "@antq/domain";
import {
  cycleRecords,
  importYear,
  loadYear,
  reviewRecords,
  type SqlDriver,
  sqlStateOf,
  storeSummary,
} from "@antq/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoped, transactionDriver } from "../src/db.js";
import { testStores } from "./stores.js";
import { EVERY_ROLE, sampleDataset, signedInCaller, signInAccounts, testApp } from "./support.js";

const P82 = { provinceId: "P82", communeId: null };
const P01 = { provinceId: "P01", communeId: null };

const admin = (a: Record<string, unknown>) => a as unknown as AdminUnit;

/** Tiền Giang's two communes of the sample, and a 2025 commune formed from both (its lineage). */
const P82_UNITS = [
  admin({ id: "C28261", code: "28261", name: "Mỹ Thành", type: "commune", parentId: "P82" }),
  admin({ id: "C28270", code: "28270", name: "Mỹ Phong", type: "commune", parentId: "P82" }),
  admin({
    id: "C28261-2025",
    code: "28261",
    name: "Mỹ Thành",
    type: "commune",
    parentId: "P82",
    validFrom: "2025-07-01",
    predecessors: [
      { id: "C28261", share: "whole" },
      { id: "C28270", share: "whole" },
    ],
  }),
];
/** A ward of Hà Nội. */
const P01_WARD = admin({ id: "C00004", code: "00004", name: "Ba Đình", type: "ward", parentId: "P01" });

/** The sample province's year with its administrative units. */
const p82Year = (adminUnits: readonly AdminUnit[] = P82_UNITS): Dataset =>
  ({ schemaVersion: 1, adminUnits, ...sampleDataset() }) as unknown as Dataset;

/** One residential area of Hà Nội with its ward. */
const p01Year = (): Dataset => {
  const d = sampleDataset();
  const area = { ...(d.units[1] as Record<string, unknown>), id: "kdc-to-1-ha-noi", name: "Tổ dân phố số 1" };
  return {
    schemaVersion: 1,
    adminUnits: [P01_WARD],
    units: [{ ...area, location: { provinceId: "P01", communeId: "C00004" } }],
    annualFacts: [
      { ...(d.annualFacts.find((f) => f.unitId === d.units[1]?.id) as object), unitId: "kdc-to-1-ha-noi" },
    ],
  } as unknown as Dataset;
};

for (const store of testStores()) {
  describe(`administrative units and imports by province on ${store.name}`, () => {
    let driver: SqlDriver;
    let close: () => Promise<void>;
    let app: ReturnType<typeof testApp>;
    const cookies: Record<string, string> = {};
    const as = signedInCaller(() => app, cookies);
    /** Runs a store function inside a request's transaction of `scope`, under row-level security. */
    const within = <T>(scope: typeof P82, fn: (d: SqlDriver) => Promise<T>) =>
      scoped(driver, scope, (tx) => fn(transactionDriver(driver, tx)));
    const ward = async () =>
      (
        await driver.query(
          "select doc::text as doc, parent_id, province_id from admin_unit where id = 'C00004'",
        )
      )[0];

    beforeAll(async () => {
      ({ driver, close } = await store.open());
      app = testApp({ data: { driver, secureCookies: false } });
      Object.assign(cookies, await signInAccounts(app, driver, EVERY_ROLE));
      // Hà Nội imports 2023 through its own request; Tiền Giang imports 2024 through the endpoint.
      await within(P01, (d) => importYear(d, p01Year(), { year: 2023, importedBy: "admin.p01" }));
      const reply = await as("admin.p82", "POST", "/v1/years/2024/dataset", p82Year());
      expect(reply.status).toBe(201);
    });
    afterAll(() => close());

    it("each province's administrative units and imports are placed in it", async () => {
      expect(await driver.query("select id, province_id from admin_unit order by id")).toEqual([
        { id: "C00004", province_id: "P01" },
        { id: "C28261", province_id: "P82" },
        { id: "C28261-2025", province_id: "P82" },
        { id: "C28270", province_id: "P82" },
      ]);
      expect(await driver.query("select year, imported_by, province_id from import_log order by id")).toEqual(
        [
          { year: 2023, imported_by: "admin.p01", province_id: "P01" },
          { year: 2024, imported_by: "admin.p82", province_id: "P82" },
        ],
      );
    });

    it("a province's import cannot overwrite another province's administrative unit, even with the handler's check bypassed", async () => {
      const before = await ward();
      const taken = admin({ ...P01_WARD, name: "Phường đã bị sửa", parentId: "P82" });
      // The store's import as P82's request, bypassing the endpoint: the upsert meets P01's ward and is refused.
      const refused = await within(P82, (d) =>
        importYear(d, p82Year([...P82_UNITS, taken]), { year: 2030, importedBy: "admin.p82" }),
      ).catch((e: unknown) => e);
      expect(sqlStateOf(refused)).toBe("42501");
      expect(String((refused as Error).message)).toMatch(/row-level security/);
      expect(await ward()).toEqual(before);
      expect(
        Number((await driver.query("select count(*)::int as n from dataset_year where year = 2030"))[0]?.n),
      ).toBe(0);
      // Through the endpoint: refused as out of the account's scope, nothing written.
      const reply = await as("admin.p82", "POST", "/v1/years/2030/dataset", p82Year([...P82_UNITS, taken]));
      expect(reply.status).toBe(403);
      // Named and located (store migration 0011), its own units not: the officer knows what to take out.
      const problem = reply.body as {
        detail: string;
        issues: { code: string; path: string; pointer: string; message: string }[];
      };
      expect(problem.detail).toBe(
        "Bộ dữ liệu có 1 đơn vị hành chính thuộc tỉnh, thành phố khác; không có gì được lưu.",
      );
      expect(problem.issues).toEqual([
        {
          code: "OUT_OF_SCOPE",
          path: "dataset.adminUnits[3].id",
          pointer: "/dataset/adminUnits/3/id",
          message:
            'Đơn vị hành chính "C00004" (Phường đã bị sửa, adminUnits[3]) đã có trong kho nhưng không thuộc tỉnh, thành phố của tài khoản; một tỉnh không ghi đè đơn vị hành chính của tỉnh khác. Hãy bỏ đơn vị này khỏi dữ liệu, hoặc kiểm tra lại mã.',
        },
      ]);
      // The function answers only for the ids asked about, and only those not of the request's province.
      const asked = await within(P82, (d) =>
        d.query("select antq_admin_units_not_in_province(array['C00004', 'C28261', 'X-khong-co']) as id"),
      );
      expect(asked).toEqual([{ id: "C00004" }]);
      expect(await ward()).toEqual(before);
      // The province still updates its own units.
      const renamed = admin({ ...P82_UNITS[0], name: "Mỹ Thành (đã sửa)" });
      await within(P82, (d) =>
        importYear(d, p82Year([renamed, ...P82_UNITS.slice(1)]), { year: 2030, importedBy: "admin.p82" }),
      );
      expect(
        (await driver.query("select doc->>'name' as name from admin_unit where id = 'C28261'"))[0]?.name,
      ).toBe("Mỹ Thành (đã sửa)");
      await driver.query("delete from dataset_year where year = 2030");
      await driver.query("delete from import_log where year = 2030");
      await driver.query("update admin_unit set doc = $1 where id = 'C28261'", [
        JSON.stringify(P82_UNITS[0]),
      ]);
    });

    it("a province's requests read only its own administrative units and imports", async () => {
      const summary82 = await within(P82, (d) => storeSummary(d));
      expect(summary82.imports.map((i) => [i.year, i.importedBy])).toEqual([[2024, "admin.p82"]]);
      expect(summary82.years.map((y) => y.year)).toEqual([2024]);
      const summary01 = await within(P01, (d) => storeSummary(d));
      expect(summary01.imports.map((i) => [i.year, i.importedBy])).toEqual([[2023, "admin.p01"]]);
      expect(summary01.years.map((y) => y.year)).toEqual([2023]);

      const ids = (units: readonly AdminUnit[] | undefined) => (units ?? []).map((a) => a.id);
      expect(ids((await within(P82, (d) => loadYear(d, 2024))).adminUnits)).toEqual([
        "C28261",
        "C28261-2025",
        "C28270",
      ]);
      expect(ids((await within(P01, (d) => loadYear(d, 2023))).adminUnits)).toEqual(["C00004"]);
      const period = { from: 2023, to: 2025 };
      expect(ids((await within(P82, (d) => reviewRecords(d, period))).adminUnits)).not.toContain("C00004");
      expect(ids((await within(P01, (d) => reviewRecords(d, period))).adminUnits)).toEqual(["C00004"]);
      // The 2025 lineage the điển hình check reads: the new commune and both predecessors, inside the province.
      const cycle82 = await within(P82, (d) => cycleRecords(d, period));
      const merged = cycle82.adminUnits.find((a) => a.id === "C28261-2025");
      expect(merged?.predecessors?.map((p) => p.id)).toEqual(["C28261", "C28270"]);
      expect(ids(cycle82.adminUnits)).toEqual(["C28261", "C28261-2025", "C28270"]);
      expect(ids((await within(P01, (d) => cycleRecords(d, period))).adminUnits)).toEqual(["C00004"]);
      // The store's owner (the CLI) still reads every province's.
      expect((await storeSummary(driver)).imports.map((i) => i.year)).toEqual([2023, 2024]);
    });
  });
}
