/**
 * The result workbook of an assessment (`antq danh-gia`): a summary sheet ("Tổng hợp") with "X/Y đạt (Z%)" per
 * kind and per commune (all units on the commune's territory, and the units under its competence that the
 * ratio of Điều 5 khoản 4 counts), one sheet per unit kind and a per-criterion sheet, every sheet set up for
 * printing. Written with the package's own streaming writer (./stream-writer.ts: much faster than exceljs' on
 * a million rows, in bounded memory) into a stream the caller gives (a file, a temporary file
 * renamed afterwards, a download), or into memory for browsers ({@link assessmentWorkbookBytes}); every text
 * cell is neutralised.
 */
import { ASSESSED_UNIT_KIND_LABELS_VI, type AssessedUnitKind } from "@antq/domain";
import { OUTCOME_LABELS, type Outcome } from "@antq/rules";
import type ExcelJS from "exceljs";
import { ratioText, resultTitle } from "../result-text.js";
import type { Summary } from "../summary.js";
import { emptyTally, inScope } from "../tally.js";
import { type Assessed, UNIT_RESULT_HEADERS, unitResultRow } from "../unit-rows.js";
import { type ByteSink, type GzipStream, type StreamSheet, StreamWorkbook } from "./stream-writer.js";

/**
 * Sheet names of the result workbook.
 *
 * @example
 * ```ts
 * RESULT_SHEETS.summary; //=> "Tổng hợp"
 * ```
 */
export const RESULT_SHEETS = {
  summary: "Tổng hợp",
  criteria: "Theo tiêu chí",
} as const;

const EXCEL_MAX_ROWS = 1_048_576;

const outcomeText = (outcome: Outcome | undefined): string => (outcome ? OUTCOME_LABELS[outcome] : "");

const KIND_SHEETS: Readonly<Record<AssessedUnitKind, string>> = {
  "residential-area": "Khu dân cư",
  commune: "Xã, phường, đặc khu",
  agency: "Cơ quan",
  enterprise: "Doanh nghiệp",
  education: "Cơ sở giáo dục",
  "other-organisation": "Tổ chức khác",
};

