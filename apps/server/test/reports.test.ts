import type { SqlDriver } from "@antq/store";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testStores } from "./stores.js";
import { sampleDataset, signedInCaller, signInAccounts, testApp } from "./support.js";

for (const store of testStores()) {
  describe(`report download on ${store.name}`, () => {
    let driver: SqlDriver;
    let close: () => Promise<void>;
    let app: ReturnType<typeof testApp>;
    const cookies: Record<string, string> = {};
    const as = signedInCaller(() => app, cookies);

    beforeAll(async () => {
      ({ driver, close } = await store.open());
      app = testApp({ data: { driver, secureCookies: false } });
      Object.assign(
        cookies,
        await signInAccounts(app, driver, [["can-bo.my-thanh", "commune_officer", "C28261"]]),
      );
    });
    afterAll(() => close());

    it("answers 404 for a period the store does not hold, and 403 to a commune officer", async () => {
      const empty = await as("admin.p82", "GET", "/v1/reports/docx?from=2024&to=2024");
      expect(empty.status).toBe(404);
      expect(empty.body.detail).toMatch(/2024/);
      expect((await as("can-bo.my-thanh", "GET", "/v1/reports/docx?from=2024&to=2024")).status).toBe(403);
    });

    it("downloads the year's report as DOCX and its annexes as XLSX", async () => {
      expect((await as("admin.p82", "POST", "/v1/years/2024/dataset", sampleDataset())).status).toBe(201);
      const docx = await app.request("/v1/reports/docx?from=2024&to=2024", {
        headers: { cookie: `antq_session=${cookies["admin.p82"]}` },
      });
      expect(docx.status, await docx.clone().text()).toBe(200);
      expect(docx.headers.get("content-disposition")).toBe('attachment; filename="bao-cao-2024.docx"');
      const parts = unzipSync(new Uint8Array(await docx.arrayBuffer()));
      const body = new TextDecoder().decode(parts["word/document.xml"]);
      expect(body).toContain("Độc lập - Tự do - Hạnh phúc");
      const xlsx = await app.request("/v1/reports/xlsx?from=2024&to=2024", {
        headers: { cookie: `antq_session=${cookies["admin.p82"]}` },
      });
      expect(xlsx.status).toBe(200);
      expect(Object.keys(unzipSync(new Uint8Array(await xlsx.arrayBuffer())))).toContain("xl/workbook.xml");
    });
  });
}
