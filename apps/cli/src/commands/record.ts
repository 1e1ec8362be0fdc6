/**
 * `danh-gia` and `phan-loai` with the multi-year record (@antq/store): the year's data read from the store
 * (`--tu-kho`), last year's counts for TT 124 Điều 4 khoản 4 điểm a read from the record (also when files are
 * given with `--kho`), results saved with their provenance (`--luu-kho`) and a stored year re-evaluated and
 * compared with its stored results (`--doi-chieu`). The logic is the store's and the rules'; this module only
 * wires them to the flags and prints Vietnamese text.
 */

import { type ClassificationKind, type ClassificationResult, MOVEMENT_LEVELS } from "@antq/criteria";
import type { AnnualFacts, Dataset as DomainDataset, ScoreSheet } from "@antq/domain";
import { type CompiledRuleSet, OUTCOME_LABELS, type Outcome, type Readings } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import type { ScoreRecord } from "@antq/sheets";
import { type Dataset, DatasetBuilder, type InputIssue } from "@antq/sheets";
import {
  type AssessmentRun,
  type AssessmentRunInput,
  compareProvenance,
  compareResults,
  latestAssessmentRun,
  loadYear,
  type PreviousYearNote,
  type PreviousYearRecord,
  type ProvenanceDifference,
  previousYearRecord,
  type ResultDifference,
  type RunKind,
  type SqlDriver,
  saveAssessmentRun,
  storeSummary,
  type UnitResult,
  withPreviousYearCounts,
} from "@antq/store";
import { Effect, Option } from "effect";
import { Flag } from "effect/cli";
import { ProvinceAssessment, pairInputs } from "../assess/assessor.js";
import { prepareRules } from "../assess/rules.js";
import { InvalidInputError, ValidationFailedError } from "../errors.js";
import { formatNumber } from "../format.js";
import { withStore } from "./store.js";

declare const __ANTQ_VERSION__: string | undefined;
const CLI_VERSION = typeof __ANTQ_VERSION__ === "string" ? __ANTQ_VERSION__ : "0.1.0";

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
export const sheetsDatasetOf = (d: DomainDataset, file: string): Dataset => {
  const builder = new DatasetBuilder();
  d.units.forEach((u, i) => {
    builder.addJsonUnit(u, { file, jsonPath: `units[${i}]` });
  });
  (d.annualFacts ?? []).forEach((f, i) => {
    builder.addJsonFacts(f, { file, jsonPath: `annualFacts[${i}]` });
  });
  return builder.finish();
};

/** The dataset with last year's recorded counts set on this year's facts, and the notes of what could not be. */
export const applyPreviousYear = (
  dataset: Dataset,
  previous: PreviousYearRecord,
  year: number,
): { dataset: Dataset; notes: PreviousYearNote[] } => {
  const ofYear = dataset.facts.filter((r) => r.facts.year === year);
  const { facts, notes } = withPreviousYearCounts(
    ofYear.map((r) => r.facts),
    previous,
  );
  const replaced = new Map<object, AnnualFacts>(ofYear.map((r, i) => [r, facts[i] as AnnualFacts]));
  return {
    dataset: {
      ...dataset,
      facts: dataset.facts.map((r) => {
        const f = replaced.get(r);
        return f === undefined ? r : { ...r, facts: f };
      }),
    },
    notes,
  };
};

/** Console lines for the previous-year notes: counts per reason and the first units. */
export const previousYearLines = (notes: readonly PreviousYearNote[], previousYear: number): string[] => {
  if (notes.length === 0) return [];
  const missing = notes.filter((n) => n.reason !== "replaced-typed");
  const replaced = notes.filter((n) => n.reason === "replaced-typed");
  const lines: string[] = [];
  if (missing.some((n) => n.reason === "year-missing"))
    lines.push(
      `Kho chưa có dữ liệu năm ${previousYear}: ${formatNumber(missing.length)} đơn vị chưa so sánh được số vụ với năm trước (Điều 4 khoản 4 điểm a), kết quả tiêu chí này là "cần xem xét". Nhập dữ liệu năm ${previousYear} bằng antq nhap <tệp> --nam ${previousYear}.`,
    );
  else if (missing.length > 0)
    lines.push(
      `${formatNumber(missing.length)} đơn vị chưa so sánh được số vụ với năm ${previousYear} (Điều 4 khoản 4 điểm a), kết quả tiêu chí này là "cần xem xét":`,
      ...missing.slice(0, 20).map((n) => `  • ${n.message}`),
    );
  if (replaced.length > 0)
    lines.push(
      `${formatNumber(replaced.length)} đơn vị có số vụ năm ${previousYear} ghi trong tệp khác số liệu trong kho; đã dùng số liệu trong kho:`,
      ...replaced.slice(0, 20).map((n) => `  • ${n.message}`),
    );
  return lines;
};

