/**
 * `antq danh-gia` / `assess`: applies the "An toàn về ANTT" rules of @antq/rules (with the commune
 * roll-up) to a dataset and writes the results (xlsx + JSON, plus a per-unit CSV for streamed input).
 */
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import type { CompiledRuleSet, Readings, UndecidedReadingsReport } from "@antq/rules";
import { findUndecidedWithCommunes, type SecurityOrderInput, securityOrderRuleSet } from "@antq/rules-antt";
import {
  type Assessed,
  type AssessedPart,
  assessmentDocument,
  assessmentFiles,
  assessmentLines,
  assessmentUnitResults,
  assessmentYear,
  COMBINED_SHEET,
  type Dataset,
  DatasetBuilder,
  datasetCounts,
  evaluationYearProblem,
  explainUnitById,
  explanationText,
  factsYear,
  finishStreamedAssessment,
  inputErrorLines,
  inputErrorsMessage,
  interpretationFlagName,
  lazyList,
  nothingToAssessMessage,
  ProvinceAssessment,
  pairInputs,
  readingsOfText,
  ruleLabels,
  ruleSetLines,
  Summary,
  unitExplanationDocument,
  unitResultRow,
} from "@antq/sheets";
import { assessmentRunOptions, type PreviousYearRecord, runProvenance } from "@antq/store";
import { Command, Flag } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Exit from "effect/Exit";
import * as Option from "effect/Option";
import { assessCsvPart } from "../assess/csv-part.js";
import { assessCsvInParallel, canRunInParallel } from "../assess/parallel.js";
import { prepareRules, type RuleOptions } from "../assess/rules.js";
import { threadCountFor } from "../assess/thread-count.js";
import { type AppError, InputFileError, InvalidInputError, ValidationFailedError } from "../errors.js";
import { COMMAND_HINTS, withHint } from "../hints.js";
import { atomicWrite } from "../io/atomic-write.js";
import { type CsvRange, createCsvFileWriter, openCsv } from "../io/csv.js";
import { splitCsv } from "../io/csv-split.js";
import { atomicWriteJson } from "../io/json-stream.js";
import { createProgress, estimateCsvRows, type Progress } from "../io/progress.js";
import { readProvinceSettings } from "../readings/settings-file.js";
import { peekCsvSpec, readDataset, readFileInto } from "../sheets/read.js";
import { filesArgument, intFlag, textFlag, textsFlag, withHelp } from "./define.js";
import {
  APP_VERSION,
  applyPreviousYear,
  checkRecordRequest,
  compareAssessment,
  compareFlag,
  fromStoreFlag,
  type RecordRequest,
  readRecord,
  saveRun,
  saveToStoreFlag,
} from "./record.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";
import { storeFlag } from "./store.js";

/** `--nam`: evaluation year; by default the one year of the data's facts records. */
export const yearFlag = intFlag(
  "nam",
  "Năm đánh giá (mặc định: năm của dữ kiện trong tệp, khi chỉ có một năm)",
);

