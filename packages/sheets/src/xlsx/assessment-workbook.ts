/**
 * The result workbook of an assessment (`antq danh-gia`): a summary sheet ("Tổng hợp") with "X/Y đạt (Z%)" per
 * kind and per commune (all units on the commune's territory, and the units under its competence that the
 * ratio of Điều 5 khoản 4 counts), one sheet per unit kind and a per-criterion sheet, every sheet set up for
 * printing. Written with exceljs' streaming writer into a stream the caller gives (a file, a temporary file
 * renamed afterwards, a download), or in memory for browsers, whose exceljs build has no streaming writer
 * ({@link assessmentWorkbookBytes}); every text cell is neutralised.
 */
import { ASSESSED_UNIT_KIND_LABELS_VI, type AssessedUnitKind } from "@antq/domain";
import { OUTCOME_LABELS, type Outcome } from "@antq/rules";
import ExcelJS from "exceljs";
import { ratioText, resultTitle } from "../result-text.js";
import type { Summary } from "../summary.js";
import { emptyTally, inScope } from "../tally.js";
import { type Assessed, UNIT_RESULT_HEADERS, unitResultRow } from "../unit-rows.js";
import { addPrintableSheet, addRow, addSignatureBlock, HEADER_STYLE } from "./print.js";
import { newWorkbook, type OutputCell, safeCell, workbookBytes } from "./workbook.js";

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

/** Finishes a sheet: the streaming writer flushes it; an in-memory worksheet has nothing to do. */
const commitSheet = (sheet: ExcelJS.Worksheet): void => {
  (sheet as { commit?: () => void }).commit?.();
};

/** Writes the summary sheet. */
const writeSummarySheet = (
  workbook: ExcelJS.Workbook,
  year: number,
  info: readonly string[],
  summary: Summary,
) => {
  const communeColumns = 5 + summary.kinds().filter((k) => k !== "commune").length;
  const columns = Math.max(8, communeColumns);
  const sheet = addPrintableSheet(workbook, RESULT_SHEETS.summary, {
    widths: [27, 22, ...new Array<number>(columns - 2).fill(17)],
    annex: true,
    title: resultTitle(year),
  });
  // The title and the rule-set lines span the table's width.
  const spanning = (values: readonly OutputCell[], style?: Partial<ExcelJS.Style>) => {
    const row = sheet.addRow(values.map(safeCell));
    if (style?.font) row.font = style.font;
    row.height = style?.font?.size ? 36 : 30;
    sheet.mergeCells(row.number, 1, row.number, columns);
    row.commit();
  };
  spanning([resultTitle(year)], { font: { bold: true, size: 14 } });
  for (const line of info) spanning([line]);
  addRow(sheet, []);
  addRow(sheet, ["THEO LOẠI ĐƠN VỊ"], { font: { bold: true } });
  addRow(
    sheet,
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
    HEADER_STYLE,
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
    addRow(sheet, tallyRow(ASSESSED_UNIT_KIND_LABELS_VI[kind], summary.byKind.get(kind)));
  addRow(sheet, tallyRow("Tổng cộng", summary.all), { font: { bold: true } });
  addRow(sheet, []);
  addRow(sheet, ["THEO XÃ, PHƯỜNG, ĐẶC KHU"], { font: { bold: true } });
  const kinds = summary.kinds().filter((k) => k !== "commune");
  addRow(
    sheet,
    [
      "Mã xã, phường, đặc khu",
      "Tên",
      "Kết quả của xã",
      ...kinds.map((k) => ASSESSED_UNIT_KIND_LABELS_VI[k]),
      "Các đơn vị trên địa bàn",
      "Thuộc phạm vi của xã (tỷ lệ khoản 4 Điều 5)",
    ],
    HEADER_STYLE,
  );
  const communes = [...summary.byCommune.values()].sort((a, b) => a.key.localeCompare(b.key));
  for (const c of communes) {
    addRow(sheet, [
      c.key,
      c.name ?? "",
      outcomeText(c.outcome),
      ...kinds.map((k) => ratioText(c.byKind.get(k) ?? emptyTally())),
      ratioText(c.all),
      ratioText(c.covered),
    ]);
  }
  addSignatureBlock(sheet, columns);
  commitSheet(sheet);
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
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "antq";
  fillAssessmentWorkbook(workbook as unknown as ExcelJS.Workbook, options);
  await workbook.commit();
};

/**
 * The result workbook of an assessment built in memory, as its bytes: the same sheets, layout and print setup
 * as {@link writeAssessmentWorkbook}, for browsers (exceljs' browser build has no streaming writer). Holds the
 * whole workbook in memory: for very large provinces in Node, stream with {@link writeAssessmentWorkbook}.
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
  const workbook = newWorkbook();
  fillAssessmentWorkbook(workbook, options);
  return workbookBytes(workbook);
};

/** The sheets of the result workbook, into a streaming or an in-memory workbook. */
const fillAssessmentWorkbook = (workbook: ExcelJS.Workbook, options: AssessmentWorkbookOptions): void => {
  writeSummarySheet(workbook, options.year, options.info, options.summary);
  const assessment = options.assessment;
  if (assessment) {
    for (const kind of options.summary.kinds()) {
      const sheet = addPrintableSheet(
        workbook,
        KIND_SHEETS[kind],
        {
          widths: [16, 24, 13, 11, 20, 11, 44, 28, 28, 22],
          headerRow: 1,
          title: `${resultTitle(options.year)} — ${KIND_SHEETS[kind]}`,
        },
        { views: [{ state: "frozen", ySplit: 1 }] },
      );
      // The commune's name next to its code, so that a printed page can be read without the summary.
      const withCommuneName = (row: readonly string[]): string[] => [
        ...row.slice(0, 4),
        row === UNIT_RESULT_HEADERS
          ? "Tên xã, phường, đặc khu"
          : (options.summary.byCommune.get(row[3] ?? "")?.name ?? ""),
        ...row.slice(4),
      ];
      addRow(sheet, withCommuneName(UNIT_RESULT_HEADERS), HEADER_STYLE);
      for (const a of assessment.explained(kind))
        addRow(sheet, withCommuneName(unitResultRow(a, options.labels)));
      commitSheet(sheet);
    }
    const criteria = addPrintableSheet(
      workbook,
      RESULT_SHEETS.criteria,
      {
        widths: [16, 24, 14, 18, 40, 11, 64],
        headerRow: 1,
        title: `${resultTitle(options.year)} — ${RESULT_SHEETS.criteria}`,
      },
      { views: [{ state: "frozen", ySplit: 1 }] },
    );
    addRow(
      criteria,
      ["Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã tiêu chí", "Tiêu chí", "Kết quả", "Lý do và căn cứ"],
      HEADER_STYLE,
    );
    let rows = 1;
    outer: for (const a of assessment.explained()) {
      for (const c of a.result.criteria) {
        if (++rows > EXCEL_MAX_ROWS) break outer;
        addRow(criteria, [
          a.unit.id,
          a.unit.name,
          ASSESSED_UNIT_KIND_LABELS_VI[a.unit.kind],
          c.id,
          c.label ?? options.labels.get(c.id) ?? c.id,
          c.outcomeLabel ?? OUTCOME_LABELS[c.outcome],
          c.reason ?? c.code,
        ]);
      }
    }
    commitSheet(criteria);
  }
};
