/**
 * What the suites that run the built `antq` binary share (suites/cli.ts, suites/cli-xlsx.ts): where things
 * are, building the binary when it is missing, running Node in a child process, and reading the peak memory
 * that `antq` prints with `ANTQ_BAO_CAO_BO_NHO=1` (the launcher's and the program's, added up).
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root: the nearest folder above this module with `nx.json`. Found by walking up rather than by a
 * fixed `../..`, because tsup may move this code into a shared chunk at another depth of `dist`.
 */
export const repoRoot = ((): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "nx.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("tools/bench: không tìm thấy thư mục gốc của kho mã (nx.json).");
    dir = parent;
  }
  return dir;
})();
/** apps/cli, and the `antq` binary (its launcher) in it. */
export const cliDir = join(repoRoot, "apps/cli");
export const antqBinary = join(cliDir, "dist/main.js");
/** tools/bench, whose dev dependencies (csv-parse, csv-stringify) the baselines load. */
export const benchDir = join(repoRoot, "tools/bench");

/**
 * Builds apps/cli with tsup when its binary is missing.
 *
 * @example
 * ensureCliBuilt();
 */
export const ensureCliBuilt = (): void => {
  if (existsSync(antqBinary)) return;
  spawnSync(process.execPath, [join(repoRoot, "node_modules/tsup/dist/cli-default.js")], {
    cwd: cliDir,
    stdio: "inherit",
  });
};

/**
 * A function that runs `node <args>` in `cwd` and throws on exit codes other than 0 and 2 (2 = the input had
 * errors, which a benchmark input may legitimately report).
 *
 * @example
 * const run = nodeRunner(work);
 * run([antqBinary, "--version"]);
 */
export const nodeRunner =
  (cwd: string) =>
  (args: readonly string[], env: Record<string, string> = {}): SpawnSyncReturns<string> => {
    const result = spawnSync(process.execPath, args, {
      cwd,
      encoding: "utf8",
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0 && result.status !== 2) {
      throw new Error(`Lệnh lỗi (${result.status}): node ${args.join(" ")}\n${result.stderr}`);
    }
    return result;
  };

/** "813" — MiB with Vietnamese digit grouping. */
export const formatMib = (mib: number): string => mib.toLocaleString("vi-VN", { maximumFractionDigits: 0 });

/** Set on the timed `antq` runs: the launcher and the program print their own peak RSS at exit. */
export const PEAK_MEMORY_ENV: Readonly<Record<string, string>> = { ANTQ_BAO_CAO_BO_NHO: "1" };

/** One `antq` run's peak: the program's, the launcher's private part (its full size without /proc), their sum. */
const peakOf = (stderr: string) => {
  const kib = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(stderr)?.[1] ?? Number.NaN);
  const program = kib("antq-max-rss-kib") / 1024;
  const launcher = kib("antq-launcher-max-rss-kib") / 1024;
  const own = kib("antq-launcher-private-rss-kib") / 1024;
  return { program, launcher, own, total: program + (Number.isNaN(own) ? launcher : own) };
};

/** "≤ 1.024 MiB: ĐẠT" for the median run, and how many runs were over it. */
const verdict = (totals: readonly number[], median: number, limitMib: number): string => {
  const over = totals.filter((t) => t > limitMib).length;
  const runs = totals.length > 1 ? `, ${over}/${totals.length} lần vượt` : "";
  return `≤ ${formatMib(limitMib)} MiB: ${median <= limitMib ? "ĐẠT" : "CHƯA"}${runs}`;
};

/**
 * The peak RSS of `antq` runs made with {@link PEAK_MEMORY_ENV} (the timed rounds: the peak moves by tens of MiB
 * from run to run, so one run is not a figure), as a report line: the median run, the range, the target (1 GiB
 * for the CSV of issue 7, 512 MiB for the workbook of issue 12) and, optionally, a level to keep (issue 12's
 * 821 MiB for the CSV), each with its verdict on the median and the number of runs over it. A run's figure is
 * what the machine holds for `antq` at its peak, the program's peak plus the launcher's memory (both run for the
 * whole command).
 * - Each figure is the process's own high-water mark (`VmHWM`, apps/cli/src/peak-memory.ts): `maxRSS` would
 *   count, in the launcher, the memory this benchmark process had at the fork that started it (the launcher's
 *   "320 MiB" of earlier reports).
 * - The launcher counts with its private memory (`RssAnon`): the pages of the `node` binary it maps are the
 *   same physical pages as the program's, already in the program's peak. Its full resident size is printed
 *   too; without /proc (no private figure) the full size is added.
 *
 * @example
 * peakRssLine([stderr1, stderr2, stderr3], 1024, { label: "mức cần giữ (issue 12)", mib: 821 });
 * //=> "784 MiB (trung vị của 3 lần chạy: 745–848) = chương trình 776 + trình khởi chạy 8 riêng (43 kể cả mã node dùng chung); mục tiêu ≤ 1.024 MiB: ĐẠT, 0/3 lần vượt; mức cần giữ (issue 12) ≤ 821 MiB: ĐẠT, 1/3 lần vượt"
 */
export const peakRssLine = (
  stderrs: readonly string[],
  targetMib: number,
  keep?: { readonly label: string; readonly mib: number },
): string => {
  const peaks = stderrs.map(peakOf).sort((a, b) => a.total - b.total);
  const middle = peaks[Math.floor((peaks.length - 1) / 2)];
  if (middle === undefined) throw new Error("peakRssLine: không có lần chạy nào");
  const totals = peaks.map((p) => p.total);
  const launcherText = Number.isNaN(middle.own)
    ? `trình khởi chạy ${formatMib(middle.launcher)}`
    : `trình khởi chạy ${formatMib(middle.own)} riêng (${formatMib(middle.launcher)} kể cả mã node dùng chung)`;
  const spread =
    peaks.length > 1
      ? ` (trung vị của ${peaks.length} lần chạy: ${formatMib(totals[0] as number)}–${formatMib(totals.at(-1) as number)})`
      : "";
  const keepText = keep ? `; ${keep.label} ${verdict(totals, middle.total, keep.mib)}` : "";
  return `${formatMib(middle.total)} MiB${spread} = chương trình ${formatMib(middle.program)} + ${launcherText}; mục tiêu ${verdict(totals, middle.total, targetMib)}${keepText}`;
};
