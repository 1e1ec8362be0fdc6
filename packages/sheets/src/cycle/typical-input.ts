/**
 * The inputs of a điển hình selection (`antq dien-hinh`, the web app's "Điển hình" screen), read the same way
 * everywhere: the JSON documents other antq commands write (`antq.classification/1`, `antq.assessment/1`)
 * told apart by their `format` and checked against their schemas with located Vietnamese issues, the plan
 * year and its checks, and the "An toàn về ANTT" outcomes of a facts dataset assessed in the same run.
 */

import type { PreviousClassification } from "@antq/criteria";
import { EXAMPLE_PROVINCE_CONFIG, type TypicalEligibilityRule, typicalRuleFromConfig } from "@antq/criteria";
import { compile, type Outcome, type Readings } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import * as z from "zod";
import { ASSESSMENT_FORMAT } from "../assessment-document.js";
import {
  CLASSIFICATION_FORMAT,
  type ClassificationDocument,
  ClassificationDocumentSchema,
  classificationDocument,
} from "../classification-document.js";
import { classifyScoreRecords } from "../classify-records.js";
import type { Dataset, InputIssue } from "../dataset.js";
import { pairInputs } from "../pairing.js";
import { ProvinceAssessment } from "../province-assessment.js";
import type { ScoreRecord } from "../scores.js";
import { type PreviousOutcomes, previousFromDocuments } from "../typical-document.js";

const OutcomesSchema = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  year: z.int(),
  units: z.array(
    z.object({ unitId: z.string(), outcome: z.enum(["dat", "chua_dat", "can_xem_xet", "khong_ap_dung"]) }),
  ),
});

/**
 * The issues of a JSON document that does not match its schema, located by field path (at most 20), with
 * Vietnamese messages.
 *
 * @example
 * ```ts
 * const parsed = ClassificationDocumentSchema.safeParse({ format: "antq.classification/1", units: [{}] });
 * const issues = parsed.success ? [] : documentIssues("phan-loai.json", parsed.error);
 * issues[0]; //=> { severity: "error", code: "INVALID_DOCUMENT", message: "sai kiểu hoặc thiếu giá trị.", file: "phan-loai.json", path: "configuration" }
 * ```
 */
export const documentIssues = (file: string, error: z.ZodError): InputIssue[] =>
  error.issues.slice(0, 20).map((i) => ({
    severity: "error",
    code: "INVALID_DOCUMENT",
    message: `${
      i.code === "invalid_value"
        ? `giá trị không hợp lệ; chọn một trong: ${i.values.join(", ")}`
        : i.code === "invalid_type"
          ? "sai kiểu hoặc thiếu giá trị"
          : i.message
    }.`,
    file,
    path: i.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, ""),
  }));

/**
 * A JSON input of a điển hình selection: the previous year's classification, its "An toàn về ANTT" outcomes,
 * or why it is neither (`message`, with the located `issues` when it has the right format but not the shape).
 *
 * @example
 * ```ts
 * const input: TypicalJsonInput = readTypicalJson("kq.json", { format: "antq.assessment/1", year: 2023, units: [] });
 * input.ok && input.kind; //=> "assessment"
 * ```
 */
export type TypicalJsonInput =
  | { readonly ok: true; readonly kind: "classification"; readonly document: ClassificationDocument }
  | { readonly ok: true; readonly kind: "assessment"; readonly outcomes: PreviousOutcomes }
  | { readonly ok: false; readonly message: string; readonly issues: readonly InputIssue[] };

/**
 * Reads a parsed JSON file as an input of a điển hình selection, by its `format`; `expected` refuses the other
 * kind (the CLI's `--phan-loai` and `--danh-gia` each take one).
 *
 * @example
 * ```ts
 * const doc = classificationDocument(classifications, { configuration: "Ví dụ", errors: 0 });
 * const read = readTypicalJson("phan-loai.json", doc);
 * read.ok && read.kind === "classification" && read.document.units.length; //=> 2
 * const outcomes = readTypicalJson("danh-gia.json", { format: "antq.assessment/1", year: 2023, units: [{ unitId: "C28261", outcome: "dat" }] });
 * outcomes.ok && outcomes.kind === "assessment" && outcomes.outcomes.outcomes.get("C28261"); //=> "dat"
 * readTypicalJson("danh-gia.json", doc, "assessment"); //=> { ok: false, message: "không phải tệp JSON kết quả đánh giá “An toàn về ANTT” (cần định dạng antq.assessment/1)", issues: [] }
 * readTypicalJson("x.json", { format: "antq.assessment/1", year: "2023" }).ok; //=> false
 * ```
 */
