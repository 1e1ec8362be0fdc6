/// <reference lib="webworker" />
/**
 * The rules worker: the {@link Session} behind Comlink, so that reading and assessing never block the page.
 */

// The province rule packages built into the site (ANTQ_GOI_TINH at build time; none in the national build).
import { packages as builtInPackages } from "virtual:antq/goi-tinh";
import * as Comlink from "comlink";
import { checkAwards } from "./awards.js";
import { classifyFile } from "./classification.js";
import type { NamedBytes } from "./cycle-files.js";
import { FileProblem, rulesCatalogue, Session } from "./engine.js";
import { type TaskResult, unexpectedMessage } from "./outcome.js";
import { planProgress } from "./plan.js";
import { ProvinceConfig, provincePackages } from "./province.js";
import { RECORD_DATABASE } from "./record-name.js";
import { rateTeams, teamCapReading } from "./teams.js";
import { chooseTypical } from "./typical.js";

const province = new ProvinceConfig(provincePackages(builtInPackages));
const session = new Session(province.overlays);

/** A failure as plain data (errors do not cross the worker boundary with their class). */
const guard = async <T>(run: () => T | Promise<T>): Promise<TaskResult<T>> => {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof FileProblem) return { ok: false, message: error.message };
    // @antq/store's errors carry a stable code and a Vietnamese message.
    if (error instanceof Error && error.name === "StoreError") return { ok: false, message: error.message };
    return { ok: false, message: unexpectedMessage("xử lý dữ liệu", error) };
  }
};

/** A file as it crosses into the worker. */
export interface WorkerFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}
const named = (f: WorkerFile): NamedBytes => ({ name: f.name, bytes: new Uint8Array(f.bytes) });

/** The browser's record: PGlite and the report, loaded on first use. */
const history = () => import("./history.js");
let recordOpened = false;
/** Whether the browser holds a record (IndexedDB `/pglite/antq`), without loading PGlite to find out. */
const hasRecord = async (): Promise<boolean> => {
  if (recordOpened) return true;
  const names = (await indexedDB.databases?.())?.map((d) => d.name) ?? [];
  recordOpened = names.includes(RECORD_DATABASE);
  return recordOpened;
};

const api = {
  /**
   * Reads the officer's file, given as the page's `File` (a Blob crosses without copying its bytes): its bytes
   * are read here, once, and released when the reading ends.
   */
  load: (file: Blob & { readonly name: string }, onProgress: (rows: number) => void) =>
    guard(async () => session.load(file.name, new Uint8Array(await file.arrayBuffer()), onProgress)),
  assess: (
    year: number,
    readings: Record<string, string | null>,
    onProgress: (done: number, total: number) => void,
  ) =>
    guard(async () => {
      // Last year's counts from the browser's record, when it has one (PGlite is opened only then).
      const previous = (await hasRecord()) ? await (await history()).recordedPreviousYear(year) : undefined;
      // The units table crosses in chunks (unitRows), so the page never decodes it in one long task.
      // The province settings' readings first, the page's choices over them (the CLI's --cau-hinh and flags).
      return session.assess(year, { ...province.readings, ...readings }, onProgress, previous);
    }),
  unitRows: (from: number, to: number) => guard(() => session.unitRows(from, to)),
  explain: (index: number) => guard(() => session.explain(index)),
  resultWorkbook: () => guard(() => session.resultWorkbook()),
  saveYear: () => guard(async () => (await history()).saveYear(session.yearToSave())),
  storedYears: () => guard(async () => (await history()).storedYears()),
  period: (from: number, to: number) => guard(async () => (await history()).period(from, to)),
  periodCounts: (from: number, to: number) => guard(async () => (await history()).periodCounts(from, to)),
  periodDocx: (from: number, to: number) => guard(async () => (await history()).periodDocx(from, to)),
  backup: () => guard(async () => (await history()).backup()),
  restore: (bytes: ArrayBuffer) => guard(async () => (await history()).restore(bytes)),
  rules: (year: number) => guard(() => rulesCatalogue(year, province.overlays)),
  province: () => guard(() => province.view()),
  loadProvince: (name: string, bytes: ArrayBuffer) =>
    guard(() => province.load(name, new TextDecoder("utf-8").decode(bytes))),
  clearProvince: () => guard(() => province.clear()),
  loadAwardsConfig: (name: string, bytes: ArrayBuffer) =>
    guard(() => province.loadAwards(name, new TextDecoder("utf-8").decode(bytes))),
  clearAwardsConfig: () => guard(() => province.clearAwards()),
  loadTypicalConfig: (name: string, bytes: ArrayBuffer) =>
    guard(() => province.loadTypical(name, new TextDecoder("utf-8").decode(bytes))),
  clearTypicalConfig: () => guard(() => province.clearTypical()),
  classify: (name: string, bytes: ArrayBuffer) =>
    guard(() =>
      classifyFile(name, new Uint8Array(bytes), session.outcomesByUnit(), province.classification()),
    ),
  plan: (files: readonly WorkerFile[], admin: WorkerFile | undefined, year: number | undefined) =>
    guard(() => planProgress(files.map(named), admin && named(admin), year)),
  teamCapReading: () => teamCapReading(),
  teams: (files: readonly WorkerFile[], year: number, reading: string | null, enforceCap: boolean) =>
    guard(() => rateTeams(files.map(named), year, reading, enforceCap)),
  awards: (files: readonly WorkerFile[]) =>
    guard(() => checkAwards(files.map(named), province.awardOverlays)),
  typical: (files: readonly WorkerFile[], year: number | undefined, admin?: WorkerFile) =>
    guard(() => chooseTypical(files.map(named), year, admin && named(admin), province.typicalRule)),
};

export type WorkerApi = typeof api;

Comlink.expose(api);