/** What the record gives an assessment: the year's dataset (with `--tu-kho`) and last year's counts. */
export interface RecordInput {
  readonly where: string;
  readonly dataset: DomainDataset | undefined;
  readonly previous: PreviousYearRecord;
  readonly stored: AssessmentRun | undefined;
  /** With `--doi-chieu` and nothing stored: who replaced the year's data, if it was replaced. */
  readonly replacedBy: ReplacedBy | undefined;
}

type ReplacedBy = { readonly importedBy: string; readonly importedAt: string };

/** Who imported the year's data in place of earlier data (`antq nhap --thay-the`), or `undefined`. */
const replacedBy = async (driver: SqlDriver, year: number): Promise<ReplacedBy | undefined> => {
  const current = (await storeSummary(driver)).years.find((y) => y.year === year)?.import;
  return current?.replaced ? { importedBy: current.importedBy, importedAt: current.importedAt } : undefined;
};

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
      replacedBy: request.compare && stored === undefined ? await replacedBy(s.driver, year) : undefined,
    };
  });

/** The provenance of a run: rule-set hash, package versions, interpretation options and what they rest on. */
export const provenanceOf = (
  compiled: Pick<CompiledRuleSet<SecurityOrderInput>, "hash" | "packages" | "asOf">,
  options: Readonly<Record<string, unknown>>,
): Pick<AssessmentRunInput, "ruleSetHash" | "versions" | "options"> => ({
  ruleSetHash: compiled.hash,
  versions: {
    "@antq/cli": CLI_VERSION,
    ...Object.fromEntries(compiled.packages.map((p) => [p.name, p.version])),
  },
  options: { asOf: compiled.asOf, ...options },
});

/** The units' results of an in-memory assessment, as the store keeps them. */
export const unitResultsOf = (assessment: ProvinceAssessment): UnitResult[] => {
  const out: UnitResult[] = [];
  for (const a of assessment.outcomes())
    out.push({
      unitId: a.unit.id,
      overall: a.result.outcome,
      criteria: Object.fromEntries(a.result.criteria.map((c) => [c.id, c.outcome])),
    });
  return out;
};

/** The interpretation options stored with an assessment run. */
export const assessmentOptions = (
  readings: Readings,
  provinces: readonly string[],
  previous: PreviousYearRecord,
) => ({
  readings,
  provinces: [...provinces],
  previousYear: {
    year: previous.year,
    inRecord: previous.stored,
    ...(previous.importId !== undefined ? { importId: previous.importId } : {}),
  },
});

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
    return `Đã lưu kết quả ${run.kind === "classification" ? "phân loại" : "đánh giá"} năm ${run.year} vào kho ${s.displayLocation} (lần ${formatNumber(id)}, ${formatNumber(run.results.length)} đơn vị, mã băm bộ quy tắc ${run.ruleSetHash}).`;
  });

const label = (value: string | undefined, kind: RunKind): string => {
  if (value === undefined) return "(không có)";
  if (kind === "assessment" && value in OUTCOME_LABELS) return `"${OUTCOME_LABELS[value as Outcome]}"`;
  const level = MOVEMENT_LEVELS.find((l) => l.id === value);
  if (kind === "classification" && level) return `"${level.label}"`;
  return `"${value}"`;
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  ruleSetHash: "Mã băm bộ quy tắc",
  "options.readings": "Cách hiểu đã chọn",
  "options.provinces": "Gói quy định của tỉnh",
  "options.asOf": "Ngày áp dụng bộ quy tắc",
  "options.previousYear": "Dữ liệu năm trước trong kho (số vụ cho Điều 4 khoản 4 điểm a)",
  "options.configuration": "Cấu hình phân loại",
  "options.tt124": 'Kết quả "An toàn về ANTT" dùng khi phân loại',
};

