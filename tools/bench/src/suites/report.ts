/**
 * @antq/report: a 10-year tổng kết (2015–2024) of a province with 20 000 units per year (200 000 unit-years),
 * from in-memory records to the DOCX with three charts and the XLSX annexes, in a fresh process per run
 * (src/report-e2e.ts). Target: ≤ 10 s end to end, i.e. ≥ 20 000 unit-years/s including process start-up and
 * generating the records. Baseline (same run): the same process generating the same records and counting
 * "An toàn về ANTT" per kind and year with a hand-written loop; the two counts are cross-checked.
 * The split (generation, computation, sentences, charts, DOCX, XLSX) is printed from the last run.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchSuite } from "../harness.js";

const script = join(dirname(fileURLToPath(import.meta.url)), "../report-e2e.js");
const UNIT_YEARS = 200_000;
let last: Record<string, number> = {};

function run(baseline: boolean): Record<string, number> {
  const child = spawnSync(process.execPath, [script, ...(baseline ? ["--baseline"] : [])], {
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`report-e2e thất bại:\n${child.stderr}`);
  const lines = child.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1] as string) as Record<string, number>;
}

export const suite: BenchSuite = {
  name: "report",
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
  ],
  report: () =>
    Object.fromEntries(
      Object.entries(last).map(([k, v]) => [k, k.endsWith("Ms") ? `${Math.round(v)} ms` : String(v)]),
    ),
};
