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
import { EXAMPLE_TYPICAL_RULE } from "@antq/criteria";
import {
  choosePlan,
  PLAN_GROUP,
  PLAN_SHEETS,
  readRecordGroup,
  readTypicalJson,
  storedAdminLineage,
  TYPICAL_GROUP,
  TYPICAL_SHEET,
  typicalDocument,
  typicalDocumentLines,
  typicalPrevious,
  typicalRuleOf,
} from "@antq/sheets";
import { Command, Flag } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { InputFileError } from "../errors.js";
import { COMMAND_HINTS } from "../hints.js";
import { readJsonFile } from "../io/read-input.js";
import { readDataset, readScoreSheets } from "../sheets/read.js";
import {
  cycleFlags,
  fileRecords,
  readAdminUnits,
  refuse,
  resultFlag,
  stopOnErrors,
  storedCycle,
} from "./cycle-input.js";
import { filesArgument, intFlag, textFlag, withHelp } from "./define.js";
import { emitDocument } from "./shared.js";

/**
 * A JSON result of `antq phan-loai` (`expected` "classification") or `antq danh-gia` ("assessment") given as
 * `file`; `undefined` when the file is no JSON result (score sheets, facts: read by the caller).
 */
const resultJson = (file: string, expected: "classification" | "assessment") =>
  Effect.gen(function* () {
    if (extname(file).toLowerCase() !== ".json") return undefined;
    const data = yield* readJsonFile(file);
    const input = data as { format?: unknown; scoreSheets?: unknown } | null;
    if (expected === "classification" ? Array.isArray(input?.scoreSheets) : typeof input?.format !== "string")
      return undefined;
    const read = readTypicalJson(file, data, expected);
    if (read.ok) return read;
    yield* stopOnErrors(read.issues);
    return yield* new InputFileError({ file, message: read.message });
  });

/**
 * `--phan-loai`: the previous year's classification, as an `antq phan-loai` JSON result, or as score sheets
 * (.xlsx, .csv, or JSON `{ "scoreSheets": [...] }`, the files `antq phan-loai` reads) classified in this run.
 */
const readPrevious = (file: string) =>
  Effect.gen(function* () {
    const read = yield* resultJson(file, "classification");
    if (read?.kind === "classification") return { file, document: read.document, records: [] };
    const scores = yield* readScoreSheets([file]);
    yield* stopOnErrors(scores.issues);
    return { file, records: scores.records };
  });

/**
 * `--danh-gia`: the previous year's "An toàn về ANTT" outcomes, as an `antq danh-gia` JSON result, or a facts
 * file (.xlsx, .csv, JSON: what `antq danh-gia` reads), validated here and assessed once the year is known.
 */
const readOutcomeInput = (file: string) =>
  Effect.gen(function* () {
    const read = yield* resultJson(file, "assessment");
    if (read?.kind === "assessment") return { file, outcomes: read.outcomes };
    const dataset = yield* readDataset([file]);
    yield* stopOnErrors(dataset.issues);
    return { file, dataset };
  });

/** The province rule (`--cau-hinh`), or the example rule. */
const readRule = (file: Option.Option<string>) =>
  Effect.gen(function* () {
    if (Option.isNone(file)) return EXAMPLE_TYPICAL_RULE;
    const read = typicalRuleOf(yield* readJsonFile(file.value), file.value);
    if (read.ok) return read.rule;
    yield* stopOnErrors(read.issues);
    return yield* refuse("Cấu hình điều kiện chọn điển hình không hợp lệ.");
  });