export const readTypicalJson = (
  file: string,
  data: unknown,
  expected?: "classification" | "assessment",
): TypicalJsonInput => {
  const format = (data as { format?: unknown } | null)?.format;
  const kind =
    format === CLASSIFICATION_FORMAT
      ? "classification"
      : format === ASSESSMENT_FORMAT
        ? "assessment"
        : undefined;
  if (kind === undefined || (expected !== undefined && kind !== expected))
    return {
      ok: false,
      message:
        expected === "classification"
          ? `không phải tệp JSON kết quả phân loại phong trào (cần định dạng ${CLASSIFICATION_FORMAT})`
          : expected === "assessment"
            ? `không phải tệp JSON kết quả đánh giá “An toàn về ANTT” (cần định dạng ${ASSESSMENT_FORMAT})`
            : `không phải tệp JSON kết quả phân loại phong trào (${CLASSIFICATION_FORMAT}) hay kết quả đánh giá “An toàn về ANTT” (${ASSESSMENT_FORMAT})`,
      issues: [],
    };
  if (kind === "classification") {
    const parsed = ClassificationDocumentSchema.safeParse(data);
    return parsed.success
      ? { ok: true, kind, document: parsed.data }
      : { ok: false, message: "kết quả phân loại không hợp lệ", issues: documentIssues(file, parsed.error) };
  }
  const parsed = OutcomesSchema.safeParse(data);
  return parsed.success
    ? {
        ok: true,
        kind,
        outcomes: {
          year: parsed.data.year,
          outcomes: new Map(parsed.data.units.map((u) => [u.unitId, u.outcome])),
        },
      }
    : { ok: false, message: "kết quả đánh giá không hợp lệ", issues: documentIssues(file, parsed.error) };
};

/**
 * The plan year of a selection: `year`, else the year after the latest classified year. A Vietnamese
 * `message` (naming `source`, the classification's file) when nothing is classified, when the year before
 * the plan year is not classified, or when the outcomes are of another year.
 *
 * @example
 * ```ts
 * typicalPlanYear([2022, 2023], { source: "phan-loai.json" }); //=> { ok: true, planYear: 2024 }
 * typicalPlanYear([2023], { source: "phan-loai.json", year: 2026 }).message; //=> "Không có kết quả phân loại năm 2025 để chọn điển hình năm 2026 (phan-loai.json có năm 2023)"
 * typicalPlanYear([2023], { source: "phan-loai.json", outcomesYear: 2022, outcomesSource: "danh-gia.json" }).message; //=> "Kết quả “An toàn về ANTT” trong danh-gia.json là của năm 2022, không phải năm 2023"
 * typicalPlanYear([], { source: "phan-loai.json" }).message; //=> "phan-loai.json không có đơn vị nào được phân loại"
 * ```
 */
export const typicalPlanYear = (
  classifiedYears: readonly number[],
  options: {
    readonly source: string;
    readonly year?: number;
    readonly outcomesYear?: number;
    readonly outcomesSource?: string;
  },
): { readonly ok: true; readonly planYear: number } | { readonly ok: false; readonly message: string } => {
  const years = [...new Set(classifiedYears)].sort((a, b) => a - b);
  const latest = years.at(-1);
  if (latest === undefined)
    return { ok: false, message: `${options.source} không có đơn vị nào được phân loại` };
  const planYear = options.year ?? latest + 1;
  if (!years.includes(planYear - 1))
    return {
      ok: false,
      message: `Không có kết quả phân loại năm ${planYear - 1} để chọn điển hình năm ${planYear} (${options.source} có năm ${years.join(", ")})`,
    };
  if (options.outcomesYear !== undefined && options.outcomesYear !== planYear - 1)
    return {
      ok: false,
      message: `Kết quả “An toàn về ANTT” trong ${options.outcomesSource ?? "tệp kết quả đánh giá"} là của năm ${options.outcomesYear}, không phải năm ${planYear - 1}`,
    };
  return { ok: true, planYear };
};

/**
 * The "An toàn về ANTT" outcome of every unit of a facts dataset in `year` (Thông tư 124 through
 * @antq/rules-antt, with the commune roll-up), as a selection reads the previous year's results: a facts
 * workbook assessed in the same run instead of a stored `antq danh-gia` result.
 *
 * @example
 * ```ts
 * const dataset = {
 *   units: province.units.map((unit) => ({ unit, source: { file: "du-lieu.json" } })),
 *   facts: province.facts.map((facts) => ({ facts, source: { file: "du-lieu.json" } })),
 * };
 * const outcomes = outcomesOfDataset(dataset, 2024);
 * [outcomes.year, outcomes.outcomes.size === province.units.length]; //=> [2024, true]
 * outcomes.outcomes.get(province.units.find((u) => u.kind === "commune")?.id ?? ""); //=> "can_xem_xet"
 * ```
 */
export const outcomesOfDataset = (
  dataset: Pick<Dataset, "units" | "facts">,
  year: number,
  readings: Readings = {},
): PreviousOutcomes => {
  const { inputs, noFacts } = pairInputs(dataset.units, dataset.facts, year);
  const assessment = new ProvinceAssessment(
    compile(securityOrderRuleSet, { year, readings }),
    inputs,
    noFacts,
  );
  const outcomes = new Map<string, Outcome>();
  for (const a of assessment.outcomes()) outcomes.set(a.unit.id, a.result.outcome);
  return { year, outcomes };
};

