/**
 * The result workbook of `antq danh-gia`: a summary sheet ("Tổng hợp") with "X/Y đạt (Z%)" per kind and
 * per commune, one sheet per unit kind and a per-criterion sheet. Written with exceljs' streaming writer
 * into a temporary file that is then renamed (atomic); every text cell is neutralised.
 */
import { ASSESSED_UNIT_KIND_LABELS_VI, type AssessedUnitKind } from "@antq/domain";
import { type CompiledRuleSet, OUTCOME_LABELS, type Outcome } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import type { Effect } from "effect";
import ExcelJS from "exceljs";
import type { OutputError } from "../errors.js";
import { formatDate, formatNumber } from "../format.js";
import { atomicWrite } from "../io/atomic-write.js";
import { type OutputCell, safeCell } from "../io/xlsx.js";
import type { ProvinceAssessment } from "./assessor.js";
import { emptyTally, inScope, ratioText, type Summary } from "./summary.js";
import { UNIT_RESULT_HEADERS, unitResultRow } from "./unit-rows.js";

/** Sheet names of the result workbook. */
export const RESULT_SHEETS = {
  summary: "Tổng hợp",
  criteria: "Theo tiêu chí",
} as const;

const EXCEL_MAX_ROWS = 1_048_576;

/** Title of the assessment. */
export const resultTitle = (year: number): string =>
  `KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN "AN TOÀN VỀ AN NINH, TRẬT TỰ" NĂM ${year}`;

/** Information lines about the rule set (shown in the summary sheet and in the terminal). */
export const ruleSetLines = (
  compiled: CompiledRuleSet<SecurityOrderInput>,
  readings: Readonly<Record<string, string | null>>,
): string[] => [
  `Bộ quy tắc: ${compiled.label} (${compiled.id}), áp dụng tại ngày ${formatDate(compiled.asOf)}`,
  `Gói quy định: ${compiled.packages.map((p) => `${p.name}@${p.version}`).join(", ")}`,
  `Mã băm bộ quy tắc: ${compiled.hash}`,
  ...(Object.keys(readings).length > 0
    ? [
        `Cách hiểu đã chọn: ${Object.entries(readings)
          .map(([k, v]) => `${k} = ${v ?? "chưa quyết định"}`)
          .join("; ")}`,
      ]
    : []),
];

const outcomeText = (outcome: Outcome | undefined): string => (outcome ? OUTCOME_LABELS[outcome] : "");

const KIND_SHEETS: Readonly<Record<AssessedUnitKind, string>> = {
  "residential-area": "Khu dân cư",
  commune: "Xã, phường, đặc khu",
  agency: "Cơ quan",
  enterprise: "Doanh nghiệp",
  education: "Cơ sở giáo dục",
  "other-organisation": "Tổ chức khác",
};

type Sheet = ExcelJS.Worksheet;

const addRow = (sheet: Sheet, values: readonly OutputCell[], style?: Partial<ExcelJS.Style>) => {
  const row = sheet.addRow(values.map(safeCell));
  if (style?.font) row.font = style.font;
  if (style?.fill) row.fill = style.fill;
  fitRowHeight(sheet, row, values);
  row.commit();
};

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
};

/** How a sheet of the result workbook is printed (see {@link addPrintableSheet}). */
interface PrintOptions {
  /** Column widths, in characters; the print area spans these columns. */
  readonly widths: readonly number[];
  /** The header row of a data sheet: repeated on every printed page and given an autofilter. */
  readonly headerRow?: number;
  /** The sheet is the report itself (an annex): the first page carries the ND 30 heading block. */
  readonly annex?: boolean;
  /** Shown in the footer of every page, with the page number. */
  readonly title: string;
}

const columnLetter = (n: number): string =>
  n <= 26
    ? String.fromCharCode(64 + n)
    : `${columnLetter(Math.floor((n - 1) / 26))}${columnLetter(((n - 1) % 26) + 1)}`;

/** Header/footer text: `&` escaped, and at most Excel's 255 characters. */
const headerText = (text: string): string => text.replaceAll("&", "&&").slice(0, 120);

/** The column widths of the printable sheets, for the row heights of wrapped text ({@link fitRowHeight}). */
const printWidths = new WeakMap<Sheet, readonly number[]>();

/**
 * The height of a row whose text wraps within the column widths of its sheet: Excel and LibreOffice do not
 * recompute row heights when they open a file, so wrapped text would otherwise overlap the next row.
 */
const fitRowHeight = (sheet: Sheet, row: ExcelJS.Row, values: readonly OutputCell[]): void => {
  const widths = printWidths.get(sheet);
  if (!widths) return;
  let lines = 1;
  values.forEach((value, i) => {
    if (typeof value !== "string" || value === "") return;
    const width = Math.max(1, (widths[i] ?? 10) - 1);
    const needed = value
      .split("\n")
      .reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.05) / width)), 0);
    lines = Math.max(lines, needed);
  });
  if (lines > 1) row.height = Math.min(409, lines * 15);
};

/**
 * Adds a sheet set up for printing (the options must reach exceljs' streaming writer before it writes the sheet's
 * properties): A4, landscape when the columns are wider than a portrait page, fitted to the page width (as many
 * pages down as needed), the print area over the sheet's columns, column widths with wrapped, top-aligned text
 * (no text runs into its neighbour; rows get the height of their text), the header row repeated on every page
 * with an autofilter (data sheets), the sheet's title and "Trang x/y" in the footer, and for the report itself
 * the heading block of Nghị định 30/2020/NĐ-CP (issuing body, number; quốc hiệu, tiêu ngữ, place and date) on
 * the first page, left with dotted lines for the officer to fill in.
 */
