/**
 * `antq bao-cao` / `report`: writes an annual report, sơ kết or tổng kết (DOCX in the Nghị định 30/2020 layout,
 * with charts) and its XLSX annexes, with @antq/report: from a review input file, or (`--tu-kho`) from the
 * records of the multi-year store (`@antq/store`'s `reviewRecords`, turned into the report's input by
 * `@antq/report`'s `fromStoredReview`), with an optional file for the meta and the indicators that are not
 * records.
 */
import { readFile } from "node:fs/promises";
import type { Issue } from "@antq/format-vi";
import {
  BLANK_REVIEW_META,
  buildReport,
  computeReviewFigures,
  fromStoredReview,
  parseReviewInput,
  parseReviewSupplement,
  REVIEW_TOPICS,
  type ReviewInputMeta,
  type ReviewRecords,
  type ReviewSupplement,
  renderCharts,
  writeAnnexXlsx,
  writeReportDocx,
} from "@antq/report";
import { pngChartRenderer } from "@antq/report/node";
import { provinceScope, reviewRecords } from "@antq/store";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { describeSystemError, InputFileError, InvalidInputError, ValidationFailedError } from "../errors.js";
import { formatNumber } from "../format.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";
import { storeFlag, withStore } from "./store.js";

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
      Argument.withDescription(
        "Tệp JSON đầu vào báo cáo (schemaVersion 1: meta, dataset, outcomes); không dùng khi lập từ kho (--tu-kho)",
      ),
      Argument.optional,
    ),
    fromStore: Flag.Boolean("tu-kho").pipe(
      Flag.withDescription("Lập báo cáo từ kho dữ liệu nhiều năm (antq nhap) thay vì từ tệp"),
      Flag.withDefault(false),
    ),
    store: storeFlag,
    province: Flag.String("tinh").pipe(
      Flag.withDescription(
        "Mã tỉnh, thành phố (vd. P82-2025) khi kho có nhiều tỉnh; tính cả các tỉnh cũ hợp thành (sắp xếp 2025)",
      ),
      Flag.optional,
    ),
    supplement: Flag.String("thong-tin").pipe(
      Flag.withDescription(
        "Khi lập từ kho: tệp JSON (schemaVersion 1) có meta (cơ quan, số, người ký…) và indicators (nguồn tin, nông thôn mới, tội phạm)",
      ),
      Flag.optional,
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
  ({ file, fromStore, store, province, supplement, kind, from, to, topic, compare, out, json }) =>
    Effect.gen(function* () {
      if (!out.toLowerCase().endsWith(".docx")) {
        return yield* new InvalidInputError({ message: `Tệp báo cáo (--ra) phải có đuôi .docx: ${out}` });
      }
      const annexFile = out.replace(/\.docx$/i, "-phu-luc.xlsx");
      let records: ReviewRecords;
      let meta: ReviewInputMeta;
      let source: string;
      const inputs: string[] = [];
      if (fromStore) {
        if (Option.isSome(file)) {
          return yield* new InvalidInputError({
            message: `Lập từ kho (--tu-kho) thì không dùng tệp đầu vào (${file.value}); thông tin văn bản đưa vào --thong-tin.`,
          });
        }
        let extra: ReviewSupplement = { indicators: {}, violations: [] };
        if (Option.isSome(supplement)) {
          const parsed = parseReviewSupplement(yield* readJson(supplement.value));
          if (!parsed.ok)
            return yield* rejectIssues(supplement.value, parsed.issues, "Tệp thông tin báo cáo có {n} lỗi.");
          extra = parsed.value;
          inputs.push(supplement.value);
        }
        const stored = yield* withStore(store, async (s) => {
          const scope = Option.isSome(province) ? provinceScope(province.value) : undefined;
          const period = { from, to };
          const current = await reviewRecords(s.driver, period, scope);
          if (!compare) return { current, where: s.displayLocation };
          const span = to - from + 1;
          const before = await reviewRecords(s.driver, { from: from - span, to: from - 1 }, scope);
          return { current, before, where: s.displayLocation };
        });
        if (stored.current.years.length === 0) {
          return yield* new InvalidInputError({
            message: `Kho ${stored.where} chưa có dữ liệu năm nào từ ${from} đến ${to}. Nhập dữ liệu: antq nhap <tệp> --nam <năm>`,
          });
        }
        const merged = {
          ...stored.current,
          // A unit is listed once, with its latest record (the current period's).
          units: [
            ...new Map(
              [...(stored.before?.units ?? []), ...stored.current.units].map((u) => [u.id, u]),
            ).values(),
          ],
          outcomes: [...(stored.before?.outcomes ?? []), ...stored.current.outcomes],
          violations: [
            ...(stored.before?.violations ?? []),
            ...stored.current.violations,
            ...extra.violations,
          ],
        };
        const adapted = fromStoredReview(merged);
        source = `kho ${stored.where}`;
        if (!adapted.ok)
          return yield* rejectIssues(source, adapted.issues, "Kho có {n} kết quả đánh giá không đọc được.");
        records = { ...adapted.value, indicators: extra.indicators };
        meta = extra.meta ?? { ...BLANK_REVIEW_META, date: new Date().toISOString().slice(0, 10) };
      } else {
        if (Option.isNone(file)) {
          return yield* new InvalidInputError({
            message: "Thiếu tệp đầu vào báo cáo; hoặc dùng --tu-kho để lập báo cáo từ kho dữ liệu.",
          });
        }
        const input = parseReviewInput(yield* readJson(file.value));
        if (!input.ok) {
          return yield* rejectIssues(file.value, input.issues, "Tệp đầu vào báo cáo có {n} lỗi.");
        }
        records = input.value.records;
        meta = input.value.meta;
        source = file.value;
        inputs.push(file.value);
      }
      const figures = computeReviewFigures(records, {
        fromYear: from,
        toYear: to,
        previous: compare,
      });
      if (!figures.ok) {
        return yield* rejectIssues(source, figures.issues, "Không lập được báo cáo: {n} lỗi trong số liệu.");
      }
      const content = buildReport(figures.value, { ...meta, kind: KINDS[kind], topic });
      const bytes = yield* Effect.promise(async () => {
        const images = await renderCharts(content, pngChartRenderer());
        return {
          docx: await writeReportDocx(content, { chartImages: images }),
          annex: await writeAnnexXlsx(content),
        };
      });
      yield* atomicWriteFile(annexFile, bytes.annex.bytes, { inputs });
      yield* atomicWriteFile(out, bytes.docx, { inputs });
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
    {
      command:
        "antq bao-cao --tu-kho --loai tong-ket --tu 2016 --den 2025 --thong-tin van-ban.json --ra tong-ket.docx",
      description: "Tổng kết 10 năm từ kho dữ liệu nhiều năm (đã nhập bằng antq nhap)",
    },
  ]),
);
