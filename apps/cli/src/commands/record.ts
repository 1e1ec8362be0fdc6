/**
 * `danh-gia` and `phan-loai` with the multi-year record (@antq/store): the year's data read from the store
 * (`--tu-kho`), last year's counts for TT 124 Điều 4 khoản 4 điểm a read from the record (also when files are
 * given with `--kho`), results saved with their provenance (`--luu-kho`) and a stored year re-evaluated and
 * compared with its stored results (`--doi-chieu`). The logic is the store's and the rules'; this module only
 * wires them to the flags and prints Vietnamese text.
 */

import { type ClassificationResult, MOVEMENT_LEVELS } from "@antq/criteria";
import type { Dataset as DomainDataset } from "@antq/domain";
import { type CompiledRuleSet, OUTCOME_LABELS, type Outcome, type Readings } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import {
  assessmentUnitResults,
  type Dataset,
  datasetOfStoredYear,
  ProvinceAssessment,
  pairInputs,
  unitNamesOf,
} from "@antq/sheets";
import {
  type AssessmentRun,
  type AssessmentRunInput,
  assessmentRunOptions,
  classificationRunOf,
  compareRuns,
  latestAssessmentRun,
  loadYear,
  type PreviousYearNote,
  type PreviousYearRecord,
  previousYearLines,
  previousYearRecord,
  type RunComparisonInput,
  type RunKind,
  runProvenance,
  saveAssessmentRun,
  savedRunLine,
  withPreviousYearFacts,
  type YearReplacement,
  yearReplacement,
} from "@antq/store";
import { Effect, Option } from "effect";
import { Flag } from "effect/cli";
import { prepareRules } from "../assess/rules.js";
import { InvalidInputError, ValidationFailedError } from "../errors.js";
import { withStore } from "./store.js";

declare const __ANTQ_VERSION__: string | undefined;
const APP_VERSION = { "@antq/cli": typeof __ANTQ_VERSION__ === "string" ? __ANTQ_VERSION__ : "0.1.0" };

/** `--tu-kho`: the year's data from the store instead of files. */
export const fromStoreFlag = Flag.Boolean("tu-kho").pipe(
  Flag.withDescription(
    "Lấy dữ liệu năm --nam từ kho dữ liệu nhiều năm (--kho) thay cho tệp; số vụ năm trước (Điều 4 khoản 4 điểm a) lấy từ dữ liệu năm trước trong kho",
  ),
  Flag.withDefault(false),
);

/** `--luu-kho`: save the results into the store with their provenance. */
export const saveToStoreFlag = Flag.Boolean("luu-kho").pipe(
  Flag.withDescription(
    "Lưu kết quả vào kho (cùng nguồn gốc: mã băm bộ quy tắc, phiên bản các gói, cách hiểu đã chọn); dùng với --tu-kho",
  ),
  Flag.withDefault(false),
);

/** `--doi-chieu`: re-evaluate a stored year and compare with its stored results. */
export const compareFlag = Flag.Boolean("doi-chieu").pipe(
  Flag.withDescription(
    "Đánh giá lại năm đã lưu trong kho và đối chiếu với kết quả đã lưu: mã thoát 0 khi trùng khớp, 2 khi khác (in các đơn vị thay đổi và lý do); không ghi tệp; dùng với --tu-kho",
  ),
  Flag.withDefault(false),
);

/** What the record flags ask for. */
export interface RecordRequest {
  readonly fromStore: boolean;
  readonly save: boolean;
  readonly compare: boolean;
  /** `--kho` as given (else ANTQ_DATABASE_URL, then ~/.antq). */
  readonly store: Option.Option<string>;
}

/**
 * Checks the combination of files and record flags; the year is required with `--tu-kho`. Returns whether
 * the record takes part at all (`--tu-kho`, or files given with `--kho`).
 */
