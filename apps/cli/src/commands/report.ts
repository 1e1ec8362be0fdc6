/**
 * `antq bao-cao` / `report`: writes an annual report, sơ kết or tổng kết (DOCX in the Nghị định 30/2020 layout,
 * with charts) and its XLSX annexes, with @antq/report: from a review input file, or (`--tu-kho`) from the
 * records of the multi-year store (`@antq/store`'s `reviewRecords`, read by `@antq/report`'s
 * `readStoredReview`), with an optional file for the meta and the indicators that are not records. The report
 * itself is `@antq/report`'s `composeReport` and `renderReportDocx`; this command parses flags, reads and
 * writes files and prints. @antq/report is loaded when the command runs (its writers load docx, ECharts, resvg
 * and exceljs, which no other command needs); the choices of `--chu-de` come from its light entry
 * `@antq/report/topics`, which imports none of them.
 */
import type { Issue } from "@antq/format-vi";
import type { ReviewInput, ReviewSupplement } from "@antq/report";
import { REVIEW_TOPIC_IDS, REVIEW_TOPICS, type ReviewTopicId } from "@antq/report/topics";
import { provinceScope, reviewRecords } from "@antq/store";
import { Command, Flag } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { COMMAND_HINTS } from "../hints.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { readJsonFile } from "../io/read-input.js";
import { refuse, resultFlag } from "./cycle-input.js";
import { fileArgument, requiredIntFlag, switchFlag, textFlag, withHelp } from "./define.js";
import { jsonFlag, printJson, printText, rejectLocated } from "./shared.js";
import { storeFlag, withStore } from "./store.js";

const KINDS = { nam: "annual", "so-ket": "so-ket", "tong-ket": "tong-ket" } as const;

const DEFAULT_TOPIC = "phong-trao" satisfies ReviewTopicId;

/** `--chu-de`'s description: each topic of @antq/report and how reports name it. */
const topicHelp = Object.entries(REVIEW_TOPICS)
  .map(([id, topic]) => `${id} (${id === DEFAULT_TOPIC ? "mặc định, " : ""}${topic.short})`)
  .join(", ");

/** Rejects located issues of `file`: "<message with {n}>" carries their number. */
const rejectIssues = (file: string, issues: readonly Issue[], message: string) =>
  rejectLocated(file, issues, (n) => message.replace("{n}", n));

