/**
 * `antq dien-hinh` / `typical`: candidates for "điển hình" in a plan year from the previous year's
 * classification (`antq phan-loai` JSON, or the score sheets classified in the same run) and "An toàn về
 * ANTT" results (`antq danh-gia` JSON, or the facts file assessed in the same run), followed through the 2025
 * commune lineage (`--don-vi-hanh-chinh`, or the store's administrative units), with the reasons each unit qualifies or not under the province's rule (QĐ 9745/QĐ-BCA-V05
 * publishes no selection conditions, so the rule is configuration, flagged "cần xem xét"), and the units
 * chosen (the "Đăng ký điển hình" sheet) against the plan's targets of the year by kind. Computed by
 * @antq/sheets' `typicalDocument` (@antq/criteria's `selectTypicalCandidates`, `compareTypicalChoice`).
 */
import { extname } from "node:path";
import {
  EXAMPLE_PROVINCE_CONFIG,
  EXAMPLE_TYPICAL_RULE,
  type TypicalEligibilityRule,
  typicalRuleFromConfig,
} from "@antq/criteria";
import type { Plan, TypicalRegistration } from "@antq/domain";
import type { Outcome } from "@antq/rules";
import {
  choosePlan,
  classificationDocument,
  classifyScoreRecords,
  type Dataset,
  outcomesOfDataset,
  PLAN_GROUP,
  PLAN_SHEETS,
  type PreviousOutcomes,
  previousFromDocuments,
  readRecordGroup,
  readTypicalJson,
  type ScoreRecord,
  TYPICAL_GROUP,
  TYPICAL_SHEET,
  typicalDocument,
  typicalDocumentLines,
  typicalPlanYear,
} from "@antq/sheets";
import { typicalWorkbook } from "@antq/sheets/xlsx";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { InputFileError, InvalidInputError } from "../errors.js";
import { readJsonFile } from "../io/read-input.js";
import { readDataset, readScoreSheets } from "../sheets/read.js";
import {
  fileRecords,
  fromStoreFlag,
  provinceFlag,
  readAdminUnits,
  stopOnErrors,
  storedCycle,
  storedLineage,
} from "./plan.js";
import { emitDocument, jsonFlag } from "./shared.js";
import { storeFlag } from "./store.js";

/** A parsed JSON file read as a điển hình input of the `expected` kind (@antq/sheets' `readTypicalJson`). */
const typicalJson = (file: string, data: unknown, expected: "classification" | "assessment") =>
  Effect.gen(function* () {
    const read = readTypicalJson(file, data, expected);
    if (read.ok) return read;
    yield* stopOnErrors(read.issues);
    return yield* new InputFileError({ file, message: read.message });
  });

const isJson = (file: string) => extname(file).toLowerCase() === ".json";
const hasFormat = (data: unknown) => typeof (data as { format?: unknown } | null)?.format === "string";

/**
 * `--phan-loai`: the previous year's classification, as an `antq phan-loai` JSON result, or as score sheets
 * (.xlsx, .csv, or JSON `{ "scoreSheets": [...] }`, the files `antq phan-loai` reads) classified in this run.
 */
const readPrevious = (file: string) =>
  Effect.gen(function* () {
    if (isJson(file)) {
      const data = yield* readJsonFile(file);
      if (!Array.isArray((data as { scoreSheets?: unknown } | null)?.scoreSheets)) {
        const read = yield* typicalJson(file, data, "classification");
        if (read.kind === "classification") return { document: read.document, records: [] as ScoreRecord[] };
      }
    }
    const scores = yield* readScoreSheets([file]);
    yield* stopOnErrors(scores.issues);
    return { document: undefined, records: scores.records };
  });

/**
 * `--danh-gia`: the previous year's "An toàn về ANTT" outcomes, as an `antq danh-gia` JSON result, or a facts
 * file (.xlsx, .csv, JSON: what `antq danh-gia` reads), validated here and assessed once the year is known.
 */
const readOutcomeInput = (file: string) =>
  Effect.gen(function* () {
    if (isJson(file)) {
      const data = yield* readJsonFile(file);
      if (hasFormat(data)) {
        const read = yield* typicalJson(file, data, "assessment");
        if (read.kind === "assessment") return { outcomes: read.outcomes, dataset: undefined };
      }
    }
    const dataset = yield* readDataset([file]);
    yield* stopOnErrors(dataset.issues);
    return { outcomes: undefined, dataset };
  });

