/**
 * `antq danh-gia` / `assess`: applies the "An toàn về ANTT" rules of @antq/rules (with the commune
 * roll-up) to a dataset and writes the results (xlsx + JSON, plus a per-unit CSV for streamed input).
 */

import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { formatNumber } from "@antq/format-vi";
import type { CompiledRuleSet, Readings, UndecidedReadingsReport } from "@antq/rules";
import { findUndecidedWithCommunes, type SecurityOrderInput, securityOrderRuleSet } from "@antq/rules-antt";
import {
  assessmentDocument,
  assessmentLines,
  assessmentYear,
  COMBINED_SHEET,
  communeResults,
  type Dataset,
  DatasetBuilder,
  datasetCounts,
  explainUnit,
  explanationText,
  factsYear,
  formatIssue,
  interpretationFlagName,
  lazyList,
  mergeStreamedDatasets,
  ProvinceAssessment,
  pairInputs,
  readingsOfText,
  ruleLabels,
  ruleSetLines,
  Summary,
  unitResultRow,
} from "@antq/sheets";
import type { PreviousYearNote, PreviousYearRecord } from "@antq/store";
import { Cause, Effect, Exit, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { assessCsvPart } from "../assess/csv-part.js";
import { assessCsvInParallel, canRunInParallel } from "../assess/parallel.js";
import type { UnpackedPart } from "../assess/part-transfer.js";
import { prepareRules, type RuleOptions } from "../assess/rules.js";
import { threadCountFor } from "../assess/thread-count.js";
import { type AppError, InputFileError, InvalidInputError, ValidationFailedError } from "../errors.js";
import { atomicWrite } from "../io/atomic-write.js";
import { type CsvRange, createCsvFileWriter, openCsv } from "../io/csv.js";
import { splitCsv } from "../io/csv-split.js";
import { atomicWriteJson } from "../io/json-stream.js";
import { createProgress, estimateCsvRows, type Progress } from "../io/progress.js";
import { readProvinceSettings } from "../readings/settings-file.js";
import { peekCsvSpec, readFileInto } from "../sheets/read.js";
import {
  applyPreviousYear,
  assessmentOptions,
  checkRecordRequest,
  compareAssessment,
  compareFlag,
  fromStoreFlag,
  previousYearLines,
  provenanceOf,
  type RecordRequest,
  readRecord,
  saveRun,
  saveToStoreFlag,
  sheetsDatasetOf,
  storeLabel,
  unitResultsOf,
} from "./record.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";
import { storeFlag } from "./store.js";

/** `--nam`: evaluation year; by default the one year of the data's facts records. */
export const yearFlag = Flag.Int("nam").pipe(
  Flag.withDescription("Năm đánh giá (mặc định: năm của dữ kiện trong tệp, khi chỉ có một năm)"),
  Flag.optional,
);

/** `--tinh`: province overlay packages or module paths (repeatable). */
export const provinceFlag = Flag.String("tinh").pipe(
  Flag.withDescription(
    "Gói quy định bổ sung của tỉnh: tên gói npm hoặc đường dẫn tệp .js/.mjs (có thể lặp lại)",
  ),
  Flag.atLeast(0),
);

/** `--cach-hieu id=lựa-chọn`: any interpretation option (repeatable). */
export const readingFlag = Flag.KeyValuePair("cach-hieu").pipe(
  Flag.withDescription("Chọn cách hiểu theo mã: --cach-hieu <mã>=<lựa chọn> (xem antq quy-dinh)"),
  Flag.optional,
);

const baseInterpretations = securityOrderRuleSet.interpretations;

/** One flag per interpretation option of the base rule set, e.g. `--hieu-kiem-che-keo-giam giam`. */
export const interpretationFlags = Object.fromEntries(
  baseInterpretations.map((i) => [
    i.id,
    Flag.Literals(interpretationFlagName(i.id), i.choices.map((c) => c.id) as [string, ...string[]]).pipe(
      Flag.withDescription(`${i.label}: ${i.choices.map((c) => `${c.id} = ${c.label}`).join("; ")}`),
      Flag.optional,
    ),
  ]),
) as Record<string, Flag.Flag<Option.Option<string>>>;

/** `--cau-hinh tinh.json`: the province settings file (readings, rule packages). */
export const settingsFlag = Flag.String("cau-hinh").pipe(
  Flag.withDescription(
    'Tệp cấu hình của tỉnh (JSON): {"cachHieu": {"<mã>": "<lựa chọn>"}, "goiQuyDinh": ["./goi-tinh.mjs"]}; tham số dòng lệnh được ưu tiên',
  ),
  Flag.optional,
);

/** Collects readings from the per-option flags and `--cach-hieu`. */
export const readingsFrom = (
  flags: Record<string, Option.Option<string>>,
  generic: Option.Option<Record<string, string>>,
): Readings => ({
  ...Object.fromEntries(
    Object.entries(flags).flatMap(([id, v]) => (Option.isSome(v) ? [[id, v.value]] : [])),
  ),
  ...readingsOfText(Option.getOrElse(generic, () => ({}))),
});

const withExtension = (path: string, extension: string) => {
  const current = extname(path);
  return `${current ? path.slice(0, -current.length) : path}${extension}`;
};

/** Result of one assessment run (shared with `antq demo`). */
export interface AssessRun {
  /** The assessed year (given, or inferred from the data). */
  readonly year: number;
  /** Results left "cần xem xét" by undecided interpretation options (in-memory runs only). */
  readonly undecided: UndecidedReadingsReport | undefined;
  readonly dataset: Dataset;
  readonly summary: Summary;
  /** The in-memory assessment (xlsx/json input); undefined when the input was streamed. */
  readonly assessment: ProvinceAssessment | undefined;
  readonly compiled: CompiledRuleSet<SecurityOrderInput>;
  readonly files: { xlsx: string; json: string; csv?: string };
  readonly streamed: boolean;
  readonly inputErrors: number;
}

/** Issues kept (all are counted) when a large CSV is streamed. */
const MAX_STREAMED_ISSUES = 1000;

/**
 * Streams a CSV in the flat "Đơn vị và dữ kiện" layout: its parts in worker threads when the file is large
 * (../assess/parallel.ts), else in one go here; the units' result rows go to `output` as they are assessed,
 * then the communes' (assessed with the statuses of every part). Fails with the reader's error when the file
 * cannot be read.
 */
const streamCsv = async (options: {
  readonly file: string;
  readonly specId?: string;
  readonly compiled: CompiledRuleSet<SecurityOrderInput>;
  readonly rules: RuleOptions;
  readonly output: string;
  /** The file `output` becomes once complete. */
  readonly target: string;
  readonly summary: Summary;
  readonly progress: Progress;
}): Promise<{ readonly dataset: Dataset; readonly years: ReadonlySet<number> }> => {
  const onRows = (rows: number) => options.progress.tick(rows);
  const { file, compiled } = options;
  const task = {
    file,
    ...(options.specId ? { specId: options.specId } : {}),
    maxStoredIssues: MAX_STREAMED_ISSUES,
  };
  const threads = threadCountFor((await stat(file)).size);
  if (threads === undefined) {
    throw new InvalidInputError({
      message: `ANTQ_SO_LUONG="${process.env.ANTQ_SO_LUONG}" không hợp lệ; ghi số luồng (ví dụ 2), hoặc 1 để đọc tệp trong một luồng.`,
    });
  }
  let parts: readonly Pick<UnpackedPart, "dataset" | "summary" | "left" | "years">[] | undefined;
  if (threads > 1 && canRunInParallel()) {
    const table = await openCsv(file);
    table.close();
    const ranges = await splitCsv(file, threads);
    // The cuts must fall after the header row.
    if (ranges.length > 1 && (ranges[1] as CsvRange).firstLine >= table.nextLine()) {
      parts = await assessCsvInParallel({
        ...task,
        compiled,
        rules: options.rules,
        headers: table.headers,
        ranges,
        output: options.output,
        target: options.target,
        onRows,
      });
      // Given up: the whole file is read again in one go, so the progress starts over.
      if (!parts) options.progress.restart();
    }
  }
  parts ??= [await assessCsvPart(compiled, { ...task, output: options.output, header: true }, onRows)];
  const labels = ruleLabels(compiled);
  for (const part of parts) options.summary.absorb(part.summary);
  const writer = createCsvFileWriter(options.output, undefined, { append: true });
  for (const a of communeResults(
    compiled,
    parts.map((p) => p.left),
  )) {
    options.summary.add(a.unit, a.result);
    await writer.write(unitResultRow(a, labels));
  }
  await writer.close();
  return {
    dataset: mergeStreamedDatasets(
      parts.map((p) => p.dataset),
      MAX_STREAMED_ISSUES,
    ),
    years: new Set(parts.flatMap((p) => p.years)),
  };
};

/** The year given by `--nam`, or the one year of the data's facts (@antq/sheets' `assessmentYear`). */
const resolveYear = (
  given: number | undefined,
  years: Iterable<number>,
  files: readonly string[],
): Effect.Effect<number, InvalidInputError> => {
  const year = assessmentYear(given, years, files.join(", "));
  return year.ok
    ? Effect.succeed(year.value)
    : Effect.fail(new InvalidInputError({ message: year.issues.map((i) => i.message).join("\n") }));
};

/** The years of the facts rows of a flat CSV, read once without assessing (when `--nam` is not given). */
const yearsOfCsv = (file: string, specId: string | undefined, onRow: (rows: number) => void) =>
  Effect.gen(function* () {
    const years = new Set<number>();
    const builder = new DatasetBuilder();
    builder.maxStoredIssues = 0;
    builder.onPair = (_unit, facts) => {
      years.add(facts.facts.year);
    };
    yield* readFileInto(builder, file, { ...(specId ? { specId } : {}), onRow });
    return years;
  });

/** Refuses input in which no unit was found: nothing would be assessed (and nothing is written). */
const nothingToAssess = (files: readonly string[]) =>
  new InvalidInputError({
    message: `Không có đơn vị nào để đánh giá trong ${files.join(", ")}: tệp trống, là mẫu chưa điền, hoặc không phải dữ liệu của antq (xem antq kiem-tra). Không ghi tệp kết quả nào.`,
  });

/**
 * Reads, validates and assesses; writes the xlsx and JSON results. A single CSV in the "Đơn vị và dữ
 * kiện" layout is assessed as a stream (bounded memory, every core for a large file) and its per-unit
 * results go to a CSV file. Without a year the one year of the data is used (a CSV is read once more to find
 * it); data of several years, or none, is refused, as is data without any unit.
 */
export const runAssessment = (options: {
  readonly files: readonly string[];
  readonly year: number | undefined;
  readonly rules: Omit<RuleOptions, "year">;
  /** The result files for the assessed year. */
  readonly outputs: (year: number) => { readonly xlsx: string; readonly json: string };
  readonly specId?: string;
  readonly quiet: boolean;
  /**
   * The multi-year record (./record.ts): the year's data read from the store instead of files, and a step on
   * the data once the year is known (last year's counts from the record). Input is then read in memory.
   */
  readonly record?: {
    readonly dataset?: Dataset;
    readonly prepare: (dataset: Dataset, year: number) => Effect.Effect<Dataset, AppError>;
  };
}) =>
  Effect.gen(function* () {
    const readings = options.rules.readings;
    const summary = new Summary();
    // Stream only a single CSV in the flat "Đơn vị và dữ kiện" layout; everything else is read in memory.
    const singleCsv =
      options.record === undefined &&
      options.files.length === 1 &&
      extname(options.files[0] as string).toLowerCase() === ".csv" &&
      (yield* peekCsvSpec(options.files[0] as string, options.specId))?.id === COMBINED_SHEET.id;
    const csvRows = options.files.every((f) => extname(f).toLowerCase() === ".csv")
      ? estimateCsvRows(options.files)
      : undefined;
    const progress = createProgress({
      label: "Đang đọc và đánh giá",
      quiet: options.quiet,
      ...(csvRows ? { total: csvRows, estimated: true } : {}),
    });
    const inputs = [...options.files];

    let dataset: Dataset | undefined;
    let year: number;
    let compiled: CompiledRuleSet<SecurityOrderInput>;
    let csvTarget: string | undefined;
    if (singleCsv) {
      const file = options.files[0] as string;
      if (options.year === undefined) {
        const scan = createProgress({
          label: "Đang tìm năm của dữ liệu",
          quiet: options.quiet,
          ...(csvRows ? { total: csvRows, estimated: true } : {}),
        });
        const years = yield* yearsOfCsv(file, options.specId, (rows) => scan.tick(rows));
        scan.done();
        year = yield* resolveYear(undefined, years, options.files);
      } else year = options.year;
      compiled = yield* prepareRules({ ...options.rules, year });
      const target = withExtension(options.outputs(year).xlsx, "-don-vi.csv");
      csvTarget = target;
      // Per-unit results are written to a temporary CSV while reading, then renamed.
      let failure: InputFileError | InvalidInputError | undefined;
      const written = yield* Effect.exit(
        atomicWrite(
          target,
          async (temporary) => {
            try {
              const streamed = await streamCsv({
                file,
                ...(options.specId ? { specId: options.specId } : {}),
                compiled,
                rules: { ...options.rules, year },
                output: temporary,
                target,
                summary,
                progress,
              });
              dataset = streamed.dataset;
              if (dataset.streamed === 0) throw nothingToAssess(options.files);
              // An explicit --nam is checked against the years read, as for the other inputs.
              if (options.year !== undefined) {
                const checked = Effect.runSyncExit(resolveYear(options.year, streamed.years, options.files));
                if (Exit.isFailure(checked)) throw Cause.squash(checked.cause);
              }
            } catch (error) {
              if (error instanceof InputFileError || error instanceof InvalidInputError) failure = error;
              throw error;
            }
          },
          { inputs },
        ),
      );
      progress.done();
      if (failure) return yield* failure;
      if (Exit.isFailure(written)) return yield* Effect.failCause(written.cause);
    } else {
      const builder = new DatasetBuilder();
      // The facts are read once per pass of the assessment and its outputs: kept packed, not as objects.
      builder.packFacts = options.record === undefined;
      for (const file of options.files) {
        yield* readFileInto(builder, file, {
          ...(options.specId ? { specId: options.specId } : {}),
          onRow: (rows) => progress.tick(rows),
        });
      }
      dataset = options.record?.dataset ?? builder.finish();
      progress.done();
      if (dataset.units.length === 0) return yield* nothingToAssess(options.files);
      year = yield* resolveYear(options.year, dataset.facts.map(factsYear), options.files);
      if (options.record) dataset = yield* options.record.prepare(dataset, year);
      compiled = yield* prepareRules({ ...options.rules, year });
    }
    const finished = dataset as Dataset;
    const { xlsx, json } = options.outputs(year);
    const labels = ruleLabels(compiled);

    let assessment: ProvinceAssessment | undefined;
    let undecided: UndecidedReadingsReport | undefined;
    if (!singleCsv) {
      const { inputs: pairs, noFacts } = pairInputs(finished.units, finished.facts, year);
      const current = new ProvinceAssessment(compiled, pairs, noFacts);
      assessment = current;
      for (const a of current.outcomes()) summary.add(a.unit, a.result);
      undecided = findUndecidedWithCommunes(compiled, pairs, current.results);
    }
    const counts = datasetCounts(finished);
    const inputErrors = counts.errors;
    const info = ruleSetLines(compiled, readings);

    const { nodeGzip, writeWorkbookStream } = yield* Effect.promise(() => import("../io/xlsx.js"));
    const { writeAssessmentWorkbook } = yield* Effect.promise(() => import("@antq/sheets/xlsx"));
    yield* writeWorkbookStream(xlsx, inputs, (output) =>
      writeAssessmentWorkbook(output, {
        year,
        info,
        summary,
        ...(assessment ? { assessment } : {}),
        labels,
        gzip: nodeGzip,
      }),
    );
    const document = assessmentDocument({
      year,
      compiled,
      readings,
      undecided,
      input: counts,
      summary,
      assessment,
      unitResultsFile: csvTarget,
      list: lazyList,
    });
    yield* atomicWriteJson(json, document, { inputs });
    const run: AssessRun = {
      year,
      undecided,
      dataset: finished,
      summary,
      assessment,
      compiled,
      files: { xlsx, json, ...(csvTarget ? { csv: csvTarget } : {}) },
      streamed: singleCsv,
      inputErrors,
    };
    return { run, document };
  });

export const assessCommand = Command.make(
  "danh-gia",
  {
    files: Argument.String("tệp").pipe(
      Argument.withDescription(
        "Tệp dữ liệu (.xlsx, .csv, .json); có thể nhiều tệp; không cần khi dùng --tu-kho",
      ),
      Argument.atLeast(0),
    ),
    year: yearFlag,
    fromStore: fromStoreFlag,
    saveToStore: saveToStoreFlag,
    compare: compareFlag,
    store: storeFlag,
    out: Flag.String("ra").pipe(
      Flag.withAlias("o"),
      Flag.withDescription(
        "Tệp kết quả Excel (mặc định ket-qua-danh-gia-<năm>.xlsx); tệp JSON cùng tên, đuôi .json",
      ),
      Flag.optional,
    ),
    outJson: Flag.String("ra-json").pipe(
      Flag.withDescription("Tệp kết quả JSON (mặc định cùng tên tệp Excel)"),
      Flag.optional,
    ),
    explain: Flag.String("giai-thich").pipe(
      Flag.withDescription("In giải thích chi tiết, có căn cứ pháp lý, cho một đơn vị (theo mã đơn vị)"),
      Flag.optional,
    ),
    provinces: provinceFlag,
    reading: readingFlag,
    settings: settingsFlag,
    kind: Flag.String("loai").pipe(
      Flag.withDescription("Loại dữ liệu của tệp CSV (vd. don-vi-va-du-kien); mặc định nhận từ dòng tiêu đề"),
      Flag.optional,
    ),
    json: jsonFlag,
    ...interpretationFlags,
  },
  (config) =>
    Effect.gen(function* () {
      const { files, out, outJson, explain, reading, kind, json } = config;
      const given = Option.getOrUndefined(config.year);
      if (given !== undefined && (given < 2000 || given > 2100))
        return yield* new InvalidInputError({ message: `Năm đánh giá ${given} không hợp lệ.` });
      const flagReadings: Record<string, Option.Option<string>> = {};
      for (const i of baseInterpretations)
        flagReadings[i.id] =
          (config as unknown as Record<string, Option.Option<string>>)[i.id] ?? Option.none();
      // The settings file first, the flags over it.
      const settings = Option.isSome(config.settings)
        ? yield* readProvinceSettings(config.settings.value)
        : { readings: {}, packages: [] };
      const readings = { ...settings.readings, ...readingsFrom(flagReadings, reading) };
      const provinces = [...settings.packages, ...config.provinces];
      const record: RecordRequest = {
        fromStore: config.fromStore,
        save: config.saveToStore,
        compare: config.compare,
        store: config.store,
      };
      const usesRecord = yield* checkRecordRequest(record, files, given, "danh-gia");
      if (record.compare)
        return yield* compareAssessment({
          request: record,
          year: given as number,
          provinces,
          readings,
          print: json ? printError : printText,
        });
      let previousYear: { record: PreviousYearRecord; notes: PreviousYearNote[] } | undefined;
      const stored = record.fromStore ? yield* readRecord(record, given as number) : undefined;

      if (Option.isSome(explain)) {
        const builder = new DatasetBuilder();
        for (const file of files)
          yield* readFileInto(builder, file, Option.isSome(kind) ? { specId: kind.value } : {});
        const read = stored?.dataset
          ? sheetsDatasetOf(stored.dataset, storeLabel(stored.where, given as number))
          : builder.finish();
        const year = yield* resolveYear(given, read.facts.map(factsYear), files);
        const dataset = usesRecord
          ? applyPreviousYear(read, (stored ?? (yield* readRecord(record, year))).previous, year).dataset
          : read;
        const compiled = yield* prepareRules({ year, provinces, readings });
        const { inputs } = pairInputs(dataset.units, dataset.facts, year);
        const target = inputs.find((i) => i.unit.id === explain.value);
        if (!target) {
          return yield* new InvalidInputError({
            message: `Không tìm thấy đơn vị có mã "${explain.value}" trong dữ liệu hợp lệ (${formatNumber(inputs.length)} đơn vị).`,
          });
        }
        const result = explainUnit(compiled, inputs, target);
        if (json) return yield* printJson(result);
        return yield* printText(explanationText(target.unit, year, result));
      }

      const { run, document } = yield* runAssessment({
        files,
        year: given,
        rules: { provinces, readings },
        outputs: (year) => {
          const xlsx = Option.getOrElse(out, () => `ket-qua-danh-gia-${year}.xlsx`);
          return { xlsx, json: Option.getOrElse(outJson, () => withExtension(xlsx, ".json")) };
        },
        ...(Option.isSome(kind) ? { specId: kind.value } : {}),
        quiet: json,
        ...(usesRecord
          ? {
              record: {
                ...(stored?.dataset
                  ? { dataset: sheetsDatasetOf(stored.dataset, storeLabel(stored.where, given as number)) }
                  : {}),
                prepare: (dataset: Dataset, year: number) =>
                  Effect.gen(function* () {
                    const from = stored ?? (yield* readRecord(record, year));
                    const applied = applyPreviousYear(dataset, from.previous, year);
                    previousYear = { record: from.previous, notes: applied.notes };
                    return applied.dataset;
                  }),
              },
            }
          : {}),
      });
      const { compiled, year } = run;
      const recordLines = previousYear ? previousYearLines(previousYear.notes, year - 1) : [];
      if (recordLines.length > 0) yield* (json ? printError : printText)(recordLines.join("\n"));
      if (record.save && run.assessment && previousYear) {
        const saved = yield* saveRun(record, {
          year,
          kind: "assessment",
          ...provenanceOf(compiled, assessmentOptions(readings, provinces, previousYear.record)),
          results: unitResultsOf(run.assessment),
        });
        yield* (json ? printError : printText)(saved);
      }
      if (json) {
        yield* printJson(document);
      } else {
        const errorLines = run.dataset.issues
          .filter((i) => i.severity === "error")
          .slice(0, 50)
          .map(formatIssue);
        if (errorLines.length > 0) yield* printError(errorLines.join("\n"));
        const written = [run.files.xlsx, run.files.json, ...(run.files.csv ? [run.files.csv] : [])];
        yield* printText(assessmentLines({ ...run, readings, written }).join("\n"));
      }
      if (run.inputErrors > 0) {
        return yield* new ValidationFailedError({
          message: `Dữ liệu có ${formatNumber(run.inputErrors)} lỗi; các dòng lỗi không được đánh giá (xem antq kiem-tra).`,
          issueCount: run.inputErrors,
        });
      }
    }),
).pipe(
  Command.withAlias("assess"),
  Command.withDescription(
    'Đánh giá tiêu chuẩn "An toàn về ANTT" (Thông tư 124/2021/TT-BCA, có tổng hợp cấp xã) và ghi kết quả Excel, JSON',
  ),
  Command.withExamples([
    {
      command: "antq danh-gia du-lieu.xlsx --nam 2024",
      description: "Đánh giá năm 2024, ghi ket-qua-danh-gia-2024.xlsx và .json",
    },
    {
      command: "antq danh-gia du-lieu.xlsx --nam 2024 --giai-thich kdc-ap-my-loi",
      description: "Giải thích kết quả một đơn vị",
    },
    {
      command: "antq danh-gia du-lieu.xlsx --tinh ./goi-tinh-bac-ninh.mjs",
      description: "Áp dụng quy định bổ sung của tỉnh",
    },
    {
      command: "antq danh-gia don-vi-va-du-kien.csv --nam 2024",
      description: "Tệp CSV rất lớn: đọc và đánh giá từng dòng",
    },
    {
      command: "antq danh-gia --tu-kho --nam 2024 --luu-kho",
      description:
        "Đánh giá năm 2024 đã nhập vào kho (số vụ năm trước lấy từ dữ liệu năm 2023 trong kho), lưu kết quả vào kho",
    },
    {
      command: "antq danh-gia --tu-kho --nam 2023 --doi-chieu",
      description: "Đánh giá lại năm 2023 và đối chiếu với kết quả đã lưu trong kho",
    },
  ]),
);
