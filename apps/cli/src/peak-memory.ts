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

/**
 * Peak resident memory of this process, in KiB.
 *
 * @example
 * ```ts
 * peakResidentKib() > 0; // true
 * ```
 */
export const peakResidentKib = (): number => {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (hwm !== undefined) return Number(hwm);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
};
