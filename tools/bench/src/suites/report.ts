/**
 * @antq/report: a 10-year tổng kết (2015–2024) of a province with 20 000 units per year (200 000 unit-years),
 * from in-memory records to the DOCX with three charts and the XLSX annexes, in a fresh process per run
 * (src/report-e2e.ts). Target: ≤ 10 s end to end, i.e. ≥ 20 000 unit-years/s including process start-up and
 * generating the records. Baseline (same run): the same process generating the same records and counting
 * "An toàn về ANTT" per kind and year with a hand-written loop; the two counts are cross-checked.
 * The split (generation, computation, sentences, charts, DOCX, XLSX) is printed from the last run.
 *
 * From the store (issue #16): the same province imported first into an embedded store, year by year with one
 * assessment run per year (setup, not timed), then the built `antq bao-cao --tu-kho --loai tong-ket` end to end
 * in its own process. Target: ≤ 10 s. Baseline (same run): a fresh process opening the store and counting the
 * unit-years meeting the standard with one aggregate query (`unitYearCounts`). The split of a run from the
 * store (opening, queries, computation, sentences, charts, DOCX, XLSX) is printed from `report-e2e.js --store`;
 * its count of unit-years meeting the standard is cross-checked against the baseline's.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { antqBinary, ensureCliBuilt } from "../cli-process.js";
import type { BenchSuite } from "../harness.js";

const script = join(dirname(fileURLToPath(import.meta.url)), "../report-e2e.js");
const UNIT_YEARS = 200_000;
let last: Record<string, number> = {};

function e2e(args: readonly string[]): Record<string, number> {
  const child = spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`report-e2e thất bại:\n${child.stderr}`);
  const lines = child.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1] as string) as Record<string, number>;
}
const run = (baseline: boolean) => e2e(baseline ? ["--baseline"] : []);

const work = mkdtempSync(join(tmpdir(), "antq-bench-report-"));
const kho = join(work, "kho");
let imported: Record<string, number> = {};
let fromStore: Record<string, number> = {};
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

/** The built `antq bao-cao --tu-kho` over the whole period, as an officer runs it. */
function cliFromStore(): number {
  const child = spawnSync(
    process.execPath,
    [
      antqBinary,
      "bao-cao",
      "--tu-kho",
      "--kho",
      kho,
      "--loai",
      "tong-ket",
      "--tu",
      "2015",
      "--den",
      "2024",
      "--ra",
      join(work, "tong-ket.docx"),
    ],
    { encoding: "utf8" },
  );
  if (child.status !== 0) throw new Error(`antq bao-cao --tu-kho thất bại:\n${child.stderr}`);
  return child.stdout.length;
}

export const suite: BenchSuite = {
  name: "report",
  setup: () => {
    ensureCliBuilt();
    imported = e2e(["--prepare", kho]);
  },
  comparisons: [
    {
      title: "tổng kết 10 năm, 20 000 đơn vị/năm → DOCX + XLSX (tiến trình mới)",
      subject: {
        name: "@antq/report",
        run: () => {
          last = run(false);
          return last;
        },
      },
      baseline: { name: "sinh dữ liệu + vòng lặp đếm", run: () => run(true) },
      minSpeedup: 0.05,
      itemsPerRun: UNIT_YEARS,
      minItemsPerSecond: UNIT_YEARS / 10,
      iterations: 1,
      rounds: 3,
      warmUp: false,
      crossCheck: () => {
        const a = run(false).safe;
        const b = run(true).safe;
        if (a !== b) throw new Error(`Số lượt đạt khác nhau: ${a} ≠ ${b}`);
      },
    },
    {
      title: "tổng kết 10 năm từ kho (200 000 lượt đã nhập) → antq bao-cao --tu-kho, DOCX + XLSX",
      subject: { name: "antq bao-cao --tu-kho", run: cliFromStore },
      baseline: {
        name: "mở kho + một truy vấn đếm lượt đạt",
        run: () => e2e(["--store-baseline", kho]),
      },
      minSpeedup: 0.05,
      itemsPerRun: UNIT_YEARS,
      minItemsPerSecond: UNIT_YEARS / 10,
      iterations: 1,
      rounds: 2,
      warmUp: false,
      crossCheck: () => {
        fromStore = e2e(["--store", kho]);
        const b = e2e(["--store-baseline", kho]).safe;
        if (fromStore.safe !== b) throw new Error(`Số lượt đạt từ kho khác nhau: ${fromStore.safe} ≠ ${b}`);
      },
    },
  ],
  report: () =>
    Object.fromEntries(
      [
        ...Object.entries(last),
        ...Object.entries(imported).map(([k, v]) => [`store.${k}`, v] as const),
        ...Object.entries(fromStore).map(([k, v]) => [`fromStore.${k}`, v] as const),
      ].map(([k, v]) => [k, k.endsWith("Ms") ? `${Math.round(v)} ms` : String(v)]),
    ),
};