export const checkRecordRequest = (
  request: RecordRequest,
  files: readonly string[],
  year: number | undefined,
  command: "danh-gia" | "phan-loai",
): Effect.Effect<boolean, InvalidInputError> => {
  const fail = (message: string) => Effect.fail(new InvalidInputError({ message }));
  if (request.fromStore && files.length > 0)
    return fail(
      `Dùng tệp dữ liệu hoặc --tu-kho, không dùng cả hai (đã cho ${files.length} tệp cùng --tu-kho).`,
    );
  if (!request.fromStore && files.length === 0)
    return fail(
      `Cần ít nhất một tệp dữ liệu, hoặc --tu-kho để lấy dữ liệu từ kho (ví dụ: antq ${command} --tu-kho --nam 2024).`,
    );
  if ((request.save || request.compare) && !request.fromStore)
    return fail(
      `${request.save ? "--luu-kho" : "--doi-chieu"} chỉ dùng với --tu-kho: kết quả lưu và đối chiếu trong kho là kết quả của dữ liệu đã nhập vào kho (nhập tệp bằng antq nhap <tệp> --nam <năm>).`,
    );
  if (request.save && request.compare) return fail("Dùng --luu-kho hoặc --doi-chieu, không dùng cả hai.");
  if (request.fromStore && year === undefined)
    return fail(`Ghi năm cần lấy từ kho bằng --nam, ví dụ: antq ${command} --tu-kho --nam 2024.`);
  return Effect.succeed(request.fromStore || Option.isSome(request.store));
};

/** The label of the store's data in messages and result files. */
const storeLabel = (where: string, year: number) => `kho ${where}, năm ${year}`;

/** A stored year as the sheets layer's dataset (records validated again, located by their path in the year). */
export const sheetsDatasetOf = datasetOfStoredYear;

/** The dataset with last year's recorded counts set on this year's facts, and the notes of what could not be. */
export const applyPreviousYear = (
  dataset: Dataset,
  previous: PreviousYearRecord,
  year: number,
): { dataset: Dataset; notes: PreviousYearNote[] } => {
  const { records, notes } = withPreviousYearFacts(dataset.facts, previous, year);
  return { dataset: { ...dataset, facts: records }, notes };
};

export { previousYearLines };

/** What the record gives an assessment: the year's dataset (with `--tu-kho`) and last year's counts. */
export interface RecordInput {
  readonly where: string;
  readonly dataset: DomainDataset | undefined;
  readonly previous: PreviousYearRecord;
  readonly stored: AssessmentRun | undefined;
  /** With `--doi-chieu` and nothing stored: who replaced the year's data, if it was replaced. */
  readonly replacedBy: YearReplacement | undefined;
}

/** Reads from the store what an assessment of `year` needs (the year itself only with `--tu-kho`). */
export const readRecord = (request: RecordRequest, year: number, kind: RunKind = "assessment") =>
  withStore(request.store, async (s): Promise<RecordInput> => {
    const dataset = request.fromStore ? await loadYear(s.driver, year) : undefined;
    const stored = request.compare ? await latestAssessmentRun(s.driver, year, kind) : undefined;
    return {
      where: s.displayLocation,
      dataset,
      previous: await previousYearRecord(s.driver, year),
      stored,
      replacedBy: request.compare && stored === undefined ? await yearReplacement(s.driver, year) : undefined,
    };
  });

/** The provenance of a run: rule-set hash, package versions, interpretation options and what they rest on. */
export const provenanceOf = (
  compiled: Pick<CompiledRuleSet<SecurityOrderInput>, "hash" | "packages" | "asOf">,
  options: Readonly<Record<string, unknown>>,
) => runProvenance(compiled, options, APP_VERSION);

/** The units' results of an in-memory assessment, as the store keeps them. */
export const unitResultsOf = assessmentUnitResults;

/** The interpretation options stored with an assessment run. */
export const assessmentOptions = assessmentRunOptions;

const createdBy = async () => {
  const { userInfo } = await import("node:os");
  return process.env.ANTQ_NGUOI_NHAP || userInfo().username;
};

