/**
 * The multi-year record in the browser: @antq/store on PGlite in IndexedDB (`idb://antq`, default strict
 * durability: relaxed durability lost data in the stack notes' run), in the rules worker and loaded only when
 * the history screen is used (PGlite is megabytes). Saving a year stores its units and facts and the
 * assessment's results, as `antq nhap` and `antq danh-gia --luu-kho` do; the period figures and the DOCX
 * report are @antq/report's `composeReport` over @antq/store's `reviewRecords`, as `antq bao-cao --tu-kho`.
 */

import type { AnnualFacts, Dataset } from "@antq/domain";
import {
  composeReport,
  readStoredReview,
  renderChartSvg,
  renderReportDocx,
  reportDigest,
  writeAnnexXlsx,
} from "@antq/report";
import {
  assessmentRunOptions,
  importYear,
  migrate,
  type PreviousYearNote,
  pgliteDriver,
  previousYearLines,
  previousYearRecord,
  reviewRecords,
  type SqlDriver,
  saveAssessmentRun,
  storeSummary,
  type UnitResult,
  unitYearCounts,
  withPreviousYearFacts,
} from "@antq/store";
import { PGlite } from "@electric-sql/pglite";
import { FileProblem } from "./engine.js";
import { RECORD_DATABASE, RECORD_NAME } from "./record-name.js";

let store: { db: PGlite; driver: SqlDriver } | undefined;

const open = async () => {
  if (!store) {
    const db = await PGlite.create({ dataDir: `idb://${RECORD_NAME}` });
    const driver = pgliteDriver(db);
    await migrate(driver);
    store = { db, driver };
  }
  return store;
};

