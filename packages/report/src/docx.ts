import { formatDateLine } from "@antq/format-vi";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { type ChartRenderer, renderChartSvg } from "./charts.js";
import type { ReportContent } from "./report.js";

/**
 * The Nghị định 30/2020/NĐ-CP page (Phụ lục I) as written: A4, margins in millimetres, Times New Roman, body
 * size in points, first-line indent in centimetres.
 *
 * @example
 * ND30_LAYOUT.marginsMm.left; //=> 30
 */
export const ND30_LAYOUT = {
  pageMm: { width: 210, height: 297 },
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  font: "Times New Roman",
  bodyPt: 14,
  firstLineIndentCm: 1.27,
} as const;

/** Millimetres to twips, rounded to the nearest (docx's own helper truncates: 210 mm would be 11905, not A4's 11906). */
const convertMillimetersToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);

const FONT = ND30_LAYOUT.font;
const TEXT_WIDTH = convertMillimetersToTwip(
  ND30_LAYOUT.pageMm.width - ND30_LAYOUT.marginsMm.left - ND30_LAYOUT.marginsMm.right,
);
const LEFT_COL = Math.round(TEXT_WIDTH * 0.4);
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;

interface RunStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly italics?: boolean;
}

const run = (text: string, s: RunStyle) =>
  new TextRun({ text, font: FONT, size: s.size * 2, bold: s.bold ?? false, italics: s.italics ?? false });

const centred = (text: string, s: RunStyle, after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after }, children: [run(text, s)] });

/**
 * A short horizontal rule: an empty paragraph with an exact 4 pt line and a bottom border, its length set by
 * left and right indents (the recipe that renders the same in Word and LibreOffice, wave2-stack.md D.2).
 */
const rule = (cellWidth: number, length: number) => {
  const side = Math.max(0, Math.round((cellWidth - length) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
};

const cell = (width: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: NO_BORDERS,
    verticalAlign: VerticalAlignTable.TOP,
    children,
  });

const twoColumns = (left: Paragraph[], right: Paragraph[]) =>
  new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_COL, RIGHT_COL],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(LEFT_COL, left), cell(RIGHT_COL, right)] })],
  });

function headerBlock(content: ReportContent): Table {
  const { meta } = content;
  const left = [
    centred(meta.parentAgency.toLocaleUpperCase("vi"), { size: 13 }),
    centred(meta.agency.toLocaleUpperCase("vi"), { size: 13, bold: true }),
    rule(LEFT_COL, Math.round(LEFT_COL / 3)),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 0 },
      children: [run(`Số: ${meta.number}`, { size: 13 })],
    }),
  ];
  const right = [
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 12, bold: true }),
    centred("Độc lập - Tự do - Hạnh phúc", { size: 13, bold: true }),
    rule(RIGHT_COL, Math.round(RIGHT_COL * 0.58)),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 0 },
      children: [run(formatDateLine(meta.date, { place: meta.place }), { size: 14, italics: true })],
    }),
  ];
  return twoColumns(left, right);
}

const bodyParagraph = (children: TextRun[], indent = true) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: 120, line: 288, lineRule: LineRuleType.AUTO },
    indent: indent ? { firstLine: convertMillimetersToTwip(ND30_LAYOUT.firstLineIndentCm * 10) } : {},
    children,
  });

function signatureBlock(content: ReportContent): Table {
  const { meta } = content;
  const items = [...meta.recipients.map((r) => `- ${r};`), `- ${meta.archive ?? "Lưu: VT"}.`];
  const left = [
    new Paragraph({
      spacing: { before: 120, after: 0 },
      children: [run("Nơi nhận:", { size: 12, bold: true, italics: true })],
    }),
    ...items.map(
      (t) => new Paragraph({ spacing: { before: 0, after: 0 }, children: [run(t, { size: 11 })] }),
    ),
  ];
  const right = [
    ...(meta.signer.capacity === undefined
      ? []
      : [centred(meta.signer.capacity.toLocaleUpperCase("vi"), { size: 14, bold: true })]),
    centred(meta.signer.title.toLocaleUpperCase("vi"), { size: 14, bold: true }),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    centred(meta.signer.name, { size: 14, bold: true }),
  ];
  return twoColumns(left, right);
}