export const reportCommand = Command.make(
  "bao-cao",
  {
    file: fileArgument(
      "Tệp JSON đầu vào báo cáo (schemaVersion 1: meta, dataset, outcomes); không dùng khi lập từ kho (--tu-kho)",
    ),
    fromStore: switchFlag("tu-kho", "Lập báo cáo từ kho dữ liệu nhiều năm (antq nhap) thay vì từ tệp"),
    store: storeFlag,
    province: textFlag(
      "tinh",
      "Mã tỉnh, thành phố (vd. P82-2025) khi kho có nhiều tỉnh; tính cả các tỉnh cũ hợp thành (sắp xếp 2025)",
    ),
    supplement: textFlag(
      "thong-tin",
      "Khi lập từ kho: tệp JSON (schemaVersion 1) có meta (cơ quan, số, người ký…) và indicators (nguồn tin, nông thôn mới, tội phạm)",
    ),
    kind: Flag.Literals("loai", ["nam", "so-ket", "tong-ket"]).pipe(
      Flag.withDescription("Loại báo cáo: nam (báo cáo năm), so-ket, tong-ket"),
      Flag.withDefault("so-ket" as const),
    ),
    from: requiredIntFlag("tu", "Từ năm (tính cả năm này)"),
    to: requiredIntFlag("den", "Đến năm (tính cả năm này)"),
    topic: Flag.Literals("chu-de", REVIEW_TOPIC_IDS).pipe(
      Flag.withDescription(`Chủ đề báo cáo: ${topicHelp}`),
      Flag.withDefault(DEFAULT_TOPIC),
    ),
    compare: switchFlag("so-sanh", "So sánh với kỳ trước cùng độ dài (khi tệp có số liệu kỳ trước)"),
    out: resultFlag(
      "Tệp báo cáo Word (mặc định bao-cao.docx); phụ lục Excel cùng tên, đuôi -phu-luc.xlsx",
      "bao-cao.docx",
    ),
    json: jsonFlag,
  },
  ({ file, fromStore, store, province, supplement, kind, from, to, topic, compare, out, json }) =>
    Effect.gen(function* () {
      const report = yield* Effect.promise(() => import("@antq/report"));
      const files = report.reportFiles(out);
      if (!files.ok) return yield* refuse(files.issues[0]?.message ?? "");
      const { annex } = files.value;
      const period = { fromYear: from, toYear: to, previous: compare };
      const inputs = Option.toArray(fromStore ? supplement : file);
      let input: ReviewInput;
      let source: string;
      if (fromStore) {
        if (Option.isSome(file))
          return yield* refuse(
            `Lập từ kho (--tu-kho) thì không dùng tệp đầu vào (${file.value}); thông tin văn bản đưa vào --thong-tin.`,
          );
        let extra: ReviewSupplement | undefined;
        if (Option.isSome(supplement)) {
          const parsed = report.parseReviewSupplement(yield* readJsonFile(supplement.value));
          if (!parsed.ok)
            return yield* rejectIssues(supplement.value, parsed.issues, "Tệp thông tin báo cáo có {n} lỗi.");
          extra = parsed.value;
        }
        const stored = yield* withStore(store, async (s) => {
          const scope = Option.isSome(province) ? provinceScope(province.value) : undefined;
          const read = await report.readStoredReview((p) => reviewRecords(s.driver, p, scope), {
            ...period,
            ...(extra === undefined ? {} : { supplement: extra }),
            source: `Kho ${s.displayLocation}`,
          });
          return { read, where: s.displayLocation };
        });
        source = `kho ${stored.where}`;
        if (!stored.read.ok) {
          const empty = stored.read.issues.find((i) => i.code === "EMPTY_PERIOD");
          if (empty !== undefined)
            return yield* refuse(
              `${empty.message} ${COMMAND_HINTS.importAnyYear(Option.getOrUndefined(store))}`,
            );
          return yield* rejectIssues(
            source,
            stored.read.issues,
            "Kho có {n} kết quả đánh giá không đọc được.",
          );
        }
        input = stored.read.value;
      } else {
        if (Option.isNone(file))
          return yield* refuse(
            "Thiếu tệp đầu vào báo cáo; hoặc dùng --tu-kho để lập báo cáo từ kho dữ liệu.",
          );
        const parsed = report.parseReviewInput(yield* readJsonFile(file.value));
        if (!parsed.ok)
          return yield* rejectIssues(file.value, parsed.issues, "Tệp đầu vào báo cáo có {n} lỗi.");
        input = parsed.value;
        source = file.value;
      }
      const composed = report.composeReport(input, { ...period, kind: KINDS[kind], topic });
      if (!composed.ok)
        return yield* rejectIssues(source, composed.issues, "Không lập được báo cáo: {n} lỗi trong số liệu.");
      const content = composed.value;
      const bytes = yield* Effect.promise(async () => {
        const { pngChartRenderer } = await import("@antq/report/node");
        return {
          docx: await report.renderReportDocx(content, { chartRenderer: pngChartRenderer() }),
          annex: await report.writeAnnexXlsx(content),
        };
      });
      yield* atomicWriteFile(annex, bytes.annex.bytes, { inputs });
      yield* atomicWriteFile(out, bytes.docx, { inputs });
      const digest = report.reportDigest(content);
      if (json) return yield* printJson(report.reportFilesDocument(digest, { report: out, annex }));
      yield* printText(report.reportDigestLines(digest, [out, annex]).join("\n"));
    }),
).pipe(
  withHelp({
    alias: "report",
    description: "Lập báo cáo năm, sơ kết, tổng kết (Word theo Nghị định 30/2020 và phụ lục Excel)",
    examples: [
      [
        "antq bao-cao du-lieu.json --loai so-ket --tu 2014 --den 2019 --chu-de chi-thi-07 --ra bao-cao.docx",
        "Sơ kết 5 năm thực hiện Chỉ thị 07/CT-BCA-V28",
      ],
      [
        "antq bao-cao --tu-kho --loai tong-ket --tu 2016 --den 2025 --thong-tin van-ban.json --ra tong-ket.docx",
        "Tổng kết 10 năm từ kho dữ liệu nhiều năm (đã nhập bằng antq nhap)",
      ],
    ],
  }),
);
