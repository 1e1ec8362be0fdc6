/**
 * Benchmark harness: every target is a ratio against a baseline measured in the same run,
 * never an absolute time, so results are comparable across machines (DEVELOPERS.md).
 *
 * A suite lists comparisons. Each comparison times a `subject` (our code) and a `baseline`
 * (the reference implementation) with the same inputs, alternating rounds so that machine
 * noise hits both, and reports `speedup = baselineTime / subjectTime`.
 * `minSpeedup` states the target: `2` means "at least 2× faster than the baseline",
 * `0.5` means "within 2× of the baseline".
 */

/** One timed function. `run` is called `iterations` times per round. */
export interface BenchCase {
  readonly name: string;
  readonly run: () => unknown;
}

/** A subject measured against a baseline, with the target ratio. */
export interface BenchComparison {
  readonly title: string;
  readonly subject: BenchCase;
  readonly baseline: BenchCase;
  /** Required `baselineTime / subjectTime`. */
  readonly minSpeedup: number;
  /** How many work items one `run` call handles (rows, units, names); used for the items/s column. */
  readonly itemsPerRun?: number;
  /** Optional absolute throughput target for the subject, in items per second (e.g. 200 000 units/s). */
  readonly minItemsPerSecond?: number;
  /** Calls per round; defaults to enough calls for ~200 ms per round. */
  readonly iterations?: number;
  /** Alternating rounds of subject and baseline (default 7); minute-long whole-process runs use fewer. */
  readonly rounds?: number;
  /** Run each side once untimed first (default true); pointless when each run is a fresh process. */
  readonly warmUp?: boolean;
  /** Called once before timing: check both sides produce the same output. Throw to fail. */
  readonly crossCheck?: () => void;
}

/** A named group of comparisons, with optional one-off setup (data generation) before timing. */
export interface BenchSuite {
  readonly name: string;
  readonly setup?: () => void | Promise<void>;
  readonly comparisons: ReadonlyArray<BenchComparison> | (() => ReadonlyArray<BenchComparison>);
  /** Extra facts to print (install size, bundle size, peak memory); computed after timing. */
  readonly report?: () => Record<string, string> | Promise<Record<string, string>>;
}

/** The measured outcome of one comparison. */
export interface BenchResult {
  readonly suite: string;
  readonly title: string;
  readonly subjectMs: number;
  readonly baselineMs: number;
  readonly speedup: number;
  readonly minSpeedup: number;
  readonly itemsPerSecond: number | undefined;
  readonly minItemsPerSecond: number | undefined;
  readonly passed: boolean;
}

const ROUNDS = 7;

const timeOnce = (run: () => unknown, iterations: number): number => {
  let sink: unknown;
  const start = performance.now();
  for (let i = 0; i < iterations; i++) sink = run();
  const elapsed = performance.now() - start;
  if (sink === Symbol.for("never")) console.log(sink);
  return elapsed;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const calibrate = (run: () => unknown): number => {
  let iterations = 1;
  for (;;) {
    const elapsed = timeOnce(run, iterations);
    if (elapsed >= 50 || iterations >= 1 << 24)
      return Math.max(1, Math.round((iterations * 200) / Math.max(elapsed, 1)));
    iterations *= 4;
  }
};

/** Times one comparison: warm-up, then alternating rounds of subject and baseline; medians per call. */
export const measure = (suite: string, comparison: BenchComparison): BenchResult => {
  comparison.crossCheck?.();
  const iterations = comparison.iterations ?? calibrate(comparison.subject.run);
  if (comparison.warmUp !== false) {
    timeOnce(comparison.subject.run, Math.min(iterations, 3));
    timeOnce(comparison.baseline.run, Math.min(iterations, 3));
  }
  const subject: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < (comparison.rounds ?? ROUNDS); round++) {
    const order = round % 2 === 0 ? [true, false] : [false, true];
    for (const isSubject of order) {
      if (isSubject) subject.push(timeOnce(comparison.subject.run, iterations) / iterations);
      else baseline.push(timeOnce(comparison.baseline.run, iterations) / iterations);
    }
  }
  const subjectMs = median(subject);
  const baselineMs = median(baseline);
  const speedup = baselineMs / subjectMs;
  const itemsPerSecond = comparison.itemsPerRun ? (comparison.itemsPerRun * 1000) / subjectMs : undefined;
  const throughputOk =
    comparison.minItemsPerSecond === undefined ||
    (itemsPerSecond !== undefined && itemsPerSecond >= comparison.minItemsPerSecond);
  return {
    suite,
    title: comparison.title,
    subjectMs,
    baselineMs,
    speedup,
    minSpeedup: comparison.minSpeedup,
    itemsPerSecond,
    minItemsPerSecond: comparison.minItemsPerSecond,
    passed: speedup >= comparison.minSpeedup && throughputOk,
  };
};

const fmt = (n: number, digits = 2) => n.toLocaleString("vi-VN", { maximumFractionDigits: digits });

/** One line per result, in Vietnamese number style (the project's users read these). */
export const formatResult = (r: BenchResult): string => {
  const items = r.itemsPerSecond === undefined ? "" : `, ${fmt(r.itemsPerSecond, 0)} mục/giây`;
  const target = r.minItemsPerSecond === undefined ? "" : ` và ≥ ${fmt(r.minItemsPerSecond, 0)} mục/giây`;
  return `${r.passed ? "ĐẠT " : "CHƯA"}  ${r.suite} › ${r.title}: ${fmt(r.speedup)}× (mục tiêu ≥ ${fmt(r.minSpeedup)}×${target}); ${fmt(r.subjectMs, 4)} ms so với ${fmt(r.baselineMs, 4)} ms mỗi lần${items}`;
};
