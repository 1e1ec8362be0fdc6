/**
 * A progress bar on stderr, shown only when stderr is a terminal (and never in `--json` mode); silent
 * otherwise, so pipes, files and CI logs stay clean.
 */
import { formatNumber } from "../format.js";

/** Where the bar is drawn; `process.stderr` by default. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(chunk: string): boolean;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Label before the bar, e.g. "Đang đánh giá". */
  readonly label: string;
  /** Total number of items when known; otherwise a counter is shown. */
  readonly total?: number;
  /** Force the bar off (e.g. `--json`). */
  readonly quiet?: boolean;
  readonly stream?: ProgressStream;
  /** Minimum time between redraws in ms (default 100). */
  readonly intervalMs?: number;
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

const WIDTH = 24;

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
  let count = 0;
  let last = 0;
  let drawn = false;
  const draw = () => {
    const total = options.total;
    let line: string;
    if (total !== undefined && total > 0) {
      const fraction = Math.min(1, count / total);
      const filled = Math.round(fraction * WIDTH);
      line = `${options.label} [${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}] ${formatNumber(count)}/${formatNumber(total)}`;
    } else {
      line = `${options.label}: ${formatNumber(count)} dòng`;
    }
    stream.write(`\r${line}\u001b[K`);
    drawn = true;
  };
  return {
    enabled,
    tick(n = 1) {
      count += n;
      if (!enabled) return;
      const now = Date.now();
      if (now - last >= interval) {
        last = now;
        draw();
      }
    },
    restart() {
      count = 0;
    },
    done() {
      if (enabled && drawn) stream.write("\r\u001b[K");
    },
  };
};
