/**
 * The versioned documents of `antq nhap --json` (`antq.import/1`) and `antq kho --json`
 * (`antq.store-summary/1`): their published JSON Schemas are up to date, and the documents of a real import
 * into a PGlite store (a generated year of Tiền Giang, imported, then replaced) parse with real values.
 */
import { describeSchemaFiles } from "@antq/test-support";
import { afterAll, describe, expect, it } from "vitest";
import {
  ImportDocumentSchema,
  importCycleYear,
  importDocument,
  StoreSummaryDocumentSchema,
  storeSummary,
  storeSummaryDocument,
} from "../src/index.js";
import { engines } from "./helpers/engines.js";
import { sampleYear } from "./helpers/fixtures.js";

describeSchemaFiles({
  root: new URL("../", import.meta.url),
  name: "store",
  files: [
    { file: "import.schema.json", schema: ImportDocumentSchema, tag: "antq.import/1" },
    { file: "store-summary.schema.json", schema: StoreSummaryDocumentSchema, tag: "antq.store-summary/1" },
  ],
});

describe("antq.import/1 and antq.store-summary/1 of a real store", () => {
  const [pglite] = engines();
  afterAll(async () => {
    await pglite?.cleanup();
  });

  it("carry the import's id, year, counts and the history, as numbers", async () => {
    if (!pglite) throw new Error("no PGlite engine");
    const store = await pglite.open();
    try {
      const year = sampleYear(2024);
      const first = await importCycleYear(store.driver, year, { year: 2024, importedBy: "Trần Thị Mai" });
      const doc = ImportDocumentSchema.parse(importDocument(first, store.displayLocation));
      expect(doc.format).toBe("antq.import/1");
      expect([doc.year, doc.replaced, doc.removedRuns]).toEqual([2024, false, 0]);
      expect(doc.counts.units).toBe(year.units.length);
      expect(doc.location).toBe(store.displayLocation);
      const again = await importCycleYear(store.driver, year, {
        year: 2024,
        importedBy: "Nguyễn Văn An",
        replace: true,
      });
      expect(ImportDocumentSchema.parse(importDocument(again, store.displayLocation)).replaced).toBe(true);

      const summary = StoreSummaryDocumentSchema.parse(
        storeSummaryDocument(await storeSummary(store.driver), {
          location: store.displayLocation,
          engine: store.engine,
          schemaVersion: store.migration.version,
        }),
      );
      expect(summary.format).toBe("antq.store-summary/1");
      expect([summary.engine, summary.schemaVersion]).toEqual(["pglite", store.migration.version]);
      expect(summary.years.map((y) => [y.year, y.import.importedBy, y.assessmentRuns])).toEqual([
        [2024, "Nguyễn Văn An", 0],
      ]);
      expect(summary.imports.map((i) => [i.id, i.replaced])).toEqual([
        [first.importId, false],
        [again.importId, true],
      ]);
      expect(summary.years[0]?.import.counts.units).toBe(year.units.length);
      expect("version" in summary).toBe(false);
    } finally {
      await store.close();
    }
  });
});
