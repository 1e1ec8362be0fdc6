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

/**
 * The peak RSS of an `antq` run made with `ANTQ_BAO_CAO_BO_NHO=1`, as a report line, against a target in MiB
 * (1 GiB for the CSV of issue 7, 512 MiB for the workbook of issue 12), with its verdict: what the machine holds
 * for `antq` at its peak, the program's peak plus the launcher's memory (both run for the whole command).
 * - Each figure is the process's own high-water mark (`VmHWM`, apps/cli/src/peak-memory.ts): `maxRSS` would
 *   count, in the launcher, the memory this benchmark process had at the fork that started it (the launcher's
 *   "320 MiB" of earlier reports).
 * - The launcher counts with its private memory (`RssAnon`): the pages of the `node` binary it maps are the
 *   same physical pages as the program's, already in the program's peak. Its full resident size is printed
 *   too; without /proc (no private figure) the full size is added.
 *
 * @example
 * peakRssLine(run([antqBinary, "danh-gia", file], { ANTQ_BAO_CAO_BO_NHO: "1" }).stderr, 1024);
 * //=> "778 MiB = chương trình 770 + trình khởi chạy 8 riêng (43 kể cả mã node dùng chung) (mục tiêu ≤ 1.024 MiB: ĐẠT)"
 */
export const peakRssLine = (stderr: string, targetMib: number): string => {
  const kib = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(stderr)?.[1] ?? Number.NaN);
  const program = kib("antq-max-rss-kib") / 1024;
  const launcher = kib("antq-launcher-max-rss-kib") / 1024;
  const own = kib("antq-launcher-private-rss-kib") / 1024;
  const total = program + (Number.isNaN(own) ? launcher : own);
  const launcherText = Number.isNaN(own)
    ? `trình khởi chạy ${formatMib(launcher)}`
    : `trình khởi chạy ${formatMib(own)} riêng (${formatMib(launcher)} kể cả mã node dùng chung)`;
  return `${formatMib(total)} MiB = chương trình ${formatMib(program)} + ${launcherText} (mục tiêu ≤ ${formatMib(targetMib)} MiB: ${total <= targetMib ? "ĐẠT" : "CHƯA"})`;
};