/**
 * Options of {@link writeReportDocx}: PNG bytes of the report's charts by chart id (see {@link renderCharts});
 * charts without an image are left out.
 *
 * @example
 * const o: DocxOptions = { chartImages: new Map() };
 */
export interface DocxOptions {
  readonly chartImages?: ReadonlyMap<string, Uint8Array>;
}

/**
 * Renders every chart of a report to PNG with the given renderer (ECharts SSR → SVG → renderer).
 *
 * @example
 * const images = (c: ReportContent, r: ChartRenderer) => renderCharts(c, r); // Promise<Map<id, png>>
 */
export async function renderCharts(
  content: ReportContent,
  renderer: ChartRenderer,
): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const chart of content.charts) {
    out.set(chart.id, await renderer(renderChartSvg(chart), chart.width, chart.height));
  }
  return out;
}

/**
 * Writes a report as a DOCX in the Nghị định 30/2020/NĐ-CP layout: A4, margins 20/20/30/15 mm, Times New Roman,
 * the header table (parent body and issuing body with "Số:", Quốc hiệu and Tiêu ngữ with their rules, the
 * italic place-and-date line), title and trích yếu, the body (justified 14 pt, first-line indent 1,27 cm),
 * the charts, headed placeholders marked in yellow for the officer, "Nơi nhận" and the signature block; page
 * numbers centred at the top from page 2 (`titlePg`).
 *
 * @example
 * const bytes = (c: ReportContent) => writeReportDocx(c); // Promise<Uint8Array>
 */
export async function writeReportDocx(
  content: ReportContent,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [headerBlock(content)];
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 0 },
      children: [run(content.documentType, { size: 14, bold: true })],
    }),
    centred(content.summary, { size: 14, bold: true }, 60),
    rule(TEXT_WIDTH, Math.round(TEXT_WIDTH / 4)),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  );
  for (const block of content.blocks) {
    switch (block.type) {
      case "heading":
        children.push(
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            keepNext: true,
            spacing: {
              before: block.level === 1 ? 120 : 60,
              after: 120,
              line: 288,
              lineRule: LineRuleType.AUTO,
            },
            indent: { firstLine: convertMillimetersToTwip(ND30_LAYOUT.firstLineIndentCm * 10) },
            children: [run(block.text, { size: 14, bold: true, italics: block.level === 2 })],
          }),
        );
        break;
      case "paragraph":
        children.push(bodyParagraph([run(block.sentence.text, { size: 14 })]));
        break;
      case "placeholder":
        children.push(
          bodyParagraph([
            new TextRun({
              text: block.text,
              font: FONT,
              size: 28,
              italics: true,
              highlight: HighlightColor.YELLOW,
            }),
          ]),
        );
        break;
      case "chart": {
        const png = options.chartImages?.get(block.chart.id);
        if (png === undefined) break;
        const scale = Math.min(1, 600 / block.chart.width);
        children.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 60, after: 0 },
            children: [
              new ImageRun({
                type: "png",
                data: png,
                transformation: { width: block.chart.width * scale, height: block.chart.height * scale },
                altText: { name: block.chart.id, title: block.chart.title, description: block.chart.title },
              }),
            ],
          }),
          centred(block.chart.title, { size: 13, italics: true }, 120),
        );
        break;
      }
    }
  }
  children.push(
    bodyParagraph([
      run("(Số liệu chi tiết tại Phụ lục số liệu kèm theo Báo cáo này.)", { size: 14, italics: true }),
    ]),
    signatureBlock(content),
  );

  const doc = new Document({
    creator: "antq",
    title: content.summary,
    styles: { default: { document: { run: { font: FONT, size: ND30_LAYOUT.bodyPt * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: convertMillimetersToTwip(ND30_LAYOUT.pageMm.width),
              height: convertMillimetersToTwip(ND30_LAYOUT.pageMm.height),
            },
            margin: {
              top: convertMillimetersToTwip(ND30_LAYOUT.marginsMm.top),
              bottom: convertMillimetersToTwip(ND30_LAYOUT.marginsMm.bottom),
              left: convertMillimetersToTwip(ND30_LAYOUT.marginsMm.left),
              right: convertMillimetersToTwip(ND30_LAYOUT.marginsMm.right),
              header: convertMillimetersToTwip(10),
              footer: convertMillimetersToTwip(10),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
