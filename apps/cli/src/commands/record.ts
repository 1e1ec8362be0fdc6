/**
 * `danh-gia` and `phan-loai` with the multi-year record (@antq/store): the year's data read from the store
 * (`--tu-kho`), last year's counts for TT 124 Điều 4 khoản 4 điểm a read from the record (also when files are
 * given with `--kho`), results saved with their provenance (`--luu-kho`) and a stored year re-evaluated and
 * compared with its stored results (`--doi-chieu`). The logic is the store's and the rules'; this module only
 * wires them to the flags and prints Vietnamese text.
 */
import type { Readings } from "@antq/rules";
import {
  assessmentUnitResults,
  type Dataset,
  datasetOfStoredYear,
  ProvinceAssessment,
  pairInputs,
  storedResultLabel,
  unitNamesOf,
} from "@antq/sheets";
import {
  type AssessmentRecord,
  type AssessmentRunInput,
  assessmentRecord,
  assessmentRunOptions,
  classificationRecord,
  compareRuns,
  type PreviousYearRecord,
  previousYearLines,
  type RunComparisonInput,
  runProvenance,
  type RecordRequest as StoreRecordRequest,
  saveAssessmentRun,
  savedRunLine,
  storedYearLabel,
  withPreviousYearFacts,
} from "@antq/store";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { prepareRules } from "../assess/rules.js";
import { InvalidInputError, ValidationFailedError } from "../errors.js";
import { COMMAND_HINTS, storeArgument } from "../hints.js";
import { invocation } from "../invocation.js";
import { switchFlag } from "./define.js";
import { withStore } from "./store.js";

declare const __ANTQ_VERSION__: string | undefined;
/** The app's version, stored with every run. */
export const APP_VERSION = { "@antq/cli": typeof __ANTQ_VERSION__ === "string" ? __ANTQ_VERSION__ : "0.1.0" };

/** `--tu-kho`: the year's data from the store instead of files. */
export const fromStoreFlag = switchFlag(
  "tu-kho",
  "Lấy dữ liệu năm --nam từ kho dữ liệu nhiều năm (--kho) thay cho tệp; số vụ năm trước (Điều 4 khoản 4 điểm a) lấy từ dữ liệu năm trước trong kho",
);
/** `--luu-kho`: save the results into the store with their provenance. */
export const saveToStoreFlag = switchFlag(
  "luu-kho",
  "Lưu kết quả vào kho (cùng nguồn gốc: mã băm bộ quy tắc, phiên bản các gói, cách hiểu đã chọn); dùng với --tu-kho",
);
/** `--doi-chieu`: re-evaluate a stored year and compare with its stored results. */
export const compareFlag = switchFlag(
  "doi-chieu",
  "Đánh giá lại năm đã lưu trong kho và đối chiếu với kết quả đã lưu: mã thoát 0 khi trùng khớp, 2 khi khác (in các đơn vị thay đổi và lý do); không ghi tệp; dùng với --tu-kho",
);

/** What the record flags ask for, with `--kho` as given (else ANTQ_DATABASE_URL, then ~/.antq). */
export interface RecordRequest extends StoreRecordRequest {
  readonly store: Option.Option<string>;
}

/**
 * Why the combination of `files` and the record flags of `command` cannot run (in Vietnamese), or `undefined`
 * when it can: files or `--tu-kho` (not both, not neither), `--luu-kho` and `--doi-chieu` only with `--tu-kho`
 * and not together, and the year given with `--tu-kho`.
 */
const requestProblem = (
  request: RecordRequest,
  files: readonly string[],
  year: number | undefined,
  command: "danh-gia" | "phan-loai",
): string | undefined => {
  // The examples name the store of `--kho`, when given, as the command would.
  const kho = storeArgument(Option.getOrUndefined(request.store));
  if (request.fromStore && files.length > 0)
    return `Dùng tệp dữ liệu hoặc --tu-kho, không dùng cả hai (đã cho ${files.length} tệp cùng --tu-kho).`;
  if (!request.fromStore && files.length === 0)
    return `Cần ít nhất một tệp dữ liệu, hoặc --tu-kho để lấy dữ liệu từ kho (ví dụ: ${invocation()} ${command} --tu-kho --nam 2024${kho}).`;
  if ((request.save || request.compare) && !request.fromStore)
    return `${request.save ? "--luu-kho" : "--doi-chieu"} chỉ dùng với --tu-kho: kết quả lưu và đối chiếu trong kho là kết quả của dữ liệu đã nhập vào kho (nhập tệp bằng ${invocation()} nhap <tệp> --nam <năm>${kho}).`;
  if (request.save && request.compare) return "Dùng --luu-kho hoặc --doi-chieu, không dùng cả hai.";
  if (request.fromStore && year === undefined)
    return `Ghi năm cần lấy từ kho bằng --nam, ví dụ: ${invocation()} ${command} --tu-kho --nam 2024${kho}.`;
  return undefined;
};

