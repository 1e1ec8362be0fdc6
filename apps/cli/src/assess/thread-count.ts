/**
 * How many threads read a large CSV (./parallel.ts). Node built-ins only: the launcher (../main.ts) uses it
 * too, to size the young generation before the program starts.
 */
import { availableParallelism } from "node:os";

/** Files smaller than this are read in one go: starting the threads would cost more than it saves. */
export const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

/** At most this many threads by default: each holds its own heap (see ../main.ts for the memory flags). */
const DEFAULT_MAX_THREADS = 4;

/**
 * How many threads assess a CSV of `size` bytes: `ANTQ_SO_LUONG` when set (1 = one thread; any size),
 * otherwise the available cores, at most {@link DEFAULT_MAX_THREADS}, for files of at least
 * {@link PARALLEL_MIN_BYTES}. `undefined` when `ANTQ_SO_LUONG` is not a positive whole number.
 *
 * @example
 * threadCountFor(930_000_000, {}); //=> 2 on a 2-core machine
 */
export const threadCountFor = (size: number, env: NodeJS.ProcessEnv = process.env): number | undefined => {
  const given = env.ANTQ_SO_LUONG?.trim();
  if (given) {
    const n = Number(given);
    return Number.isInteger(n) && n >= 1 ? n : undefined;
  }
  return size >= PARALLEL_MIN_BYTES ? Math.min(availableParallelism(), DEFAULT_MAX_THREADS) : 1;
};