/** The outcomes of `year`: those read, or the facts file assessed in this run (@antq/sheets' `outcomesOfDataset`). */
const outcomesOf = (
  input: { readonly outcomes?: PreviousOutcomes | undefined; readonly dataset?: Dataset | undefined },
  file: string,
  year: number,
) =>
  Effect.gen(function* () {
    if (input.dataset === undefined) return input.outcomes;
    if (!input.dataset.facts.some((f) => f.facts.year === year))
      return yield* new InputFileError({
        file,
        message: `không có số liệu năm ${year} để đánh giá “An toàn về ANTT” (cần tệp kết quả của antq danh-gia, hoặc tệp dữ liệu có số liệu năm ${year})`,
      });
    return outcomesOfDataset(input.dataset, year);
  });

/** Score sheets of the previous year classified with the example configuration, as `antq phan-loai` does. */
const classifyScores = (records: readonly ScoreRecord[], tt124: ReadonlyMap<string, Outcome> | undefined) =>
  Effect.gen(function* () {
    const classified = classifyScoreRecords(EXAMPLE_PROVINCE_CONFIG, records, tt124 ?? new Map());
    yield* stopOnErrors(classified.issues);
    return classificationDocument(classified.results, {
      configuration: EXAMPLE_PROVINCE_CONFIG.label,
      errors: 0,
    });
  });

/** The province rule (`--cau-hinh`), or the example rule. */
const readRule = (file: Option.Option<string>) =>
  Effect.gen(function* () {
    if (Option.isNone(file)) return EXAMPLE_TYPICAL_RULE as TypicalEligibilityRule;
    const json = yield* readJsonFile(file.value);
    const rule = typicalRuleFromConfig(json);
    if (!rule.ok) {
      yield* stopOnErrors(
        rule.issues.map((i) => ({
          severity: "error" as const,
          code: i.code,
          message: i.message,
          file: file.value,
          path: i.path.join("."),
        })),
      );
      return yield* new InvalidInputError({ message: "Cấu hình điều kiện chọn điển hình không hợp lệ." });
    }
    return rule.value;
  });

