/**
 * Streaming .xlsx input: the rows of every known sheet go into a {@link DatasetBuilder} one at a time, so a
 * workbook of 100 000 units is never held in memory as a whole.
 *
 * exceljs' streaming `WorkbookReader` parses the sheets (values, shared strings, styles for dates), but its own
 * unzipping is not used: it reads the zip entries in stored order through a racy stream helper, and on Node 20
 * about half the reads of a workbook written by exceljs itself (the layout of `antq mau` and `antq demo`) fail
 * with "Cannot read properties of undefined (reading 'sheets')", and a few silently come back with sheet names
 * "Sheet1"… and without date styles (exceljs issue 3064). Instead the reader's `parse` is replaced by one that
 * opens each part at its offset from the zip central directory (already read by the limit check), parses the
 * workbook relationships, workbook, shared strings and styles first, and then streams the worksheets in tab
 * order, which is the order the in-memory reader used. Every part is inflated with a cap at the size its
 * directory entry declares, so the limit check cannot be bypassed by a directory that lies.
 *
 * What the reader returns is the same as the former in-memory read (`workbook.xlsx.readFile`):
 * - sheet names from the workbook part, unknown sheets reported as UNKNOWN_SHEET except "Hướng dẫn" and
 *   "Danh mục", row 1 as headers, 1-based row numbers, empty rows skipped;
 * - cell values through {@link cellText}; formula results in a date format become dates and error results
 *   empty, as exceljs' in-memory reader makes them (the streaming parser leaves them as numbers);
 * - merged cells: every cell of a merged range reads as its top-left cell, also in rows that exist only
 *   because of the merge. The ranges are listed after the rows in the sheet part, so a sheet is inflated once
 *   to find them before its rows are read.
 *
 * - rich text joined, also in inline strings (exceljs' streaming parser alone would keep only the last run).
 *
 * Known difference, from exceljs' streaming parser: a formula with a yes/no result reads as 1/0 instead of
 * true/false (the "Có/Không" columns accept both).
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline, Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw } from "node:zlib";
import type { DatasetBuilder, RawCell } from "@antq/sheets";
import { detachString, specBySheetName } from "@antq/sheets";
import { Effect } from "effect";
import ExcelJS from "exceljs";
import { InputFileError } from "../errors.js";
import { readXlsxDirectory, type ZipEntry } from "../io/limits.js";
import { cellText } from "../io/xlsx.js";

const CORRUPT =
  "tệp Excel bị hỏng, không có trang tính nào hoặc không đúng định dạng .xlsx; hãy mở bằng Excel và lưu lại dạng .xlsx";

const IGNORED_SHEETS = new Set(["hướng dẫn", "huong dan", "danh mục", "danh muc"]);

/** A problem with the file whose message is shown as is. */
class XlsxProblem extends Error {}

/** An exception thrown by the builder: a programming error, not a problem of the file. */
class BuilderFailure {
  constructor(readonly cause: unknown) {}
}

/** The inflated bytes of one zip entry, read at its offset; more bytes than the directory declares fail. */
async function* entryBytes(file: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  if ((entry.flags & 1) !== 0) {
    throw new XlsxProblem("tệp Excel có phần được mã hoá; hãy bỏ mật khẩu rồi lưu lại dạng .xlsx");
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new XlsxProblem(
      `tệp Excel dùng kiểu nén không được hỗ trợ (${entry.method}); hãy mở bằng Excel và lưu lại dạng .xlsx`,
    );
  }
  const handle = await open(file, "r");
  let start: number;
  try {
    const header = Buffer.alloc(30);
    const { bytesRead } = await handle.read(header, 0, 30, entry.localHeaderOffset);
    if (bytesRead < 30 || header.readUInt32LE(0) !== 0x04034b50) throw new XlsxProblem(CORRUPT);
    start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1 });
  const source: Readable = entry.method === 8 ? pipeline(raw, createInflateRaw(), () => undefined) : raw;
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.uncompressedSize) {
        throw new XlsxProblem(
          `thành phần ${entry.name} giải nén ra nhiều hơn kích thước ghi trong tệp; tệp bị hỏng hoặc là "bom zip" nên bị từ chối`,
        );
      }
      yield chunk;
    }
  } finally {
    source.destroy();
  }
}

/**
 * The text of a part, decoded as UTF-8 across chunk boundaries. exceljs decodes every chunk on its own, which
 * turns a character split between two chunks into "\ufffd\ufffd" (seen in a header of a 100 000-unit
 * workbook: "người lao ��ộng"); given strings, it uses them as they are.
 */
async function* utf8(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let first = true;
  for await (const chunk of source) {
    let text = decoder.write(chunk);
    if (first && text !== "") {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text !== "") yield text;
  }
  const rest = decoder.end();
  if (rest !== "") yield rest;
}

