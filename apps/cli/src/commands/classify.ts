/**
 * `antq phan-loai` / `classify`: scores rubric sheets and classifies the movement (QĐ 510/QĐ-BCA-V05)
 * with @antq/criteria; the TT 124 result of each unit can be taken from `antq danh-gia`'s JSON output.
 */
import {
  EXAMPLE_PROVINCE_CONFIG,
  explainClassification,
  printExplanation,
  rubricKind,
  type ScoreSheet,
  withProvinceOverlays,
} from "@antq/criteria";
import { formatNumber } from "@antq/format-vi";
import type { Outcome } from "@antq/rules";
import {
  assessmentOutcomes,
  classificationDocument,
  classificationExplanationDocument,
  classificationLines,
  classifyScoreRecords,
  formatIssue,
  noScoreSheetMessage,
  replaceExtension,
  scoreRecordsOfStored,
} from "@antq/sheets";
import { classificationRunOf, classificationRunOptions, storedYearLabel } from "@antq/store";
import { Command } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { InvalidInputError, ValidationFailedError } from "../errors.js";
import { COMMAND_HINTS } from "../hints.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { loadOverlayModules } from "../io/overlay-modules.js";
import { readInputFile } from "../io/read-input.js";
import { readScoreSheets } from "../sheets/read.js";
import { provinceFlag } from "./assess.js";
import { filesArgument, intFlag, textFlag, withHelp } from "./define.js";
import {
  APP_VERSION,
  checkRecordRequest,
  compareFlag,
  fromStoreFlag,
  type RecordRequest,
  readClassificationRecord,
  reportComparison,
  saveRun,
  saveToStoreFlag,
} from "./record.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";
import { storeFlag } from "./store.js";

