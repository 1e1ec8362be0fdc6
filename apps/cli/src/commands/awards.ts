/**
 * `antq khen-thuong` / `awards`: checks the eligibility of award proposals (@antq/rules-awards, on each
 * proposal's date) and writes the Danh sách đề nghị khen thưởng (print-ready xlsx with the Nghị định 30/2020
 * heading and signature), the tallies by form, issuer and recipient kind, or `antq.award-proposal/1`.
 * Also home of the small print-ready workbook writer `antq to-bao-ve` uses.
 */
import { readFile } from "node:fs/promises";
import type { Overlay, Readings } from "@antq/rules";
import {
  type AwardProposal,
  assessAwardProposals,
  parseAwardProposal,
  parseProvinceConfig,
} from "@antq/rules-awards";
import {
  AWARD_PROPOSAL_SHEET,
  type AwardProposalDocument,
  awardProposalDocument,
  awardProposalsFromRows,
  ELIGIBILITY_LABELS_VI,
  type RecordSheetIssue,
  recipientsText,
  recordIssueText,
  recordRows,
  type SheetSpec,
} from "@antq/sheets";
import { type OutputCell, safeCell } from "@antq/sheets/xlsx";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import ExcelJS from "exceljs";
import { describeSystemError, InputFileError, InvalidInputError, ValidationFailedError } from "../errors.js";
import { formatDate, formatNumber } from "../format.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { readWorkbookCells, type SheetCells } from "../io/xlsx.js";
import { readingFlag, readingsFrom } from "./assess.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";

/** Reads and parses a JSON input file; a missing or malformed file is an InputFileError (exit 2). */
export const readJsonFile = (file: string) =>
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

/** One located problem of an input file. */
export interface LocatedIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Prints the first 50 issues as "Lỗi — tệp [đường.dẫn]: …" and fails with a ValidationFailedError (exit 2). */
export const rejectLocated = (file: string, issues: readonly LocatedIssue[], what: string) =>
  Effect.gen(function* () {
    const lines = issues.slice(0, 50).map((i) => `Lỗi — ${file} [${i.path.join(".")}]: ${i.message}`);
    if (issues.length > 50) lines.push(`… và ${formatNumber(issues.length - 50)} lỗi khác.`);
    yield* printError(lines.join("\n"));
    return yield* new ValidationFailedError({
      message: `${what} có ${formatNumber(issues.length)} lỗi; không ghi tệp nào.`,
      issueCount: issues.length,
    });
  });

/**
 * The header and data rows of a record sheet of a workbook (by the spec's sheet name), converted with
 * `recordRows`; `undefined` when the workbook has no such sheet.
 */
export const readRecordSheet = (workbook: ReadonlyMap<string, SheetCells>, spec: SheetSpec) => {
  const sheet = workbook.get(spec.sheetName);
  if (sheet === undefined) return undefined;
  return recordRows(
    spec,
    sheet.headers,
    sheet.rows.map((r) => ({ line: r.line, cells: [...r.cells] })),
  );
};

/** Prints the first 50 located sheet issues and fails with a ValidationFailedError (exit 2). */
export const rejectSheetIssues = (file: string, issues: readonly RecordSheetIssue[], what: string) =>
  Effect.gen(function* () {
    const lines = issues.slice(0, 50).map((i) => `Lỗi — ${file}, ${recordIssueText(i)}`);
    if (issues.length > 50) lines.push(`… và ${formatNumber(issues.length - 50)} lỗi khác.`);
    yield* printError(lines.join("\n"));
    return yield* new ValidationFailedError({
      message: `${what} có ${formatNumber(issues.length)} lỗi; không ghi tệp nào.`,
      issueCount: issues.length,
    });
  });

/** Whether an input path is a workbook. */
export const isWorkbook = (file: string): boolean => file.toLowerCase().endsWith(".xlsx");

