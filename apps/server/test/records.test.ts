import type { Dataset } from "@antq/domain";
import { importYear, type SqlDriver, saveAssessmentRun } from "@antq/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scoped } from "../src/db.js";
import { testStores } from "./stores.js";
import { call, EVERY_ROLE, sampleDataset, signInAccounts, testApp } from "./support.js";

/** The sample province (P82: communes C28261 and C28270) plus one residential area of P01. */
const twoProvinces = (): Dataset => {
  const d = sampleDataset();
  const area = {
    ...(d.units[1] as Record<string, unknown>),
    id: "kdc-to-1-ha-noi",
    name: "Tổ dân phố số 1",
    location: { provinceId: "P01", communeId: "C00004" },
  };
  return { schemaVersion: 1, units: [...d.units, area], annualFacts: d.annualFacts } as unknown as Dataset;
};

const award = (id: string, unitId: string, form: string) => ({
  id,
  form,
  date: "2024-12-20",
  issuer: { kind: "provincial-peoples-committee" },
  recipient: { kind: "collective", unitId, name: unitId },
});

/** Who sees what: the ids each list answers with, per account (no commune filter). */
const SEES: Record<string, Record<"classifications" | "plans" | "awards", string[]>> = {
  "admin.p82": {
    classifications: ["C28261", "C28270", "kdc-ap-my-loi", "kdc-khu-pho-2"],
    plans: ["kh-c28261", "kh-c28270", "kh-tinh"],
    awards: ["kt-1", "kt-2", "kt-3"],
  },
  "can-bo.my-thanh": {
    classifications: ["C28261", "kdc-ap-my-loi"],
    plans: ["kh-c28261", "kh-tinh"],
    awards: ["kt-1", "kt-2"],
  },
  "admin.p01": { classifications: ["kdc-to-1-ha-noi"], plans: ["kh-p01"], awards: ["kt-p01"] },
};
SEES["can-bo.tinh"] = SEES["admin.p82"] as (typeof SEES)[string];
SEES.xem = SEES["admin.p82"] as (typeof SEES)[string];

const KEYS = { classifications: "units", plans: "plans", awards: "awards" } as const;
const ID = { classifications: "unitId", plans: "planId", awards: "awardId" } as const;

