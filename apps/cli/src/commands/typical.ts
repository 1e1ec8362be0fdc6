/**
 * `antq dien-hinh` / `typical`: candidates for "điển hình" in a plan year from the previous year's
 * classification (`antq phan-loai` JSON, `antq.classification/1`) and "An toàn về ANTT" results (`antq
 * danh-gia` JSON), with the reasons each unit qualifies or not under the province's rule (QĐ 9745/QĐ-BCA-V05
 * publishes no selection conditions, so the rule is configuration, flagged "cần xem xét"), and the units
 * chosen (the "Đăng ký điển hình" sheet) against the plan's targets of the year by kind. Computed by
 * @antq/sheets' `typicalDocument` (@antq/criteria's `selectTypicalCandidates`, `compareTypicalChoice`).
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { EXAMPLE_TYPICAL_RULE, type TypicalEligibilityRule, typicalRuleFromConfig } from "@antq/criteria";
import type { Plan, TypicalRegistration } from "@antq/domain";
import {
  ASSESSMENT_FORMAT,
  CLASSIFICATION_FORMAT,
  ClassificationDocumentSchema,
  choosePlan,
  type InputIssue,
  PLAN_GROUP,
  PLAN_SHEETS,
  type PreviousOutcomes,
  previousFromDocuments,
  readRecordGroup,
  TYPICAL_GROUP,
  TYPICAL_SHEET,
  typicalDocument,
} from "@antq/sheets";
import { typicalWorkbook } from "@antq/sheets/xlsx";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import * as z from "zod";
import { describeSystemError, InputFileError, InvalidInputError } from "../errors.js";
import { formatNumber } from "../format.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { fromStoreFlag, provinceFlag, readCycleSheets, stopOnErrors, storedCycle } from "./plan.js";
import { jsonFlag, printJson, printText } from "./shared.js";
import { storeFlag } from "./store.js";

const readJson = (file: string) =>
  Effect.tryPromise({
    try: async () => JSON.parse((await readFile(file, "utf8")).replace(/^\ufeff/, "")) as unknown,
    catch: (error) =>
      new InputFileError({
        file,
        message: error instanceof SyntaxError ? "tệp JSON không đúng cú pháp" : describeSystemError(error),
      }),
  });

const zodIssues = (file: string, error: z.ZodError): InputIssue[] =>
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
 * An output document of another antq command, read back: refused with a Vietnamese message naming the command
 * when its `format` is another one, and with located issues when it does not match its schema.
 */
const readOutputDocument = <S extends z.ZodType>(
  file: string,
  format: string,
  schema: S,
  command: string,
  invalid: string,
) =>
  Effect.gen(function* () {
    const json = yield* readJson(file);
    if ((json as { format?: unknown } | null)?.format !== format)
      return yield* new InputFileError({
        file,
        message: `không phải tệp JSON kết quả của antq ${command} (cần định dạng ${format})`,
      });
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      yield* stopOnErrors(zodIssues(file, parsed.error));
      return yield* new InputFileError({ file, message: invalid });
    }
    return parsed.data as z.output<S>;
  });

/** The previous year's classification: an `antq.classification/1` document. */
const readClassification = (file: string) =>
  readOutputDocument(
    file,
    CLASSIFICATION_FORMAT,
    ClassificationDocumentSchema,
    "phan-loai",
    "kết quả phân loại không hợp lệ",
  );

const OutcomesSchema = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  year: z.int(),
  units: z.array(
    z.object({ unitId: z.string(), outcome: z.enum(["dat", "chua_dat", "can_xem_xet", "khong_ap_dung"]) }),
  ),
});

/** The "An toàn về ANTT" outcomes of `antq danh-gia`'s JSON output (`antq.assessment/1`). */
const readOutcomes = (file: string) =>
  readOutputDocument(
    file,
    ASSESSMENT_FORMAT,
    OutcomesSchema,
    "danh-gia",
    "kết quả đánh giá không hợp lệ",
  ).pipe(
    Effect.map(
      (doc) =>
        ({
          year: doc.year,
          outcomes: new Map(doc.units.map((u) => [u.unitId, u.outcome])),
        }) satisfies PreviousOutcomes,
    ),
  );