/** The proposals of a workbook filled from `antq mau --loai de-nghi-khen-thuong`. */
const proposalsFromWorkbook = (file: string) =>
  Effect.gen(function* () {
    const workbook = yield* readWorkbookCells(file);
    const read = readRecordSheet(workbook, AWARD_PROPOSAL_SHEET);
    if (read === undefined)
      return yield* new InputFileError({
        file,
        message: `không có trang tính “${AWARD_PROPOSAL_SHEET.sheetName}” (tạo mẫu bằng antq mau --loai de-nghi-khen-thuong)`,
      });
    const built = awardProposalsFromRows(read.rows);
    const issues = [...read.issues, ...built.issues].sort((a, b) => a.row - b.row);
    if (issues.length > 0) return yield* rejectSheetIssues(file, issues, "Tệp đề nghị khen thưởng");
    if (built.proposals.length === 0)
      return yield* rejectSheetIssues(
        file,
        [{ sheet: AWARD_PROPOSAL_SHEET.sheetName, row: 2, message: "Danh sách đề nghị trống." }],
        "Tệp đề nghị khen thưởng",
      );
    return built.proposals;
  });

/** A row of a printable sheet, or a bold section line spanning the table. */
export type PrintableRow = readonly OutputCell[] | { readonly section: string };

/** A sheet of a print-ready workbook. */
export interface PrintableSheet {
  readonly name: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly headers: readonly string[];
  /** Column widths in characters; the print area spans them. */
  readonly widths: readonly number[];
  readonly rows: readonly PrintableRow[];
  /** Bold lines after the table (totals). */
  readonly after?: readonly string[];
  /** The issuing body's lines of the Nghị định 30/2020 heading (left); dotted lines when omitted. */
  readonly issuer?: readonly [string, string];
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * A print-ready workbook: A4, landscape when wide, fitted to the page width, the header row repeated on every
 * page with an autofilter, "Trang x/y" in the footer; on the sheet itself the heading of Nghị định
 * 30/2020/NĐ-CP (issuing body; quốc hiệu, tiêu ngữ, place and date), the title, the table with borders and
 * wrapped text, and the signature block (người lập biểu, thủ trưởng đơn vị). Every text cell is neutralised.
 */
export const printableWorkbook = async (sheets: readonly PrintableSheet[]): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "antq";
  for (const s of sheets) {
    const columns = s.widths.length;
    const total = s.widths.reduce((a, b) => a + b, 0);
    const sheet = workbook.addWorksheet(s.name, {
      pageSetup: {
        paperSize: 9,
        orientation: total > 95 ? "landscape" : "portrait",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: `&L&8${s.title.replaceAll("&", "&&").slice(0, 120)}&R&8Trang &P/&N` },
    });
    sheet.columns = s.widths.map((width) => ({ width }));
    const half = Math.max(2, Math.floor(columns / 2));
    const heading = (left: string, right: string, font: Partial<ExcelJS.Font>) => {
      const row = sheet.addRow([]);
      row.getCell(1).value = safeCell(left);
      row.getCell(half + 1).value = safeCell(right);
      sheet.mergeCells(row.number, 1, row.number, half);
      sheet.mergeCells(row.number, half + 1, row.number, columns);
      row.font = { name: "Times New Roman", size: 12, ...font };
      row.alignment = { horizontal: "center", vertical: "top", wrapText: true };
      return row;
    };
    const [body, unit] = s.issuer ?? ["………………………………", "………………………………"];
    heading(body, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
    heading(unit, "Độc lập - Tự do - Hạnh phúc", { bold: true });
    heading("", "……, ngày …… tháng …… năm ……", { italic: true });
    sheet.addRow([]);
    const spanning = (text: string, font: Partial<ExcelJS.Font>) => {
      const row = sheet.addRow([safeCell(text)]);
      sheet.mergeCells(row.number, 1, row.number, columns);
      row.font = { name: "Times New Roman", ...font };
      row.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      row.height = 22;
    };
    spanning(s.title, { bold: true, size: 14 });
    if (s.subtitle) spanning(s.subtitle, { italic: true, size: 12 });
    sheet.addRow([]);
    const header = sheet.addRow(s.headers.map(safeCell));
    header.font = { bold: true };
    header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    header.eachCell((c) => {
      c.border = BORDER;
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    });
    sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
    sheet.autoFilter = {
      from: { row: header.number, column: 1 },
      to: { row: header.number, column: columns },
    };
    for (const r of s.rows) {
      if ("section" in r) {
        const row = sheet.addRow([safeCell(r.section)]);
        sheet.mergeCells(row.number, 1, row.number, columns);
        row.font = { bold: true };
        row.getCell(1).border = BORDER;
        continue;
      }
      const row = sheet.addRow(r.map(safeCell));
      let lines = 1;
      r.forEach((v, i) => {
        if (typeof v !== "string") return;
        const width = Math.max(1, (s.widths[i] ?? 10) - 1);
        lines = Math.max(
          lines,
          v.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 1.05) / width)), 0),
        );
      });
      if (lines > 1) row.height = Math.min(409, lines * 15);
      for (let c = 1; c <= columns; c++) {
        const cell = row.getCell(c);
        cell.border = BORDER;
        cell.alignment = { wrapText: true, vertical: "top" };
      }
    }
    for (const line of s.after ?? []) {
      const row = sheet.addRow([safeCell(line)]);
      sheet.mergeCells(row.number, 1, row.number, columns);
      row.font = { bold: true };
    }
    sheet.addRow([]);
    heading("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", { bold: true });
    heading("(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", { italic: true });
    sheet.pageSetup.printArea = `A1:${String.fromCharCode(64 + columns)}${sheet.rowCount}`;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

