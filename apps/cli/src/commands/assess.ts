/**
 * `antq danh-gia` / `assess`: applies the "An toàn về ANTT" rules of @antq/rules (with the commune
 * roll-up) to a dataset and writes the results (xlsx + JSON, plus a per-unit CSV for streamed input).
 */
import { extname } from "node:path";
import { vietnamDateOf } from "@antq/domain";
import {
  type AntoanInput,
  type CompiledRuleSet,
  OUTCOME_LABELS,
  type Readings,
  renderExplanation,
} from "@antq/rules";
import { Cause, Effect, Exit, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import {
  type Assessed,
  explainUnit,
  ProvinceAssessment,
  pairInputs,
  StreamingAssessor,
} from "../assess/assessor.js";
import {
  baseInterpretations,
  checkReadings,
  compileRules,
  interpretationFlagName,
  loadOverlays,
} from "../assess/rules.js";
import { Summary } from "../assess/summary.js";
import {
  resultTitle,
  ruleLabels,
  ruleSetLines,
  summaryLines,
  UNIT_RESULT_HEADERS,
  unitResultRow,
  writeResultWorkbook,
} from "../assess/workbook.js";
import { type InputFileError, InvalidInputError, ValidationFailedError } from "../errors.js";
import { formatNumber } from "../format.js";
import { atomicWrite } from "../io/atomic-write.js";
import { createCsvFileWriter } from "../io/csv.js";
import { atomicWriteJson, lazyList } from "../io/json-stream.js";
import { createProgress } from "../io/progress.js";
import { datasetCounts, formatIssue } from "../report.js";
import { type Dataset, DatasetBuilder, peekCsvSpec, readFileInto } from "../sheets/dataset.js";
import { COMBINED_SHEET } from "../sheets/specs.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";

const currentYear = Number(vietnamDateOf(new Date()).slice(0, 4));

/** `--nam`: evaluation year. */
export const yearFlag = Flag.Int("nam").pipe(
  Flag.withDescription(`Năm đánh giá (mặc định ${currentYear})`),
  Flag.withDefault(currentYear),
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

/** Collects readings from the per-option flags and `--cach-hieu`. */
export const readingsFrom = (
  flags: Record<string, Option.Option<string>>,
  generic: Option.Option<Record<string, string>>,
): Readings => {
  const readings: Record<string, string | null> = {};
  for (const [id, value] of Object.entries(flags)) if (Option.isSome(value)) readings[id] = value.value;
  if (Option.isSome(generic)) {
    for (const [id, value] of Object.entries(generic.value))
      readings[id] = value === "" || value === "null" ? null : value;
  }
  return readings;
};

const withExtension = (path: string, extension: string) => {
  const current = extname(path);
  return `${current ? path.slice(0, -current.length) : path}${extension}`;
};

/** Prepares the compiled rule set from the common flags. */
export const prepareRules = (options: {
  year?: number;
  asOf?: string;
  provinces: readonly string[];
  readings: Readings;
}) =>
  Effect.gen(function* () {
    const overlays = yield* loadOverlays(options.provinces);
    yield* checkReadings(options.readings, overlays);
    const compiled = yield* compileRules({
      ...(options.asOf !== undefined ? { asOf: options.asOf } : { year: options.year as number }),
      overlays,
      readings: options.readings,
    });
    return compiled;
  });

const unitJson = (a: Assessed) => ({
  maDonVi: a.unit.id,
  tenDonVi: a.unit.name,
  loai: a.unit.kind,
  maXa:
    a.unit.kind === "commune"
      ? (a.unit.adminUnitId ?? a.unit.location.communeId ?? null)
      : (a.unit.location.communeId ?? null),
  ketQua: a.result.outcome,
  ketQuaChu: OUTCOME_LABELS[a.result.outcome],
  tomTat: a.result.summary ?? null,
  khongCoDuKien: a.noFacts,
  tieuChi: a.result.criteria.map((c) => ({
    ma: c.id,
    ketQua: c.outcome,
    maKetLuan: c.code,
    ...(c.label ? { noiDung: c.label } : {}),
    ...(c.reason ? { lyDo: c.reason } : {}),
    ...(c.citation ? { canCu: c.citation } : {}),
  })),
});

/** Result of one assessment run (shared with `antq demo`). */
export interface AssessRun {
  readonly dataset: Dataset;
  readonly summary: Summary;
  /** The in-memory assessment (xlsx/json input); undefined when the input was streamed. */
  readonly assessment: ProvinceAssessment | undefined;
  readonly compiled: CompiledRuleSet<AntoanInput>;
  readonly files: { xlsx: string; json: string; csv?: string };
  readonly streamed: boolean;
  readonly inputErrors: number;
}

/**
 * Reads, validates and assesses; writes the xlsx and JSON results. A single CSV in the "Đơn vị và dữ
 * kiện" layout is assessed as a stream (bounded memory) and its per-unit results go to a CSV file.
 */
export const runAssessment = (options: {
  readonly files: readonly string[];
  readonly year: number;
  readonly compiled: CompiledRuleSet<AntoanInput>;
  readonly readings: Readings;
  readonly xlsx: string;
  readonly json: string;
  readonly specId?: string;
  readonly quiet: boolean;
}) =>
  Effect.gen(function* () {
    const { compiled, year } = options;
    const labels = ruleLabels(compiled);
    const summary = new Summary();
    const builder = new DatasetBuilder();
    // Stream only a single CSV in the flat "Đơn vị và dữ kiện" layout; everything else is read in memory.
    const singleCsv =
      options.files.length === 1 &&
      extname(options.files[0] as string).toLowerCase() === ".csv" &&
      (yield* peekCsvSpec(options.files[0] as string, options.specId))?.id === COMBINED_SHEET.id;
    const progress = createProgress({ label: "Đang đọc và đánh giá", quiet: options.quiet });
    const inputs = [...options.files];
    let streamedCount = 0;
    const csvTarget = withExtension(options.xlsx, "-don-vi.csv");

    if (singleCsv) {
      builder.maxStoredIssues = 1000;
      // Stream: per-unit results are written to a temporary CSV while reading, then renamed.
      let inputError: InputFileError | undefined;
      const written = yield* Effect.exit(
        atomicWrite(
          csvTarget,
          async (temporary) => {
            const writer = createCsvFileWriter(temporary, UNIT_RESULT_HEADERS);
            const pending: Assessed[] = [];
            const assessor = new StreamingAssessor(compiled, (a) => {
              summary.add(a.unit, a.result);
              pending.push(a);
            });
            builder.onPair = (unit, facts) => {
              streamedCount++;
              assessor.add({ unit: unit.unit, facts: facts.facts });
            };
            const read = await Effect.runPromiseExit(
              readFileInto(builder, options.files[0] as string, {
                ...(options.specId ? { specId: options.specId } : {}),
                onRow: async (rows) => {
                  progress.tick(rows);
                  for (const a of pending.splice(0)) await writer.write(unitResultRow(a, labels));
                },
              }),
            );
            if (Exit.isFailure(read)) {
              const failure = Cause.findErrorOption(read.cause);
              inputError = Option.isSome(failure) ? failure.value : undefined;
              await writer.close();
              throw new Error("input");
            }
            for (const a of pending.splice(0)) await writer.write(unitResultRow(a, labels));
            for (const a of assessor.communeResults()) {
              summary.add(a.unit, a.result);
              await writer.write(unitResultRow(a, labels));
            }
            await writer.close();
          },
          { inputs },
        ),
      );
      if (inputError) return yield* inputError;
      if (Exit.isFailure(written)) return yield* Effect.failCause(written.cause);
    }

    if (!singleCsv) {
      for (const file of options.files) {
        yield* readFileInto(builder, file, {
          ...(options.specId ? { specId: options.specId } : {}),
          onRow: (rows) => progress.tick(rows),
        });
      }
    }
    const dataset = builder.finish();
    progress.done();

    let assessment: ProvinceAssessment | undefined;
    if (streamedCount === 0) {
      const { inputs: pairs, noFacts } = pairInputs(dataset.units, dataset.facts, year);
      assessment = new ProvinceAssessment(compiled, pairs, noFacts);
      for (const a of assessment.outcomes()) summary.add(a.unit, a.result);
    }
    const counts = datasetCounts(dataset);
    const inputErrors = counts.errors;
    const info = ruleSetLines(compiled, options.readings);

    yield* writeResultWorkbook({
      target: options.xlsx,
      inputs,
      year,
      info,
      summary,
      ...(assessment ? { assessment } : {}),
      labels,
    });
    const document = {
      tieuDe: resultTitle(year),
      nam: year,
      ngayApDung: compiled.asOf,
      boQuyTac: { ma: compiled.id, ten: compiled.label, maBam: compiled.hash, goi: compiled.packages },
      cachHieu: options.readings,
      duLieu: counts,
      tongHop: summary.toJSON(),
      ...(assessment
        ? {
            donVi: lazyList(function* () {
              for (const a of assessment.explained()) yield unitJson(a);
            }),
          }
        : { tepKetQuaDonVi: csvTarget }),
    };
    yield* atomicWriteJson(options.json, document, { inputs });
    const run: AssessRun = {
      dataset,
      summary,
      assessment,
      compiled,
      files: { xlsx: options.xlsx, json: options.json, ...(streamedCount > 0 ? { csv: csvTarget } : {}) },
      streamed: streamedCount > 0,
      inputErrors,
    };
    return { run, document };
  });

export const assessCommand = Command.make(
  "danh-gia",
  {
    files: Argument.String("tệp").pipe(
      Argument.withDescription("Tệp dữ liệu (.xlsx, .csv, .json); có thể nhiều tệp"),
      Argument.atLeast(1),
    ),
    year: yearFlag,
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
    kind: Flag.String("loai").pipe(
      Flag.withDescription("Loại dữ liệu của tệp CSV (vd. don-vi-va-du-kien); mặc định nhận từ dòng tiêu đề"),
      Flag.optional,
    ),
    json: jsonFlag,
    ...interpretationFlags,
  },
  (config) =>
    Effect.gen(function* () {
      const { files, year, out, outJson, explain, provinces, reading, kind, json } = config;
      if (year < 2000 || year > 2100)
        return yield* new InvalidInputError({ message: `Năm đánh giá ${year} không hợp lệ.` });
      const flagReadings: Record<string, Option.Option<string>> = {};
      for (const i of baseInterpretations)
        flagReadings[i.id] =
          (config as unknown as Record<string, Option.Option<string>>)[i.id] ?? Option.none();
      const readings = readingsFrom(flagReadings, reading);
      const compiled = yield* prepareRules({ year, provinces, readings });

      if (Option.isSome(explain)) {
        const builder = new DatasetBuilder();
        for (const file of files)
          yield* readFileInto(builder, file, Option.isSome(kind) ? { specId: kind.value } : {});
        const dataset = builder.finish();
        const { inputs } = pairInputs(dataset.units, dataset.facts, year);
        const target = inputs.find((i) => i.unit.id === explain.value);
        if (!target) {
          return yield* new InvalidInputError({
            message: `Không tìm thấy đơn vị có mã "${explain.value}" trong dữ liệu hợp lệ (${formatNumber(inputs.length)} đơn vị).`,
          });
        }
        const result = explainUnit(compiled, inputs, target);
        if (json) return yield* printJson(result);
        return yield* printText(
          [
            `${target.unit.name} (${target.unit.id}) — năm ${year}`,
            renderExplanation(result, { facts: true, provenance: true }),
          ].join("\n"),
        );
      }

      const xlsx = Option.getOrElse(out, () => `ket-qua-danh-gia-${year}.xlsx`);
      const jsonTarget = Option.getOrElse(outJson, () => withExtension(xlsx, ".json"));
      const { run, document } = yield* runAssessment({
        files,
        year,
        compiled,
        readings,
        xlsx,
        json: jsonTarget,
        ...(Option.isSome(kind) ? { specId: kind.value } : {}),
        quiet: json,
      });
      if (json) {
        yield* printJson(document);
      } else {
        const errorLines = run.dataset.issues
          .filter((i) => i.severity === "error")
          .slice(0, 50)
          .map(formatIssue);
        if (errorLines.length > 0) yield* printError(errorLines.join("\n"));
        yield* printText(
          [
            resultTitle(year),
            ...ruleSetLines(compiled, readings),
            ...summaryLines(run.summary),
            `Đã ghi: ${[run.files.xlsx, run.files.json, run.files.csv].filter(Boolean).join(", ")}`,
          ].join("\n"),
        );
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
  ]),
);