const IS_OPEN = Buffer.from("<is>");
const IS_CLOSE = Buffer.from("</is>");

/** An inline string `<is>…</is>` with rich-text runs as one `<t>` with their texts joined (phonetic runs left out). */
const joinRuns = (region: Buffer): Buffer => {
  const xml = region.toString("utf8");
  if (!/<r[\s>]/.test(xml)) return region;
  const texts = [
    ...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g),
  ].map((m) => m[1]);
  return Buffer.from(`<is><t xml:space="preserve">${texts.join("")}</t></is>`, "utf8");
};

/**
 * A sheet part with every rich-text inline string made plain: exceljs' streaming parser keeps only the last
 * run of `<is><r><t>a</t></r><r><t>b</t></r></is>` (exceljs' streaming writer writes rich text so), its
 * in-memory reader all of them.
 */
async function* joinInlineRuns(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    const data: Buffer = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    const out: Buffer[] = [];
    let position = 0;
    for (;;) {
      const open = data.indexOf(IS_OPEN, position);
      if (open < 0) {
        const keep = Math.max(position, data.length - (IS_OPEN.length - 1));
        out.push(data.subarray(position, keep));
        pending = data.subarray(keep);
        break;
      }
      const close = data.indexOf(IS_CLOSE, open);
      if (close < 0) {
        out.push(data.subarray(position, open));
        pending = data.subarray(open);
        break;
      }
      out.push(data.subarray(position, open), joinRuns(data.subarray(open, close + IS_CLOSE.length)));
      position = close + IS_CLOSE.length;
    }
    if (out.length === 1) yield out[0] as Buffer;
    else if (out.length > 1) yield Buffer.concat(out);
  }
  if (pending.length > 0) yield pending;
}

/** The merged ranges of a sheet part, found by inflating it once (they follow the rows). */
const findMerges = async (file: string, entry: ZipEntry): Promise<MergeRange[]> => {
  const open = Buffer.from("<mergeCells");
  let tail = Buffer.alloc(0);
  let found: Buffer[] | undefined;
  for await (const chunk of entryBytes(file, entry)) {
    if (found) {
      found.push(chunk);
      continue;
    }
    const window = Buffer.concat([tail, chunk]);
    const at = window.indexOf(open);
    if (at >= 0) found = [window.subarray(at)];
    else tail = window.subarray(Math.max(0, window.length - open.length));
  }
  if (!found) return [];
  const text = Buffer.concat(found).toString("utf8");
  const end = text.indexOf("</mergeCells>");
  const ranges: MergeRange[] = [];
  for (const match of (end >= 0 ? text.slice(0, end) : text).matchAll(
    /<mergeCell\b[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g,
  )) {
    const [, c1, r1, c2, r2] = match as unknown as [string, string, string, string, string];
    const left = columnNumber(c1);
    const right = columnNumber(c2);
    ranges.push({
      top: Math.min(Number(r1), Number(r2)),
      bottom: Math.max(Number(r1), Number(r2)),
      left: Math.min(left, right),
      right: Math.max(left, right),
    });
  }
  return ranges;
};

interface MergeRange {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

const columnNumber = (letters: string): number => {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
};

/** exceljs' test for a date number format (`utils.isDateFmt`). */
const isDateFormat = (format: string | undefined): boolean =>
  format !== undefined && /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

/** An Excel serial date as a Date (`utils.excelToDate`). */
const excelDate = (serial: number, date1904: boolean): Date =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

/** The parts of exceljs 4.4.0's streaming `WorkbookReader` used here (not in its type declarations). */
interface ReaderInternals {
  model?: { sheets?: ReadonlyArray<{ readonly name: string; readonly rId: string }> };
  workbookRels?: ReadonlyArray<{ readonly Id: string; readonly Target: string }>;
  properties?: { model?: { date1904?: boolean } };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(
    iterator: AsyncIterable<string>,
    sheetNo: string,
  ): Iterable<{ eventType: string; value: StreamedSheet }>;
  parse: () => AsyncGenerator<{ eventType: string; value: unknown }>;
}

/** A worksheet as the streaming reader yields it. */
interface StreamedSheet extends AsyncIterable<ExcelJS.Row> {
  name: string;
}

/**
 * A streaming reader over the parts of `file` listed in `entries`: workbook relationships, workbook, shared
 * strings and styles first, then the worksheets in tab order, each yielded with its name and its zip entry.
 */
const openReader = (file: string, entries: ReadonlyArray<ZipEntry>) => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache", // date-formatted numbers come back as Date
    entries: "emit",
  });
  const internals = reader as unknown as ReaderInternals;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const part = (name: string) => {
    const entry = byName.get(name);
    return entry ? Readable.from(utf8(entryBytes(file, entry))) : undefined;
  };
  const sheetEntries = new Map<StreamedSheet, ZipEntry>();
  internals.parse = async function* () {
    const rels = part("xl/_rels/workbook.xml.rels");
    if (rels) await internals._parseRels(rels);
    const workbook = part("xl/workbook.xml");
    if (workbook) await internals._parseWorkbook(workbook);
    const strings = part("xl/sharedStrings.xml");
    if (strings) for await (const _ of internals._parseSharedStrings(strings));
    const styles = part("xl/styles.xml");
    if (styles) await internals._parseStyles(styles);
    // As exceljs' in-memory reader: sheets of the workbook part, in order, whose relationship points to a
    // worksheet part (chart sheets and missing parts are left out).
    const targets = new Map((internals.workbookRels ?? []).map((r) => [r.Id, r.Target]));
    const plan: { name: string; entry: ZipEntry; sheetNo: string }[] = [];
    for (const sheet of internals.model?.sheets ?? []) {
      const target = targets.get(sheet.rId);
      if (target === undefined) continue;
      const path = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
      const match = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(path);
      const entry = byName.get(path);
      if (match && entry) plan.push({ name: sheet.name, entry, sheetNo: match[1] as string });
    }
    if (plan.length === 0) throw new XlsxProblem(CORRUPT);
    for (const { name, entry, sheetNo } of plan) {
      for (const event of internals._parseWorksheet(utf8(joinInlineRuns(entryBytes(file, entry))), sheetNo)) {
        event.value.name = name;
        sheetEntries.set(event.value, entry);
        yield event;
      }
    }
  };
  return {
    sheets: reader as unknown as AsyncIterable<StreamedSheet>,
    entryOf: (sheet: StreamedSheet) => sheetEntries.get(sheet) as ZipEntry,
    date1904: () => internals.properties?.model?.date1904 === true,
  };
};