/** The proposals of an input file: `{ "proposals": [...] }` or a bare array; located issues otherwise. */
export const proposalsOf = (data: unknown): { proposals: AwardProposal[]; issues: LocatedIssue[] } => {
  const list = Array.isArray(data)
    ? { items: data as unknown[], root: [] as string[] }
    : typeof data === "object" && data !== null && Array.isArray((data as { proposals?: unknown }).proposals)
      ? { items: (data as { proposals: unknown[] }).proposals, root: ["proposals"] }
      : undefined;
  if (list === undefined)
    return {
      proposals: [],
      issues: [{ path: [], message: "Tệp phải là danh sách đề nghị hoặc đối tượng có trường “proposals”." }],
    };
  const proposals: AwardProposal[] = [];
  const issues: LocatedIssue[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((item, i) => {
    const r = parseAwardProposal(item);
    if (!r.ok) {
      for (const issue of r.issues)
        issues.push({ path: [...list.root, i, ...issue.path], message: issue.message });
      return;
    }
    const first = seen.get(r.value.id);
    if (first !== undefined)
      issues.push({
        path: [...list.root, i, "id"],
        message: `Mã đề nghị “${r.value.id}” trùng với đề nghị thứ ${first + 1}.`,
      });
    else seen.set(r.value.id, i);
    proposals.push(r.value);
  });
  if (list.items.length === 0) issues.push({ path: list.root, message: "Danh sách đề nghị trống." });
  return { proposals, issues };
};

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** The reasons of one proposal for the list: each criterion except information rules, with its outcome. */
const reasonLines = (p: AwardProposalDocument["proposals"][number]): string =>
  p.reasons
    .filter((r) => r.rule !== "tt04.noi_dung_chua_doi_chieu")
    .map((r) => `[${ELIGIBILITY_LABELS_VI[r.outcome].toLowerCase()}] ${r.text}`)
    .join("\n");

/** The Danh sách đề nghị khen thưởng and its tallies as printable sheets. */
export const awardSheets = (doc: AwardProposalDocument): PrintableSheet[] => {
  const rows: PrintableRow[] = [];
  doc.summary.groups.forEach((g, gi) => {
    rows.push({
      section: `${ROMAN[gi] ?? gi + 1}. ${g.title.toLocaleUpperCase("vi")} (${recipientsText(g.collective, g.individual)})`,
    });
    const members = doc.proposals.filter(
      (p) => p.form === g.form && p.issuerKind === g.issuerKind && p.issuerName === g.issuerName,
    );
    (["collective", "individual"] as const).forEach((kind, ki) => {
      const list = members.filter((p) => p.recipientKind === kind);
      if (list.length === 0) return;
      rows.push({
        section: `${ki + 1}. ${kind === "collective" ? "Tập thể" : "Cá nhân"} (${formatNumber(list.length)})`,
      });
      list.forEach((p, i) => {
        rows.push([
          i + 1,
          p.recipientName,
          p.position ?? "",
          p.achievement,
          `${formatDate(p.proposedOn)} (năm ${p.year})`,
          p.outcomeTitle,
          reasonLines(p),
        ]);
      });
    });
  });
  const o = doc.summary.outcomes;
  return [
    {
      name: "Danh sách đề nghị",
      title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
      subtitle: "Phong trào Toàn dân bảo vệ an ninh Tổ quốc (kèm theo Tờ trình số ……/TTr-…… ngày ……/……/……)",
      headers: [
        "STT",
        "Tên tập thể, họ tên cá nhân",
        "Chức vụ, đơn vị công tác",
        "Tóm tắt thành tích",
        "Ngày đề nghị (năm thành tích)",
        "Kết quả xét điều kiện",
        "Lý do, căn cứ",
      ],
      widths: [6, 30, 30, 40, 14, 14, 60],
      rows,
      after: [
        `Tổng cộng: ${formatNumber(doc.summary.total)} đề nghị (${recipientsText(doc.summary.collective, doc.summary.individual)}); đủ điều kiện ${formatNumber(o.dat)}, chưa đủ điều kiện ${formatNumber(o.chua_dat)}, cần xem xét ${formatNumber(o.can_xem_xet)}, không áp dụng ${formatNumber(o.khong_ap_dung)}.`,
      ],
    },
    {
      name: "Tổng hợp",
      title: "TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG THEO HÌNH THỨC, CẤP KHEN THƯỞNG",
      headers: [
        "Hình thức",
        "Cấp khen thưởng",
        "Tập thể",
        "Cá nhân",
        "Tổng số",
        "Đủ điều kiện",
        "Chưa đủ điều kiện",
        "Cần xem xét",
        "Không áp dụng",
      ],
      widths: [16, 36, 10, 10, 10, 12, 12, 12, 12],
      rows: [
        ...doc.summary.groups.map((g) => [
          g.formTitle,
          g.issuerName,
          g.collective,
          g.individual,
          g.total,
          g.outcomes.dat,
          g.outcomes.chua_dat,
          g.outcomes.can_xem_xet,
          g.outcomes.khong_ap_dung,
        ]),
        [
          "Tổng cộng",
          "",
          doc.summary.collective,
          doc.summary.individual,
          doc.summary.total,
          o.dat,
          o.chua_dat,
          o.can_xem_xet,
          o.khong_ap_dung,
        ],
      ],
    },
  ];
};

/** Loads the province configuration (`--cau-hinh`) into an overlay; located issues exit 2. */
const loadProvinceConfig = (file: Option.Option<string>) =>
  Effect.gen(function* () {
    if (Option.isNone(file)) return [] as Overlay<AwardProposal>[];
    const parsed = parseProvinceConfig(yield* readJsonFile(file.value));
    if (!parsed.ok)
      return yield* rejectLocated(file.value, parsed.issues, "Tệp cấu hình khen thưởng của tỉnh");
    return [parsed.value];
  });

const consoleLines = (doc: AwardProposalDocument, out: string | undefined): string[] => {
  const o = doc.summary.outcomes;
  const lines = [
    `XÉT ĐIỀU KIỆN KHEN THƯỞNG: ${formatNumber(doc.summary.total)} đề nghị (${recipientsText(doc.summary.collective, doc.summary.individual)})`,
    ...doc.summary.groups.map(
      (g) =>
        `- ${g.text} — đủ điều kiện ${formatNumber(g.outcomes.dat)}, chưa đủ ${formatNumber(g.outcomes.chua_dat)}, cần xem xét ${formatNumber(g.outcomes.can_xem_xet)}`,
    ),
    `Kết quả: đủ điều kiện ${formatNumber(o.dat)}; chưa đủ điều kiện ${formatNumber(o.chua_dat)}; cần xem xét ${formatNumber(o.can_xem_xet)}; không áp dụng ${formatNumber(o.khong_ap_dung)}`,
  ];
  const notYet = doc.proposals.filter((p) => p.outcome === "chua_dat");
  if (notYet.length > 0) {
    lines.push("Chưa đủ điều kiện:");
    for (const p of notYet.slice(0, 30)) {
      const why = p.reasons.filter((r) => r.outcome === "chua_dat").map((r) => r.text);
      lines.push(`  ${p.id} ${p.recipientName}: ${why.join("; ")}`);
    }
  }
  const review = new Map<string, number>();
  for (const p of doc.proposals)
    for (const r of p.reasons)
      if (r.outcome === "can_xem_xet" && r.rule !== "tt04.noi_dung_chua_doi_chieu")
        review.set(r.text, (review.get(r.text) ?? 0) + 1);
  if (review.size > 0) {
    lines.push("Cần xem xét:");
    for (const [text, n] of review) lines.push(`  ${formatNumber(n)} đề nghị: ${text}`);
  }
  lines.push(
    "Lưu ý: điều kiện, tỷ lệ của Thông tư 04/2024/TT-BCA chưa đối chiếu; cán bộ kiểm tra thêm trước khi trình.",
  );
  if (out) lines.push(`Đã ghi: ${out}`);
  return lines;
};

export const awardsCommand = Command.make(
  "khen-thuong",
  {
    file: Argument.String("tệp").pipe(
      Argument.withDescription(
        'Danh sách đề nghị khen thưởng: tệp Excel theo mẫu (antq mau --loai de-nghi-khen-thuong) hoặc JSON ({"proposals": [...]})',
      ),
    ),
    config: Flag.String("cau-hinh").pipe(
      Flag.withDescription(
        "Tệp cấu hình tiêu chuẩn khen thưởng của tỉnh (JSON: province, document, from, conditions) cho các điều kiện chưa có văn bản quốc gia",
      ),
      Flag.optional,
    ),
    reading: readingFlag,
    out: Flag.String("ra").pipe(
      Flag.withAlias("o"),
      Flag.withDescription("Ghi Danh sách đề nghị khen thưởng ra tệp Excel (.xlsx) để in"),
      Flag.optional,
    ),
    json: jsonFlag,
  },
  ({ file, config, reading, out, json }) =>
    Effect.gen(function* () {
      const target = Option.getOrUndefined(out);
      if (target !== undefined && !target.toLowerCase().endsWith(".xlsx"))
        return yield* new InvalidInputError({
          message: `Tệp danh sách (--ra) phải có đuôi .xlsx: ${target}`,
        });
      const overlays = yield* loadProvinceConfig(config);
      const readings: Readings = readingsFrom({}, reading);
      let proposals: AwardProposal[];
      if (isWorkbook(file)) proposals = yield* proposalsFromWorkbook(file);
      else {
        const parsed = proposalsOf(yield* readJsonFile(file));
        if (parsed.issues.length > 0)
          return yield* rejectLocated(file, parsed.issues, "Tệp đề nghị khen thưởng");
        proposals = parsed.proposals;
      }
      const results = yield* Effect.try({
        try: () => assessAwardProposals(proposals, { overlays, readings }),
        catch: (error) =>
          new InvalidInputError({
            message: `Không xét được điều kiện: ${error instanceof Error ? error.message : String(error)}`,
          }),
      });
      const doc = awardProposalDocument(proposals, results);
      if (target !== undefined) {
        const bytes = yield* Effect.promise(() => printableWorkbook(awardSheets(doc)));
        yield* atomicWriteFile(target, bytes, { inputs: [file] });
      }
      if (json) yield* printJson(doc);
      else yield* printText(consoleLines(doc, target).join("\n"));
    }),
).pipe(
  Command.withAlias("awards"),
  Command.withDescription(
    "Xét điều kiện khen thưởng (Bằng khen, Giấy khen, Kỷ niệm chương) và lập Danh sách đề nghị khen thưởng",
  ),
  Command.withExamples([
    {
      command: "antq khen-thuong de-nghi.json --ra danh-sach-de-nghi.xlsx",
      description: "Xét điều kiện và ghi danh sách đề nghị để in",
    },
  ]),
);
