/**
 * The names the TSDoc examples of @antq/store use: `driver`, an in-memory PGlite store (migrated) holding
 * 2023 and 2024 of a generated Tiền Giang data set and an assessment run of 2024 (every fifth unit
 * "chua_dat"); `run`, a run of 2023 to save; `dataset`, the 2025 year not imported yet; and, per source
 * file, what its examples change (`ownScope`): a fresh empty store, a data folder copied from the template the
 * global setup makes, the PostgreSQL server of the test run.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseAwardProposal } from "@antq/rules-awards";
import type { ExampleBlock } from "@antq/test-support";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import {
  type AssessmentRunInput,
  importCycleYear,
  importYear,
  migrate,
  pgliteDriver,
  type SqlDriver,
  saveAssessmentRun,
} from "../../src/index.js";
import { sampleYear } from "../helpers/fixtures.js";

const drivers: SqlDriver[] = [];
const folders: string[] = [];

const memoryDriver = async (): Promise<SqlDriver> => {
  const driver = pgliteDriver(await PGlite.create());
  drivers.push(driver);
  return driver;
};

/** A migrated in-memory store with 2023 and 2024 imported by can-bo-01, and 2024 assessed. */
export async function exampleFixtures(): Promise<Record<string, unknown>> {
  const driver = await memoryDriver();
  await migrate(driver);
  const y2023 = await importYear(driver, sampleYear(2023), { year: 2023, importedBy: "can-bo-01" });
  const d2024 = sampleYear(2024);
  const y2024 = await importYear(driver, d2024, {
    year: 2024,
    importedBy: "can-bo-01",
    fileName: "du-lieu-2024.json",
  });
  const assessed = (units: readonly { readonly id: string }[]) =>
    units.map((u, i) => {
      const overall = i % 5 === 4 ? "chua_dat" : "dat";
      return { unitId: u.id, overall, criteria: { "tt124.d4.k1": overall } };
    });
  const version = { "@antq/rules-antt": "0.1.0" };
  await saveAssessmentRun(driver, {
    year: 2024,
    createdBy: "can-bo-01",
    ruleSetHash: "fnv1a64:5d1c0b7e2a9f4c31",
    versions: version,
    options: {},
    results: assessed(d2024.units),
  });
  const run: AssessmentRunInput = {
    year: 2023,
    createdBy: "can-bo-02",
    ruleSetHash: "fnv1a64:5d1c0b7e2a9f4c31",
    versions: version,
    options: { strict: true },
    results: assessed(sampleYear(2023).units),
  };
  return {
    PGlite,
    join,
    resolve,
    homedir,
    driver,
    counts: y2024.counts,
    imported: { 2023: y2023, 2024: y2024 },
    dataset: sampleYear(2025),
    run,
  };
}

/** A new data folder holding an initialised (not yet migrated) PGlite cluster, as `openStore` creates one. */
function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "antq-store-example-"));
  cpSync(inject("pgliteTemplate"), dir, { recursive: true });
  folders.push(dir);
  return dir;
}

/** Closes the stores and removes the data folders the examples used. */
export async function cleanupExamples(): Promise<void> {
  for (const d of drivers.splice(0)) await d.close().catch(() => {});
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
}

/** What the examples of one file need afresh: they write, so each gets its own store or folder. */
export async function ownScope(file: string, block: ExampleBlock): Promise<Record<string, unknown>> {
  if (!/\b(driver|folder|postgresUrl)\b/.test(block.code)) return {};
  switch (file) {
    case "cycle-import.ts":
    case "import.ts": {
      const driver = await memoryDriver();
      await migrate(driver);
      return { driver };
    }
    case "results.ts": {
      const driver = await memoryDriver();
      await migrate(driver);
      await importYear(driver, sampleYear(2023), { year: 2023, importedBy: "can-bo-01" });
      return { driver };
    }
    case "award-proposals.ts": {
      // 2024 of Tiền Giang with one proposal: a Kỷ niệm chương for a member of a Tổ bảo vệ ANTT.
      const driver = await memoryDriver();
      await migrate(driver);
      const proposal = parseAwardProposal({
        id: "knc-01",
        form: "commemorative-medal",
        issuer: { kind: "minister-of-public-security" },
        recipient: { kind: "individual", name: "Trần Thị Mai" },
        proposedOn: "2024-09-25",
        year: 2024,
        reason: "10 năm tham gia lực lượng bảo vệ an ninh, trật tự ở cơ sở",
      });
      if (!proposal.ok) throw new Error(JSON.stringify(proposal.issues));
      await importCycleYear(
        driver,
        { ...sampleYear(2024), awardProposals: [proposal.value] },
        { year: 2024, importedBy: "can-bo-01" },
      );
      return { driver };
    }
    case "migrate.ts":
      return { driver: await memoryDriver() };
    case "node/lock.ts":
    case "node/open.ts":
      return { folder: dataFolder() };
    case "node/postgres.ts":
      return { postgresUrl: inject("postgresUrl") };
    default:
      return {};
  }
}