/** The province rule (`--cau-hinh`), or the example rule. */
const readRule = (file: Option.Option<string>) =>
  Effect.gen(function* () {
    if (Option.isNone(file)) return EXAMPLE_TYPICAL_RULE as TypicalEligibilityRule;
    const json = yield* readJson(file.value);
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
      Flag.withDescription('Tệp JSON kết quả của "antq phan-loai" năm trước (antq.classification/1)'),
    ),
    assessment: Flag.String("danh-gia").pipe(
      Flag.withDescription('Tệp JSON kết quả của "antq danh-gia" năm trước (kết quả "An toàn về ANTT")'),
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
  ({ files, fromStore, store, province, classification, assessment, year, config, planId, out, json }) =>
    Effect.gen(function* () {
      const rule = yield* readRule(config);
      const previousDoc = yield* readClassification(classification);
      const outcomes = Option.isSome(assessment) ? yield* readOutcomes(assessment.value) : undefined;
      if (previousDoc.units.length === 0)
        return yield* new InvalidInputError({
          message: `Tệp ${classification} không có đơn vị nào được phân loại; không ghi tệp kết quả nào.`,
        });
      const years = [...new Set(previousDoc.units.map((u) => u.year))].sort((a, b) => a - b);
      const planYear = Option.isSome(year) ? year.value : (years.at(-1) as number) + 1;
      if (!years.includes(planYear - 1))
        return yield* new InvalidInputError({
          message: `Không có kết quả phân loại năm ${planYear - 1} để chọn điển hình năm ${planYear} (tệp ${classification} có năm ${years.join(", ")}); không ghi tệp kết quả nào.`,
        });
      if (outcomes !== undefined && outcomes.year !== planYear - 1)
        return yield* new InvalidInputError({
          message: `Kết quả "An toàn về ANTT" trong ${Option.getOrElse(assessment, () => "")} là của năm ${outcomes.year}, không phải năm ${planYear - 1}; không ghi tệp kết quả nào.`,
        });
      let plans: readonly Plan[];
      let registrations: readonly TypicalRegistration[];
      if (fromStore) {
        // The plans in force and the registrations of the plan year (the year itself may not be stored yet).
        const stored = yield* storedCycle(store, province, { from: planYear - 1, to: planYear }, files);
        plans = stored.records.plans;
        registrations = stored.records.typicalRegistrations.filter((r) => r.year === planYear);
      } else {
        const sheets = yield* readCycleSheets(files, [...PLAN_SHEETS, TYPICAL_SHEET]);
        const read = {
          plans: readRecordGroup(PLAN_GROUP, sheets),
          regs: readRecordGroup(TYPICAL_GROUP, sheets),
        };
        yield* stopOnErrors([...read.plans.issues, ...read.regs.issues]);
        plans = read.plans.records.map((r) => r.value);
        registrations = read.regs.records.map((r) => r.value);
      }
      const chosen = choosePlan(plans, Option.getOrUndefined(planId));
      if (chosen?.message !== undefined) return yield* new InvalidInputError({ message: chosen.message });
      const plan = chosen?.plan;
      const document = typicalDocument(
        previousFromDocuments(previousDoc, outcomes),
        registrations,
        planYear,
        { rule, ...(plan ? { plan } : {}) },
      );
      const jsonTarget = `${out.slice(0, out.length - extname(out).length)}.json`;
      const inputs = [...files, classification, ...(Option.isSome(assessment) ? [assessment.value] : [])];
      const bytes = yield* Effect.promise(() => typicalWorkbook(document));
      yield* atomicWriteFile(out, bytes, { inputs });
      yield* atomicWriteFile(jsonTarget, `${JSON.stringify(document, null, 2)}\n`, { inputs });
      if (json) return yield* printJson(document);
      const s = document.summary;
      yield* printText(
        [
          `LỰA CHỌN ĐƠN VỊ XÂY DỰNG ĐIỂN HÌNH NĂM ${planYear} (căn cứ kết quả phân loại năm ${document.fromYear})`,
          `Điều kiện: ${rule.label}${rule.example && !rule.label.includes("ví dụ") ? " (cấu hình ví dụ)" : ""}.`,
          `Đủ điều kiện: ${formatNumber(s.eligible)}/${formatNumber(s.considered)} đơn vị (${s.byKind.map((k) => `${k.title.toLocaleLowerCase("vi")} ${k.eligible}/${k.considered}`).join(", ")}).`,
          ...document.candidates.map((c) => `  ${c.eligible ? "✓" : "✗"} ${c.name}: ${c.reasons.join(" ")}`),
          ...(document.chosen.length > 0
            ? [
                `Đơn vị được chọn: ${document.chosen.length}.`,
                ...document.chosen.map(
                  (u) =>
                    `  • ${u.name} — ${u.statusTitle}${u.eligible === true ? ", đủ điều kiện" : u.eligible === false ? ", chưa đủ điều kiện" : ", chưa có kết quả phân loại"}`,
                ),
              ]
            : []),
          ...(document.targets
            ? document.targets.map(
                (t) =>
                  `  Chỉ tiêu ${t.subjectTitle.toLocaleLowerCase("vi")}: ${t.chosen}/${t.target}${t.shortfall > 0 ? `, còn thiếu ${t.shortfall}` : t.surplus > 0 ? `, vượt ${t.surplus}` : ", đủ"}.`,
              )
            : []),
          ...document.review.map((n) => `Cần xem xét: ${n.message}`),
          `Đã ghi: ${out}, ${jsonTarget}`,
        ].join("\n"),
      );
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
