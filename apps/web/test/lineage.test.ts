/**
 * The browser's multi-year record follows communes merged in the 2025 reorganisation, as `antq bao-cao --tu-kho`
 * does: two years of a datagen province (2024 and 2025) given as JSON datasets with their administrative units,
 * two communes merged into a new one on 01/7/2025 (recorded under the new commune in 2025). Each year is read,
 * assessed and saved by the worker's modules (./src/engine.ts, ./src/history.ts, PGlite in memory here instead of
 * IndexedDB), then the sơ kết's figures and its annex must equal the CLI's on the same files (`antq nhap`,
 * `antq danh-gia --tu-kho --luu-kho`, `antq bao-cao --tu-kho --json`), and the annex must count the former
 * communes' units under the new commune.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateProvince } from "@antq/datagen";
import { type AdminUnit, type AnnualFacts, type AssessedUnit, PROVINCE_UNITS } from "@antq/domain";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";

// The record in memory: Node has no IndexedDB (the page's `idb://` data folder).
vi.mock("@electric-sql/pglite", async (original) => {
  const pglite = (await original()) as typeof import("@electric-sql/pglite");
  return {
    ...pglite,
    PGlite: {
      create: ({ dataDir: _idb, ...options }: { dataDir?: string }) => pglite.PGlite.create(options),
    },
  };
});

// The DOCX's charts are drawn with the site's fonts (a browser asset); only its XLSX annex is compared here.
vi.mock("../src/chart-png.js", () => ({
  browserChartRenderer: async () => () =>
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    ),
}));

const { Session } = await import("../src/engine.js");
const history = await import("../src/history.js");
const { cliAsync, cliJsonAsync } = await import("./demo-data.js");

const SEED = 2025;
const shipped = new Set(PROVINCE_UNITS.map((p) => p.id));
const MERGED = "C28900-2025";
const FORMER = ["C28000", "C28001"];

/** One year's JSON dataset: the province's own administrative units (not the shipped provinces) with it. */
const yearDataset = (year: number) => {
  const p = generateProvince({ seed: SEED, year, communes: 3 });
  const merged: AdminUnit = {
    id: MERGED,
    code: "28900",
    name: "Tân Mỹ Chánh",
    type: "commune",
    parentId: "P82-2025",
    validFrom: "2025-07-01",
    predecessors: FORMER.map((id) => ({ id, share: "whole" })),
  } as unknown as AdminUnit;
  const adminUnits = [...p.adminUnits.filter((a) => !shipped.has(a.id)), merged];
  let units: AssessedUnit[] = [...p.units];
  // Last year's counts come from the record (2024's for 2025; none for 2024, so Điều 4 khoản 4 điểm a is
  // "cần xem xét" there), in the page as in `antq danh-gia --tu-kho`: the typed ones are left out.
  let facts: AnnualFacts[] = p.facts.map(({ previousYearCounts: _typed, ...f }) => f as AnnualFacts);
  if (year >= 2025) {
    // Recorded under the new commune: the former communes' units move to it; the first former commune's own
    // record becomes the new commune's, the second's is gone.
    const gone = units.find((u) => u.kind === "commune" && u.location.communeId === FORMER[1])?.id;
    const became = units.find((u) => u.kind === "commune" && u.location.communeId === FORMER[0])?.id;
    units = units
      .filter((u) => u.id !== gone)
      .map((u) => {
        if (!FORMER.includes(u.location.communeId as string)) return u;
        const location = { ...u.location, provinceId: "P82-2025", communeId: MERGED };
        return u.id === became
          ? ({ ...u, id: MERGED, name: "Xã Tân Mỹ Chánh", adminUnitId: MERGED, location } as AssessedUnit)
          : ({ ...u, location } as AssessedUnit);
      });
    facts = facts
      .filter((f) => f.unitId !== gone)
      .map((f) => (f.unitId === became ? ({ ...f, unitId: MERGED } as AnnualFacts) : f));
  }
  return { schemaVersion: 1, adminUnits, units, annualFacts: facts };
};

const cellsOf = async (bytes: Uint8Array | Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet
      .getSheetValues()
      .map((row) => (Array.isArray(row) ? row.map((v) => (v instanceof Date ? v.toISOString() : v)) : row)),
  }));
};

