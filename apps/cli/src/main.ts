/**
 * The `antq` binary: a launcher that runs the command-line program (cli.ts) in a child Node process with a
 * capped old-generation heap (without a cap V8 lets the heap grow to about three times the live data) and a
 * larger young generation, so that a million-row CSV is assessed within 1 GiB. 128 MiB semi-spaces let a batch
 * of rows die young (on 1 000 000 rows, a third less CPU than the default 16 MiB). V8 flags hold for every
 * thread: for `danh-gia` on a CSV read by one worker thread per core (assess/parallel.ts) they are 64 MiB, which
 * keeps two threads within 1 GiB (32 MiB is a quarter slower). `danh-gia` on a workbook reads and assesses it
 * in memory: its live data must fit (on the 100 000-unit workbook of the `cli-xlsx` bench, about 230 MiB of heap
 * at the end of the read, 180 while the results are written), so its child gets {@link WORKBOOK_FLAGS} and
 * {@link WORKBOOK_ENV}.
 *
 * - Only commands that read data files get a child process (`nhap` too: it reads a workbook and holds the store
 *   lock, which the child's exit releases); help, version, `mau`, `quy-dinh` and `kho` run here.
 * - `ANTQ_BO_NHO_MB=<MiB>` sets the cap (default {@link DEFAULT_HEAP_MIB}, {@link WORKBOOK_HEAP_MIB} for
 *   `danh-gia` on a workbook); `ANTQ_BO_NHO_MB=0` runs without a cap and without a child process. A `--max-old-space-size` given to Node (argument or NODE_OPTIONS) wins.
 * - When the child runs out of memory under the default cap, the launcher says so in Vietnamese, removes the
 *   child's unfinished temporary output files and runs the command once more without a cap. Outputs are
 *   written atomically, so the first attempt leaves nothing half-written.
 * - Signals (Ctrl+C, SIGTERM) are passed to the child; the exit code is the child's. The child is linked by an IPC
 *   channel: when the launcher dies, even by SIGKILL, the child removes its temporary files and exits.
 * - Temporary files of runs that died without cleaning up (SIGKILL of the whole group) are removed at the next
 *   run of a data command (io/temporary-files.ts).
 *
 * Only Node built-ins (and assess/thread-count.ts, which uses only them) are imported here, so the extra
 * process costs a few tens of milliseconds.
 */
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { constants } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { threadCountFor } from "./assess/thread-count.js";
import { INVOCATION_VARIABLE, invocation } from "./invocation.js";
import { outputFolders, processExists, removeTemporaryFiles } from "./io/temporary-files.js";
import { peakResidentKib, privateResidentKib } from "./peak-memory.js";

/** Default cap of the old-generation heap, in MiB. */
const DEFAULT_HEAP_MIB = 768;

/**
 * Default cap for `danh-gia` on a workbook, in MiB: its live data peaks at about 230 MiB (100 000 units) and V8
 * let the heap grow to twice that under 768. With 448 the program's peak RSS was 470 MiB instead of 505–547, at
 * the same time and CPU; a province that needs more runs again without a cap, as with any cap.
 */
const WORKBOOK_HEAP_MIB = 448;

/** Commands that read data files; the others (help, version, mau, quy-dinh, kho) run in this process. */
const DATA_COMMANDS = new Set([
  "danh-gia",
  "assess",
  "kiem-tra",
  "validate",
  "phan-loai",
  "classify",
  "bao-cao",
  "report",
  "demo",
  "nhap",
  "import",
]);

const program = fileURLToPath(new URL("./cli.js", import.meta.url));
const HEAP_FLAG = /^--max[-_]old[-_]space[-_]size(=|$)/;
const YOUNG_FLAG = /^--max[-_]semi[-_]space[-_]size(=|$)/;
const YOUNG_GENERATION = "--max-semi-space-size=128";
const YOUNG_GENERATION_PER_THREAD = "--max-semi-space-size=64";