/** Writes the summary sheet. */
const writeSummarySheet = (
  workbook: StreamWorkbook,
  year: number,
  info: readonly string[],
  summary: Summary,
) => {
  const communeColumns = 5 + summary.kinds().filter((k) => k !== "commune").length;
  const columns = Math.max(8, communeColumns);
  const sheet = workbook.addSheet(RESULT_SHEETS.summary, {
    widths: [27, 22, ...new Array<number>(columns - 2).fill(17)],
    annex: true,
    title: resultTitle(year),
  });
  // The title and the rule-set lines span the table's width.
  const whole = [[1, columns]] as const;
  sheet.addRow([resultTitle(year)], { style: "title", height: 36, merges: whole });
  for (const line of info) sheet.addRow([line], { height: 30, merges: whole });
  sheet.addRow([]);
  sheet.addRow(["THEO LOẠI ĐƠN VỊ"], { style: "bold" });
  sheet.addRow(
    [
      "Loại đơn vị",
      "Tỷ lệ đạt",
      "Tổng số",
      "Thuộc phạm vi áp dụng",
      "Đạt",
      "Chưa đạt",
      "Cần xem xét",
      "Không áp dụng",
    ],
    { style: "header" },
  );
  const tallyRow = (label: string, t = emptyTally()) => [
    label,
    ratioText(t),
    t.total,
    inScope(t),
    t.dat,
    t.chua_dat,
    t.can_xem_xet,
    t.khong_ap_dung,
  ];
  for (const kind of summary.kinds())
    sheet.addRow(tallyRow(ASSESSED_UNIT_KIND_LABELS_VI[kind], summary.byKind.get(kind)));
  sheet.addRow(tallyRow("Tổng cộng", summary.all), { style: "bold" });
  sheet.addRow([]);
  sheet.addRow(["THEO XÃ, PHƯỜNG, ĐẶC KHU"], { style: "bold" });
  const kinds = summary.kinds().filter((k) => k !== "commune");
  sheet.addRow(
    [
      "Mã xã, phường, đặc khu",
      "Tên",
      "Kết quả của xã",
      ...kinds.map((k) => ASSESSED_UNIT_KIND_LABELS_VI[k]),
      "Các đơn vị trên địa bàn",
      "Thuộc phạm vi của xã (tỷ lệ khoản 4 Điều 5)",
    ],
    { style: "header" },
  );
  const communes = [...summary.byCommune.values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const c of communes) {
    sheet.addRow([
      c.key,
      c.name ?? "",
      outcomeText(c.outcome),
      ...kinds.map((k) => ratioText(c.byKind.get(k) ?? emptyTally())),
      ratioText(c.all),
      ratioText(c.covered),
    ]);
  }
  // The signature block (as print.ts' addSignatureBlock): the head of the unit signs over the last columns.
  const right = columns >= 6 ? columns - 2 : columns;
  sheet.addRow([]);
  const signatures: [string, string, "signatureBold" | "signatureItalic"][] = [
    ["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "signatureBold"],
    ["(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "signatureItalic"],
  ];
  for (const [left, head, style] of signatures) {
    const values: string[] = new Array(columns).fill("");
    values[0] = left;
    values[right - 1] = head;
    sheet.addRow(values, {
      style,
      fit: false,
      ...(columns >= 6
        ? {
            merges: [
              [1, 2],
              [right, columns],
            ],
          }
        : {}),
    });
  }
  sheet.commit();
};

/**
 * A writable stream a result workbook is written into (in Node a file stream; typed by exceljs).
 *
 * @example
 * ```ts
 * const chunks: Uint8Array[] = [];
 * const output: WorkbookOutput = new PassThrough().on("data", (c: Uint8Array) => void chunks.push(c));
 * await writeAssessmentWorkbook(output, { year: 2024, info: [], summary, labels: new Map() });
 * const sheets: string[] = [];
 * for await (const sheet of readXlsxSheets(new Uint8Array(Buffer.concat(chunks)))) sheets.push(sheet.name);
 * sheets[0]; //=> "Tổng hợp"
 * ```
 */
export type WorkbookOutput = ExcelJS.stream.xlsx.WorkbookStreamWriterOptions["stream"];

/**
 * What {@link writeAssessmentWorkbook} writes.
 *
 * @example
 * ```ts
 * const options: AssessmentWorkbookOptions = {
 *   year: 2024,
 *   info: ruleSetLines(compiled, {}),
 *   summary,
 *   labels: ruleLabels(compiled),
 * };
 * const output = new PassThrough();
 * output.resume();
 * await writeAssessmentWorkbook(output, options);
 * output.writableFinished; //=> true
 * ```
 */
export interface AssessmentWorkbookOptions {
  readonly year: number;
  /** Lines under the title: the rule set, its packages and hash, the readings chosen. */
  readonly info: readonly string[];
  readonly summary: Summary;
  /** Per-unit results, explained one unit at a time (omit for streamed assessments, whose units go to CSV). */
  readonly assessment?: { explained(kind?: AssessedUnitKind): Iterable<Assessed> };
  /** Criterion labels by rule id. */
  readonly labels: ReadonlyMap<string, string>;
  /**
   * The compressor of the workbook's parts (default fflate's `Gzip`, in this thread); in Node pass one over
   * `zlib.createGzip`, which compresses on another thread.
   */
  readonly gzip?: () => GzipStream;
}

/**
 * Writes the result workbook of an assessment into `output`, a writable stream (in Node a file stream), and
 * resolves once the stream has finished.
 *
 * @example
 * ```ts
 * import { PassThrough } from "node:stream";
 * import { Summary } from "@antq/sheets";
 * const output = new PassThrough();
 * output.resume();
 * await writeAssessmentWorkbook(output, { year: 2024, info: [], summary: new Summary(), labels: new Map() });
 * ```
 */
export const writeAssessmentWorkbook = async (
  output: WorkbookOutput,
  options: AssessmentWorkbookOptions,
): Promise<void> => {
  const workbook = new StreamWorkbook(output as unknown as ByteSink, options.gzip);
  writeSummarySheet(workbook, options.year, options.info, options.summary);
  const assessment = options.assessment;
  let written = 0;
  // Rows are deflated as they are added; now and then the output is given time to take them.
  const paced = async (sheet: StreamSheet) => {
    if (++written % 2000 === 0) await sheet.ready();
  };
  if (assessment) {
    for (const kind of options.summary.kinds()) {
      const sheet = workbook.addSheet(KIND_SHEETS[kind], {
        widths: [16, 24, 13, 11, 20, 11, 44, 28, 28, 22],
        headerRow: 1,
        frozenRows: 1,
        title: `${resultTitle(options.year)} — ${KIND_SHEETS[kind]}`,
      });
      // The commune's name next to its code, so that a printed page can be read without the summary.
      const withCommuneName = (row: readonly string[]): string[] => [
        ...row.slice(0, 4),
        row === UNIT_RESULT_HEADERS
          ? "Tên xã, phường, đặc khu"
          : (options.summary.byCommune.get(row[3] ?? "")?.name ?? ""),
        ...row.slice(4),
      ];
      sheet.addRow(withCommuneName(UNIT_RESULT_HEADERS), { style: "header" });
      for (const a of assessment.explained(kind)) {
        sheet.addRow(withCommuneName(unitResultRow(a, options.labels)));
        await paced(sheet);
      }
      sheet.commit();
    }
    const criteria = workbook.addSheet(RESULT_SHEETS.criteria, {
      widths: [16, 24, 14, 18, 40, 11, 64],
      headerRow: 1,
      frozenRows: 1,
      title: `${resultTitle(options.year)} — ${RESULT_SHEETS.criteria}`,
    });
    criteria.addRow(
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã tiêu chí", "Tiêu chí", "Kết quả", "Lý do và căn cứ"],
      { style: "header" },
    );
    let rows = 1;
    outer: for (const a of assessment.explained()) {
      for (const c of a.result.criteria) {
        if (++rows > EXCEL_MAX_ROWS) break outer;
        criteria.addRow([
          a.unit.id,
          a.unit.name,
          ASSESSED_UNIT_KIND_LABELS_VI[a.unit.kind],
          c.id,
          c.label ?? options.labels.get(c.id) ?? c.id,
          c.outcomeLabel ?? OUTCOME_LABELS[c.outcome],
          c.reason ?? c.code,
        ]);
      }
      await paced(criteria);
    }
    criteria.commit();
  }
  await workbook.finish();
};

/**
 * The result workbook of an assessment as its bytes, for browsers (a download, with no file stream to write
 * into): the same writer, sheets and print setup as {@link writeAssessmentWorkbook}, collected in memory.
 * For large provinces in Node, write to a file with {@link writeAssessmentWorkbook} instead.
 *
 * @example
 * ```ts
 * const bytes = await assessmentWorkbookBytes({ year: 2024, info: [], summary: new Summary(), labels: new Map() });
 * const sheets: string[] = [];
 * for await (const sheet of readXlsxSheets(bytes)) sheets.push(sheet.name);
 * sheets; //=> ["Tổng hợp"]
 * ```
 */
export const assessmentWorkbookBytes = async (options: AssessmentWorkbookOptions): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = [];
  let finished: (() => void) | undefined;
  const memory: ByteSink = {
    // A compressor may reuse its buffers (zlib's do): each chunk is copied.
    write: (chunk) => chunks.push(chunk.slice()) > 0,
    once: (event, listener) => {
      if (event === "finish") finished = listener as () => void;
    },
    end: () => finished?.(),
  };
  await writeAssessmentWorkbook(memory as unknown as WorkbookOutput, options);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
};