/** `--tinh`: province overlay packages or module paths (repeatable). */
export const provinceFlag = textsFlag(
  "tinh",
  "Gói quy định bổ sung của tỉnh: tên gói npm hoặc đường dẫn tệp .js/.mjs (có thể lặp lại)",
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
export const settingsFlag = textFlag(
  "cau-hinh",
  'Tệp cấu hình của tỉnh (JSON): {"cachHieu": {"<mã>": "<lựa chọn>"}, "goiQuyDinh": ["./goi-tinh.mjs"]}; tham số dòng lệnh được ưu tiên',
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
  /** The files written: the workbook, the JSON and, for a streamed CSV, the per-unit results. */
  readonly written: readonly string[];
  readonly inputErrors: number;
}

/** Issues kept (all are counted) when a large CSV is streamed. */
const MAX_STREAMED_ISSUES = 1000;

/**
 * Streams a CSV in the flat "Đơn vị và dữ kiện" layout: its parts in worker threads when the file is large
 * (../assess/parallel.ts), else in one go here; the units' result rows go to `output` as they are assessed,
 * then the communes' (assessed with the statuses of every part), all counted in the summary it returns. Fails
 * with the reader's error when the file cannot be read.
 */
const streamCsv = async (options: {
  readonly file: string;
  readonly specId?: string;
  readonly compiled: CompiledRuleSet<SecurityOrderInput>;
  readonly rules: RuleOptions;
  readonly output: string;
  /** The file `output` becomes once complete. */
  readonly target: string;
  readonly progress: Progress;
}) => {
  const { file, compiled, progress } = options;
  const onRows = (rows: number) => progress.tick(rows);
  const task = { ...options, maxStoredIssues: MAX_STREAMED_ISSUES };
  const threads = threadCountFor((await stat(file)).size);
  if (threads === undefined) {
    throw new InvalidInputError({
      message: `ANTQ_SO_LUONG="${process.env.ANTQ_SO_LUONG}" không hợp lệ; ghi số luồng (ví dụ 2), hoặc 1 để đọc tệp trong một luồng.`,
    });
  }
  let parts: readonly AssessedPart[] | undefined;
  if (threads > 1 && canRunInParallel()) {
    const table = await openCsv(file);
    table.close();
    const ranges = await splitCsv(file, threads);
    // The cuts must fall after the header row.
    if (ranges.length > 1 && (ranges[1] as CsvRange).firstLine >= table.nextLine()) {
      parts = await assessCsvInParallel({ ...task, headers: table.headers, ranges, onRows });
      // Given up: the whole file is read again in one go, so the progress starts over.
      if (!parts) progress.restart();
    }
  }
  parts ??= [await assessCsvPart(compiled, { ...task, header: true }, onRows)];
  const labels = ruleLabels(compiled);
  const writer = createCsvFileWriter(options.output, undefined, { append: true });
  const emit = (a: Assessed) => writer.write(unitResultRow(a, labels));
  const end = await finishStreamedAssessment(compiled, parts, { emit, maxStoredIssues: MAX_STREAMED_ISSUES });
  await writer.close();
  return end;
};

/**
 * The year given by `--nam`, or the one year of the data's facts (@antq/sheets' `assessmentYear`); throws,
 * with the CLI's hint for the problem's code (how to give `--nam`).
 */
const yearOf = (given: number | undefined, years: Iterable<number>, files: readonly string[]): number => {
  const year = assessmentYear(given, years, files.join(", "));
  if (year.ok) return year.value;
  throw new InvalidInputError({ message: year.issues.map((i) => withHint(i.message, i.code)).join("\n") });
};

/** Input without any unit: nothing is assessed or written; the CLI says how to see why. */
const nothingToAssess = (files: readonly string[]) =>
  new InvalidInputError({ message: `${nothingToAssessMessage(files)} ${COMMAND_HINTS.validate}` });

/** {@link yearOf} as an effect. */
const resolveYear = (given: number | undefined, years: Iterable<number>, files: readonly string[]) =>
  Effect.try({ try: () => yearOf(given, years, files), catch: (e) => e as InvalidInputError });

/** The years of the facts rows of a flat CSV, read once without assessing (when `--nam` is not given). */
const yearsOfCsv = (file: string, specId: string | undefined, progress: Progress) =>
  Effect.gen(function* () {
    const years = new Set<number>();
    const builder = new DatasetBuilder();
    builder.maxStoredIssues = 0;
    builder.onPair = (_unit, facts) => void years.add(facts.facts.year);
    yield* readFileInto(builder, file, { ...(specId && { specId }), onRow: (rows) => progress.tick(rows) });
    progress.done();
    return years;
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
  /** The result files for the assessed year (@antq/sheets' `assessmentFiles`). */
  readonly outputs: (year: number) => ReturnType<typeof assessmentFiles>;
  readonly specId?: string | undefined;
  readonly quiet: boolean;
  /**
   * The multi-year record (./record.ts): the year's data read from the store instead of files, and a step on
   * the data once the year is known (last year's counts from the record). Input is then read in memory.
   */
  readonly record?: {
    readonly dataset?: Dataset | undefined;
    readonly prepare: (dataset: Dataset, year: number) => Effect.Effect<Dataset, AppError>;
  };
}) =>
  Effect.gen(function* () {
    const { files, specId, quiet } = options;
    // Stream only a single CSV in the flat "Đơn vị và dữ kiện" layout; everything else is read in memory.
    const file = files[0] as string;
    const streamed =
      options.record === undefined &&
      files.length === 1 &&
      extname(file).toLowerCase() === ".csv" &&
      (yield* peekCsvSpec(file, specId))?.id === COMBINED_SHEET.id;
    const csvRows = files.every((f) => extname(f).toLowerCase() === ".csv")
      ? estimateCsvRows(files)
      : undefined;
    const progressOf = (label: string) =>
      createProgress({ label, quiet, ...(csvRows ? { total: csvRows, estimated: true } : {}) });
    const progress = progressOf("Đang đọc và đánh giá");
    const inputs = [...files];

    let dataset: Dataset | undefined;
    let summary: Summary | undefined;
    let year: number;
    let compiled: CompiledRuleSet<SecurityOrderInput>;
    if (streamed) {
      year =
        options.year ??
        (yield* resolveYear(
          undefined,
          yield* yearsOfCsv(file, specId, progressOf("Đang tìm năm của dữ liệu")),
          files,
        ));
      compiled = yield* prepareRules({ ...options.rules, year });
      const target = options.outputs(year).units;
      const stream = {
        file,
        ...(specId && { specId }),
        compiled,
        rules: { ...options.rules, year },
        target,
        progress,
      };
      // Per-unit results are written to a temporary CSV while reading, then renamed.
      let failure: InputFileError | InvalidInputError | undefined;
      const written = yield* Effect.exit(
        atomicWrite(
          target,
          async (output) => {
            try {
              const read = await streamCsv({ ...stream, output });
              dataset = read.dataset;
              summary = read.summary;
              if (dataset.streamed === 0) throw nothingToAssess(files);
              // An explicit --nam is checked against the years read, as for the other inputs.
              if (options.year !== undefined) yearOf(options.year, read.years, files);
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
      const reading = { ...(specId && { specId }), onRow: (rows: number) => progress.tick(rows) };
      for (const f of files) yield* readFileInto(builder, f, reading);
      dataset = options.record?.dataset ?? builder.finish();
      progress.done();
      if (dataset.units.length === 0) return yield* nothingToAssess(files);
      year = yield* resolveYear(options.year, dataset.facts.map(factsYear), files);
      if (options.record) dataset = yield* options.record.prepare(dataset, year);
      compiled = yield* prepareRules({ ...options.rules, year });
    }
    const finished = dataset as Dataset;
    const { xlsx, json, units } = options.outputs(year);

    let assessment: ProvinceAssessment | undefined;
    let undecided: UndecidedReadingsReport | undefined;
    if (!streamed) {
      const { inputs: pairs, noFacts } = pairInputs(finished.units, finished.facts, year);
      assessment = new ProvinceAssessment(compiled, pairs, noFacts);
      summary = Summary.of(assessment.outcomes());
      undecided = findUndecidedWithCommunes(compiled, pairs, assessment.results);
    }
    const counts = datasetCounts(finished);
    const { readings } = options.rules;
    const written = [xlsx, json, ...(streamed ? [units] : [])];
    const run: AssessRun = {
      year,
      undecided,
      dataset: finished,
      // Counted by the stream, or of the in-memory assessment.
      summary: summary as Summary,
      assessment,
      compiled,
      written,
      inputErrors: counts.errors,
    };
    const { nodeGzip, writeWorkbookStream } = yield* Effect.promise(() => import("../io/xlsx.js"));
    const { writeAssessmentWorkbook } = yield* Effect.promise(() => import("@antq/sheets/xlsx"));
    const info = ruleSetLines(compiled, readings);
    const sheets = {
      year,
      info,
      summary: run.summary,
      labels: ruleLabels(compiled),
      gzip: nodeGzip,
      ...(assessment && { assessment }),
    };
    yield* writeWorkbookStream(xlsx, inputs, (output) => writeAssessmentWorkbook(output, sheets));
    const unitResultsFile = streamed ? units : undefined;
    const document = assessmentDocument({ ...run, readings, input: counts, unitResultsFile, list: lazyList });
    yield* atomicWriteJson(json, document, { inputs });
    return { run, document };
  });

export const assessCommand = Command.make(
  "danh-gia",
  {
    files: filesArgument("Tệp dữ liệu (.xlsx, .csv, .json); có thể nhiều tệp; không cần khi dùng --tu-kho"),
    year: yearFlag,
    fromStore: fromStoreFlag,
    saveToStore: saveToStoreFlag,
    compare: compareFlag,
    store: storeFlag,
    out: textFlag(
      "ra",
      "Tệp kết quả Excel (mặc định ket-qua-danh-gia-<năm>.xlsx); tệp JSON cùng tên, đuôi .json",
      "o",
    ),
    outJson: textFlag("ra-json", "Tệp kết quả JSON (mặc định cùng tên tệp Excel)"),
    explain: textFlag(
      "giai-thich",
      "In giải thích chi tiết, có căn cứ pháp lý, cho một đơn vị (theo mã đơn vị)",
    ),
    provinces: provinceFlag,
    reading: readingFlag,
    settings: settingsFlag,
    kind: textFlag("loai", "Loại dữ liệu của tệp CSV (vd. don-vi-va-du-kien); mặc định nhận từ dòng tiêu đề"),
    json: jsonFlag,
    ...interpretationFlags,
  },
  (config) =>
    Effect.gen(function* () {
      const { files, explain, json } = config;
      const given = Option.getOrUndefined(config.year);
      const yearProblem = evaluationYearProblem(given);
      if (yearProblem) return yield* new InvalidInputError({ message: yearProblem });
      const perOption = config as unknown as Record<string, Option.Option<string>>;
      const flagReadings = Object.fromEntries(
        baseInterpretations.map((i) => [i.id, perOption[i.id] ?? Option.none()]),
      );
      // The settings file first, the flags over it.
      const settings = Option.isSome(config.settings)
        ? yield* readProvinceSettings(config.settings.value)
        : { readings: {}, packages: [] };
      const readings = { ...settings.readings, ...readingsFrom(flagReadings, config.reading) };
      const provinces = [...settings.packages, ...config.provinces];
      const rules = { provinces, readings };
      const { fromStore, saveToStore: save, compare, store } = config;
      const record: RecordRequest = { fromStore, save, compare, store };
      const usesRecord = yield* checkRecordRequest(record, files, given, "danh-gia");
      const say = json ? printError : printText;
      if (compare)
        return yield* compareAssessment({ request: record, year: given as number, ...rules, print: say });
      const stored = fromStore ? yield* readRecord(record, given as number) : undefined;
      const specId = Option.getOrUndefined(config.kind);
      // Last year's counts from the record, once the year is known.
      let previous: { record: PreviousYearRecord; notes: string[] } | undefined;
      const withPreviousYear = (dataset: Dataset, year: number) =>
        Effect.gen(function* () {
          const from = (stored ?? (yield* readRecord(record, year))).previous;
          const applied = applyPreviousYear(dataset, from, year, store);
          previous = { record: from, notes: applied.notes };
          return applied.dataset;
        });

      if (Option.isSome(explain)) {
        const read = stored?.read ?? (yield* readDataset(files, specId ? { specId } : {}));
        const year = yield* resolveYear(given, read.facts.map(factsYear), files);
        const dataset = usesRecord ? yield* withPreviousYear(read, year) : read;
        const compiled = yield* prepareRules({ year, ...rules });
        const explained = explainUnitById(compiled, dataset, year, explain.value);
        if (!explained.ok)
          return yield* new InvalidInputError({ message: explained.issues[0]?.message ?? "" });
        const { unit, result } = explained.value;
        return yield* json
          ? printJson(unitExplanationDocument(unit, year, result))
          : printText(explanationText(unit, year, result));
      }

      const { run, document } = yield* runAssessment({
        files,
        year: given,
        rules,
        outputs: (year) =>
          assessmentFiles(year, Option.getOrUndefined(config.out), Option.getOrUndefined(config.outJson)),
        specId,
        quiet: json,
        ...(usesRecord ? { record: { dataset: stored?.read, prepare: withPreviousYear } } : {}),
      });
      if (previous && previous.notes.length > 0) yield* say(previous.notes.join("\n"));
      if (save && run.assessment && previous) {
        const options = assessmentRunOptions(readings, provinces, previous.record);
        const results = assessmentUnitResults(run.assessment);
        const provenance = runProvenance(run.compiled, options, APP_VERSION);
        yield* say(yield* saveRun(record, { year: run.year, kind: "assessment", ...provenance, results }));
      }
      if (json) yield* printJson(document);
      else {
        const errorLines = inputErrorLines(run.dataset);
        if (errorLines.length > 0) yield* printError(errorLines.join("\n"));
        yield* printText(assessmentLines({ ...run, readings }).join("\n"));
      }
      const message = `${inputErrorsMessage(run.inputErrors)} ${COMMAND_HINTS.validate}`;
      if (run.inputErrors > 0)
        return yield* new ValidationFailedError({ message, issueCount: run.inputErrors });
    }),
).pipe(
  withHelp({
    alias: "assess",
    description:
      'Đánh giá tiêu chuẩn "An toàn về ANTT" (Thông tư 124/2021/TT-BCA, có tổng hợp cấp xã) và ghi kết quả Excel, JSON',
    examples: [
      ["antq danh-gia du-lieu.xlsx --nam 2024", "Đánh giá năm 2024, ghi ket-qua-danh-gia-2024.xlsx và .json"],
      ["antq danh-gia du-lieu.xlsx --nam 2024 --giai-thich kdc-ap-my-loi", "Giải thích kết quả một đơn vị"],
      ["antq danh-gia du-lieu.xlsx --tinh ./goi-tinh-bac-ninh.mjs", "Áp dụng quy định bổ sung của tỉnh"],
      ["antq danh-gia don-vi-va-du-kien.csv --nam 2024", "Tệp CSV rất lớn: đọc và đánh giá từng dòng"],
      [
        "antq danh-gia --tu-kho --nam 2024 --luu-kho",
        "Đánh giá năm 2024 đã nhập vào kho (số vụ năm trước lấy từ dữ liệu năm 2023 trong kho), lưu kết quả vào kho",
      ],
      [
        "antq danh-gia --tu-kho --nam 2023 --doi-chieu",
        "Đánh giá lại năm 2023 và đối chiếu với kết quả đã lưu trong kho",
      ],
    ],
  }),
);
