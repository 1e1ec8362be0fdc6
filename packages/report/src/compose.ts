import type { Result } from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import type { ChartRenderer } from "./charts.js";
import { computeReviewFigures, type ReviewPeriod } from "./compute.js";
import { renderCharts, writeReportDocx } from "./docx.js";
import { BLANK_REVIEW_META, type ReviewInput, type ReviewSupplement } from "./input.js";
import type { ReportIssue } from "./issue.js";
import { buildReport, type ReportContent, type ReportKind } from "./report.js";
import { fromStoredReview, type StoredReviewLike } from "./stored.js";
import { REVIEW_TOPIC_IDS } from "./topics.js";

/**
 * What a report is composed for: its kind, its topic (a key of `REVIEW_TOPICS`, default "phong-trao") and
 * the period, with `previous: true` to compare with the previous period of the same length.
 *
 * @example
 * const o: ComposeOptions = { kind: "so-ket", topic: "chi-thi-07", fromYear: 2014, toYear: 2019 };
 */
export interface ComposeOptions extends ReviewPeriod {
  readonly kind: ReportKind;
  readonly topic?: string;
}

/**
 * The one entry point from records to a report: computes the period's figures from the records of a
 * {@link ReviewInput} (parsed from a file by `parseReviewInput`, or read from a store by
 * {@link readStoredReview}) and builds the report's content (title, sentences, placeholders, charts, every
 * figure for the annex). Doubtful records (an outcome of an unknown unit, two outcomes for one unit-year, a
 * wrong period) are issues with their path, and no report is built from them.
 *
 * @example
 * const meta = { ...BLANK_REVIEW_META, date: "2019-08-20" };
 * const r = composeReport(
 *   { meta, records: { units: [{ id: "kdc-1", kind: "residential-area", name: "Ấp Tân Hòa", location: { communeId: "x-1" } }], outcomes: [{ unitId: "kdc-1", year: 2019, safe: true }] } },
 *   { kind: "annual", fromYear: 2019, toYear: 2019 },
 * );
 * r.ok && r.value.summary; //=> "Kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2019"
 * composeReport({ meta, records: { units: [], outcomes: [{ unitId: "kdc-9", year: 2019, safe: true }] } }, { kind: "annual", fromYear: 2019, toYear: 2019 }).ok; //=> false
 * const unknown = composeReport({ meta, records: { units: [], outcomes: [] } }, { kind: "annual", topic: "chi-thi-99", fromYear: 2019, toYear: 2019 });
 * unknown.ok ? undefined : unknown.issues[0]?.code; //=> "UNKNOWN_TOPIC"
 */
export function composeReport(
  input: ReviewInput,
  options: ComposeOptions,
): Result<ReportContent, ReportIssue> {
  const { topic } = options;
  if (topic !== undefined && !(REVIEW_TOPIC_IDS as readonly string[]).includes(topic))
    return {
      ok: false,
      issues: [
        {
          code: "UNKNOWN_TOPIC",
          message: `Chủ đề báo cáo "${topic}" không có; chọn một trong: ${REVIEW_TOPIC_IDS.join(", ")}.`,
          path: ["topic"],
        },
      ],
    };
  const figures = computeReviewFigures(input.records, options);
  if (!figures.ok) return figures;
  return {
    ok: true,
    value: buildReport(figures.value, {
      ...input.meta,
      kind: options.kind,
      ...(options.topic === undefined ? {} : { topic: options.topic }),
    }),
  };
}

/**
 * A period's records as a store holds them, with the years it has data for: what `@antq/store`'s
 * `reviewRecords(driver, period, scope)` returns.
 *
 * @example
 * const empty: StoredPeriod = { years: [], units: [], outcomes: [] };
 */
export interface StoredPeriod extends StoredReviewLike {
  readonly years: readonly number[];
}

/**
 * Reads one period from a record store: give `(period) => reviewRecords(driver, period, scope)` with
 * `@antq/store`'s driver and scope, so that this package needs no database itself.
 *
 * @example
 * const read: StoredPeriodReader = async () => ({ years: [], units: [], outcomes: [] });
 */