/**
 * V8 flags of `danh-gia` on a workbook, measured on the 100 000-unit workbook (same outputs, quiet machine):
 * - no allocation-site pretenuring: reading the dataset teaches V8 that facts records survive, so explanations
 *   built later by the same code went straight to the old generation and kept their young objects alive until a
 *   full GC; without it, 27 % less CPU and 65 MiB less memory (the 1 000 000-row CSV took 100 MiB more: it keeps
 *   V8's default);
 * - 16 MiB semi-spaces: with {@link WORKBOOK_ENV}, a peak of 553 MiB against 648 with 32 MiB, at the same CPU.
 * Capping heap growth at 20 % (`--heap-growing-percent=20`) gave 521 MiB but 25 % more CPU: not used.
 */
const WORKBOOK_FLAGS = ["--max-semi-space-size=16", "--no-allocation-site-pretenuring"];

/**
 * glibc's malloc for `danh-gia` on a workbook (a user's own values win): buffers of 128 KiB and more mapped and
 * unmapped on their own (the threshold otherwise rises as buffers are freed, which then stay: 110–128 MiB of
 * malloc heap during the read), and two arenas instead of one per thread: about 20 MiB of the peak.
 */
const WORKBOOK_ENV: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: "131072",
  MALLOC_ARENA_MAX: "2",
};

/**
 * glibc's malloc for `danh-gia` on a CSV read by several threads (a user's own value wins): two arenas instead
 * of one per thread. On the 1 000 000-row CSV (nine runs each, same outputs, same time): peak RSS 745–848 MiB,
 * mean 784, against 776–876, mean 829.
 */
const THREADS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: "2" };

const assesses = (command: string | undefined) => command === "danh-gia" || command === "assess";

/** Flags whose value is an output file, not an input. */
const OUTPUT_FLAGS = new Set(["--ra", "-o", "--ra-json"]);

/** Whether the command is `danh-gia` on a workbook (an input, not `--ra kq.xlsx`), read and assessed in memory. */
const readsWorkbook = (args: readonly string[], command: string | undefined): boolean =>
  assesses(command) &&
  args.some((arg, i) => /\.xlsx$/i.test(arg) && !arg.startsWith("-") && !OUTPUT_FLAGS.has(args[i - 1] ?? ""));

/** Whether the command is `danh-gia` on a CSV large enough to be read by several threads. */
const readsCsvInThreads = (args: readonly string[], command: string | undefined): boolean =>
  assesses(command) &&
  args.some((arg) => {
    if (!/\.csv$/i.test(arg)) return false;
    const size = statSync(arg, { throwIfNoEntry: false })?.size;
    return size !== undefined && (threadCountFor(size) ?? 1) > 1;
  });

const nodeFlags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
const heapFlagGiven = nodeFlags.some((arg) => HEAP_FLAG.test(arg));
const youngFlagGiven = nodeFlags.some((arg) => YOUNG_FLAG.test(arg));

/** How the child runs: its young generation and any other V8 flags, and variables added to its environment. */
interface ChildSettings {
  readonly flags: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/** The cap from `ANTQ_BO_NHO_MB`: a number of MiB, 0 for none; undefined when the value is invalid. */
const heapCap = (value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === "") return DEFAULT_HEAP_MIB;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** Removes the hidden temporary files (`.<tên>.<pid>.<ngẫu nhiên>.tmp`) a killed child left next to its outputs. */
const removeChildFiles = (pid: number | undefined): void => {
  if (pid !== undefined) removeTemporaryFiles(outputFolders(process.argv.slice(2)), (owner) => owner === pid);
};

/** Runs the program in a child process; resolves with its exit code, or its signal. */
const runChild = (cap: number | undefined, settings: ChildSettings) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; pid: number | undefined }>((done) => {
    const flags = [
      ...process.execArgv,
      ...(cap ? [`--max-old-space-size=${cap}`] : []),
      ...settings.flags.filter((flag) => !(YOUNG_FLAG.test(flag) && youngFlagGiven)),
    ];
    if (process.env.ANTQ_DEBUG) process.stderr.write(`antq: chạy chương trình với ${flags.join(" ")}\n`);
    const child = spawn(process.execPath, [...flags, program, ...process.argv.slice(2)], {
      env: { ...settings.env, ...process.env, [INVOCATION_VARIABLE]: invocation() },
      // The IPC channel closes when this process dies, even by SIGKILL: the child then stops (io/temporary-files.ts).
      stdio: ["inherit", "inherit", "inherit", "ipc"],
    });
    const forward = (signal: NodeJS.Signals) => () => {
      child.kill(signal);
    };
    const handlers = (["SIGINT", "SIGTERM", "SIGHUP"] as const).map((signal) => {
      const handler = forward(signal);
      process.on(signal, handler);
      return [signal, handler] as const;
    });
    child.on("error", (error) => {
      process.stderr.write(`Lỗi: không khởi chạy được antq (${error.message}).\n`);
      done({ code: 1, signal: null, pid: undefined });
    });
    child.on("exit", (code, signal) => {
      for (const [name, handler] of handlers) process.off(name, handler);
      done({ code, signal, pid: child.pid });
    });
  });