/** Saves a run into the store; returns the line to print. */
export const saveRun = (
  request: RecordRequest,
  run: Omit<AssessmentRunInput, "createdBy">,
): Effect.Effect<string, InvalidInputError | import("../errors.js").UnavailableError> =>
  withStore(request.store, async (s) => {
    const id = await saveAssessmentRun(s.driver, { ...run, createdBy: await createdBy() });
    return savedRunLine(run, id, s.displayLocation);
  });

/** The Vietnamese label of a stored outcome code or classification level. */
const labelOf =
  (kind: RunKind) =>
  (code: string): string | undefined =>
    kind === "assessment"
      ? OUTCOME_LABELS[code as Outcome]
      : MOVEMENT_LEVELS.find((l) => l.id === code)?.label;

/**
 * Prints the comparison of a re-evaluation with the stored run (`@antq/store`'s `compareRuns`) and fails
 * (exit 2) when they differ.
 */
export const reportComparison = (
  o: Omit<RunComparisonInput, "labelOf"> & { readonly print: (text: string) => Effect.Effect<void> },
): Effect.Effect<void, InvalidInputError | ValidationFailedError> =>
  Effect.gen(function* () {
    const c = compareRuns({ ...o, labelOf: labelOf(o.kind) });
    if (c.status === "missing") return yield* new InvalidInputError({ message: c.message });
    yield* o.print(c.lines.join("\n"));
    if (c.status === "different")
      return yield* new ValidationFailedError({ message: c.message, issueCount: c.units });
  });

export { storeLabel };

/**
 * `danh-gia --tu-kho --nam <năm> --doi-chieu`: assesses the stored year again (last year's counts from the
 * record, as when it was saved) and compares with the year's latest stored assessment. Writes no file.
 */
export const compareAssessment = (o: {
  readonly request: RecordRequest;
  readonly year: number;
  readonly provinces: readonly string[];
  readonly readings: Readings;
  readonly print: (text: string) => Effect.Effect<void>;
}) =>
  Effect.gen(function* () {
    const record = yield* readRecord(o.request, o.year);
    const read = sheetsDatasetOf(record.dataset as DomainDataset, storeLabel(record.where, o.year));
    const { dataset, notes } = applyPreviousYear(read, record.previous, o.year);
    const compiled = yield* prepareRules({ year: o.year, provinces: o.provinces, readings: o.readings });
    const { inputs, noFacts } = pairInputs(dataset.units, dataset.facts, o.year);
    const assessment = new ProvinceAssessment(compiled, inputs, noFacts);
    const lines = previousYearLines(notes, record.previous.year);
    if (lines.length > 0) yield* o.print(lines.join("\n"));
    return yield* reportComparison({
      kind: "assessment",
      year: o.year,
      where: record.where,
      stored: record.stored,
      replacedBy: record.replacedBy,
      current: {
        year: o.year,
        kind: "assessment",
        ...provenanceOf(compiled, assessmentOptions(o.readings, o.provinces, record.previous)),
        results: unitResultsOf(assessment),
      },
      names: unitNamesOf(dataset),
      print: o.print,
    });
  });

/** What the record gives a classification: the year's score sheets and the year's stored TT 124 outcomes. */
export const readClassificationRecord = (request: RecordRequest, year: number) =>
  withStore(request.store, async (s) => {
    const dataset = await loadYear(s.driver, year);
    const assessment = await latestAssessmentRun(s.driver, year);
    const stored = request.compare ? await latestAssessmentRun(s.driver, year, "classification") : undefined;
    return {
      where: s.displayLocation,
      sheets: dataset.scoreSheets ?? [],
      tt124: new Map((assessment?.results ?? []).map((r) => [r.unitId, r.overall as Outcome])),
      assessmentRun: assessment?.id,
      stored,
      replacedBy: request.compare && stored === undefined ? await yearReplacement(s.driver, year) : undefined,
    };
  });

/** A classification as a stored run: levels, scores, status, with the classifiers' hashes and packages. */
export const classificationRun = (
  year: number,
  results: readonly ClassificationResult[],
  options: Readonly<Record<string, unknown>>,
) => classificationRunOf(year, results, options, APP_VERSION);