export const typicalCommand = Command.make(
  "dien-hinh",
  cycleFlags(
    filesArgument(
      'Tệp kế hoạch và đăng ký điển hình (.xlsx có trang "Kế hoạch", "Chỉ tiêu số lượng", "Đăng ký điển hình"; hoặc .csv) — không bắt buộc',
    ),
    {
      classification: Flag.String("phan-loai").pipe(
        Flag.withDescription(
          'Kết quả phân loại năm trước: tệp JSON kết quả của "antq phan-loai" (antq.classification/1), hoặc tệp bảng chấm điểm (.xlsx, .csv, .json) để phân loại ngay',
        ),
      ),
      assessment: textFlag(
        "danh-gia",
        'Kết quả "An toàn về ANTT" năm trước: tệp JSON kết quả của "antq danh-gia", hoặc tệp dữ liệu (.xlsx, .csv, .json) để đánh giá ngay',
      ),
      admin: textFlag(
        "don-vi-hanh-chinh",
        "Tệp CSV đơn vị hành chính có quan hệ kế thừa (sắp xếp 2025) để xét đơn vị mới theo kết quả của các đơn vị cũ; với --tu-kho mặc định lấy từ kho",
      ),
      year: intFlag("nam", "Năm xây dựng điển hình (mặc định: năm sau năm của kết quả phân loại)"),
      config: textFlag(
        "cau-hinh",
        'Tệp JSON điều kiện chọn của tỉnh: {"label", "levels": ["xuat_sac", …], "requireTt124": true, "kinds": ["commune", …]}; mặc định là cấu hình ví dụ',
      ),
      planId: textFlag("ma-ke-hoach", "Mã kế hoạch để so sánh với chỉ tiêu (khi tệp có nhiều kế hoạch)"),
    },
    resultFlag(
      "Tệp kết quả Excel (mặc định ket-qua-dien-hinh.xlsx); tệp JSON cùng tên",
      "ket-qua-dien-hinh.xlsx",
    ),
  ),
  (a) =>
    Effect.gen(function* () {
      const { input: files, classification, assessment, year } = a;
      const rule = yield* readRule(a.config);
      const previousInput = yield* readPrevious(classification);
      const outcomeInput = Option.isSome(assessment) ? yield* readOutcomeInput(assessment.value) : undefined;
      const read = typicalPrevious(previousInput, outcomeInput, Option.getOrUndefined(year));
      if (!read.ok)
        return yield* read.file === undefined
          ? refuse(`${read.message}; không ghi tệp kết quả nào.`)
          : new InputFileError({ file: read.file, message: read.message });
      yield* stopOnErrors(read.issues);
      const { planYear } = read;
      const fileLineage = yield* readAdminUnits(a.admin);
      // From the store: the plans in force and the registrations of the plan year (which may not be stored yet).
      const records = a.fromStore
        ? yield* storedCycle({ ...a, files }, { from: planYear - 1, to: planYear }).pipe(
            Effect.map(({ records: r }) => ({
              plans: r.plans,
              registrations: r.typicalRegistrations.filter((t) => t.year === planYear),
              adminUnits: r.adminUnits,
            })),
          )
        : yield* fileRecords(files, [...PLAN_SHEETS, TYPICAL_SHEET], (sheets) => ({
            plans: readRecordGroup(PLAN_GROUP, sheets),
            registrations: readRecordGroup(TYPICAL_GROUP, sheets),
          })).pipe(Effect.map((r) => ({ ...r, adminUnits: [] })));
      const lineage = fileLineage ?? storedAdminLineage(records.adminUnits);
      const chosen = choosePlan(records.plans, Option.getOrUndefined(a.planId));
      if (chosen?.message !== undefined)
        return yield* refuse(
          Option.isSome(a.planId) ? chosen.message : `${chosen.message} ${COMMAND_HINTS.planId}`,
        );
      yield* emitDocument({
        document: typicalDocument(read.previous, records.registrations, planYear, {
          rule,
          ...(chosen?.plan ? { plan: chosen.plan } : {}),
          ...(lineage ? { lineage } : {}),
        }),
        workbook: { target: a.out, bytes: (x, d) => x.typicalWorkbook(d), withJson: true },
        inputs: [...files, classification, ...Option.toArray(assessment), ...Option.toArray(a.admin)],
        json: a.json,
        lines: typicalDocumentLines,
      });
    }),
).pipe(
  withHelp({
    alias: "typical",
    description:
      "Chọn đơn vị xây dựng điển hình từ kết quả phân loại phong trào và kết quả “An toàn về ANTT” năm trước, so với chỉ tiêu kế hoạch",
    examples: [
      [
        "antq dien-hinh dang-ky-dien-hinh.csv --phan-loai ket-qua-phan-loai-2023.json --danh-gia ket-qua-danh-gia-2023.json --nam 2024",
        "Đơn vị đủ điều kiện xây dựng điển hình năm 2024 và các đơn vị đã chọn",
      ],
    ],
  }),
);
