/**
 * `antq phan-loai` / `classify`: scores rubric sheets and classifies the movement (QĐ 510/QĐ-BCA-V05)
 * with @antq/criteria; the TT 124 result of each unit can be taken from `antq danh-gia`'s JSON output.
 */

import { extname } from "node:path";
import {
  EXAMPLE_PROVINCE_CONFIG,
  explainClassification,
  printExplanation,
  rubricKind,
  type ScoreSheet,
  withProvinceOverlays,
} from "@antq/criteria";
import { formatNumber } from "@antq/format-vi";
import { type Outcome, type Overlay, overlaysIn } from "@antq/rules";
import {
  assessmentOutcomes,
  classificationDocument,
  classificationLines,
  classifyScoreRecords,
  formatIssue,
  noScoreSheetMessage,
  scoreRecordsOfStored,
} from "@antq/sheets";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { InvalidInputError, ValidationFailedError } from "../errors.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { readInputFile } from "../io/read-input.js";
import { readScoreSheets } from "../sheets/read.js";
import { provinceFlag } from "./assess.js";
import {
  checkRecordRequest,
  classificationRun,
  compareFlag,
  fromStoreFlag,
  type RecordRequest,
  readClassificationRecord,
  reportComparison,
  saveRun,
  saveToStoreFlag,
  storeLabel,
} from "./record.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";
import { storeFlag } from "./store.js";

/**
 * Loads criteria overlays (modules exporting @antq/rules overlays on the classification configuration), each
 * with the file or package (`--tinh`) it came from.
 */
const loadCriteriaOverlays = (specifiers: readonly string[]) =>
  Effect.tryPromise({
    try: async () => {
      const { pathToFileURL } = await import("node:url");
      const { resolve } = await import("node:path");
      const out: { overlay: Overlay<ScoreSheet>; source: string }[] = [];
      for (const specifier of specifiers) {
        const url =
          specifier.startsWith(".") || specifier.startsWith("/")
            ? pathToFileURL(resolve(specifier)).href
            : specifier;
        const module = (await import(url)) as Record<string, unknown>;
        const found = overlaysIn<ScoreSheet>(module);
        if (found.length === 0) throw new Error(`gói "${specifier}" không xuất gói bổ sung nào`);
        for (const overlay of found) out.push({ overlay, source: specifier });
      }
      return out;
    },
    catch: (error) =>
      new InvalidInputError({
        message: `Gói cấu hình phân loại của tỉnh (--tinh): ${error instanceof Error ? error.message : String(error)}`,
      }),
  });

/** TT 124 outcomes per unit from `antq danh-gia`'s JSON output (@antq/sheets' `assessmentOutcomes`). */
const readAssessment = (file: string) => readInputFile(file, assessmentOutcomes);

