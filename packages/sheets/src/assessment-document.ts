/**
 * The machine output of an assessment, `antq.assessment/1`: English keys, numbers as numbers, ratios as
 * `{ part, total }`, outcomes and unit kinds as codes, Vietnamese titles in the schema's metadata (so they
 * appear in the published JSON Schema, schemas/assessment.schema.json). The CLI's `danh-gia --json` and its
 * JSON result file are this document.
 */
import { ASSESSED_UNIT_KIND_LABELS_VI, type AssessedUnit, AssessedUnitKindSchema } from "@antq/domain";
import {
  type CompiledRuleSet,
  type EvaluationResult,
  OUTCOME_LABELS,
  OutcomeSchema,
  type Readings,
  type UndecidedReadingsReport,
} from "@antq/rules";
import * as z from "zod";
import { resultTitle } from "./result-text.js";
import type { Summary } from "./summary.js";
import { emptyTally, TallySchema, tallyJson } from "./tally.js";
import { type Assessed, communeIdOf } from "./unit-rows.js";

/**
 * The format tag of {@link AssessmentDocumentSchema}.
 *
 * @example
 * ```ts
 * ASSESSMENT_FORMAT; //=> "antq.assessment/1"
 * ```
 */
export const ASSESSMENT_FORMAT = "antq.assessment/1";

const CriterionResultSchema = z
  .object({
    id: z.string().meta({ title: "Mã tiêu chí" }),
    outcome: OutcomeSchema.meta({ title: "Kết quả (mã)" }),
    code: z.string().meta({ title: "Mã kết luận" }),
    label: z.string().optional().meta({ title: "Nội dung tiêu chí" }),
    reason: z.string().optional().meta({ title: "Lý do" }),
    citation: z.string().optional().meta({ title: "Căn cứ" }),
  })
  .meta({ title: "Kết quả một tiêu chí" });

/**
 * The zod schema of one unit's result in `antq.assessment/1` (the `units` array), for front-ends and APIs that
 * validate or document it (apps/server's OpenAPI uses it).
 *
 * @example
 * ```ts
 * UnitResultSchema.safeParse(unitResultJson(unit, result, false)).success; //=> true
 * UnitResultSchema.safeParse({ unitId: "KDC-1" }).success; //=> false
 * ```
 */
export const UnitResultSchema = z
  .object({
    unitId: z.string().meta({ title: "Mã đơn vị" }),
    unitName: z.string().meta({ title: "Tên đơn vị" }),
    kind: AssessedUnitKindSchema.meta({ title: "Loại đơn vị (mã)" }),
    communeId: z.string().nullable().meta({ title: "Mã xã" }),
    outcome: OutcomeSchema.meta({ title: "Kết quả (mã)" }),
    outcomeTitle: z.string().meta({ title: "Kết quả" }),
    summary: z.string().nullable().meta({ title: "Tóm tắt" }),
    noFacts: z.boolean().meta({ title: "Không có dữ kiện năm (chưa báo cáo)" }),
    criteria: z.array(CriterionResultSchema).meta({ title: "Các tiêu chí" }),
  })
  .meta({ title: "Kết quả một đơn vị" });

/**
 * The result of one unit in `antq.assessment/1`.
 *
 * @example
 * ```ts
 * const json: UnitResultJson = unitResultJson(unit, result, false);
 * [json.unitId, json.kind, json.communeId, json.outcome]; //=> ["KDC-28000-01", "residential-area", "C28000", "dat"]
 * ```
 */
export type UnitResultJson = z.infer<typeof UnitResultSchema>;

const KindSummarySchema = TallySchema.extend({
  kind: AssessedUnitKindSchema.meta({ title: "Loại đơn vị (mã)" }),
  title: z.string().meta({ title: "Loại đơn vị" }),
}).meta({ title: "Số đếm theo loại đơn vị" });