export type StoredPeriodReader = (period: {
  readonly from: number;
  readonly to: number;
}) => Promise<StoredPeriod>;

/**
 * Options of {@link readStoredReview}: the period, whether the previous period of the same length is read too
 * (for a comparison), the officer's supplement (meta and the indicators that are not records), the date of a
 * report without a supplement meta (default today) and the store's name for messages.
 *
 * @example
 * const o: StoredReviewOptions = { fromYear: 2016, toYear: 2025, previous: true, source: "kho ~/.antq" };
 */
export interface StoredReviewOptions extends ReviewPeriod {
  readonly supplement?: ReviewSupplement;
  /** "YYYY-MM-DD"; used when the supplement has no meta. */
  readonly date?: string;
  /** How messages name the store ("Kho ~/.antq/kho"); default "Kho". */
  readonly source?: string;
}

/**
 * The input of a report read from a record store: the period (and, with `previous`, the period before it,
 * each unit listed once with its latest record), the supplement's province totals of violations added to
 * the stored ones, outcome codes read by {@link fromStoredReview}, and the supplement's meta (or dotted blanks
 * dated `date`). A period without any stored year is an `EMPTY_PERIOD` issue: a report of nothing is never
 * written.
 *
 * @example
 * const read: StoredPeriodReader = async ({ from }) => from < 2019
 *   ? { years: [], units: [], outcomes: [] }
 *   : { years: [2019], units: [{ id: "kdc-1", kind: "residential-area", name: "Ấp Tân Hòa", location: { communeId: "x-1" } }], outcomes: [{ unitId: "kdc-1", year: 2019, overall: "dat" }] };
 * const r = await readStoredReview(read, { fromYear: 2019, toYear: 2019, date: "2019-12-20" });
 * r.ok && r.value.records.outcomes; //=> [{ unitId: "kdc-1", year: 2019, safe: true }]
 * r.ok && r.value.meta.number; //=> "……/BC-……"
 * const none = await readStoredReview(read, { fromYear: 2001, toYear: 2005 });
 * none.ok || none.issues[0]?.message; //=> "Kho chưa có dữ liệu năm nào từ 2001 đến 2005."
 */
export async function readStoredReview(
  read: StoredPeriodReader,
  options: StoredReviewOptions,
): Promise<Result<ReviewInput, ReportIssue>> {
  const { fromYear, toYear } = options;
  const current = await read({ from: fromYear, to: toYear });
  if (current.years.length === 0) {
    return {
      ok: false,
      issues: [
        {
          code: "EMPTY_PERIOD",
          message: `${options.source ?? "Kho"} chưa có dữ liệu năm nào từ ${fromYear} đến ${toYear}.`,
          path: [],
        },
      ],
    };
  }
  const span = toYear - fromYear + 1;
  const before = options.previous ? await read({ from: fromYear - span, to: fromYear - 1 }) : undefined;
  const extra = options.supplement;
  const adapted = fromStoredReview({
    ...current,
    // A unit is listed once, with its latest record (the current period's).
    units: [...new Map([...(before?.units ?? []), ...current.units].map((u) => [u.id, u])).values()],
    outcomes: [...(before?.outcomes ?? []), ...current.outcomes],
    violations: [...(before?.violations ?? []), ...(current.violations ?? []), ...(extra?.violations ?? [])],
  });
  if (!adapted.ok) return adapted;
  return {
    ok: true,
    value: {
      records: { ...adapted.value, indicators: extra?.indicators ?? {} },
      meta: extra?.meta ?? {
        ...BLANK_REVIEW_META,
        date: options.date ?? new Date().toISOString().slice(0, 10),
      },
    },
  };
}

/**
 * Options of {@link renderReportDocx}: the renderer of the charts' images (`pngChartRenderer()` of
 * `@antq/report/node` in Node); without one the DOCX has no charts.
 *
 * @example
 * const o: RenderReportOptions = {};
 */
export interface RenderReportOptions {
  readonly chartRenderer?: ChartRenderer;
}

