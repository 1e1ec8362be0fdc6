import type { Dataset } from "@antq/domain";
import type { SqlDriver } from "@antq/store";
import { importYear } from "@antq/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testStores } from "./stores.js";
import { sampleDataset, signedInCaller, signInAccounts, testApp } from "./support.js";

for (const store of testStores()) {
  describe(`the yearly workflow on ${store.name}`, () => {
    let driver: SqlDriver;
    let close: () => Promise<void>;
    let app: ReturnType<typeof testApp>;
    const cookies: Record<string, string> = {};
    const as = signedInCaller(() => app, cookies);

    beforeAll(async () => {
      ({ driver, close } = await store.open());
      await importYear(driver, sampleDataset() as unknown as Dataset, { year: 2024, importedBy: "test" });
      app = testApp({ data: { driver, secureCookies: false } });
      Object.assign(
        cookies,
        await signInAccounts(app, driver, [
          ["can-bo.my-thanh", "commune_officer", "C28261"],
          ["can-bo.dao-thanh", "commune_officer", "C28270"],
          ["xem", "read_only", null],
        ]),
      );
    });
    afterAll(() => close());

    const base = "/v1/years/2024/communes/C28261";

    it("submit → return → submit → approve, each by whom it belongs to, audited before/after", async () => {
      expect((await as("can-bo.my-thanh", "GET", `${base}/status`)).body).toMatchObject({
        status: "open",
        statusTitle: "Đang nhập liệu",
      });
      expect((await as("can-bo.dao-thanh", "POST", `${base}/submit`)).status).toBe(403);
      expect((await as("xem", "POST", `${base}/submit`)).status).toBe(403);
      expect((await as("can-bo.my-thanh", "POST", `${base}/approve`)).status).toBe(403);
      expect((await as("admin.p82", "POST", `${base}/approve`)).status).toBe(409);
      expect((await as("can-bo.my-thanh", "POST", `${base}/submit`)).body.status).toBe("submitted");
      expect((await as("can-bo.my-thanh", "POST", `${base}/submit`)).status).toBe(409);
      expect((await as("admin.p82", "POST", `${base}/return`)).body.status).toBe("returned");
      expect((await as("can-bo.my-thanh", "POST", `${base}/submit`)).body.status).toBe("submitted");
      const approved = await as("admin.p82", "POST", `${base}/approve`);
      expect(approved.body).toMatchObject({ status: "approved", statusTitle: "Tỉnh đã duyệt (đã khoá)" });
      const log = await driver.query(
        "select actor, action, before, after from audit_log where entity = 'commune_year' order by id",
      );
      expect(
        log.map((r) => [
          r.actor,
          r.action,
          (r.before as { status: string }).status,
          (r.after as { status: string }).status,
        ]),
      ).toEqual([
        ["can-bo.my-thanh", "submit", "open", "submitted"],
        ["admin.p82", "return", "submitted", "returned"],
        ["can-bo.my-thanh", "submit", "returned", "submitted"],
        ["admin.p82", "approve", "submitted", "approved"],
      ]);
    });

    it("an approved year is locked: facts, commune submissions and a province re-import are refused (409)", async () => {
      const facts = (await as("admin.p82", "GET", "/v1/years/2024/units/kdc-ap-my-loi")).body.facts;
      const put = await as("admin.p82", "PUT", "/v1/years/2024/units/kdc-ap-my-loi/facts", { facts });
      expect(put.status).toBe(409);
      expect(put.body.detail).toContain("đã được tỉnh duyệt và đã khoá");
      const own = sampleDataset().units.filter(
        (u) => (u.location as { communeId: string }).communeId === "C28261",
      );
      const ids = new Set(own.map((u) => u.id));
      const submit = await as("can-bo.my-thanh", "POST", "/v1/years/2024/dataset", {
        schemaVersion: 1,
        units: own,
        annualFacts: sampleDataset().annualFacts.filter((f) => ids.has(f.unitId)),
      });
      expect(submit.status).toBe(409);
      expect(
        (await as("admin.p82", "POST", "/v1/years/2024/dataset?replace=true", sampleDataset())).status,
      ).toBe(409);
      // Another commune stays open.
      const otherId = (await as("can-bo.dao-thanh", "GET", "/v1/years/2024/units?kind=residential-area")).body
        .units[0].unitId;
      const otherFacts = (await as("can-bo.dao-thanh", "GET", `/v1/years/2024/units/${otherId}`)).body.facts;
      expect(
        (await as("can-bo.dao-thanh", "PUT", `/v1/years/2024/units/${otherId}/facts`, { facts: otherFacts }))
          .status,
      ).toBe(200);
    });

    it("another commune's status is 403 for a commune officer, and unknown communes 404", async () => {
      expect((await as("can-bo.dao-thanh", "GET", `${base}/status`)).status).toBe(403);
      expect((await as("admin.p82", "GET", "/v1/years/2024/communes/C99999/status")).status).toBe(404);
    });
  });
}