export const classifyCommand = Command.make(
  "phan-loai",
  {
    files: filesArgument("Tệp bảng chấm điểm (.xlsx, .csv, .json); không cần khi dùng --tu-kho"),
    fromStore: fromStoreFlag,
    saveToStore: saveToStoreFlag,
    compare: compareFlag,
    store: storeFlag,
    year: intFlag("nam", "Chỉ phân loại các bảng điểm của năm này"),
    assessment: textFlag(
      "ket-qua-danh-gia",
      'Tệp JSON kết quả của "antq danh-gia" để dùng kết quả "An toàn về ANTT" của từng đơn vị',
    ),
    explain: textFlag("giai-thich", "In giải thích điểm và mức phân loại của một đơn vị"),
    out: textFlag("ra", "Tệp kết quả Excel (mặc định ket-qua-phan-loai.xlsx); tệp JSON cùng tên", "o"),
    provinces: provinceFlag,
    json: jsonFlag,
  },
  ({ files, year, assessment, explain, out, provinces, json, fromStore, saveToStore, compare, store }) =>
    Effect.gen(function* () {
      const record: RecordRequest = { fromStore, save: saveToStore, compare, store };
      const given = Option.getOrUndefined(year);
      yield* checkRecordRequest(record, files, given, "phan-loai");
      const loaded = yield* loadOverlayModules<ScoreSheet>(
        provinces,
        "Gói cấu hình phân loại của tỉnh (--tinh)",
      );
      const composed = withProvinceOverlays(
        EXAMPLE_PROVINCE_CONFIG,
        loaded.map((l) => l.overlay),
      );
      if (!composed.ok) {
        return yield* new InvalidInputError({
          message: `Cấu hình phân loại không hợp lệ:\n${composed.issues.map((i) => `  • ${i.message}`).join("\n")}`,
        });
      }
      const configuration = composed.value;
      // With --tu-kho: the year's score sheets and its latest stored TT 124 outcomes come from the store.
      const stored = fromStore ? yield* readClassificationRecord(record, given as number) : undefined;
      const tt124 = Option.isSome(assessment)
        ? yield* readInputFile(assessment.value, assessmentOutcomes)
        : ((stored?.tt124 ?? new Map()) as Map<string, Outcome>);
      const { records, issues } = stored
        ? scoreRecordsOfStored(
            stored.sheets,
            (rubricId, y) => rubricKind(configuration, rubricId, y),
            storedYearLabel(stored.where, given as number),
          )
        : yield* readScoreSheets(files);
      const selected = records.filter((r) => given === undefined || r.sheet.year === given);
      // Nothing to classify (empty or unrelated files, or no sheet of the year asked for): say so, write nothing.
      if (selected.length === 0 && !issues.some((i) => i.severity === "error")) {
        const hint = stored
          ? COMMAND_HINTS.reimportScores(given, Option.getOrUndefined(store))
          : records.length === 0
            ? COMMAND_HINTS.scoreTemplate
            : "";
        const message =
          `${noScoreSheetMessage({ records, year: given, store: stored?.where, files })} ${hint}`.trim();
        return yield* new InvalidInputError({ message });
      }
      const classified = classifyScoreRecords(configuration, selected, tt124);
      const results = classified.results;
      issues.push(...classified.issues);
      const errors = issues.filter((i) => i.severity === "error").length;

      if (Option.isSome(explain)) {
        const target = results.find((r) => r.unitId === explain.value);
        const message = `Không có bảng điểm hợp lệ của đơn vị "${explain.value}".`;
        if (!target) return yield* new InvalidInputError({ message });
        const explanation = explainClassification(target);
        return yield* json
          ? printJson(classificationExplanationDocument(target))
          : printText(printExplanation(explanation));
      }

      const say = json ? printError : printText;
      const assessmentRun = stored?.assessmentRun;
      const tt124Source = Option.isSome(assessment)
        ? "file"
        : assessmentRun !== undefined
          ? { run: assessmentRun }
          : undefined;
      const runOptions = classificationRunOptions(configuration.label, provinces, tt124Source);
      const run = () => classificationRunOf(given as number, results, runOptions, APP_VERSION);
      if (compare && stored) {
        const names = new Map(results.map((r) => [r.unitId, r.score.sheet.unitName ?? ""]));
        const compared = { kind: "classification", year: given as number, current: run(), names } as const;
        return yield* reportComparison({ ...stored, ...compared, print: say, store });
      }

      const overlays = loaded.map(({ overlay, source }) => ({ ...overlay, source }));
      const { label } = configuration;
      const document = classificationDocument(results, { configuration: label, errors, overlays });
      const target = Option.getOrElse(out, () => "ket-qua-phan-loai.xlsx");
      const jsonTarget = replaceExtension(target, ".json");
      const inputs = [...files, ...(Option.isSome(assessment) ? [assessment.value] : [])];
      const { writeWorkbookStream } = yield* Effect.promise(() => import("../io/xlsx.js"));
      const { writeClassificationWorkbook } = yield* Effect.promise(() => import("@antq/sheets/xlsx"));
      yield* writeWorkbookStream(target, inputs, (output) =>
        writeClassificationWorkbook(output, { configuration: label, document, results }),
      );
      yield* atomicWriteFile(jsonTarget, `${JSON.stringify(document, null, 2)}\n`, { inputs });
      if (json) yield* printJson(document);
      else {
        if (issues.length > 0) yield* printError(issues.slice(0, 50).map(formatIssue).join("\n"));
        yield* printText([...classificationLines(document), `Đã ghi: ${target}, ${jsonTarget}`].join("\n"));
      }
      if (record.save && errors === 0) yield* say(yield* saveRun(record, run()));
      const message = `Bảng điểm có ${formatNumber(errors)} lỗi.`;
      if (errors > 0) return yield* new ValidationFailedError({ message, issueCount: errors });
    }),
).pipe(
  withHelp({
    alias: "classify",
    description:
      "Chấm điểm và phân loại phong trào Toàn dân bảo vệ ANTQ (Quyết định 510/QĐ-BCA-V05) từ bảng chấm điểm",
    examples: [
      ["antq phan-loai bang-diem.xlsx --nam 2024", "Phân loại các bảng điểm năm 2024"],
      [
        "antq phan-loai bang-diem.xlsx --ket-qua-danh-gia ket-qua-danh-gia-2024.json",
        'Dùng kết quả "An toàn về ANTT" của từng đơn vị',
      ],
      [
        "antq phan-loai --tu-kho --nam 2024 --luu-kho",
        'Phân loại các bảng điểm năm 2024 trong kho (kết quả "An toàn về ANTT" lấy từ lần đánh giá đã lưu), lưu kết quả vào kho',
      ],
      [
        "antq phan-loai --tu-kho --nam 2024 --doi-chieu",
        "Phân loại lại năm 2024 và đối chiếu với kết quả đã lưu trong kho",
      ],
    ],
  }),
);
