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
  row.commit();
};

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
};

/** Writes the summary sheet. */
const writeSummarySheet = (
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  year: number,
  info: readonly string[],
  summary: Summary,
) => {
  const sheet = workbook.addWorksheet(RESULT_SHEETS.summary);
  sheet.columns = [
    { width: 28 },
    { width: 30 },
    { width: 16 },
    { width: 26 },
    { width: 26 },
    { width: 26 },
    { width: 26 },
    { width: 26 },
  ];
  addRow(sheet, [resultTitle(year)], { font: { bold: true, size: 14 } });
  for (const line of info) addRow(sheet, [line]);
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
          const sheet = workbook.addWorksheet(KIND_SHEETS[kind], { views: [{ state: "frozen", ySplit: 1 }] });
          sheet.columns = [
            { width: 20 },
            { width: 34 },
            { width: 18 },
            { width: 18 },
            { width: 14 },
            { width: 60 },
            { width: 50 },
            { width: 50 },
            { width: 30 },
          ];
          addRow(sheet, [...UNIT_RESULT_HEADERS], HEADER_STYLE);
          for (const a of assessment.explained(kind)) addRow(sheet, unitResultRow(a, options.labels));
          sheet.commit();
        }
        const criteria = workbook.addWorksheet(RESULT_SHEETS.criteria, {
          views: [{ state: "frozen", ySplit: 1 }],
        });
        criteria.columns = [
          { width: 20 },
          { width: 30 },
          { width: 16 },
          { width: 22 },
          { width: 44 },
          { width: 14 },
          { width: 90 },
        ];
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
        `  • ${c.name ?? c.key}${c.outcome ? ` — ${OUTCOME_LABELS[c.outcome]}` : ""}: các đơn vị trên địa bàn ${ratioText(c.all)}`,
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
