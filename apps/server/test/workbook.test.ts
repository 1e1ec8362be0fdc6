import type { AnnualFacts, AssessedUnit } from "@antq/domain";
import { FACTS_SHEET } from "@antq/sheets";
import { buildDataWorkbook, workbookBytes } from "@antq/sheets/xlsx";
import type { SqlDriver } from "@antq/store";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XLSX_MEDIA_TYPE } from "../src/routes/upload.js";
import { testStores } from "./stores.js";
import { call, column, sampleDataset, signInAccounts, testApp } from "./support.js";

/** The sample province as an officer's workbook (antq's templates); `edit` changes the facts sheet first. */
const sampleWorkbook = async (
  pick: (units: AssessedUnit[], facts: AnnualFacts[]) => [AssessedUnit[], AnnualFacts[]] = (u, f) => [u, f],
  edit?: (sheet: NonNullable<ReturnType<ReturnType<typeof buildDataWorkbook>["getWorksheet"]>>) => void,
) => {
  const sample = sampleDataset() as unknown as { units: AssessedUnit[]; annualFacts: AnnualFacts[] };
  const workbook = buildDataWorkbook(...pick(sample.units, sample.annualFacts));
  const facts = workbook.getWorksheet(FACTS_SHEET.sheetName);
  if (edit && facts) edit(facts);
  return workbookBytes(workbook);
};

const residentColumn = FACTS_SHEET.columns.findIndex((c) => c.path.join(".") === "households.resident") + 1;

for (const store of testStores()) {
  describe(`uploading a workbook on ${store.name}`, () => {
    let driver: SqlDriver;
    let close: () => Promise<void>;
    let app: ReturnType<typeof testApp>;
    const cookies: Record<string, string> = {};
    const upload = (who: string, path: string, body: Uint8Array | string, type = XLSX_MEDIA_TYPE) =>
      call(app, "POST", path, {
        body,
        headers: { cookie: `antq_session=${cookies[who]}`, origin: "http://localhost", "content-type": type },
      });
    const count = async (sql: string) => Number((await driver.query(sql))[0]?.n);

    beforeAll(async () => {
      ({ driver, close } = await store.open());
      app = testApp({ data: { driver, secureCookies: false } });
      Object.assign(
        cookies,
        await signInAccounts(app, driver, [["can-bo.my-thanh", "commune_officer", "C28261"]]),
      );
    });
    afterAll(() => close());

    it("refuses a wrong cell with its sheet, row and column in Vietnamese, and writes nothing", async () => {
      const bytes = await sampleWorkbook(undefined, (sheet) => {
        sheet.getRow(3).getCell(residentColumn).value = "nhiều";
      });
      const reply = await upload("admin.p82", "/v1/years/2024/workbook?file=Vĩnh Long 2024.xlsx", bytes);
      expect(reply.status).toBe(422);
      expect(reply.body.detail).toContain("Vĩnh Long 2024.xlsx");
      const issue = reply.body.issues.find((i: { sheet?: string }) => i.sheet === FACTS_SHEET.sheetName);
      expect(issue).toMatchObject({ sheet: "Dữ kiện năm", row: 3, path: "households.resident" });
      expect(issue.column).toMatch(/^[A-Z]+$/);
      expect(issue.message).toMatch(/số/);
      expect(await count("select count(*)::int as n from unit_year")).toBe(0);
    });

    it("refuses what is not a workbook, a zip bomb and other media types; a path in the name is not used", async () => {
      const notZip = await upload("admin.p82", "/v1/years/2024/workbook?file=../../etc/passwd", "xin chào");
      expect(notZip.status).toBe(422);
      expect(notZip.body.issues[0].code).toMatch(/^XLSX_(NOT_ZIP|CORRUPT)$/);
      expect(notZip.body.issues[0].message).toMatch(/xlsx|Excel/);
      expect(notZip.body.detail).toMatch(/^passwd: /);
      const bomb = zipSync({ "xl/worksheets/sheet1.xml": strToU8("<a/>".repeat(1_000_000)) }, { level: 9 });
      const bombed = await upload("admin.p82", "/v1/years/2024/workbook", bomb);
      expect(bombed.status).toBe(422);
      expect(bombed.body.issues[0].code).toMatch(/^XLSX_(ZIP_BOMB|LIMIT)$/);
      const json = await upload("admin.p82", "/v1/years/2024/workbook", await sampleWorkbook(), "text/csv");
      expect(json.status).toBe(415);
      expect(await count("select count(*)::int as n from unit_year")).toBe(0);
    });

    it("the province imports the year from its workbook: the same records as the JSON dataset", async () => {
      const reply = await upload("admin.p82", "/v1/years/2024/workbook", await sampleWorkbook());
      expect(reply.status).toBe(201);
      expect(reply.body).toEqual({ year: 2024, mode: "province-import", units: 8, annualFacts: 8 });
      const [facts] = await driver.query(
        "select doc from annual_facts where year = 2024 and unit_id = 'kdc-ap-my-loi'",
      );
      const expected = sampleDataset().annualFacts.find((f) => f.unitId === "kdc-ap-my-loi") as {
        households: unknown;
      };
      expect(column<{ households: unknown }>(facts, "doc").households).toEqual(expected.households);
      expect(await count("select count(*)::int as n from audit_log where entity = 'year'")).toBe(1);
    });

    it("a commune officer's workbook naming another commune's unit is refused, located at its row", async () => {
      const own = (u: AssessedUnit) => u.location.communeId === "C28261";
      const foreign = await sampleWorkbook((units, facts) => [
        units,
        facts.filter((f) => units.some((u) => u.id === f.unitId)),
      ]);
      const refused = await upload("can-bo.my-thanh", "/v1/years/2024/workbook", foreign);
      expect(refused.status).toBe(403);
      const rows = refused.body.issues.filter((i: { code: string }) => i.code === "OUT_OF_SCOPE");
      expect(rows.length).toBeGreaterThan(0);
      for (const issue of rows) {
        expect(typeof issue.sheet).toBe("string");
        expect(issue.row).toBeGreaterThan(1);
      }
      const mine = await sampleWorkbook((units, facts) => {
        const kept = units.filter(own);
        return [kept, facts.filter((f) => kept.some((u) => u.id === f.unitId))];
      });
      const ok = await upload("can-bo.my-thanh", "/v1/years/2024/workbook", mine);
      expect(ok.status).toBe(201);
      expect(ok.body.mode).toBe("commune-facts");
      expect(ok.body.annualFacts).toBeGreaterThan(0);
    });
  });
}