/**
 * Checks the combination of files and record flags. Returns whether the record takes part at all
 * (`--tu-kho`, or files given with `--kho`).
 */
export const checkRecordRequest = (
  request: RecordRequest,
  files: readonly string[],
  year: number | undefined,
  command: "danh-gia" | "phan-loai",
): Effect.Effect<boolean, InvalidInputError> => {
  const message = requestProblem(request, files, year, command);
  return message === undefined
    ? Effect.succeed(request.fromStore || Option.isSome(request.store))
    : Effect.fail(new InvalidInputError({ message }));
};

/** The dataset with last year's recorded counts set on this year's facts, and the notes of what could not be. */
export const applyPreviousYear = (
  dataset: Dataset,
  previous: PreviousYearRecord,
  year: number,
  store: Option.Option<string>,
) => {
  const { records, notes } = withPreviousYearFacts(dataset.facts, previous, year);
  const lines = previousYearLines(notes, previous.year);
  // The record has no year before: the command that fills it (in the store of `--kho`).
  if (notes.some((n) => n.reason === "year-missing"))
    lines.push(COMMAND_HINTS.importYear(previous.year, Option.getOrUndefined(store)));
  return { dataset: { ...dataset, facts: records }, notes: lines };
};

/** What the record gives an assessment of `year`, with where the store is and its year as a sheets dataset. */
export const readRecord = (request: RecordRequest, year: number) =>
  withStore(request.store, async (s) => {
    const record: AssessmentRecord = await assessmentRecord(s.driver, year, request);
    const label = storedYearLabel(s.displayLocation, year);
    return {
      ...record,
      where: s.displayLocation,
      read: record.dataset && datasetOfStoredYear(record.dataset, label),
    };
  });

/** What the record gives a classification of `year`: its score sheets and its stored TT 124 outcomes. */
export const readClassificationRecord = (request: RecordRequest, year: number) =>
  withStore(request.store, async (s) => ({
    ...(await classificationRecord(s.driver, year, request)),
    where: s.displayLocation,
  }));

/** Saves a run into the store (by ANTQ_NGUOI_NHAP, else the system user); returns the line to print. */
export const saveRun = (request: RecordRequest, run: Omit<AssessmentRunInput, "createdBy">) =>
  withStore(request.store, async (s) => {
    const createdBy = process.env.ANTQ_NGUOI_NHAP || (await import("node:os")).userInfo().username;
    return savedRunLine(run, await saveAssessmentRun(s.driver, { ...run, createdBy }), s.displayLocation);
  });

/**
 * Prints the comparison of a re-evaluation with the stored run (`@antq/store`'s `compareRuns`) and fails
 * (exit 2) when they differ. `store`: the `--kho` given, for the hint.
 */
export const reportComparison = (
  o: Omit<RunComparisonInput, "labelOf"> & {
    readonly print: (text: string) => Effect.Effect<void>;
    readonly store: Option.Option<string>;
  },
): Effect.Effect<void, InvalidInputError | ValidationFailedError> =>
  Effect.gen(function* () {
    const c = compareRuns({ ...o, labelOf: storedResultLabel(o.kind) });
    // Nothing saved to compare with (never, or removed with replaced data): the command that saves it.
    if (c.status === "missing")
      return yield* new InvalidInputError({
        message: `${c.message} ${COMMAND_HINTS.saveRun(o.kind, o.year, Option.getOrUndefined(o.store))}`,
      });
    yield* o.print(c.lines.join("\n"));
    if (c.status === "different")
      return yield* new ValidationFailedError({ message: c.message, issueCount: c.units });
  });

/**
 * `danh-gia --tu-kho --nam <năm> --doi-chieu`: assesses the stored year again (last year's counts from the
 * record, as when it was saved) and compares with the year's latest stored assessment. Writes no file.
 */
export const compareAssessment = ({
  request,
  year,
  provinces,
  readings,
  print,
}: {
  readonly request: RecordRequest;
  readonly year: number;
  readonly provinces: readonly string[];
  readonly readings: Readings;
  readonly print: (text: string) => Effect.Effect<void>;
}) =>
  Effect.gen(function* () {
    const record = yield* readRecord(request, year);
    const { dataset, notes } = applyPreviousYear(
      record.read as Dataset,
      record.previous,
      year,
      request.store,
    );
    const compiled = yield* prepareRules({ year, provinces, readings });
    const { inputs, noFacts } = pairInputs(dataset.units, dataset.facts, year);
    if (notes.length > 0) yield* print(notes.join("\n"));
    const provenance = runProvenance(
      compiled,
      assessmentRunOptions(readings, provinces, record.previous),
      APP_VERSION,
    );
    const results = assessmentUnitResults(new ProvinceAssessment(compiled, inputs, noFacts));
    const kind = "assessment";
    const current = { year, kind, ...provenance, results } as const;
    const names = unitNamesOf(dataset);
    return yield* reportComparison({ ...record, kind, year, current, names, print, store: request.store });
  });