/** "năm 2022, lần nhập 3" / "chưa có năm 2022" from the stored `options.previousYear` JSON. */
const previousYearText = (json: string | undefined): string | undefined => {
  if (json === undefined) return undefined;
  const p = JSON.parse(json) as { year?: number; inRecord?: boolean; importId?: number };
  return p.inRecord ? `năm ${p.year}, lần nhập ${p.importId ?? "?"}` : `kho chưa có năm ${p.year}`;
};

const provenanceLine = (d: ProvenanceDifference): string => {
  if (d.field === "options.previousYear")
    return `  • ${FIELD_LABELS[d.field]}: ${previousYearText(d.stored) ?? "(không có)"} (đã lưu) → ${previousYearText(d.current) ?? "(không có)"} (đánh giá lại)`;
  const name = d.field.startsWith("versions.")
    ? `Phiên bản gói ${d.field.slice("versions.".length)}`
    : (FIELD_LABELS[d.field] ?? d.field);
  return `  • ${name}: ${d.stored ?? "(không có)"} (đã lưu) → ${d.current ?? "(không có)"} (đánh giá lại)`;
};

/**
 * Prints the comparison of a re-evaluation with the stored run and fails (exit 2) when they differ: which
 * units changed (overall and per criterion) and why (rule-set hash, package versions, options).
 */
export const reportComparison = (o: {
  readonly kind: RunKind;
  readonly year: number;
  readonly where: string;
  readonly stored: AssessmentRun | undefined;
  /** Who replaced the year's data (`antq nhap --thay-the`), when nothing is stored since. */
  readonly replacedBy?: { readonly importedBy: string; readonly importedAt: string } | undefined;
  readonly current: Omit<AssessmentRunInput, "createdBy">;
  readonly names: ReadonlyMap<string, string>;
  readonly print: (text: string) => Effect.Effect<void>;
}): Effect.Effect<void, InvalidInputError | ValidationFailedError> =>
  Effect.gen(function* () {
    const what = o.kind === "classification" ? "phân loại" : "đánh giá";
    const command = o.kind === "classification" ? "phan-loai" : "danh-gia";
    if (o.stored === undefined)
      return yield* new InvalidInputError({
        message:
          o.replacedBy === undefined
            ? `Kho ${o.where} chưa có kết quả ${what} năm ${o.year} để đối chiếu. Lưu kết quả trước: antq ${command} --tu-kho --nam ${o.year} --luu-kho.`
            : `Kho ${o.where} không có kết quả ${what} năm ${o.year} để đối chiếu: dữ liệu năm này đã được nhập lại (--thay-the) bởi ${o.replacedBy.importedBy} lúc ${o.replacedBy.importedAt.replace("T", " ").replace(/\.\d+Z$/, " UTC")}, và các kết quả đã lưu của dữ liệu cũ đã bị xoá cùng dữ liệu đó. Lưu kết quả của dữ liệu mới: antq ${command} --tu-kho --nam ${o.year} --luu-kho.`,
      });
    const stored = o.stored;
    const differences = compareResults(stored.results, o.current.results);
    const provenance = compareProvenance(stored, o.current);
    const head = `Đối chiếu kết quả ${what} năm ${o.year} trong kho ${o.where} (lần ${formatNumber(stored.id)}, lưu lúc ${stored.createdAt.replace("T", " ").replace(/\.\d+Z$/, " UTC")} bởi ${stored.createdBy}) với kết quả đánh giá lại:`;
    if (differences.length === 0) {
      yield* o.print(
        [
          head,
          `Trùng khớp: ${formatNumber(o.current.results.length)} đơn vị có cùng kết quả.`,
          ...(provenance.length > 0
            ? ["Nguồn gốc khác nhau nhưng không làm thay đổi kết quả:", ...provenance.map(provenanceLine)]
            : []),
        ].join("\n"),
      );
      return;
    }
    const byUnit = new Map<string, ResultDifference[]>();
    for (const d of differences) byUnit.set(d.unitId, [...(byUnit.get(d.unitId) ?? []), d]);
    const total = new Set([...stored.results, ...o.current.results].map((r) => r.unitId)).size;
    const lines = [head, `Khác nhau ở ${formatNumber(byUnit.size)}/${formatNumber(total)} đơn vị:`];
    for (const [unitId, ds] of [...byUnit].slice(0, 100)) {
      const name = o.names.get(unitId);
      const parts = ds.map((d) =>
        d.field === "unit"
          ? d.current === undefined
            ? `chỉ có trong kết quả đã lưu (${label(d.stored, o.kind)})`
            : `chỉ có trong kết quả đánh giá lại (${label(d.current, o.kind)})`
          : `${d.field === "overall" ? "kết quả chung" : `tiêu chí ${d.field.slice("criteria.".length)}`} ${label(d.stored, o.kind)} → ${label(d.current, o.kind)}`,
      );
      lines.push(`  • ${name ? `${name} (${unitId})` : unitId}: ${parts.join("; ")}`);
    }
    if (byUnit.size > 100) lines.push(`  … và ${formatNumber(byUnit.size - 100)} đơn vị khác.`);
    lines.push(
      ...(provenance.length > 0
        ? ["Lý do (nguồn gốc khác với lần đã lưu):", ...provenance.map(provenanceLine)]
        : [
            `Bộ quy tắc, phiên bản các gói và cách hiểu giống lần đã lưu: khác biệt do dữ liệu năm ${o.year} trong kho đã được nhập lại (--thay-the) sau lần lưu.`,
          ]),
    );
    yield* o.print(lines.join("\n"));
    return yield* new ValidationFailedError({
      message: `Kết quả ${what} lại năm ${o.year} khác kết quả đã lưu ở ${formatNumber(byUnit.size)} đơn vị.`,
      issueCount: byUnit.size,
    });
  });