const CommuneSummarySchema = TallySchema.extend({
  communeId: z.string().meta({ title: "Mã xã" }),
  communeName: z.string().nullable().meta({ title: "Tên xã" }),
  outcome: OutcomeSchema.nullable().meta({ title: "Kết quả của chính xã (mã)" }),
  covered: TallySchema.meta({
    title:
      "Số đếm các đơn vị thuộc phạm vi của xã (khu dân cư; cơ quan, doanh nghiệp, cơ sở giáo dục do xã quản lý hoặc được ủy quyền công nhận), tỷ lệ khoản 4 Điều 5 Thông tư 124/2021/TT-BCA",
  }),
  byKind: z.record(z.string(), TallySchema).meta({ title: "Số đếm theo loại đơn vị trên địa bàn" }),
}).meta({ title: "Số đếm theo xã" });

/** The counts of the input read. */
export const InputCountsSchema = z
  .object({
    sheets: z.int().nonnegative().meta({ title: "Số trang tính (tệp CSV)" }),
    rows: z.int().nonnegative().meta({ title: "Số dòng dữ liệu" }),
    rowsWithErrors: z.int().nonnegative().meta({ title: "Số dòng có lỗi" }),
    validUnits: z.int().nonnegative().meta({ title: "Số đơn vị hợp lệ" }),
    validFacts: z.int().nonnegative().meta({ title: "Số bộ dữ kiện năm hợp lệ" }),
    errors: z.int().nonnegative().meta({ title: "Số lỗi" }),
    warnings: z.int().nonnegative().meta({ title: "Số cảnh báo" }),
    omittedIssues: z.int().nonnegative().meta({ title: "Số lỗi, cảnh báo không liệt kê" }),
  })
  .meta({ title: "Số đếm dữ liệu đầu vào" });

/**
 * `antq.assessment/1`: the result of assessing a dataset.
 *
 * @example
 * ```ts
 * const document = {
 *   format: ASSESSMENT_FORMAT,
 *   title: resultTitle(2024),
 *   year: 2024,
 *   asOf: compiled.asOf,
 *   ruleSet: { id: compiled.id, label: compiled.label, hash: compiled.hash, packages: compiled.packages },
 *   readings: {},
 *   input: { sheets: 1, rows: 20, rowsWithErrors: 0, validUnits: 20, validFacts: 20, errors: 0, warnings: 0, omittedIssues: 0 },
 *   summary: summaryJson(summary),
 *   units: assessedUnits.map((a) => unitResultJson(a.unit, a.result, a.noFacts)),
 * };
 * AssessmentDocumentSchema.safeParse(document).success; //=> true
 * AssessmentDocumentSchema.safeParse({ ...document, year: "2024" }).success; //=> false
 * ```
 */
export const AssessmentDocumentSchema = z
  .object({
    format: z.literal(ASSESSMENT_FORMAT).meta({ title: "Định dạng" }),
    title: z.string().meta({ title: "Tiêu đề" }),
    year: z.int().meta({ title: "Năm đánh giá" }),
    asOf: z.string().meta({ title: "Ngày áp dụng quy định (YYYY-MM-DD)" }),
    ruleSet: z
      .object({
        id: z.string().meta({ title: "Mã bộ quy tắc" }),
        label: z.string().meta({ title: "Tên bộ quy tắc" }),
        hash: z.string().meta({ title: "Mã băm" }),
        packages: z
          .array(z.object({ name: z.string(), version: z.string() }))
          .meta({ title: "Các gói quy tắc" }),
      })
      .meta({ title: "Bộ quy tắc" }),
    readings: z.record(z.string(), z.string().nullable()).meta({ title: "Cách hiểu đã chọn" }),
    undecidedReadings: z
      .object({
        results: z
          .int()
          .nonnegative()
          .meta({ title: "Số kết quả “cần xem xét” mà việc chọn cách hiểu sẽ quyết định" }),
        byKind: z
          .record(z.string(), z.int().nonnegative())
          .meta({ title: "Số kết quả đó theo loại đơn vị (mã loại)" }),
        options: z
          .array(
            z.object({
              id: z.string().meta({ title: "Mã cách hiểu" }),
              label: z.string().meta({ title: "Nội dung cách hiểu" }),
              choices: z
                .array(z.object({ id: z.string(), label: z.string() }))
                .meta({ title: "Các lựa chọn (mã và nội dung)" }),
              decides: z
                .int()
                .nonnegative()
                .meta({ title: "Số kết quả mà chỉ chọn cách hiểu này đã quyết định" }),
            }),
          )
          .meta({ title: "Các cách hiểu chưa chọn" }),
      })
      .optional()
      .meta({ title: "Kết quả “cần xem xét” do cách hiểu chưa được chọn" }),
    input: InputCountsSchema,
    summary: z
      .object({
        all: TallySchema.meta({ title: "Tất cả đơn vị" }),
        byKind: z.array(KindSummarySchema).meta({ title: "Theo loại đơn vị" }),
        byCommune: z.array(CommuneSummarySchema).meta({ title: "Theo xã" }),
      })
      .meta({ title: "Tổng hợp" }),
    units: z.array(UnitResultSchema).optional().meta({ title: "Kết quả từng đơn vị" }),
    unitResultsFile: z
      .string()
      .optional()
      .meta({ title: "Tệp CSV kết quả từng đơn vị (khi đầu vào được đọc theo luồng)" }),
  })
  .meta({ title: "Kết quả đánh giá tiêu chuẩn “An toàn về an ninh, trật tự” (antq.assessment/1)" });