/** V8 aborts the process when the heap limit is reached. */
const outOfMemory = (code: number | null, signal: NodeJS.Signals | null) =>
  signal === "SIGABRT" || code === 134;

const exitCodeOf = (code: number | null, signal: NodeJS.Signals | null): number =>
  code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);

const launch = async (): Promise<void> => {
  const cap = heapCap(process.env.ANTQ_BO_NHO_MB);
  if (cap === undefined) {
    process.stderr.write(
      `Lỗi: ANTQ_BO_NHO_MB="${process.env.ANTQ_BO_NHO_MB}" không hợp lệ; ghi số MB bộ nhớ (ví dụ 2048), hoặc 0 để không giới hạn.\n`,
    );
    process.exitCode = 2;
    return;
  }
  const command = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
  // Leftovers of runs killed before they could clean up (SIGKILL of the whole process group, a power cut).
  if (command !== undefined && DATA_COMMANDS.has(command))
    removeTemporaryFiles(
      outputFolders(process.argv.slice(2)),
      (pid) => pid !== process.pid && !processExists(pid),
    );
  if (heapFlagGiven || cap === 0 || command === undefined || !DATA_COMMANDS.has(command)) {
    await import(pathToFileURL(program).href);
    return;
  }
  // For benchmarks: `ANTQ_BAO_CAO_BO_NHO=1` prints the launcher's own peak resident memory (KiB) at exit (its
  // own: see peak-memory.ts for why not `maxRSS`), and the part of it no other process shares.
  if (process.env.ANTQ_BAO_CAO_BO_NHO) {
    process.on("exit", () => {
      const own = privateResidentKib();
      process.stderr.write(
        `antq-launcher-max-rss-kib=${peakResidentKib()}\n${own === undefined ? "" : `antq-launcher-private-rss-kib=${own}\n`}`,
      );
    });
  }
  const args = process.argv.slice(2);
  const threads = readsCsvInThreads(args, command);
  const workbook = !threads && readsWorkbook(args, command);
  const settings: ChildSettings = threads
    ? { flags: [YOUNG_GENERATION_PER_THREAD], env: THREADS_ENV }
    : workbook
      ? { flags: WORKBOOK_FLAGS, env: WORKBOOK_ENV }
      : { flags: [YOUNG_GENERATION], env: {} };
  const defaultCap = workbook ? WORKBOOK_HEAP_MIB : DEFAULT_HEAP_MIB;
  const childCap = process.env.ANTQ_BO_NHO_MB?.trim() ? cap : defaultCap;
  const first = await runChild(childCap, settings);
  if (outOfMemory(first.code, first.signal)) {
    removeChildFiles(first.pid);
    process.stderr.write(
      `antq: dữ liệu cần nhiều hơn ${childCap.toLocaleString("vi-VN")} MB bộ nhớ (giới hạn đặt bằng biến môi trường ANTQ_BO_NHO_MB, mặc định ${defaultCap} MB); đang chạy lại không giới hạn…\n`,
    );
    const second = await runChild(undefined, settings);
    if (second.signal) removeChildFiles(second.pid);
    process.exitCode = exitCodeOf(second.code, second.signal);
    return;
  }
  if (first.signal) removeChildFiles(first.pid);
  process.exitCode = exitCodeOf(first.code, first.signal);
};

await launch();
