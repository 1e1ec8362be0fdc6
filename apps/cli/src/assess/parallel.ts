/**
 * Assessing a large flat CSV on every core: the file is cut into parts at row boundaries
 * (../io/csv-split.ts), one worker thread reads, validates and assesses each part (./part-worker.ts) and
 * writes its units' result rows to a part file next to the output, and the parts are joined in file order.
 * The result is the same, byte for byte, as reading the file in one go: line numbers are those of the
 * whole file, issues come in file order and the communes are assessed afterwards with the statuses of every
 * part (../commands/assess.ts).
 *
 * When a part cannot be used as it is, the parallel run is given up (its part files removed) and the caller
 * reads the whole file in one go, which gives the usual messages: a part failed (malformed CSV, a worker out of
 * memory), a cut did not fall where the previous part ended (a stray quote fooled the split), or a unit id is
 * repeated in two parts (one reader reports the second and does not assess it).
 */
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { CompiledRuleSet } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import { partsProblem } from "@antq/sheets";
import { temporaryPathFor } from "../io/atomic-write.js";
import type { CsvRange } from "../io/csv.js";
import type { CsvPartTask } from "./csv-part.js";
import { type PackedPart, type UnpackedPart, unpackPart } from "./part-transfer.js";
import type { RuleOptions } from "./rules.js";

/** What a part's worker thread is started with. */
export interface PartWorkerData {
  readonly task: CsvPartTask;
  readonly rules: RuleOptions;
  /** The main thread's rule-set hash; the worker refuses a rule set that compiles differently. */
  readonly ruleSetHash: string;
  /** Where the worker posts its {@link PartWorkerResult}: read by the main thread once the worker has ended. */
  readonly resultPort: MessagePort;
}

/** What a part's worker thread posts to the main thread while it reads: progress. */
export interface PartWorkerProgress {
  readonly rows: number;
}

/** What a part's worker thread posts on its result port when it is done. */
export type PartWorkerResult =
  | { readonly kind: "done"; readonly part: PackedPart }
  | { readonly kind: "failed"; readonly reason: string };

const workerFile = new URL("./part-worker.js", import.meta.url);

/** Whether worker threads can be started: the built program has its worker file (running from source has not). */
export const canRunInParallel = (): boolean => workerFile.protocol === "file:" && existsSync(workerFile);

/**
 * Runs one part in a worker thread; resolves with its result, or undefined when it failed. The result is
 * taken from its port only after the worker has ended, so that the worker's heap is gone before the main
 * thread decodes the part.
 */
const runPart = (
  data: Omit<PartWorkerData, "resultPort">,
  onRows: (rows: number) => void,
  started: Worker[],
): Promise<UnpackedPart | undefined> =>
  new Promise((done) => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(workerFile, {
      workerData: { ...data, resultPort: port2 } satisfies PartWorkerData,
      transferList: [port2],
    });
    started.push(worker);
    const debug = (text: string) => {
      if (process.env.ANTQ_DEBUG) process.stderr.write(`antq: luồng đọc ${data.task.output}: ${text}\n`);
    };
    worker.on("message", (message: PartWorkerProgress) => onRows(message.rows));
    // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash; "exit" follows.
    worker.on("error", (error) => debug(error.stack ?? error.message));
    worker.on("exit", () => {
      const result = receiveMessageOnPort(port1)?.message as PartWorkerResult | undefined;
      port1.close();
      if (result?.kind === "done") return done(unpackPart(result.part));
      if (result?.kind === "failed") debug(result.reason);
      done(undefined);
    });
  });

/** Appends `part` to `target` and removes it. */
const appendPart = async (target: string, part: string): Promise<void> => {
  await pipeline(createReadStream(part), createWriteStream(target, { flags: "a" }));
  await rm(part, { force: true });
};

/**
 * Assesses the parts of `file` (`ranges` from `splitCsv`, the first with the header row) in worker threads
 * and writes their result rows, joined in file order, to `output` (header row first). Resolves with the
 * parts' results in file order, or `undefined` when the parallel run was given up (nothing left behind;
 * see the module comment).
 *
 * @example
 * ```ts
 * const parts = await assessCsvInParallel({ compiled, rules, file, headers, ranges, output: temporary, target,
 *   maxStoredIssues: 1000, onRows: (n) => progress.tick(n) });
 * ```
 */
export const assessCsvInParallel = async (options: {
  readonly compiled: CompiledRuleSet<SecurityOrderInput>;
  readonly rules: RuleOptions;
  readonly file: string;
  readonly specId?: string;
  /** The file's header row, given to every part but the first. */
  readonly headers: readonly string[];
  readonly ranges: readonly CsvRange[];
  readonly output: string;
  /** The file `output` will become: the part files are hidden temporary files named after it, beside it. */
  readonly target: string;
  readonly maxStoredIssues: number;
  readonly onRows: (rows: number) => void;
}): Promise<UnpackedPart[] | undefined> => {
  const { ranges } = options;
  const partFiles = ranges.map(() => temporaryPathFor(options.target));
  const started: Worker[] = [];
  const results: (UnpackedPart | undefined)[] = await Promise.all(
    ranges.map((range, k) =>
      runPart(
        {
          task: {
            file: options.file,
            ...(options.specId ? { specId: options.specId } : {}),
            range: k === 0 ? range : { ...range, headers: options.headers },
            output: partFiles[k] as string,
            header: k === 0,
            maxStoredIssues: options.maxStoredIssues,
          },
          rules: options.rules,
          ruleSetHash: options.compiled.hash,
        },
        options.onRows,
        started,
      ).then((result) => {
        // One part failed: the others are of no use.
        if (!result) for (const worker of started) void worker.terminate();
        return result;
      }),
    ),
  );
  const problem = partsProblem(ranges, results);
  if (process.env.ANTQ_DEBUG) {
    process.stderr.write(
      problem
        ? `antq: bỏ đọc song song (${problem}); đọc lại cả tệp trong một luồng\n`
        : `antq: đã đọc song song ${ranges.length} phần\n`,
    );
  }
  if (problem) {
    await Promise.all(partFiles.map((f) => rm(f, { force: true })));
    return undefined;
  }
  await rename(partFiles[0] as string, options.output);
  for (const part of partFiles.slice(1)) await appendPart(options.output, part);
  return results as UnpackedPart[];
};
