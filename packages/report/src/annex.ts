import {
  AWARD_FORM_LABELS_VI,
  AWARD_ISSUER_KIND_LABELS_VI,
  AWARD_RECIPIENT_KIND_LABELS_VI,
  MODEL_KIND_LABELS_VI,
  TASK_RATING_LABELS_VI,
  type TaskRating,
} from "@antq/domain";
import { formatDate } from "@antq/format-vi";
import ExcelJS from "exceljs";
import {
  ACTIVITY_FIELD_LABELS_VI,
  ACTIVITY_FIELDS,
  CLASSIFICATION_LEVEL_LABELS_VI,
  CLASSIFICATION_LEVELS,
  INFORMATION_FIELDS,
  INFORMATION_LABELS_VI,
  UNIT_GROUP_LABELS_VI,
  UNIT_GROUPS,
  VIOLATION_FIELDS,
  VIOLATION_LABELS_VI,
} from "./figures.js";
import type { ReportContent } from "./report.js";

/**
 * Where a report figure was written in the annex workbook: sheet name and cell address ("E7").
 *
 * @example
 * const at: AnnexCell = { sheet: "PL1 Tổng hợp", cell: "E7" };
 */
export interface AnnexCell {
  readonly sheet: string;
  readonly cell: string;
}

/**
 * The annex workbook's bytes and, for every report figure id, the cell holding its value.
 *
 * @example
 * const where = (a: Annex, id: string) => a.cells.get(id);
 */
export interface Annex {
  readonly bytes: Uint8Array;
  readonly cells: ReadonlyMap<string, AnnexCell>;
}

/**
 * The summary sheet's name: every figure of the document is one of its rows.
 *
 * @example
 * SUMMARY_SHEET; //=> "PL1 Tổng hợp"
 */
export const SUMMARY_SHEET = "PL1 Tổng hợp";

type Cell = string | number | null;

interface TableSpec {
  readonly name: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  readonly total?: readonly Cell[];
  readonly widths: readonly number[];
  /** Columns (0-based) holding percentages with one decimal. */
  readonly percentColumns?: readonly number[];
}

const FONT = { name: "Times New Roman", size: 12 } as const;
/**
 * Vietnamese number formats whatever the reader's locale: the `[$-42A]` locale tag (LCID 0x042A, vi-VN) makes
 * LibreOffice group thousands with a dot and write decimals with a comma, as the report's text does.
 */
const VI = "[$-42A]";