/**
 * The province's điển hình selection rule of a `--cau-hinh` JSON file (@antq/criteria's
 * `typicalRuleFromConfig`), or its problems as located issues of `file`.
 *
 * @example
 * ```ts
 * const config = { label: "Tỉnh An Giang 2024", levels: ["xuat_sac"], requireTt124: true, kinds: ["commune"] };
 * const rule = typicalRuleOf(config, "dien-hinh.json");
 * rule.ok && rule.rule.levels; //=> ["xuat_sac"]
 * const bad = typicalRuleOf({ levels: "xuat_sac" }, "dien-hinh.json");
 * !bad.ok && bad.issues[0]?.file; //=> "dien-hinh.json"
 * ```
 */
export const typicalRuleOf = (
  json: unknown,
  file: string,
):
  | { readonly ok: true; readonly rule: TypicalEligibilityRule }
  | { readonly ok: false; readonly issues: readonly InputIssue[] } => {
  const rule = typicalRuleFromConfig(json);
  return rule.ok
    ? { ok: true, rule: rule.value }
    : {
        ok: false,
        issues: rule.issues.map((i) => ({
          severity: "error",
          code: i.code,
          message: i.message,
          file,
          path: i.path.join("."),
        })),
      };
};

/**
 * The plan year of a điển hình selection and the previous year's classifications it reads (with their "An toàn
 * về ANTT" outcomes): from `antq phan-loai`'s document, or from score sheets classified here with
 * @antq/criteria's example configuration as `antq phan-loai` does; the outcomes from `antq danh-gia`'s
 * document, or from a facts dataset assessed here for the year before the plan year. The plan year is `year`,
 * else the year after the latest classification ({@link typicalPlanYear}). A `message` (located at `file` when
 * it is a file's) when they do not fit; the score sheets' located issues (warnings, or errors that stop).
 *
 * @example
 * ```ts
 * const builder = new ScoreBuilder();
 * readScoreJsonText(builder, scoreJson, "bang-diem-2024.json");
 * const scores = { file: "bang-diem-2024.json", records: builder.finish().records };
 * const read = typicalPrevious(scores, undefined);
 * read.ok && [read.planYear, read.previous.map((p) => p.unitId), read.issues]; //=> [2025, ["C28261", "C28270"], []]
 * typicalPrevious(scores, undefined, 2024); //=> { ok: false, message: "Không có kết quả phân loại năm 2023 để chọn điển hình năm 2024 (tệp bang-diem-2024.json có năm 2024)" }
 * const dataset = { units: [], facts: [] };
 * typicalPrevious(scores, { file: "du-lieu.csv", dataset }); //=> { ok: false, file: "du-lieu.csv", message: "không có số liệu năm 2024 để đánh giá “An toàn về ANTT” (cần tệp JSON kết quả đánh giá “An toàn về ANTT” (antq.assessment/1) năm 2024, hoặc tệp dữ liệu có số liệu năm 2024)" }
 * ```
 */
export const typicalPrevious = (
  classification: {
    readonly file: string;
    readonly document?: ClassificationDocument | undefined;
    readonly records: readonly ScoreRecord[];
  },
  assessment:
    | {
        readonly file: string;
        readonly outcomes?: PreviousOutcomes | undefined;
        readonly dataset?: Pick<Dataset, "units" | "facts"> | undefined;
      }
    | undefined,
  year?: number,
):
  | {
      readonly ok: true;
      readonly planYear: number;
      readonly previous: PreviousClassification[];
      readonly issues: readonly InputIssue[];
    }
  | { readonly ok: false; readonly message: string; readonly file?: string } => {
  const { document, records } = classification;
  const planned = typicalPlanYear(document?.units.map((u) => u.year) ?? records.map((r) => r.sheet.year), {
    source: `tệp ${classification.file}`,
    ...(year !== undefined ? { year } : {}),
    ...(assessment?.outcomes
      ? { outcomesYear: assessment.outcomes.year, outcomesSource: assessment.file }
      : {}),
  });
  if (!planned.ok) return planned;
  const { planYear } = planned;
  const dataset = assessment?.dataset;
  if (dataset !== undefined && !dataset.facts.some((f) => f.facts.year === planYear - 1))
    return {
      ok: false,
      file: assessment?.file ?? "",
      message: `không có số liệu năm ${planYear - 1} để đánh giá “An toàn về ANTT” (cần tệp JSON kết quả đánh giá “An toàn về ANTT” (${ASSESSMENT_FORMAT}) năm ${planYear - 1}, hoặc tệp dữ liệu có số liệu năm ${planYear - 1})`,
    };
  const outcomes = dataset !== undefined ? outcomesOfDataset(dataset, planYear - 1) : assessment?.outcomes;
  const classified =
    document === undefined
      ? classifyScoreRecords(
          EXAMPLE_PROVINCE_CONFIG,
          records.filter((r) => r.sheet.year === planYear - 1),
          outcomes?.outcomes ?? new Map(),
        )
      : undefined;
  const previous =
    document ??
    classificationDocument(classified?.results ?? [], {
      configuration: EXAMPLE_PROVINCE_CONFIG.label,
      errors: 0,
    });
  return {
    ok: true,
    planYear,
    previous: previousFromDocuments(previous, outcomes),
    issues: classified?.issues ?? [],
  };
};