const addPrintableSheet = (
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  options: PrintOptions,
  sheetOptions: Partial<ExcelJS.AddWorksheetOptions> = {},
): Sheet => {
  const columns = options.widths.length;
  const total = options.widths.reduce((sum, w) => sum + w, 0);
  const footer = `&L&8${headerText(options.title)}&R&8Trang &P/&N`;
  const sheet = workbook.addWorksheet(name, {
    ...sheetOptions,
    pageSetup: {
      paperSize: 9,
      orientation: total > 95 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: `A:${columnLetter(columns)}`,
      margins: {
        left: 0.5,
        right: 0.5,
        top: options.annex ? 1.3 : 0.6,
        bottom: 0.6,
        header: 0.3,
        footer: 0.3,
      },
      ...(options.headerRow ? { printTitlesRow: `${options.headerRow}:${options.headerRow}` } : {}),
    },
    headerFooter: {
      oddFooter: footer,
      ...(options.annex
        ? {
            differentFirst: true,
            firstFooter: footer,
            firstHeader:
              '&L&"Times New Roman,Bold"&11………………………………\n………………………………\n&"Times New Roman,Regular"Số: ……/BC-……' +
              '&R&"Times New Roman,Bold"&11CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n&"Times New Roman,Italic"……, ngày …… tháng …… năm ……',
          }
        : {}),
    },
  });
  sheet.columns = options.widths.map((width) => ({
    width,
    style: { alignment: { wrapText: true, vertical: "top" } },
  }));
  printWidths.set(sheet, options.widths);
  if (options.headerRow)
    sheet.autoFilter = {
      from: { row: options.headerRow, column: 1 },
      to: { row: options.headerRow, column: columns },
    };
  return sheet;
};

/** The signature block at the end of the report: the person who drew it up and the head of the unit. */
const addSignatureBlock = (sheet: Sheet, columns: number): void => {
  const right = Math.max(4, columns - 2);
  addRow(sheet, []);
  const rows: [string, string, Partial<ExcelJS.Font>][] = [
    ["NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", { bold: true }],
    ["(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", { italic: true }],
  ];
  for (const [left, head, font] of rows) {
    const values: string[] = new Array(columns).fill("");
    values[0] = left;
    values[right - 1] = head;
    const row = sheet.addRow(values);
    row.font = font;
    row.alignment = { horizontal: "center", vertical: "top" };
    sheet.mergeCells(row.number, 1, row.number, 2);
    sheet.mergeCells(row.number, right, row.number, columns);
    row.commit();
  }
};

/** Writes the summary sheet. */
const writeSummarySheet = (
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  year: number,
  info: readonly string[],
  summary: Summary,
) => {
  const communeColumns = 4 + summary.kinds().filter((k) => k !== "commune").length;
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
    ]);
  }
  addSignatureBlock(sheet, columns);
  sheet.commit();
};

/** Writes the whole result workbook atomically. */
export const writeResultWorkbook = (options: {
  readonly target: string;
  readonly inputs: readonly string[];
  readonly year: number;
  readonly info: readonly string[];
  readonly summary: Summary;
  /** Per-unit results (omit for streamed assessments, whose units go to CSV). */
  readonly assessment?: ProvinceAssessment;
  readonly labels: ReadonlyMap<string, string>;
}): Effect.Effect<void, OutputError> =>
  atomicWrite(
    options.target,
    async (temporary) => {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: temporary,
        useStyles: true,
        useSharedStrings: false,
      });
      workbook.creator = "antq";
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
          sheet.commit();
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
        criteria.commit();
      }
      await workbook.commit();
    },
    { inputs: options.inputs },
  );

/** Terminal lines of the summary (Vietnamese). */
export const summaryLines = (summary: Summary): string[] => {
  const lines = ["Theo loại đơn vị:"];
  for (const kind of summary.kinds()) {
    const t = summary.byKind.get(kind) ?? emptyTally();
    lines.push(
      `  • ${ASSESSED_UNIT_KIND_LABELS_VI[kind]}: ${ratioText(t)}; chưa đạt ${formatNumber(t.chua_dat)}, cần xem xét ${formatNumber(t.can_xem_xet)}, không áp dụng ${formatNumber(t.khong_ap_dung)}`,
    );
  }
  lines.push(`  • Tổng cộng: ${ratioText(summary.all)}`);
  const communes = [...summary.byCommune.values()].sort((a, b) => a.key.localeCompare(b.key));
  if (communes.length > 0) {
    lines.push("Theo xã, phường, đặc khu:");
    const shown = communes.slice(0, 20);
    for (const c of shown) {
      lines.push(
        `  • ${c.name ?? c.key}${c.outcome ? ` — ${OUTCOME_LABELS[c.outcome]}` : ""}: các đơn vị trên địa bàn ${ratioText(c.all)}; thuộc phạm vi của xã (tỷ lệ khoản 4 Điều 5) ${ratioText(c.covered)}`,
      );
    }
    if (communes.length > shown.length) {
      lines.push(
        `  … và ${formatNumber(communes.length - shown.length)} xã, phường, đặc khu khác (xem trang "Tổng hợp").`,
      );
    }
  }
  return lines;
};