/**
 * An `antq.assessment/1` document.
 *
 * @example
 * ```ts
 * const document: Pick<AssessmentDocument, "format" | "summary"> = { format: ASSESSMENT_FORMAT, summary: summaryJson(summary) };
 * document.summary.all.passRatio.total; //=> 19
 * ```
 */
export type AssessmentDocument = z.infer<typeof AssessmentDocumentSchema>;

/**
 * The result of one unit as machine output.
 *
 * @example
 * ```ts
 * unitResultJson(unit, result, false).outcome; // "dat", "chua_dat", "can_xem_xet" or "khong_ap_dung"
 * ```
 */
export const unitResultJson = (
  unit: AssessedUnit,
  result: EvaluationResult,
  noFacts: boolean,
): UnitResultJson => ({
  unitId: unit.id,
  unitName: unit.name,
  kind: unit.kind,
  communeId: communeIdOf(unit) ?? null,
  outcome: result.outcome,
  outcomeTitle: OUTCOME_LABELS[result.outcome],
  summary: result.summary ?? null,
  noFacts,
  criteria: result.criteria.map((c) => ({
    id: c.id,
    outcome: c.outcome,
    code: c.code,
    ...(c.label ? { label: c.label } : {}),
    ...(c.reason ? { reason: c.reason } : {}),
    ...(c.citation ? { citation: c.citation } : {}),
  })),
});

/**
 * How a list of the document is made from a generator: an array by default, lazy for a streaming writer.
 *
 * @example
 * ```ts
 * let made = 0;
 * const counting: ListMaker = (items) => ({ [Symbol.iterator]: () => (made++, items()) });
 * const json = summaryJson(summary, counting);
 * [made, [...json.byCommune].length, made]; //=> [0, 1, 1]
 * ```
 */
export type ListMaker = <T>(items: () => Iterator<T>) => Iterable<T>;

const arrayOf: ListMaker = (items) => Array.from({ [Symbol.iterator]: items });

/**
 * The `summary` of an `antq.assessment/1` document. The per-commune list (tens of thousands of entries for a
 * national file) is made by `list`: an array by default, a lazy list for a streaming JSON writer.
 *
 * @example
 * ```ts
 * summaryJson(new Summary()).all.passRatio; //=> { part: 0, total: 0 }
 * ```
 */
export function summaryJson(summary: Summary): AssessmentDocument["summary"];
export function summaryJson(summary: Summary, list: ListMaker): ReturnType<typeof summaryJsonWith>;
export function summaryJson(summary: Summary, list: ListMaker = arrayOf) {
  return summaryJsonWith(summary, list);
}

const summaryJsonWith = (summary: Summary, list: ListMaker) => ({
  all: tallyJson(summary.all),
  byKind: summary.kinds().map((kind) => ({
    kind,
    title: ASSESSED_UNIT_KIND_LABELS_VI[kind],
    ...tallyJson(summary.byKind.get(kind) ?? emptyTally()),
  })),
  byCommune: list(function* () {
    for (const c of summary.byCommune.values()) {
      yield {
        communeId: c.key,
        communeName: c.name ?? null,
        outcome: c.outcome ?? null,
        covered: tallyJson(c.covered),
        ...tallyJson(c.all),
        byKind: Object.fromEntries([...c.byKind].map(([k, t]) => [k, tallyJson(t)])),
      };
    }
  }),
});

