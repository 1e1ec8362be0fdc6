/**
 * A progress bar on stderr, shown only when stderr is a terminal (and never in `--json` mode); silent
 * otherwise, so pipes, files and CI logs stay clean. The line is @antq/format-vi's `formatProgressLine`: with a
 * total (exact, or estimated from the size of the input files) the percentage and the time left; without one,
 * the rows done and the time spent.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { formatProgressLine, type ProgressState } from "@antq/format-vi";
import { estimateCsvRowCount } from "@antq/sheets";

/** Where the bar is drawn; `process.stderr` by default. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(chunk: string): boolean;
}

/** Options of {@link createProgress}: the label, total and whether it is estimated, as the line shows them. */
export interface ProgressOptions extends Pick<ProgressState, "label" | "total" | "estimated"> {
  /** Force the bar off (e.g. `--json`). */
  readonly quiet?: boolean;
  readonly stream?: ProgressStream;
  /** Minimum time between redraws in ms (default 100). */
  readonly intervalMs?: number;
  /** The clock, in ms (tests); `Date.now` by default. */
  readonly now?: () => number;
}

/** A progress reporter. */
export interface Progress {
  /** True when the bar is drawn. */
  readonly enabled: boolean;
  /** Adds `n` processed items (default 1). */
  tick(n?: number): void;
  /** Counts from zero again (the work starts over). */
  restart(): void;
  /** Clears the bar. */
  done(): void;
}

/**
 * Estimates the number of data rows of CSV files from their size and their first 256 KiB (@antq/sheets'
 * `estimateCsvRowCount`). Undefined when a file cannot be read.
 *
 * @example
 * ```ts
 * const total = estimateCsvRows(["don-vi-va-du-kien.csv"]); // ≈ 1 000 000
 * ```
 */
export const estimateCsvRows = (files: readonly string[]): number | undefined => {
  let total = 0;
  for (const file of files) {
    try {
      const size = statSync(file).size;
      const buffer = Buffer.alloc(Math.min(size, 256 * 1024));
      const fd = openSync(file, "r");
      try {
        readSync(fd, buffer, 0, buffer.length, 0);
      } finally {
        closeSync(fd);
      }
      const rows = estimateCsvRowCount(buffer, size);
      if (rows === undefined) return undefined;
      total += rows;
    } catch {
      return undefined;
    }
  }
  return total;
};

/**
 * Creates a progress reporter.
 *
 * @example
 * ```ts
 * const progress = createProgress({ label: "Đang đánh giá", total: rows.length, quiet: json });
 * for (const row of rows) { work(row); progress.tick(); }
 * progress.done();
 * ```
 */
export const createProgress = (options: ProgressOptions): Progress => {
  const stream = options.stream ?? process.stderr;
  const enabled = !options.quiet && stream.isTTY === true;
  const interval = options.intervalMs ?? 100;
  const now = options.now ?? Date.now;
  let started = now();
  let count = 0;
  let last = 0;
  let drawn = false;
  const draw = () => {
    stream.write(`\r${formatProgressLine({ ...options, done: count, elapsedMs: now() - started })}\u001b[K`);
    drawn = true;
  };
  return {
    enabled,
    tick(n = 1) {
      count += n;
      if (!enabled) return;
      const time = now();
      if (time - last >= interval) {
        last = time;
        draw();
      }
    },
    restart() {
      count = 0;
      started = now();
    },
    done() {
      if (enabled && drawn) stream.write("\r\u001b[K");
    },
  };
};
