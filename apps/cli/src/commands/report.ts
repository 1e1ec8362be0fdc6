/**
 * `antq bao-cao` / `report`: writes an annual report, sơ kết or tổng kết (DOCX in the Nghị định 30/2020 layout,
 * with charts) and its XLSX annexes from a review input file, with @antq/report.
 */
import { readFile } from "node:fs/promises";
import type { Issue } from "@antq/format-vi";
import {
  buildReport,
  computeReviewFigures,
  parseReviewInput,
  REVIEW_TOPICS,
  renderCharts,
  writeAnnexXlsx,
  writeReportDocx,
} from "@antq/report";
import { pngChartRenderer } from "@antq/report/node";
import { Effect } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { describeSystemError, InputFileError, InvalidInputError, ValidationFailedError } from "../errors.js";
import { formatNumber } from "../format.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";

const KINDS = { nam: "annual", "so-ket": "so-ket", "tong-ket": "tong-ket" } as const;

const readJson = (file: string) =>
  Effect.tryPromise({
    try: async () => JSON.parse(await readFile(file, "utf8")) as unknown,
    catch: (error) =>
      new InputFileError({
        file,
        message:
          error instanceof SyntaxError
            ? `không phải JSON hợp lệ (${error.message})`
            : describeSystemError(error),
      }),
  });

/** Prints the first 50 issues with the file and the path of each, then fails with a ValidationFailedError. */
const rejectIssues = (file: string, issues: readonly Issue[], message: string) =>
  Effect.gen(function* () {
    yield* printError(
      issues
        .slice(0, 50)
        .map((i) => `Lỗi — ${file} [${i.path.join(".")}]: ${i.message}`)
        .join("\n"),
    );
    return yield* new ValidationFailedError({
      message: message.replace("{n}", formatNumber(issues.length)),
      issueCount: issues.length,
    });
  });

export const reportCommand = Command.make(
  "bao-cao",
  {
    file: Argument.String("tệp").pipe(
      Argument.withDescription("Tệp JSON đầu vào báo cáo (schemaVersion 1: meta, dataset, outcomes)"),
    ),
    kind: Flag.Literals("loai", ["nam", "so-ket", "tong-ket"]).pipe(
      Flag.withDescription("Loại báo cáo: nam (báo cáo năm), so-ket, tong-ket"),
      Flag.withDefault("so-ket" as const),
    ),
    from: Flag.Int("tu").pipe(Flag.withDescription("Từ năm (tính cả năm này)")),
    to: Flag.Int("den").pipe(Flag.withDescription("Đến năm (tính cả năm này)")),
    topic: Flag.Literals("chu-de", Object.keys(REVIEW_TOPICS)).pipe(
      Flag.withDescription("Chủ đề báo cáo (vd. chi-thi-07); mặc định phong trào toàn dân bảo vệ ANTQ"),
      Flag.withDefault("phong-trao"),
    ),
    compare: Flag.Boolean("so-sanh").pipe(
      Flag.withDescription("So sánh với kỳ trước cùng độ dài (khi tệp có số liệu kỳ trước)"),
      Flag.withDefault(false),
    ),
    out: Flag.String("ra").pipe(
      Flag.withAlias("o"),
      Flag.withDescription(
        "Tệp báo cáo Word (mặc định bao-cao.docx); phụ lục Excel cùng tên, đuôi -phu-luc.xlsx",
      ),
      Flag.withDefault("bao-cao.docx"),
    ),
    json: jsonFlag,
  },
  ({ file, kind, from, to, topic, compare, out, json }) =>
    Effect.gen(function* () {
      if (!out.toLowerCase().endsWith(".docx")) {
        return yield* new InvalidInputError({ message: `Tệp báo cáo (--ra) phải có đuôi .docx: ${out}` });
      }
      const annexFile = out.replace(/\.docx$/i, "-phu-luc.xlsx");
      const input = parseReviewInput(yield* readJson(file));
      if (!input.ok) {
        return yield* rejectIssues(file, input.issues, "Tệp đầu vào báo cáo có {n} lỗi.");
      }
      const figures = computeReviewFigures(input.value.records, {
        fromYear: from,
        toYear: to,
        previous: compare,
      });
      if (!figures.ok) {
        return yield* rejectIssues(file, figures.issues, "Không lập được báo cáo: {n} lỗi trong số liệu.");
      }
      const content = buildReport(figures.value, { ...input.value.meta, kind: KINDS[kind], topic });
      const bytes = yield* Effect.promise(async () => {
        const images = await renderCharts(content, pngChartRenderer());
        return {
          docx: await writeReportDocx(content, { chartImages: images }),
          annex: await writeAnnexXlsx(content),
        };
      });
      yield* atomicWriteFile(annexFile, bytes.annex.bytes, { inputs: [file] });
      yield* atomicWriteFile(out, bytes.docx, { inputs: [file] });
      const placeholders = content.blocks.filter((b) => b.type === "placeholder").length;
      if (json) {
        yield* printJson({
          schemaVersion: 1,
          report: out,
          annex: annexFile,
          summary: content.summary,
          figures: content.figures.map((f) => ({ id: f.id, label: f.label, value: f.value, unit: f.unit })),
          placeholders,
        });
      } else {
        yield* printText(
          [
            `BÁO CÁO: ${content.summary}`,
            `Số chỉ tiêu: ${formatNumber(content.figures.length)}; biểu đồ: ${content.charts.length}; phần cần cán bộ bổ sung: ${placeholders}`,
            `Đã ghi: ${out}, ${annexFile}`,
          ].join("\n"),
        );
      }
    }),
).pipe(
  Command.withAlias("report"),
  Command.withDescription("Lập báo cáo năm, sơ kết, tổng kết (Word theo Nghị định 30/2020 và phụ lục Excel)"),
  Command.withExamples([
    {
      command:
        "antq bao-cao du-lieu.json --loai so-ket --tu 2014 --den 2019 --chu-de chi-thi-07 --ra bao-cao.docx",
      description: "Sơ kết 5 năm thực hiện Chỉ thị 07/CT-BCA-V28",
    },
  ]),
);