/**
 * What {@link assessmentDocument} is made of.
 *
 * @example
 * ```ts
 * const options: AssessmentDocumentOptions = {
 *   year: 2024,
 *   compiled,
 *   readings: { "tt124.d4.k4.a": null },
 *   input: { sheets: 1, rows: 20, rowsWithErrors: 0, validUnits: 20, validFacts: 20, errors: 0, warnings: 0, omittedIssues: 0 },
 *   summary,
 *   unitResultsFile: "ket-qua-danh-gia-2024-don-vi.csv",
 * };
 * const document = assessmentDocument(options);
 * [document.units, document.unitResultsFile, document.readings]; //=> [undefined, "ket-qua-danh-gia-2024-don-vi.csv", { "tt124.d4.k4.a": null }]
 * ```
 */
export interface AssessmentDocumentOptions {
  readonly year: number;
  /** The compiled rule set: its date, id, label, hash and packages are recorded. */
  readonly compiled: Pick<CompiledRuleSet<never>, "asOf" | "id" | "label" | "hash" | "packages">;
  /** The interpretation options chosen (`null`: left undecided). */
  readonly readings: Readings;
  /** Results left "cần xem xét" by undecided options (@antq/rules' `findUndecidedReadings`), when computed. */
  readonly undecided?: UndecidedReadingsReport | undefined;
  /** The counts of the input read. */
  readonly input: AssessmentDocument["input"];
  readonly summary: Summary;
  /** The per-unit results, explained one unit at a time (in memory: a `ProvinceAssessment`). */
  readonly assessment?: { explained(): Iterable<Assessed> } | undefined;
  /** Where the per-unit results went instead, for a streamed input (a CSV file). */
  readonly unitResultsFile?: string | undefined;
  /** How the lists of units and communes are made: arrays by default, lazy lists for a streaming writer. */
  readonly list?: ListMaker;
}

/**
 * The `antq.assessment/1` document of an assessment: the rule set and readings, the undecided readings when
 * computed, the input counts, the summary, and the per-unit results (or the file they were written to).
 *
 * @example
 * ```ts
 * const document = assessmentDocument({
 *   year: 2024,
 *   compiled,
 *   readings: {},
 *   input: { sheets: 1, rows: 20, rowsWithErrors: 0, validUnits: 20, validFacts: 20, errors: 0, warnings: 0, omittedIssues: 0 },
 *   summary,
 *   assessment: { explained: () => assessedUnits },
 * });
 * [document.title === resultTitle(2024), document.units?.length]; //=> [true, 20]
 * document.summary.all.passRatio; //=> { part: 16, total: 19 }
 * AssessmentDocumentSchema.safeParse(document).success; //=> true
 * ```
 */
export const assessmentDocument = (options: AssessmentDocumentOptions): AssessmentDocument => {
  const { compiled, undecided, assessment } = options;
  const list = options.list ?? arrayOf;
  return {
    format: ASSESSMENT_FORMAT,
    title: resultTitle(options.year),
    year: options.year,
    asOf: compiled.asOf,
    ruleSet: {
      id: compiled.id,
      label: compiled.label,
      hash: compiled.hash,
      packages: [...compiled.packages],
    },
    readings: { ...options.readings },
    ...(undecided
      ? {
          undecidedReadings: {
            results: undecided.results,
            byKind: { ...undecided.byKind },
            options: undecided.options.map((o) => ({
              id: o.id,
              label: o.label,
              choices: o.choices.map((c) => ({ id: c.id, label: c.label })),
              decides: o.decides,
            })),
          },
        }
      : {}),
    input: options.input,
    summary: summaryJsonWith(options.summary, list) as AssessmentDocument["summary"],
    ...(assessment
      ? {
          units: list(function* () {
            for (const a of assessment.explained()) yield unitResultJson(a.unit, a.result, a.noFacts);
          }) as UnitResultJson[],
        }
      : {}),
    ...(options.unitResultsFile !== undefined ? { unitResultsFile: options.unitResultsFile } : {}),
  };
};