export const classifyCommand = Command.make(
  "phan-loai",
  {
    files: Argument.String("tệp").pipe(
      Argument.withDescription("Tệp bảng chấm điểm (.xlsx, .csv, .json); không cần khi dùng --tu-kho"),
      Argument.atLeast(0),
    ),
    fromStore: fromStoreFlag,
    saveToStore: saveToStoreFlag,
    compare: compareFlag,
    store: storeFlag,
    year: Flag.Int("nam").pipe(
      Flag.withDescription("Chỉ phân loại các bảng điểm của năm này"),
      Flag.optional,
    ),
    assessment: Flag.String("ket-qua-danh-gia").pipe(
      Flag.withDescription(
        'Tệp JSON kết quả của "antq danh-gia" để dùng kết quả "An toàn về ANTT" của từng đơn vị',
      ),
      Flag.optional,
    ),
    explain: Flag.String("giai-thich").pipe(
      Flag.withDescription("In giải thích điểm và mức phân loại của một đơn vị"),
      Flag.optional,
    ),
    out: Flag.String("ra").pipe(
      Flag.withAlias("o"),
      Flag.withDescription("Tệp kết quả Excel (mặc định ket-qua-phan-loai.xlsx); tệp JSON cùng tên"),
      Flag.withDefault("ket-qua-phan-loai.xlsx"),
    ),
    provinces: provinceFlag,
    json: jsonFlag,
  },
  ({ files, year, assessment, explain, out, provinces, json, fromStore, saveToStore, compare, store }) =>
    Effect.gen(function* () {
      const record: RecordRequest = { fromStore, save: saveToStore, compare, store };
      yield* checkRecordRequest(record, files, Option.getOrUndefined(year), "phan-loai");
      const loaded = yield* loadCriteriaOverlays(provinces);
      const composed = withProvinceOverlays(
        EXAMPLE_PROVINCE_CONFIG,
        loaded.map((l) => l.overlay),
      );
      if (!composed.ok) {
        return yield* new InvalidInputError({
          message: `Cấu hình phân loại không hợp lệ:\n${composed.issues.map((i) => `  • ${i.message}`).join("\n")}`,
        });
      }
      // With --tu-kho: the year's score sheets and its latest stored TT 124 outcomes come from the store.
      const stored = record.fromStore
        ? yield* readClassificationRecord(record, Option.getOrThrow(year))
        : undefined;
      const tt124 = Option.isSome(assessment)
        ? yield* readAssessment(assessment.value)
        : (stored?.tt124 ?? new Map<string, Outcome>());
      const { records, issues } = stored
        ? scoreRecordsOfStored(
            stored.sheets,
            (rubricId, y) => rubricKind(composed.value, rubricId, y),
            storeLabel(stored.where, Option.getOrThrow(year)),
          )
        : yield* readScoreSheets(files);
      const selected = records.filter((r) => Option.isNone(year) || r.sheet.year === year.value);
      // Nothing to classify (empty or unrelated files, or no sheet of the year asked for): say so, write nothing.
      if (selected.length === 0 && !issues.some((i) => i.severity === "error")) {
        return yield* new InvalidInputError({
          message: noScoreSheetMessage({
            records,
            year: Option.getOrUndefined(year),
            store: stored?.where,
            files,
          }),
        });
      }
      const classified = classifyScoreRecords(composed.value, selected, tt124);
      const results = classified.results;
      issues.push(...classified.issues);
      const errors = issues.filter((i) => i.severity === "error");

      if (Option.isSome(explain)) {
        const target = results.find((r) => r.unitId === explain.value);
        if (!target)
          return yield* new InvalidInputError({
            message: `Không có bảng điểm hợp lệ của đơn vị "${explain.value}".`,
          });
        const explanation = explainClassification(target);
        return yield* json ? printJson(explanation) : printText(printExplanation(explanation));
      }

      const runOptions = {
        configuration: composed.value.label,
        provinces: [...provinces],
        tt124: Option.isSome(assessment)
          ? "tệp kết quả đánh giá"
          : stored?.assessmentRun !== undefined
            ? `kho, lần ${stored.assessmentRun}`
            : null,
      };
      if (record.compare && stored)
        return yield* reportComparison({
          kind: "classification",
          year: Option.getOrThrow(year),
          where: stored.where,
          stored: stored.stored,
          replacedBy: stored.replacedBy,
          current: classificationRun(Option.getOrThrow(year), results, runOptions),
          names: new Map(results.map((r) => [r.unitId, r.score.sheet.unitName ?? ""])),
          print: json ? printError : printText,
        });

      const document = classificationDocument(results, {
        configuration: composed.value.label,
        errors: errors.length,
        overlays: loaded.map(({ overlay, source }) => ({ ...overlay, source })),
      });
      const jsonTarget = `${out.slice(0, out.length - extname(out).length)}.json`;
      const inputs = [...files, ...(Option.isSome(assessment) ? [assessment.value] : [])];
      const { writeWorkbookStream } = yield* Effect.promise(() => import("../io/xlsx.js"));
      const { writeClassificationWorkbook } = yield* Effect.promise(() => import("@antq/sheets/xlsx"));
      yield* writeWorkbookStream(out, inputs, (output) =>
        writeClassificationWorkbook(output, { configuration: composed.value.label, document, results }),
      );
      yield* atomicWriteFile(jsonTarget, `${JSON.stringify(document, null, 2)}\n`, { inputs });
      if (json) yield* printJson(document);
      else {
        if (issues.length > 0) yield* printError(issues.slice(0, 50).map(formatIssue).join("\n"));
        yield* printText([...classificationLines(document), `Đã ghi: ${out}, ${jsonTarget}`].join("\n"));
      }
      if (record.save && errors.length === 0)
        yield* (json ? printError : printText)(
          yield* saveRun(record, classificationRun(Option.getOrThrow(year), results, runOptions)),
        );
      if (errors.length > 0) {
        return yield* new ValidationFailedError({
          message: `Bảng điểm có ${formatNumber(errors.length)} lỗi.`,
          issueCount: errors.length,
        });
      }
    }),
).pipe(
  Command.withAlias("classify"),
  Command.withDescription(
    "Chấm điểm và phân loại phong trào Toàn dân bảo vệ ANTQ (Quyết định 510/QĐ-BCA-V05) từ bảng chấm điểm",
  ),
  Command.withExamples([
    { command: "antq phan-loai bang-diem.xlsx --nam 2024", description: "Phân loại các bảng điểm năm 2024" },
    {
      command: "antq phan-loai bang-diem.xlsx --ket-qua-danh-gia ket-qua-danh-gia-2024.json",
      description: 'Dùng kết quả "An toàn về ANTT" của từng đơn vị',
    },
    {
      command: "antq phan-loai --tu-kho --nam 2024 --luu-kho",
      description:
        'Phân loại các bảng điểm năm 2024 trong kho (kết quả "An toàn về ANTT" lấy từ lần đánh giá đã lưu), lưu kết quả vào kho',
    },
    {
      command: "antq phan-loai --tu-kho --nam 2024 --doi-chieu",
      description: "Phân loại lại năm 2024 và đối chiếu với kết quả đã lưu trong kho",
    },
  ]),
);
