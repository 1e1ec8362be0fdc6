/**
 * The embedded store in a real browser: PGlite in IndexedDB (`idb://`) with the default strict durability
 * (relaxed durability lost every row in the stack notes' run). Create, migrate, import a small generated year,
 * save a run, close, reopen the same database and read everything back. Runs in Debian's chromium through
 * vitest's browser mode (vitest.browser.config.ts).
 */
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import {
  importYear,
  latestAssessmentRun,
  loadYear,
  MIGRATIONS,
  migrate,
  pgliteDriver,
  saveAssessmentRun,
  storeSummary,
  unitYearCounts,
} from "../../src/index.js";
import { sampleYear } from "../helpers/fixtures.js";

/** The part of the browser's IndexedDB this test uses (the package compiles without the DOM library). */
declare const indexedDB: {
  deleteDatabase(name: string): {
    onsuccess: (() => void) | null;
    onerror: (() => void) | null;
    onblocked: (() => void) | null;
  };
};

const name = `antq-kho-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const open = async () => pgliteDriver(await PGlite.create({ dataDir: `idb://${name}` }));

afterAll(async () => {
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(`/pglite/${name}`);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
});

describe("kho dữ liệu trong trình duyệt (PGlite, IndexedDB)", () => {
  it("keeps an imported year and its results across close and reopen", { timeout: 240_000 }, async () => {
    expect(typeof indexedDB).toBe("object");
    const d = sampleYear(2024);
    const first = await open();
    try {
      expect((await migrate(first)).applied).toEqual(MIGRATIONS.map((m) => m.version));
      const r = await importYear(first, d, {
        year: 2024,
        importedBy: "Nguyễn Thị Lan",
        fileName: "nam-2024.json",
      });
      expect(r.counts.units).toBe(d.units.length);
      await saveAssessmentRun(first, {
        year: 2024,
        createdBy: "Nguyễn Thị Lan",
        ruleSetHash: "fnv1a64:trinh-duyet",
        versions: { "@antq/store": "0.0.0" },
        options: {},
        results: d.units.map((u, i) => ({
          unitId: u.id,
          overall: i % 4 === 0 ? "chua_dat" : "dat",
          criteria: {},
        })),
      });
    } finally {
      await first.close();
    }

    const again = await open();
    try {
      // Nothing left to apply: the schema survived; so did the year, the import record and the run.
      expect((await migrate(again)).applied).toEqual([]);
      const summary = await storeSummary(again);
      expect(summary.years.map((y) => [y.year, y.assessmentRuns])).toEqual([[2024, 1]]);
      expect(summary.imports[0]).toMatchObject({ importedBy: "Nguyễn Thị Lan", fileName: "nam-2024.json" });
      const back = await loadYear(again, 2024);
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      expect(back.units).toEqual([...d.units].sort(byId));
      expect(back.annualFacts?.length).toBe(d.annualFacts?.length);
      const run = await latestAssessmentRun(again, 2024);
      expect(run?.results.length).toBe(d.units.length);
      const counts = await unitYearCounts(again, { from: 2024, to: 2024 });
      const failing = d.units.filter((_, i) => i % 4 === 0).length;
      expect(
        counts.value.rows.filter((c) => c.outcome === "chua_dat").reduce((s, c) => s + c.unitYears, 0),
      ).toBe(failing);
    } finally {
      await again.close();
    }
  });
});