/**
 * The value of a cell as {@link cellText} gives it after exceljs' in-memory read: formula results in a date
 * format as dates, error results (NaN from the streaming parser) as empty.
 */
const cellValue = (cell: ExcelJS.Cell, date1904: boolean): RawCell => {
  const value = cell.value;
  if (typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value)) {
    const result = (value as { result?: unknown }).result;
    if (typeof result === "number") {
      if (Number.isNaN(result)) return undefined;
      if (isDateFormat(cell.numFmt)) return excelDate(result, date1904);
    }
  }
  const text = cellText(cell);
  // Kept in memory until the whole workbook is read: detached from the XML text it was parsed from.
  return typeof text === "string" ? detachString(text) : text;
};

/** More merged cells than this is not a data sheet (exceljs' in-memory reader would create every one of them). */
const MAX_MERGED_CELLS = 10_000_000;

/** Merged ranges by the rows they cover, with the value of their top-left cell once it has been read. */
class Merges {
  private readonly byRow = new Map<number, { range: MergeRange; index: number }[]>();
  private readonly values: RawCell[] = [];
  /** Rows covered by a range, ascending. */
  readonly rows: number[];

  constructor(readonly ranges: readonly MergeRange[]) {
    let cells = 0;
    for (const range of ranges) cells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (cells > MAX_MERGED_CELLS) {
      throw new XlsxProblem(
        "trang tính có quá nhiều ô gộp (hơn 10 triệu ô); hãy bỏ gộp ô rồi lưu lại dạng .xlsx",
      );
    }
    ranges.forEach((range, index) => {
      for (let r = range.top; r <= range.bottom; r++) {
        let list = this.byRow.get(r);
        if (!list) {
          list = [];
          this.byRow.set(r, list);
        }
        list.push({ range, index });
      }
    });
    this.rows = [...this.byRow.keys()].sort((a, b) => a - b);
  }

  /** Records the top-left values of the ranges starting on this row (before reading its cells). */
  seeRow(rowNumber: number, read: (column: number) => RawCell): void {
    for (const { range, index } of this.byRow.get(rowNumber) ?? []) {
      if (range.top === rowNumber) this.values[index] = read(range.left);
    }
  }

  /** The merged value of a cell, or `undefined` when the cell is a top-left cell or not merged. */
  covered(rowNumber: number, column: number): { value: RawCell } | undefined {
    for (const { range, index } of this.byRow.get(rowNumber) ?? []) {
      if (column < range.left || column > range.right) continue;
      if (rowNumber === range.top && column === range.left) return undefined;
      return { value: this.values[index] };
    }
    return undefined;
  }

  /** Whether a range covers a cell of this row. */
  coversRow(rowNumber: number): boolean {
    return this.byRow.has(rowNumber);
  }

  /** Covered columns of a row, ascending (for the header row). */
  coveredColumns(rowNumber: number): number[] {
    const columns: number[] = [];
    for (const { range } of this.byRow.get(rowNumber) ?? []) {
      for (let c = range.left; c <= range.right; c++) {
        if (!(rowNumber === range.top && c === range.left)) columns.push(c);
      }
    }
    return columns;
  }
}

