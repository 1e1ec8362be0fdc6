/**
 * Assessing a CSV in the flat "Đơn vị và dữ kiện" layout as a stream, the whole file or one part of it:
 * rows are validated and assessed as they are read, the units' result rows are written to a CSV file, and
 * what the communes need (their records and their units' statuses) is handed back with the counts. The
 * communes are assessed once every part is read, by @antq/sheets' `finishStreamedAssessment`
 * (../commands/assess.ts), in this thread or after worker threads read the parts (./parallel.ts).
 */
import type { CompiledRuleSet } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import {
  type Assessed,
  type Dataset,
  DatasetBuilder,
  ruleLabels,
  StreamingAssessor,
  type SummaryCounts,
  UNIT_RESULT_HEADERS,
  unitResultRow,
} from "@antq/sheets";
import * as Cause from "effect/Cause";
import * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import * as Option from "effect/Option";
import { type CsvRange, createCsvFileWriter } from "../io/csv.js";
import { PackedList } from "../io/packed-list.js";
import { readCsvInto } from "../sheets/read.js";

/** What to read and where to write (plain data, so that it can be sent to a worker thread). */
export interface CsvPartTask {
  readonly file: string;
  /** The sheet spec by id (`--loai`); by default recognised from the headers. */
  readonly specId?: string;
  /** The part of the file to read; the whole file when absent. */
  readonly range?: CsvRange;
  /** The CSV file the units' result rows are written to; it must not exist yet. */
  readonly output: string;
  /** Start the output with the BOM and the header row (the first part only). */
  readonly header: boolean;
  /** Issues kept beyond this many are only counted. */
  readonly maxStoredIssues: number;
}

/** What a part hands back (plain data, sent from a worker thread). */
export interface CsvPartResult {
  readonly dataset: Dataset;
  readonly summary: SummaryCounts;
  readonly left: ReturnType<StreamingAssessor<PackedList<SecurityOrderInput>>["leftForCommunes"]>;
  /** The ids of the units read, in file order (to find an id repeated in two parts). */
  unitIds(): IterableIterator<string>;
  /** The line number after the part's last row: the next part's first line. */
  readonly nextLine: number;
  /** The years of the facts of the valid rows read (to check `--nam` against the data). */
  readonly years: readonly number[];
}

/**
 * Reads, validates and assesses the rows of a part and writes their result rows to `task.output`. Fails with
 * the reader's {@link InputFileError} when the file cannot be read as CSV; the output is then incomplete and
 * left for the caller to remove.
 *
 * @example
 * ```ts
 * const part = await assessCsvPart(compiled, {
 *   file: "don-vi-va-du-kien.csv", output: ".ket-qua-don-vi.csv.tmp", header: true,
 *   maxStoredIssues: 1000,
 * });
 * ```
 */
export const assessCsvPart = async (
  compiled: CompiledRuleSet<SecurityOrderInput>,
  task: CsvPartTask,
  onRows?: (rows: number) => void,
): Promise<CsvPartResult> => {
  const labels = ruleLabels(compiled);
  const builder = new DatasetBuilder();
  builder.maxStoredIssues = task.maxStoredIssues;
  const writer = createCsvFileWriter(task.output, task.header ? UNIT_RESULT_HEADERS : undefined);
  const pending: Assessed[] = [];
  // The communes are kept serialised (free of the input text, outside the heap, transferable to the main thread).
  const assessor = new StreamingAssessor(
    compiled,
    (a) => pending.push(a),
    new PackedList<SecurityOrderInput>(),
  );
  builder.onPair = (unit, facts) => assessor.add({ unit: unit.unit, facts: facts.facts });
  const flush = async () => {
    for (const a of pending.splice(0)) await writer.write(unitResultRow(a, labels));
  };
  const read = await Effect.runPromiseExit(
    readCsvInto(builder, task.file, {
      ...(task.specId ? { specId: task.specId } : {}),
      ...(task.range ? { range: task.range } : {}),
      onRow: async (rows) => {
        onRows?.(rows);
        await flush();
      },
    }),
  );
  await flush();
  await writer.close();
  if (Exit.isFailure(read)) {
    const failure = Cause.findErrorOption(read.cause);
    throw Option.isSome(failure) ? failure.value : Cause.squash(read.cause);
  }
  return {
    dataset: builder.finish(),
    summary: assessor.summary,
    left: assessor.leftForCommunes(),
    unitIds: () => builder.streamedUnitIds(),
    nextLine: read.value,
    years: [...assessor.years],
  };
};