/** Unit names by id (for messages). */
export const unitNames = (d: Dataset): Map<string, string> =>
  new Map(d.units.map((r) => [r.unit.id as string, r.unit.name]));

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
      names: unitNames(dataset),
      print: o.print,
    });
  });

/**
 * The score sheets of a stored year, each with the classification kind whose rubric it was scored on (the
 * store keeps the domain's sheet, which names its rubric, not the kind).
 */
export const storedScoreRecords = (
  sheets: readonly ScoreSheet[],
  rubricKind: (rubricId: string, year: number) => ClassificationKind | undefined,
  file: string,
): { records: ScoreRecord[]; issues: InputIssue[] } => {
  const records: ScoreRecord[] = [];
  const issues: InputIssue[] = [];
  sheets.forEach((sheet, i) => {
    const kind = rubricKind(sheet.rubricId, sheet.year);
    if (kind === undefined)
      issues.push({
        severity: "error",
        code: "UNKNOWN_RUBRIC",
        message: `Bảng điểm của đơn vị ${sheet.unitId} chấm theo bảng điểm "${sheet.rubricId}", không có trong cấu hình phân loại năm ${sheet.year}.`,
        file,
        path: `scoreSheets[${i}].rubricId`,
      });
    else records.push({ kind, sheet, source: { file, jsonPath: `scoreSheets[${i}]` } });
  });
  return { records, issues };
};

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
      replacedBy: request.compare && stored === undefined ? await replacedBy(s.driver, year) : undefined,
    };
  });

/** A classification as a stored run: levels, scores, status, with the classifiers' hashes and packages. */
export const classificationRun = (
  year: number,
  results: readonly ClassificationResult[],
  options: Readonly<Record<string, unknown>>,
): Omit<AssessmentRunInput, "createdBy"> => {
  const hashes = new Map<string, string>();
  const versions: Record<string, string> = { "@antq/cli": CLI_VERSION };
  for (const r of results) {
    hashes.set(r.kind, r.classifier.hash);
    const source = r.classifier.rubricSource;
    if (source) versions[source.name] = source.version;
  }
  const kinds = [...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    year,
    kind: "classification",
    ruleSetHash: kinds.map(([k, h]) => `${k}:${h}`).join(" ") || "(không có bảng điểm)",
    versions,
    options,
    results: results.map((r) => ({
      unitId: r.unitId,
      overall: r.level,
      score: r.score.total,
      criteria: { scoreLevel: r.score.scoreLevel.id, status: r.status },
    })),
  };
};