/** Last year's counts as the record gives them to an assessment (see {@link recordedPreviousYear}). */
export interface RecordedPreviousYear {
  /** Sets `previousYearCounts` on the facts of the year (as `withPreviousYearFacts` of @antq/store). */
  readonly apply: <R extends { readonly facts: AnnualFacts }>(
    records: readonly R[],
  ) => { records: R[]; notes: PreviousYearNote[] };
  /** The lines shown with the results: where the counts came from, and the notes of units not compared. */
  readonly lines: (notes: readonly PreviousYearNote[]) => string[];
  /** The stored run's options, as `antq danh-gia --luu-kho` records them. */
  readonly options: (readings: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/**
 * Last year's counts (TT 124 Điều 4 khoản 4 điểm a) from the browser's record, as `antq danh-gia --kho` takes
 * them from its store: when the record holds the year before `year`, each unit's `previousYearCounts` is set
 * from it (a typed value that differs is replaced, with a note); when it does not, `undefined` and the file's
 * typed counts stay.
 */
export const recordedPreviousYear = async (year: number): Promise<RecordedPreviousYear | undefined> => {
  const { driver } = await open();
  const previous = await previousYearRecord(driver, year);
  if (!previous.stored) return undefined;
  return {
    apply: (records) => withPreviousYearFacts(records, previous, year),
    lines: (notes) => [
      `Số vụ năm ${previous.year} (so sánh theo Điều 4 khoản 4 điểm a) lấy từ kho dữ liệu trên trình duyệt.`,
      ...previousYearLines(notes, previous.year),
    ],
    options: (readings) => assessmentRunOptions(readings, [], previous),
  };
};

/** What a year's saving needs from the session: its data, the assessment's results and provenance. */
export interface YearToSave {
  readonly year: number;
  readonly fileName: string;
  readonly dataset: Dataset;
  readonly ruleSetHash: string;
  readonly versions: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, unknown>>;
  readonly results: readonly UnitResult[];
}

/** A stored year, for the list. */
export interface StoredYear {
  readonly year: number;
  readonly units: number;
  readonly runs: number;
}

/** Saves (or replaces) a year and its assessment run; returns the stored years. */
export const saveYear = async (y: YearToSave): Promise<StoredYear[]> => {
  const { driver } = await open();
  await importYear(driver, y.dataset, {
    year: y.year,
    replace: true,
    importedBy: "antq trên trình duyệt",
    fileName: y.fileName,
    ruleSetHash: y.ruleSetHash,
  });
  await saveAssessmentRun(driver, {
    year: y.year,
    createdBy: "antq trên trình duyệt",
    ruleSetHash: y.ruleSetHash,
    versions: y.versions,
    options: y.options,
    results: y.results,
  });
  return storedYears();
};

/** The years in the browser's record. */
export const storedYears = async (): Promise<StoredYear[]> => {
  const { driver } = await open();
  const summary = await storeSummary(driver);
  return summary.years.map((y) => ({
    year: y.year,
    units: y.import.counts.units ?? 0,
    runs: y.assessmentRuns,
  }));
};

/** Unit-years of a period that were "đạt" among those in scope (the latest saved run of each year). */
export interface PeriodCount {
  readonly year: number | null;
  readonly dat: number;
  readonly inScope: number;
  readonly unitYears: number;
}

const countOf = async (
  driver: SqlDriver,
  from: number,
  to: number,
  year: number | null,
): Promise<PeriodCount> => {
  const counts = await unitYearCounts(driver, { from, to });
  let dat = 0;
  let inScope = 0;
  for (const r of counts.value.rows) {
    if (r.outcome === "dat") dat += r.unitYears;
    if (r.outcome !== null && r.outcome !== "khong_ap_dung") inScope += r.unitYears;
  }
  return { year, dat, inScope, unitYears: counts.value.unitYears };
};

/** The "X/Y lượt đạt" of each stored year of the period and of the whole period (@antq/store's counts). */
export const periodCounts = async (fromYear: number, toYear: number): Promise<PeriodCount[]> => {
  const { driver } = await open();
  const years = (await storedYears()).map((y) => y.year).filter((y) => y >= fromYear && y <= toYear);
  const out: PeriodCount[] = [];
  for (const y of years.sort((a, b) => a - b)) out.push(await countOf(driver, y, y, y));
  out.push(await countOf(driver, fromYear, toYear, null));
  return out;
};

/** A period's figures and charts (the report's own), and its DOCX on request. */
export interface PeriodView {
  readonly summary: string;
  readonly figures: readonly { id: string; label: string; value: number; unit: string }[];
  /**
   * The report's charts drawn to SVG here, in the worker, as in the DOCX: their ECharts options hold formatter
   * functions, which cannot cross to the page.
   */
  readonly charts: readonly { id: string; title: string; width: number; height: number; svg: string }[];
}

const compose = async (fromYear: number, toYear: number) => {
  const { driver } = await open();
  const read = await readStoredReview((p) => reviewRecords(driver, p), {
    fromYear,
    toYear,
    source: "Kho dữ liệu trên trình duyệt",
  });
  if (!read.ok) throw new FileProblem(read.issues.map((i) => i.message).join(" "));
  const composed = composeReport(read.value, {
    kind: fromYear === toYear ? "annual" : toYear - fromYear + 1 >= 10 ? "tong-ket" : "so-ket",
    fromYear,
    toYear,
  });
  if (!composed.ok) throw new FileProblem(composed.issues.map((i) => i.message).join(" "));
  return composed.value;
};

/** The period's figures ("X/Y lượt đạt" over the years) and its charts. */
export const period = async (fromYear: number, toYear: number): Promise<PeriodView> => {
  const content = await compose(fromYear, toYear);
  const digest = reportDigest(content);
  const charts = content.charts.map((c) => ({
    id: c.id,
    title: c.title,
    width: c.width,
    height: c.height,
    svg: renderChartSvg(c),
  }));
  return { summary: digest.summary, figures: digest.figures, charts };
};

/**
 * The period's report as DOCX (Nghị định 30 layout), its charts drawn as `antq bao-cao` draws them
 * (./chart-png.ts), and its XLSX annexes as the CLI writes them beside it.
 */
export const periodDocx = async (fromYear: number, toYear: number) => {
  const content = await compose(fromYear, toYear);
  const { browserChartRenderer } = await import("./chart-png.js");
  const name = `bao-cao-${fromYear}-${toYear}`;
  return {
    name: `${name}.docx`,
    bytes: await renderReportDocx(content, { chartRenderer: await browserChartRenderer() }),
    annex: { name: `${name}-phu-luc.xlsx`, bytes: (await writeAnnexXlsx(content)).bytes },
  };
};

/** The whole record as a backup file (PGlite's data folder, gzip tarball). */
export const backup = async () => {
  const { db } = await open();
  const file = await db.dumpDataDir("gzip");
  return {
    name: `kho-antq-${new Date().toISOString().slice(0, 10)}.tar.gz`,
    bytes: new Uint8Array(await file.arrayBuffer()),
  };
};

/** Replaces the record with a backup file; returns the stored years. */
export const restore = async (bytes: ArrayBuffer): Promise<StoredYear[]> => {
  if (store) {
    await store.db.close();
    store = undefined;
  }
  await new Promise<void>((resolve, reject) => {
    const r = indexedDB.deleteDatabase(RECORD_DATABASE);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(new FileProblem("Không xóa được kho cũ trên trình duyệt để khôi phục."));
    r.onblocked = () => resolve();
  });
  try {
    const db = await PGlite.create({ dataDir: `idb://${RECORD_NAME}`, loadDataDir: new Blob([bytes]) });
    const driver = pgliteDriver(db);
    await migrate(driver);
    store = { db, driver };
  } catch (error) {
    throw new FileProblem(
      `Tệp sao lưu không khôi phục được (${error instanceof Error ? error.message : String(error)}); kho hiện đang trống.`,
    );
  }
  return storedYears();
};
