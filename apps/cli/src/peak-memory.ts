/**
 * The peak resident memory of this process, for `ANTQ_BAO_CAO_BO_NHO=1` (benchmarks). Node built-ins only: the
 * launcher (main.ts) uses it too.
 *
 * On Linux it is `VmHWM` of /proc/self/status, the high-water mark of this program's own memory. Not
 * `process.resourceUsage().maxRSS`: a process started by `fork` + `exec` (every child of Node's `spawn`) keeps
 * in `maxRSS` the resident memory its parent had at the fork, so the launcher, started by a 300 MiB benchmark
 * process, reported 320 MiB while it held 45. Elsewhere (no /proc) `maxRSS` is the best there is.
 */
import { readFileSync } from "node:fs";

/** A field of /proc/self/status in KiB, or `undefined` (not Linux). */
const statusKib = (field: string): number | undefined => {
  try {
    const value = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, "m").exec(
      readFileSync("/proc/self/status", "utf8"),
    )?.[1];
    return value === undefined ? undefined : Number(value);
  } catch {
    return undefined; // not Linux
  }
};

/**
 * Peak resident memory of this process, in KiB.
 *
 * @example
 * ```ts
 * peakResidentKib() > 0; // true
 * ```
 */
export const peakResidentKib = (): number => statusKib("VmHWM") ?? process.resourceUsage().maxRSS;

/**
 * The memory of this process that no other process shares, now, in KiB (`RssAnon` + `RssShmem`; `undefined`
 * without /proc). The rest of its resident memory is the pages of the `node` binary and its libraries, which
 * the launcher and the program it starts map from the same file: counted once, in the program's peak.
 *
 * @example
 * ```ts
 * (privateResidentKib() ?? 1) > 0; // true
 * ```
 */
export const privateResidentKib = (): number | undefined => {
  const anon = statusKib("RssAnon");
  return anon === undefined ? undefined : anon + (statusKib("RssShmem") ?? 0);
};