for (const store of testStores()) {
  describe(`classification, plan and award reads on ${store.name}`, () => {
    let driver: SqlDriver;
    let close: () => Promise<void>;
    let app: ReturnType<typeof testApp>;
    const cookies: Record<string, string> = {};
    const get = (who: string | undefined, path: string) =>
      call(
        app,
        "GET",
        path,
        who === undefined ? {} : { headers: { cookie: `antq_session=${cookies[who]}` } },
      );
    const ids = async (who: string, list: keyof typeof KEYS, query = "") => {
      const reply = await get(who, `/v1/years/2024/${list}${query}`);
      expect(reply.status, `${who} ${list}${query}`).toBe(200);
      return (reply.body[KEYS[list]] as Record<string, string>[]).map((row) => row[ID[list]]).sort();
    };

    beforeAll(async () => {
      ({ driver, close } = await store.open());
      await importYear(driver, twoProvinces(), { year: 2024, importedBy: "test" });
      for (const [id, unitId, province, form] of [
        ["kt-1", "kdc-ap-my-loi", "P82", "bang-khen"],
        ["kt-2", "C28261", "P82", "giay-khen"],
        ["kt-3", "kdc-khu-pho-2", "P82", "bang-khen"],
        ["kt-p01", "kdc-to-1-ha-noi", "P01", "bang-khen"],
      ] as const)
        await driver.query(
          "insert into award (year, award_id, form, issuer_kind, recipient_kind, award_date, province_id, doc) values (2024, $1, $2, 'provincial-peoples-committee', 'collective', '2024-12-20', $3, $4)",
          [id, form, province, JSON.stringify(award(id, unitId, form))],
        );
      for (const [id, scope, province] of [
        ["kh-tinh", null, "P82"],
        ["kh-c28261", "C28261", "P82"],
        ["kh-c28270", "C28270", "P82"],
        ["kh-p01", null, "P01"],
      ] as const)
        await driver.query("insert into plan (year, plan_id, province_id, doc) values (2024, $1, $2, $3)", [
          id,
          province,
          JSON.stringify({ id, title: `Kế hoạch ${id}`, ...(scope === null ? {} : { scopeId: scope }) }),
        ]);
      await saveAssessmentRun(driver, {
        year: 2024,
        kind: "classification",
        createdBy: "can-bo.tinh",
        ruleSetHash: "sha256:qd510",
        versions: { "@antq/criteria": "0.1.0" },
        options: {},
        results: ["C28261", "C28270", "kdc-ap-my-loi", "kdc-khu-pho-2", "kdc-to-1-ha-noi"].map(
          (unitId, i) => ({
            unitId,
            overall: i % 2 === 0 ? "xuat-sac" : "kha",
            score: 80 + i,
            criteria: { "1": "dat" },
          }),
        ),
      });
      app = testApp({ data: { driver, secureCookies: false } });
      Object.assign(cookies, await signInAccounts(app, driver, EVERY_ROLE));
    });
    afterAll(() => close());

    it("every role sees its own province, a commune officer only their commune (and province-wide plans)", async () => {
      for (const [who, lists] of Object.entries(SEES))
        for (const [list, expected] of Object.entries(lists))
          expect(await ids(who, list as keyof typeof KEYS), `${who} ${list}`).toEqual(expected);
      for (const list of Object.keys(KEYS))
        expect((await get(undefined, `/v1/years/2024/${list}`)).status).toBe(401);
    });

    it("row-level security alone (no filter in the query) keeps a commune officer to P82 and their commune's results", async () => {
      const rows = await scoped(driver, { provinceId: "P82", communeId: "C28261" }, (tx) =>
        tx.query(
          `select 'plan' as t, plan_id as id from plan union all select 'award', award_id from award
           union all select 'result', unit_id from assessment_result order by 1, 2`,
        ),
      );
      expect(rows.map((r) => `${r.t}:${r.id}`)).toEqual([
        "award:kt-1",
        "award:kt-2",
        "award:kt-3",
        "plan:kh-c28261",
        "plan:kh-c28270",
        "plan:kh-tinh",
        "result:C28261",
        "result:kdc-ap-my-loi",
      ]);
    });

    it("commune filters: the province narrows to a commune; a commune officer asking for another gets 403", async () => {
      expect(await ids("can-bo.tinh", "classifications", "?communeId=C28270")).toEqual([
        "C28270",
        "kdc-khu-pho-2",
      ]);
      expect(await ids("can-bo.tinh", "plans", "?communeId=C28270")).toEqual(["kh-c28270", "kh-tinh"]);
      expect(await ids("xem", "awards", "?communeId=C28270")).toEqual(["kt-3"]);
      expect(await ids("admin.p01", "awards", "?communeId=C28261")).toEqual([]);
      for (const list of Object.keys(KEYS)) {
        const other = await get("can-bo.my-thanh", `/v1/years/2024/${list}?communeId=C28270`);
        expect(other.status).toBe(403);
        expect(await ids("can-bo.my-thanh", list as keyof typeof KEYS, "?communeId=C28261")).toEqual(
          SEES["can-bo.my-thanh"]?.[list as keyof typeof KEYS],
        );
      }
      expect(await ids("admin.p82", "awards", "?form=giay-khen")).toEqual(["kt-2"]);
      expect(await ids("admin.p82", "classifications", "?level=kha")).toEqual(["C28270", "kdc-khu-pho-2"]);
    });

    it("pages with cursors bound to their filters; the run's provenance is given", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const reply = await get(
          "admin.p82",
          `/v1/years/2024/awards?limit=1${cursor === null ? "" : `&cursor=${cursor}`}`,
        );
        expect(reply.status).toBe(200);
        seen.push(...reply.body.awards.map((a: { awardId: string }) => a.awardId));
        cursor = reply.body.nextCursor;
      } while (cursor !== null && seen.length < 10);
      expect(seen).toEqual(["kt-1", "kt-2", "kt-3"]);
      const first = await get("admin.p82", "/v1/years/2024/plans?limit=1");
      const reused = await get(
        "can-bo.my-thanh",
        `/v1/years/2024/plans?limit=1&cursor=${first.body.nextCursor}`,
      );
      expect(reused.status).toBe(422);
      const classified = await get("can-bo.tinh", "/v1/years/2024/classifications");
      expect(classified.body.run).toMatchObject({ createdBy: "can-bo.tinh", ruleSetHash: "sha256:qd510" });
      expect(classified.body.units[0]).toMatchObject({ unitId: "C28261", level: "xuat-sac", score: 80 });
      const none = await get("can-bo.tinh", "/v1/years/2023/classifications");
      expect(none.body).toEqual({ year: 2023, run: null, units: [], nextCursor: null });
    });
  });
}