let dir: string;
let files: Record<number, string>;
/** The CLI's sơ kết from its store, started in beforeAll and awaited by the test (the page works meanwhile). */
let cli: Promise<{ summary: string; figures: unknown[] }>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "antq-web-lineage-"));
  files = {};
  for (const year of [2024, 2025]) {
    files[year] = join(dir, `du-lieu-${year}.json`);
    writeFileSync(files[year], JSON.stringify(yearDataset(year)));
  }
  const kho = join(dir, "kho");
  cli = (async () => {
    for (const year of [2024, 2025]) {
      await cliAsync(["nhap", files[year] as string, "--nam", String(year), "--kho", kho], dir);
      const y = String(year);
      await cliAsync(
        ["danh-gia", "--tu-kho", "--nam", y, "--kho", kho, "--luu-kho", "--ra", join(dir, `kq-${y}.xlsx`)],
        dir,
      );
    }
    const period = ["--loai", "so-ket", "--tu", "2024", "--den", "2025"];
    return (await cliJsonAsync(
      ["bao-cao", "--tu-kho", "--kho", kho, ...period, "--ra", join(dir, "bc.docx"), "--json"],
      dir,
    )) as { summary: string; figures: unknown[] };
  })();
  cli.catch(() => {});
});

// Five runs of the CLI binary one after the other (the store is one folder): more time under load.
describe("the browser's record across the 2025 reorganisation", { timeout: 300_000 }, () => {
  it("keeps the administrative units with each year and reports as antq bao-cao --tu-kho", async () => {
    for (const year of [2024, 2025]) {
      const session = new Session();
      const load = await session.load(
        `du-lieu-${year}.json`,
        new Uint8Array(readFileSync(files[year] as string)),
      );
      expect(load.errors).toBe(0);
      expect(load.adminUnits).toBe(yearDataset(year).adminUnits.length);
      session.assess(year, {}, () => {}, await history.recordedPreviousYear(year));
      const saved = session.yearToSave();
      expect(saved.dataset.adminUnits?.map((a) => a.id)).toContain(MERGED);
      await history.saveYear(saved);
    }
    const view = await history.period(2024, 2025);
    expect(view.figures).toEqual((await cli).figures);
    const docx = await history.periodDocx(2024, 2025);
    const mine = await cellsOf(docx.annex.bytes);
    const theirs = await cellsOf(readFileSync(join(dir, "bc-phu-luc.xlsx")));
    expect(mine.map((s) => s.name)).toEqual(theirs.map((s) => s.name));
    // The annex names its source (the record here, the CLI's store there); every other cell is the same.
    const withoutSource = (sheets: typeof mine) => JSON.stringify(sheets).replace(/Kho [^"]*/g, "Kho");
    expect(withoutSource(mine)).toEqual(withoutSource(theirs));
    // The new commune's rows count the former communes' units of 2024 too, and name them.
    const former = generateProvince({ seed: SEED, year: 2024, communes: 3 })
      .adminUnits.filter((a) => FORMER.includes(a.id))
      .map((a) => a.name);
    const merged = mine.flatMap((s) => s.rows).filter((r) => JSON.stringify(r).includes("Tân Mỹ Chánh"));
    expect(merged.length).toBeGreaterThan(0);
    for (const name of former) expect(JSON.stringify(merged)).toContain(name);
  });
});

describe("a JSON dataset's administrative units", () => {
  it("are checked as antq nhap checks them, a problem located at its field, and none kept then", async () => {
    const data = yearDataset(2025);
    const [first] = data.adminUnits;
    const bad = { ...data, adminUnits: [...data.adminUnits, first, { ...first, id: "P82" }] };
    const session = new Session();
    const load = await session.load("du-lieu.json", new TextEncoder().encode(JSON.stringify(bad)));
    expect(load.adminUnits).toBe(0);
    const n = data.adminUnits.length;
    expect(load.issues.map((i) => [i.file, i.path, i.code])).toEqual([
      ["du-lieu.json", `adminUnits[${n}].id`, "DUPLICATE_ID"],
      ["du-lieu.json", `adminUnits[${n + 1}].id`, "DUPLICATE_ID"],
    ]);
    expect(load.issues[1]?.message).toContain("bị trùng với đơn vị hành chính có sẵn");
  });
});