/** Reads every known sheet of one workbook into the builder. */
const readSheets = async (
  builder: DatasetBuilder,
  file: string,
  entries: ReadonlyArray<ZipEntry>,
  onRow: ((rows: number) => void | Promise<void>) | undefined,
): Promise<void> => {
  const reader = openReader(file, entries);
  const build = (f: () => void) => {
    try {
      f();
    } catch (error) {
      throw new BuilderFailure(error);
    }
  };
  for await (const sheet of reader.sheets) {
    const name = sheet.name;
    const spec = specBySheetName(name);
    if (!spec) {
      if (!IGNORED_SHEETS.has(name.normalize("NFC").trim().toLocaleLowerCase("vi"))) {
        builder.issues.push({
          severity: "warning",
          code: "UNKNOWN_SHEET",
          message: `Trang tính "${name}" không thuộc mẫu của antq nên được bỏ qua.`,
          file,
          sheet: name,
        });
      }
      continue; // the sheet part is never opened
    }
    const date1904 = reader.date1904();
    const merges = new Merges(await findMerges(file, reader.entryOf(sheet)));
    const where = { file, sheet: name };
    let binding: ReturnType<DatasetBuilder["bindHeaders"]> | undefined;
    const bindHeaders = (row: ExcelJS.Row | undefined) => {
      const headers = new Map<number, string>();
      row?.eachCell({ includeEmpty: false }, (cell, index) => {
        const text = cellValue(cell, date1904);
        headers.set(index, text === undefined ? "" : String(text));
      });
      for (const index of merges.coveredColumns(1)) {
        const merged = merges.covered(1, index)?.value;
        headers.set(index, merged === undefined ? "" : String(merged));
      }
      const list = [...headers].sort(([a], [b]) => a - b).map(([index, text]) => ({ text, index }));
      build(() => {
        binding = builder.bindHeaders(spec, list, where);
      });
    };
    let pending = 0;
    const flush = async () => {
      if (pending > 0 && onRow) await onRow(pending);
      pending = 0;
    };
    const add = (rowNumber: number, cells: (index: number) => RawCell) => {
      const { bound, count } = binding as NonNullable<typeof binding>;
      build(() => builder.addRow(spec, bound, count, { file, sheet: name, row: rowNumber }, cells));
      pending++;
    };
    let mergeRow = 0; // next index into merges.rows
    /** Rows before `limit` that exist only because a merged range covers them. */
    const addMergedRowsBefore = (limit: number, seen: number) => {
      while (mergeRow < merges.rows.length && (merges.rows[mergeRow] as number) < limit) {
        const r = merges.rows[mergeRow++] as number;
        if (r < 2 || r <= seen) continue;
        add(r, (index) => merges.covered(r, index)?.value);
      }
    };
    let last = 1;
    for await (const row of sheet) {
      const r = row.number;
      if (r === 1) {
        merges.seeRow(1, (c) => cellValue(row.getCell(c), date1904));
        bindHeaders(row);
        continue;
      }
      if (!binding) bindHeaders(undefined);
      addMergedRowsBefore(r, last);
      last = Math.max(last, r);
      if (merges.coversRow(r)) {
        merges.seeRow(r, (c) => cellValue(row.getCell(c), date1904));
        add(r, (index) => {
          const merged = merges.covered(r, index);
          return merged ? merged.value : cellValue(row.getCell(index), date1904);
        });
      } else if (row.hasValues) add(r, (index) => cellValue(row.getCell(index), date1904));
      if (pending >= 1000) await flush();
    }
    if (!binding) bindHeaders(undefined);
    addMergedRowsBefore(Number.POSITIVE_INFINITY, last);
    await flush();
  }
};

/**
 * Reads every known sheet of an .xlsx workbook into the builder, streaming its rows. The file passes the
 * size and compression limits first; a file that cannot be read gives an {@link InputFileError} with a
 * Vietnamese message. `onRow` is called with the number of rows read since its last call.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * yield* readXlsxInto(builder, "du-lieu.xlsx");
 * const dataset = builder.finish();
 * ```
 */
export const readXlsxInto = (
  builder: DatasetBuilder,
  file: string,
  onRow?: (rows: number) => void | Promise<void>,
): Effect.Effect<void, InputFileError> =>
  Effect.flatMap(readXlsxDirectory(file), (entries) =>
    Effect.tryPromise({
      try: () => readSheets(builder, file, entries, onRow),
      catch: (error) => {
        if (error instanceof BuilderFailure) throw error.cause;
        return new InputFileError({ file, message: error instanceof XlsxProblem ? error.message : CORRUPT });
      },
    }),
  );