/** Row height (points) for wrapped text: the most lines any cell needs, at `factor` characters per width unit. */
function heightOf(
  values: readonly Cell[],
  widths: readonly number[],
  minLines: number,
  factor = 1.3,
): number {
  let lines = minLines;
  values.forEach((v, i) => {
    if (typeof v !== "string") return;
    const perLine = Math.max(1, Math.floor((widths[i] ?? 10) * factor));
    const needed = v.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  return Math.min(409, Math.max(16, lines * 15.5));
}
const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function columnLetter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function addTable(wb: ExcelJS.Workbook, spec: TableSpec, number: number, caption: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name);
  const last = columnLetter(spec.headers.length);
  const titleRows = [`PHỤ LỤC ${number}`, spec.title.toLocaleUpperCase("vi"), caption];
  titleRows.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    ws.mergeCells(`A${i + 1}:${last}${i + 1}`);
    row.getCell(1).value = text;
    row.getCell(1).font = { ...FONT, size: i === 2 ? 12 : 13, bold: i < 2, italic: i === 2 };
    row.getCell(1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  const headerRowNo = 5;
  const header = ws.getRow(headerRowNo);
  spec.headers.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { ...FONT, bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = BOX;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  });
  header.height = heightOf(spec.headers, spec.widths, 3, 0.85);
  const percent = new Set(spec.percentColumns ?? []);
  // Years and row numbers are codes, shown without grouping ("2019", not "2.019").
  const plain = new Set(spec.headers.flatMap((h, i) => (h === "Năm" || h === "STT" ? [i] : [])));
  const write = (values: readonly Cell[], bold: boolean) => {
    const row = ws.addRow([...values]);
    values.forEach((v, i) => {
      const c = row.getCell(i + 1);
      c.font = { ...FONT, bold };
      c.border = BOX;
      if (typeof v === "number") {
        c.numFmt = plain.has(i)
          ? "0"
          : percent.has(i)
            ? `${VI}0.0`
            : Number.isInteger(v)
              ? `${VI}#,##0`
              : `${VI}#,##0.0`;
        c.alignment = { horizontal: "right", vertical: "middle" };
      } else c.alignment = { horizontal: i === 0 ? "center" : "left", vertical: "middle", wrapText: true };
    });
    // Spreadsheet programs do not grow a row for wrapped text on their own when printing: set its height.
    row.height = heightOf(values, spec.widths, 1);
    return row;
  };
  for (const r of spec.rows) write(r, false);
  if (spec.total !== undefined) write(spec.total, true);
  spec.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const lastRow = ws.rowCount;
  const wide = spec.widths.reduce((a, b) => a + b, 0) > 110;
  ws.pageSetup = {
    paperSize: 9,
    orientation: wide ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRowNo}:${headerRowNo}`,
    printArea: `A1:${last}${lastRow}`,
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&C&"Times New Roman"&11Trang &P/&N' };
  ws.views = [{ state: "frozen", ySplit: headerRowNo }];
  return ws;
}

/** The note on figures that add up records of communes merged by the 2025 reorganisation. */
const REFORM_NOTE = "Gồm số liệu trước sắp xếp 01/7/2025";

const pct = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part * 1000) / whole) / 10;

/**
 * Writes the annexes (Phụ lục số liệu) of a report as an XLSX workbook, print-ready (A4, fit to width,
 * landscape where wide, header row repeated, page numbers): PL1 every figure of the document with its previous
 * period and number of source records, then the tables behind them (An toàn về ANTT per year and group,
 * classification, models by kind, activities, Tổ bảo vệ ANTT, awards, per commune) and the record ids behind
 * each figure.
 *
 * @example
 * const annex = (c: ReportContent) => writeAnnexXlsx(c); // Promise<Annex>
 */
export async function writeAnnexXlsx(content: ReportContent): Promise<Annex> {
  const { data, meta } = content;
  const wb = new ExcelJS.Workbook();
  wb.creator = "antq";
  const caption = `(Kèm theo Báo cáo số ${meta.number} ngày ${formatDate(meta.date)} của ${meta.agency})`;
  const cells = new Map<string, AnnexCell>();
  const hasPrevious = data.previous !== undefined;
  const SOURCE_ALIASES: Readonly<Record<string, string>> = { "models:total": "models" };
  const countSources = (figureId: string): number | null => {
    const id = SOURCE_ALIASES[figureId] ?? figureId;
    let n = 0;
    let found = false;
    for (const [key, ids] of Object.entries(data.sources)) {
      if (key === id || key.startsWith(`${id}:`)) {
        n += ids.length;
        found = true;
      }
    }
    return found ? n : null;
  };

  // PL1: every figure.
  const summaryRows = content.figures.map((f, i) => [
    i + 1,
    f.id,
    f.label,
    f.unit,
    f.value,
    f.previous ?? null,
    countSources(f.id.replace(/:(evaluated|safe)$/, "")),
  ]);
  addTable(
    wb,
    {
      name: SUMMARY_SHEET,
      title: `Số liệu tổng hợp ${data.fromYear === data.toYear ? `năm ${data.toYear}` : `giai đoạn ${data.fromYear} - ${data.toYear}`}`,
      headers: [
        "STT",
        "Mã chỉ tiêu",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Kỳ báo cáo",
        hasPrevious ? `Kỳ trước (${data.previous?.fromYear} - ${data.previous?.toYear})` : "Kỳ trước",
        "Số bản ghi nguồn",
      ],
      rows: summaryRows,
      widths: [6, 30, 50, 10, 12, 14, 12],
    },
    1,
    caption,
  );
  content.figures.forEach((f, i) => {
    cells.set(f.id, { sheet: SUMMARY_SHEET, cell: `E${6 + i}` });
  });

  // PL2: An toàn về ANTT per year and group; years adding up communes merged in 2025 are marked.
  const reform = new Set(data.reformYears ?? []);
  const safetyRow = (
    label: Cell,
    s: (g: (typeof UNIT_GROUPS)[number]) => { evaluated: number; safe: number },
  ) => [
    label,
    ...UNIT_GROUPS.flatMap((g) => {
      const c = s(g);
      return [c.evaluated, c.safe, pct(c.safe, c.evaluated)];
    }),
  ];
  const sum = (g: (typeof UNIT_GROUPS)[number]) =>
    data.years.reduce(
      (a, y) => ({ evaluated: a.evaluated + y.safety[g].evaluated, safe: a.safe + y.safety[g].safe }),
      { evaluated: 0, safe: 0 },
    );
  addTable(
    wb,
    {
      name: "PL2 An toàn ANTT",
      title: "Kết quả xây dựng đơn vị đạt tiêu chuẩn “An toàn về ANTT” qua các năm",
      headers: [
        "Năm",
        ...UNIT_GROUPS.flatMap((g) => {
          const l = UNIT_GROUP_LABELS_VI[g];
          return [`${l}: được đánh giá`, `${l}: đạt`, `${l}: tỷ lệ (%)`];
        }),
        "Ghi chú",
      ],
      rows: data.years.map((y) => [
        ...safetyRow(y.year, (g) => y.safety[g]),
        reform.has(y.year) ? REFORM_NOTE : "",
      ]),
      total: [...safetyRow("Cộng (lượt)", sum), reform.size > 0 ? REFORM_NOTE : ""],
      widths: [12, 14, 12, 10, 14, 12, 10, 14, 12, 10, 24],
      percentColumns: [3, 6, 9],
    },
    2,
    caption,
  );

  // PL3: classification.
  const classRow = (
    label: Cell,
    get: (g: (typeof UNIT_GROUPS)[number], l: (typeof CLASSIFICATION_LEVELS)[number]) => number,
  ) => [label, ...UNIT_GROUPS.flatMap((g) => CLASSIFICATION_LEVELS.map((l) => get(g, l)))];
  addTable(
    wb,
    {
      name: "PL3 Phân loại",
      title: "Kết quả phân loại phong trào toàn dân bảo vệ ANTQ",
      headers: [
        "Năm",
        ...UNIT_GROUPS.flatMap((g) =>
          CLASSIFICATION_LEVELS.map(
            (l) => `${UNIT_GROUP_LABELS_VI[g]}: ${CLASSIFICATION_LEVEL_LABELS_VI[l]}`,
          ),
        ),
      ],
      rows: data.years.map((y) => classRow(y.year, (g, l) => y.classification[g][l])),
      total: classRow("Cộng (lượt)", (g, l) => data.years.reduce((n, y) => n + y.classification[g][l], 0)),
      widths: [12, ...UNIT_GROUPS.flatMap(() => CLASSIFICATION_LEVELS.map(() => 11))],
    },
    3,
    caption,
  );

  // PL4: models.
  addTable(
    wb,
    {
      name: "PL4 Mô hình",
      title: `Mô hình phong trào toàn dân bảo vệ ANTQ giai đoạn ${data.fromYear} - ${data.toYear}`,
      headers: ["STT", "Loại mô hình", "Số mô hình", "Trong đó: thuộc cơ quan, doanh nghiệp, nhà trường"],
      rows: data.models.byKind.map((k, i) => [i + 1, MODEL_KIND_LABELS_VI[k.kind], k.total, k.organisation]),
      total: ["", "Cộng", data.models.total, data.models.organisationHosted],
      widths: [6, 50, 14, 24],
    },
    4,
    caption,
  );

  // PL5: activities.
  addTable(
    wb,
    {
      name: "PL5 Hoạt động",
      title: "Tuyên truyền, tập huấn, hòa giải, tin báo, cảm hóa, giao nộp vũ khí, Ngày hội",
      headers: ["Năm", ...ACTIVITY_FIELDS.map((f) => ACTIVITY_FIELD_LABELS_VI[f])],
      rows: data.years.map((y) => [y.year, ...ACTIVITY_FIELDS.map((f) => y.activities[f])]),
      total: ["Cộng", ...ACTIVITY_FIELDS.map((f) => data.years.reduce((n, y) => n + y.activities[f], 0))],
      widths: [10, ...ACTIVITY_FIELDS.map(() => 11)],
    },
    5,
    caption,
  );

  // PL6: Tổ bảo vệ ANTT.
  const ratings: (TaskRating | "unrated")[] = ["excellent", "good", "completed", "not-completed", "unrated"];
  addTable(
    wb,
    {
      name: "PL6 Tổ bảo vệ ANTT",
      title: "Tổ bảo vệ an ninh, trật tự ở cơ sở và kết quả xếp loại",
      headers: [
        "Năm",
        "Số Tổ",
        "Số thành viên",
        ...ratings.map((r) => (r === "unrated" ? "Chưa xếp loại" : TASK_RATING_LABELS_VI[r])),
      ],
      rows: data.years.map((y) => [
        y.year,
        y.teams.teams,
        y.teams.members,
        ...ratings.map((r) => y.teams.ratings[r]),
      ]),
      widths: [10, 10, 12, 16, 16, 16, 16, 14],
    },
    6,
    caption,
  );

  // PL7: awards.
  addTable(
    wb,
    {
      name: "PL7 Khen thưởng",
      title: "Khen thưởng theo hình thức, cấp khen thưởng và đối tượng",
      headers: ["STT", "Hình thức", "Cấp khen thưởng", "Đối tượng", "Số lượng"],
      rows: data.awards.map((a, i) => [
        i + 1,
        AWARD_FORM_LABELS_VI[a.form],
        AWARD_ISSUER_KIND_LABELS_VI[a.issuer],
        AWARD_RECIPIENT_KIND_LABELS_VI[a.recipient],
        a.count,
      ]),
      total: ["", "Cộng", "", "", data.awards.reduce((n, a) => n + a.count, 0)],
      widths: [6, 20, 40, 12, 12],
    },
    7,
    caption,
  );

  // PL8: per commune.
  addTable(
    wb,
    {
      name: "PL8 Theo xã",
      title: "Kết quả “An toàn về ANTT” theo xã, phường, đặc khu (lượt)",
      headers: ["STT", "Xã, phường, đặc khu", "Nhóm đơn vị", "Được đánh giá", "Đạt", "Tỷ lệ (%)", "Ghi chú"],
      rows: data.communes.map((c, i) => [
        i + 1,
        c.name,
        UNIT_GROUP_LABELS_VI[c.group],
        c.evaluated,
        c.safe,
        pct(c.safe, c.evaluated),
        c.formerNames !== undefined
          ? `${REFORM_NOTE}: ${c.formerNames.join(", ")}`
          : c.crossesReform === true
            ? REFORM_NOTE
            : "",
      ]),
      widths: [6, 30, 28, 12, 9, 9, 34],
      percentColumns: [5],
    },
    8,
    caption,
  );

  // PL9: record ids behind each figure, long lists split into rows that fit a printed page.
  const sourceRows: Cell[][] = [];
  for (const [key, ids] of Object.entries(data.sources)) {
    let chunk: string[] = [];
    let length = 0;
    const flush = () => {
      sourceRows.push([sourceRows.length + 1, key, ids.length, chunk.join(", ")]);
      chunk = [];
      length = 0;
    };
    for (const id of ids) {
      if (length + id.length + 2 > 1_800) flush();
      chunk.push(id);
      length += id.length + 2;
    }
    if (chunk.length > 0) flush();
  }
  addTable(
    wb,
    {
      name: "PL9 Nguồn số liệu",
      title: "Các bản ghi tạo nên từng chỉ tiêu",
      headers: ["STT", "Mã chỉ tiêu", "Số bản ghi", "Mã bản ghi"],
      rows: sourceRows,
      widths: [6, 34, 10, 80],
    },
    9,
    caption,
  );

  // PL10: people's information, crimes and violations, new-rural links, per year (§6.2 families 6, 10, 13).
  const ruralOf = new Map((data.newRural ?? []).map((n) => [n.year, n]));
  const hasViolations = data.years.some((y) => y.violations !== undefined);
  addTable(
    wb,
    {
      name: "PL10 Nguồn tin, tội phạm",
      title: "Kết quả từ nguồn tin của Nhân dân; tình hình tội phạm, tệ nạn xã hội; xây dựng nông thôn mới",
      headers: [
        "Năm",
        ...INFORMATION_FIELDS.map((f) => INFORMATION_LABELS_VI[f]),
        ...VIOLATION_FIELDS.map((f) => VIOLATION_LABELS_VI[f]),
        "Xã đạt tiêu chí 19.2",
        "Xã được đánh giá tiêu chí 19.2",
        "Xã ra khỏi diện trọng điểm, phức tạp",
      ],
      rows: data.years.map((y) => {
        const n = ruralOf.get(y.year);
        return [
          y.year,
          ...INFORMATION_FIELDS.map((f) => y.information[f]),
          ...VIOLATION_FIELDS.map((f) => y.violations?.[f] ?? null),
          n?.criterion192Communes ?? null,
          n?.communes ?? null,
          n?.keyPointCommunesRemoved ?? null,
        ];
      }),
      total: [
        "Cộng",
        ...INFORMATION_FIELDS.map((f) => data.years.reduce((t, y) => t + y.information[f], 0)),
        ...VIOLATION_FIELDS.map((f) =>
          hasViolations ? data.years.reduce((t, y) => t + (y.violations?.[f] ?? 0), 0) : null,
        ),
        null,
        null,
        ruralOf.size > 0 ? [...ruralOf.values()].reduce((t, n) => t + n.keyPointCommunesRemoved, 0) : null,
      ],
      widths: [10, ...INFORMATION_FIELDS.map(() => 12), ...VIOLATION_FIELDS.map(() => 12), 12, 12, 14],
    },
    10,
    caption,
  );

  const buffer = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), cells };
}