/**
 * The DOCX bytes of a composed report (see {@link composeReport}), its charts drawn by the given renderer.
 * The XLSX annexes come from `writeAnnexXlsx(content)`.
 *
 * @example
 * const docx = (c: ReportContent) => renderReportDocx(c, { chartRenderer: pngChartRenderer() }); // Promise<Uint8Array>
 */
export async function renderReportDocx(
  content: ReportContent,
  options: RenderReportOptions = {},
): Promise<Uint8Array> {
  const chartImages =
    options.chartRenderer === undefined ? undefined : await renderCharts(content, options.chartRenderer);
  return writeReportDocx(content, chartImages === undefined ? {} : { chartImages });
}

/**
 * What a front-end shows of a composed report: its trích yếu, every figure (id, label, value, unit), the
 * number of charts and of the placeholders the officer must fill in.
 *
 * @example
 * const r = composeReport({ meta: { ...BLANK_REVIEW_META, date: "2019-08-20" }, records: { units: [], outcomes: [] } }, { kind: "annual", fromYear: 2019, toYear: 2019 });
 * r.ok && reportDigest(r.value).charts; //=> 0
 */
export interface ReportDigest {
  readonly summary: string;
  readonly figures: readonly {
    readonly id: string;
    readonly label: string;
    readonly value: number;
    readonly unit: string;
  }[];
  readonly charts: number;
  readonly placeholders: number;
}

/**
 * The {@link ReportDigest} of a report.
 *
 * @example
 * const r = composeReport({ meta: { ...BLANK_REVIEW_META, date: "2019-08-20" }, records: { units: [], outcomes: [] } }, { kind: "annual", fromYear: 2019, toYear: 2019 });
 * r.ok && reportDigest(r.value).summary; //=> "Kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2019"
 */
export function reportDigest(content: ReportContent): ReportDigest {
  return {
    summary: content.summary,
    figures: content.figures.map((f) => ({ id: f.id, label: f.label, value: f.value, unit: f.unit })),
    charts: content.charts.length,
    placeholders: content.blocks.filter((b) => b.type === "placeholder").length,
  };
}

/**
 * The Vietnamese lines a front-end prints once a report is written: its trích yếu, the number of figures,
 * charts and placeholders, and the files written.
 *
 * @example
 * const r = composeReport({ meta: { ...BLANK_REVIEW_META, date: "2019-08-20" }, records: { units: [], outcomes: [] } }, { kind: "annual", fromYear: 2019, toYear: 2019 });
 * r.ok && reportDigestLines(reportDigest(r.value), ["bao-cao.docx", "bao-cao-phu-luc.xlsx"])[2]; //=> "Đã ghi: bao-cao.docx, bao-cao-phu-luc.xlsx"
 */
export function reportDigestLines(digest: ReportDigest, written: readonly string[]): string[] {
  return [
    `BÁO CÁO: ${digest.summary}`,
    `Số chỉ tiêu: ${formatNumber(digest.figures.length)}; biểu đồ: ${digest.charts}; phần cần cán bộ bổ sung: ${digest.placeholders}`,
    `Đã ghi: ${written.join(", ")}`,
  ];
}

/**
 * The files of a report written to `target`: the Word document itself, which must end in `.docx` (else a
 * `NOT_DOCX` issue), and its Excel annex beside it, named `<tên>-phu-luc.xlsx`.
 *
 * @example
 * reportFiles("tong-ket-2016-2025.docx"); //=> { ok: true, value: { report: "tong-ket-2016-2025.docx", annex: "tong-ket-2016-2025-phu-luc.xlsx" } }
 * const wrong = reportFiles("bao-cao.pdf");
 * wrong.ok || wrong.issues[0]?.message; //=> "Tệp báo cáo (--ra) phải có đuôi .docx: bao-cao.pdf"
 */
export function reportFiles(target: string): Result<{ report: string; annex: string }, ReportIssue> {
  if (!target.toLowerCase().endsWith(".docx"))
    return {
      ok: false,
      issues: [{ code: "NOT_DOCX", message: `Tệp báo cáo (--ra) phải có đuôi .docx: ${target}`, path: [] }],
    };
  return { ok: true, value: { report: target, annex: target.replace(/\.docx$/i, "-phu-luc.xlsx") } };
}