export const typicalCommand = Command.make(
  "dien-hinh",
  {
    files: Argument.String("tệp").pipe(
      Argument.withDescription(
        'Tệp kế hoạch và đăng ký điển hình (.xlsx có trang "Kế hoạch", "Chỉ tiêu số lượng", "Đăng ký điển hình"; hoặc .csv) — không bắt buộc',
      ),
      Argument.atLeast(0),
    ),
    fromStore: fromStoreFlag,
    store: storeFlag,
    province: provinceFlag,
    classification: Flag.String("phan-loai").pipe(
      Flag.withDescription(
        'Kết quả phân loại năm trước: tệp JSON kết quả của "antq phan-loai" (antq.classification/1), hoặc tệp bảng chấm điểm (.xlsx, .csv, .json) để phân loại ngay',
      ),
    ),
    assessment: Flag.String("danh-gia").pipe(
      Flag.withDescription(
        'Kết quả "An toàn về ANTT" năm trước: tệp JSON kết quả của "antq danh-gia", hoặc tệp dữ liệu (.xlsx, .csv, .json) để đánh giá ngay',
      ),
      Flag.optional,
    ),
    admin: Flag.String("don-vi-hanh-chinh").pipe(
      Flag.withDescription(
        "Tệp CSV đơn vị hành chính có quan hệ kế thừa (sắp xếp 2025) để xét đơn vị mới theo kết quả của các đơn vị cũ; với --tu-kho mặc định lấy từ kho",
      ),
      Flag.optional,
    ),
    year: Flag.Int("nam").pipe(
      Flag.withDescription("Năm xây dựng điển hình (mặc định: năm sau năm của kết quả phân loại)"),
      Flag.optional,
    ),
    config: Flag.String("cau-hinh").pipe(
      Flag.withDescription(
        'Tệp JSON điều kiện chọn của tỉnh: {"label", "levels": ["xuat_sac", …], "requireTt124": true, "kinds": ["commune", …]}; mặc định là cấu hình ví dụ',
      ),
      Flag.optional,
    ),
    planId: Flag.String("ma-ke-hoach").pipe(
      Flag.withDescription("Mã kế hoạch để so sánh với chỉ tiêu (khi tệp có nhiều kế hoạch)"),
      Flag.optional,
    ),
    out: Flag.String("ra").pipe(
      Flag.withAlias("o"),
      Flag.withDescription("Tệp kết quả Excel (mặc định ket-qua-dien-hinh.xlsx); tệp JSON cùng tên"),
      Flag.withDefault("ket-qua-dien-hinh.xlsx"),
    ),
    json: jsonFlag,
  },
  ({
    files,
    fromStore,
    store,
    province,
    classification,
    assessment,
    admin,
    year,
    config,
    planId,
    out,
    json,
  }) =>
    Effect.gen(function* () {
      const rule = yield* readRule(config);
      const previous = yield* readPrevious(classification);
      const outcomeInput = Option.isSome(assessment) ? yield* readOutcomeInput(assessment.value) : undefined;
      const planned = typicalPlanYear(
        previous.document?.units.map((u) => u.year) ?? previous.records.map((r) => r.sheet.year),
        {
          source: `tệp ${classification}`,
          ...(Option.isSome(year) ? { year: year.value } : {}),
          ...(outcomeInput?.outcomes
            ? { outcomesYear: outcomeInput.outcomes.year, outcomesSource: Option.getOrThrow(assessment) }
            : {}),
        },
      );
      if (!planned.ok)
        return yield* new InvalidInputError({ message: `${planned.message}; không ghi tệp kết quả nào.` });
      const planYear = planned.planYear;
      const outcomes = outcomeInput
        ? yield* outcomesOf(outcomeInput, Option.getOrThrow(assessment), planYear - 1)
        : undefined;
      const previousDoc =
        previous.document ??
        (yield* classifyScores(
          previous.records.filter((r) => r.sheet.year === planYear - 1),
          outcomes?.outcomes,
        ));
      let lineage = Option.isSome(admin) ? yield* readAdminUnits(admin.value) : undefined;
      let plans: readonly Plan[];
      let registrations: readonly TypicalRegistration[];
      if (fromStore) {
        // The plans in force and the registrations of the plan year (the year itself may not be stored yet).
        const stored = yield* storedCycle(store, province, { from: planYear - 1, to: planYear }, files);
        plans = stored.records.plans;
        registrations = stored.records.typicalRegistrations.filter((r) => r.year === planYear);
        lineage ??= storedLineage(stored.records.adminUnits);
      } else {
        ({ plans, registrations } = yield* fileRecords(files, [...PLAN_SHEETS, TYPICAL_SHEET], (sheets) => ({
          plans: readRecordGroup(PLAN_GROUP, sheets),
          registrations: readRecordGroup(TYPICAL_GROUP, sheets),
        })));
      }
      const chosen = choosePlan(plans, Option.getOrUndefined(planId));
      if (chosen?.message !== undefined) return yield* new InvalidInputError({ message: chosen.message });
      const plan = chosen?.plan;
      const document = typicalDocument(
        previousFromDocuments(previousDoc, outcomes),
        registrations,
        planYear,
        { rule, ...(plan ? { plan } : {}), ...(lineage ? { lineage } : {}) },
      );
      yield* emitDocument({
        document,
        workbook: { target: out, bytes: typicalWorkbook, withJson: true },
        inputs: [...files, classification, ...Option.toArray(assessment), ...Option.toArray(admin)],
        json,
        lines: typicalDocumentLines,
      });
    }),
).pipe(
  Command.withAlias("typical"),
  Command.withDescription(
    "Chọn đơn vị xây dựng điển hình từ kết quả phân loại phong trào và kết quả “An toàn về ANTT” năm trước, so với chỉ tiêu kế hoạch",
  ),
  Command.withExamples([
    {
      command:
        "antq dien-hinh dang-ky-dien-hinh.csv --phan-loai ket-qua-phan-loai-2023.json --danh-gia ket-qua-danh-gia-2023.json --nam 2024",
      description: "Đơn vị đủ điều kiện xây dựng điển hình năm 2024 và các đơn vị đã chọn",
    },
  ]),
);
