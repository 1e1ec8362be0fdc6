/**
 * Reading an .xlsx workbook, in Node and in browsers: the bytes (an `ArrayBuffer`, a `Uint8Array`, a web
 * `ReadableStream` or an async iterable of chunks) are held compressed, or, from a `Blob` (a browser `File`,
 * Node's `fs.openAsBlob`), read one part at a time; the zip directory is checked against
 * {@link XlsxLimits} (zip bombs) and then each part is inflated in chunks (fflate) and scanned for its rows
 * without building a document tree. Only values are read; nothing is ever written back into an officer's
 * workbook. Measured against exceljs' public streaming `WorkbookReader` in the package README.
 *
 * What a sheet reads as (the same as the CLI's former exceljs reader):
 * - sheet names from the workbook part, in tab order; 1-based row numbers; empty rows skipped;
 * - shared and inline strings (rich-text runs joined, phonetic runs left out) in NFC, trimmed, "" as empty;
 * - numbers; numbers in a date format as `Date` (1900 system, or 1904 when the workbook says so); ISO `d`
 *   cells as `Date`; booleans; error cells (`#N/A`, …) as empty; formulas as their cached result;
 * - merged cells: every cell of a merged range reads as its top-left cell, also in rows that exist only
 *   because of the merge (the ranges follow the rows in the sheet part, so a sheet is inflated once to find
 *   them before its rows are read).
 */
import type { RawCell } from "../cells.js";
import { modelSheetKind } from "../cycle/model.js";
import type { DatasetBuilder } from "../dataset.js";
import { detachString } from "../detach.js";
import type { RowSource } from "../rows.js";
import { specBySheetName } from "../specs.js";
import {
  CORRUPT_MESSAGE,
  DEFAULT_XLSX_LIMITS,
  entryChunks,
  fileSizeProblem,
  readZipDirectory,
  XlsxFileError,
  type XlsxLimits,
  type ZipEntry,
  ZipFile,
} from "./zip.js";

/**
 * A workbook's bytes: in memory, a stream of chunks (read into memory compressed, within the limits), or a
 * `Blob` (a `File`), read one part at a time, so that the compressed file is not held in memory.
 *
 * @example
 * ```ts
 * const input: XlsxInput = new Blob([demoWorkbook]).stream(); // a File's stream() in a browser
 * const names: string[] = [];
 * for await (const sheet of readXlsxSheets(input)) names.push(sheet.name);
 * names.includes("Khu dân cư"); //=> true
 * ```
 */
export type XlsxInput =
  | ArrayBuffer
  | Uint8Array
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>;

/**
 * One non-empty row of a sheet: its 1-based number and its cells, `cells[0]` being column A.
 *
 * @example
 * ```ts
 * for await (const sheet of readXlsxSheets(demoWorkbook)) {
 *   if (sheet.name !== "Khu dân cư") continue;
 *   for await (const batch of sheet.rows()) {
 *     const header: XlsxRow = batch[0]!;
 *     [header.line, header.cells[0]]; //=> [1, "Mã đơn vị"]
 *     break;
 *   }
 * }
 * ```
 */
export interface XlsxRow {
  readonly line: number;
  readonly cells: readonly RawCell[];
}

/**
 * A worksheet of a workbook being read: its name and its rows in batches (read once).
 *
 * @example
 * ```ts
 * const sheets: XlsxSheet[] = [];
 * for await (const sheet of readXlsxSheets(demoWorkbook)) sheets.push(sheet);
 * sheets[0]?.name; //=> "Hướng dẫn"
 * ```
 */
export interface XlsxSheet {
  readonly name: string;
  /** Non-empty rows, header row included, in batches; merged ranges read as their top-left cell. */
  rows(): AsyncIterable<readonly XlsxRow[]>;
}

/**
 * Options of {@link readXlsxSheets} and {@link readXlsxInto}.
 *
 * @example
 * ```ts
 * const options: XlsxReadOptions = { limits: { ...DEFAULT_XLSX_LIMITS, maxEntries: 2 } };
 * let code: string | undefined;
 * try {
 *   for await (const _ of readXlsxSheets(demoWorkbook, options));
 * } catch (e) {
 *   code = e instanceof XlsxFileError ? e.code : undefined;
 * }
 * code; //=> "XLSX_LIMIT"
 * ```
 */
export interface XlsxReadOptions {
  /** Size and compression limits; {@link DEFAULT_XLSX_LIMITS} by default. */
  readonly limits?: XlsxLimits;
}

const isStream = (input: XlsxInput): input is ReadableStream<Uint8Array> =>
  typeof (input as ReadableStream).getReader === "function";

/** A zip's checked entries by name, and the bytes of one entry at a time (with the entry located in them). */
interface Archive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  part(entry: ZipEntry): Promise<{ bytes: Uint8Array; entry: ZipEntry }>;
}

const archiveOf = async (input: XlsxInput, limits: XlsxLimits): Promise<Archive> => {
  if (typeof Blob !== "undefined" && input instanceof Blob) {
    const zip = await ZipFile.open(input, limits);
    return { entries: new Map(zip.entries.map((e) => [e.name, e])), part: (entry) => zip.entryBytes(entry) };
  }
  const bytes = await bytesOf(input as Exclude<XlsxInput, Blob>, limits);
  return {
    entries: new Map(readZipDirectory(bytes, limits).map((e) => [e.name, e])),
    part: async (entry) => ({ bytes, entry }),
  };
};

/** The whole input as one array, failing with XLSX_LIMIT as soon as it grows past the file limit. */
const bytesOf = async (input: Exclude<XlsxInput, Blob>, limits: XlsxLimits): Promise<Uint8Array> => {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  const parts: Uint8Array[] = [];
  let total = 0;
  const add = (chunk: Uint8Array) => {
    total += chunk.length;
    const problem = fileSizeProblem(total, limits);
    if (problem) throw new XlsxFileError("XLSX_LIMIT", problem);
    parts.push(chunk);
  };
  if (isStream(input)) {
    const reader = input.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        add(value);
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of input) add(chunk);
  }
  if (parts.length === 1) return parts[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
};

const decoder = new TextDecoder();

/** The whole text of a (small) part. */
const partText = (bytes: Uint8Array, entry: ZipEntry): string => {
  const stream = new TextDecoder();
  let text = "";
  for (const chunk of entryChunks(bytes, entry)) text += stream.decode(chunk, { stream: true });
  return text + stream.decode();
};

const ENTITY = /&(?:(amp)|(lt)|(gt)|(quot)|(apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const decodeXml = (text: string): string =>
  text.indexOf("&") < 0
    ? text
    : text.replace(ENTITY, (whole, amp, lt, gt, quot, apos, dec, hex) => {
        if (amp) return "&";
        if (lt) return "<";
        if (gt) return ">";
        if (quot) return '"';
        if (apos) return "'";
        const code = dec !== undefined ? Number(dec) : Number.parseInt(hex, 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      });

/** The value of an attribute in an opening tag (quoted with `"` as every spreadsheet writes, or `'`). */
const attribute = (tag: string, name: string): string | undefined => {
  let at = tag.indexOf(` ${name}="`);
  if (at < 0) at = tag.indexOf(` ${name}='`);
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  const end = tag.indexOf(tag.charAt(start - 1), start);
  return end < 0 ? undefined : tag.slice(start, end);
};

/** The texts of `<t>` elements of a string item (rich-text runs joined, phonetic `<rPh>` runs left out). */
const stringItem = (xml: string): string => {
  let body = xml;
  if (body.indexOf("<rPh") >= 0) body = body.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  let at = 0;
  for (;;) {
    const open = body.indexOf("<t", at);
    if (open < 0) break;
    const next = body.charCodeAt(open + 2);
    const close = body.indexOf(">", open);
    if (close < 0) break;
    if (next !== 62 /* > */ && next !== 32 /* space */ && next !== 47 /* / */) {
      at = close + 1;
      continue;
    }
    if (body.charCodeAt(close - 1) === 47) {
      at = close + 1; // <t/>
      continue;
    }
    const end = body.indexOf("</t>", close);
    if (end < 0) break;
    text += body.slice(close + 1, end);
    at = end + 4;
  }
  return decodeXml(text);
};

/** A string as antq reads it: NFC, trimmed, empty as `undefined`. */
const cleanText = (text: string): string | undefined => {
  const clean = text.normalize("NFC").trim();
  return clean === "" ? undefined : clean;
};

/** exceljs' test for a date number format (`utils.isDateFmt`). */
const isDateFormat = (format: string): boolean =>
  /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

/** Built-in number formats that are dates or times. */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** For each cell style index, whether its number format is a date. */
const dateStyles = (xml: string): boolean[] => {
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = attribute(match[0], "numFmtId");
    const code = attribute(match[0], "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), decodeXml(code));
  }
  const start = xml.indexOf("<cellXfs");
  const end = xml.indexOf("</cellXfs>", start);
  if (start < 0 || end < 0) return [];
  const styles: boolean[] = [];
  for (const match of xml.slice(start, end).matchAll(/<xf\b[^>]*>/g)) {
    const id = Number(attribute(match[0], "numFmtId") ?? "0");
    const code = custom.get(id);
    styles.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id));
  }
  return styles;
};

/** An Excel serial date as a Date (exceljs' `utils.excelToDate`). */
const excelDate = (serial: number, date1904: boolean): Date =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

const columnNumber = (reference: string): number => {
  let n = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
};

interface MergeRange {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** More merged cells than this is not a data sheet. */
const MAX_MERGED_CELLS = 10_000_000;

/** Merged ranges by the rows they cover, with the value of their top-left cell once it has been read. */
class Merges {
  private readonly byRow = new Map<number, { range: MergeRange; index: number }[]>();
  private readonly values: RawCell[] = [];
  /** Rows covered by a range, ascending. */
  readonly rows: number[];

  constructor(ranges: readonly MergeRange[]) {
    let cells = 0;
    for (const range of ranges) cells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (cells > MAX_MERGED_CELLS) {
      throw new XlsxFileError(
        "XLSX_LIMIT",
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

  /** Whether a range covers a cell of this row. */
  covers(line: number): boolean {
    return this.byRow.has(line);
  }

  /** Applies the ranges to a row read from the sheet (or an empty one): covered cells take the top-left value. */
  apply(line: number, cells: RawCell[]): RawCell[] {
    const list = this.byRow.get(line);
    if (!list) return cells;
    for (const { range, index } of list) {
      if (range.top === line) this.values[index] = cells[range.left - 1];
    }
    for (const { range, index } of list) {
      for (let c = range.left; c <= range.right; c++) {
        if (line === range.top && c === range.left) continue;
        cells[c - 1] = this.values[index];
      }
    }
    return cells;
  }
}

/** The merged ranges of a sheet part, found by inflating it once (they follow the rows). */
const findMerges = (bytes: Uint8Array, entry: ZipEntry): MergeRange[] => {
  // "<mergeCells" is searched in the bytes: a sheet's rows are not decoded in this pass.
  const pattern = new TextEncoder().encode("<mergeCells");
  let tail = new Uint8Array(0);
  let found: Uint8Array[] | undefined;
  for (const chunk of entryChunks(bytes, entry)) {
    if (found) {
      found.push(chunk);
      continue;
    }
    const window = tail.length > 0 ? concat([tail, chunk]) : chunk;
    const at = indexOfBytes(window, pattern);
    if (at >= 0) found = [window.subarray(at)];
    else tail = window.slice(Math.max(0, window.length - pattern.length));
  }
  if (!found) return [];
  const text = decoder.decode(concat(found));
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

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** The first position of `pattern` in `data` (its first byte found with the native `indexOf`). */
const indexOfBytes = (data: Uint8Array, pattern: Uint8Array): number => {
  const first = pattern[0] as number;
  let at = data.indexOf(first);
  while (at >= 0 && at + pattern.length <= data.length) {
    let i = 1;
    while (i < pattern.length && data[at + i] === pattern[i]) i++;
    if (i === pattern.length) return at;
    at = data.indexOf(first, at + 1);
  }
  return -1;
};

/** What the cells of a sheet need from the rest of the workbook. */
interface CellContext {
  readonly strings: readonly (string | undefined)[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

/** The value of one `<c>` element (its opening tag and its content). */
const cellValue = (tag: string, body: string, context: CellContext): RawCell => {
  const type = attribute(tag, "t");
  if (type === "inlineStr") {
    const open = body.indexOf("<is>");
    if (open < 0) return undefined;
    const close = body.indexOf("</is>", open);
    return cleanText(stringItem(body.slice(open + 4, close < 0 ? body.length : close)));
  }
  const open = body.indexOf("<v");
  if (open < 0) return undefined;
  const start = body.indexOf(">", open) + 1;
  if (body.charCodeAt(start - 2) === 47) return undefined; // <v/>
  const end = body.indexOf("</v>", start);
  const raw = body.slice(start, end < 0 ? body.length : end);
  switch (type) {
    case "s":
      return context.strings[Number(raw)];
    case "str":
      return cleanText(decodeXml(raw));
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return undefined;
    case "d": {
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) ? undefined : date;
    }
    default: {
      if (raw.trim() === "") return undefined;
      const value = Number(raw);
      if (Number.isNaN(value)) return undefined;
      const style = attribute(tag, "s");
      if (style !== undefined && context.dates[Number(style)] === true)
        return excelDate(value, context.date1904);
      return value;
    }
  }
};

/** The cells of one `<row>` element's content, by column; `undefined` when every cell is empty. */
const rowCells = (xml: string, context: CellContext): RawCell[] | undefined => {
  const cells: RawCell[] = [];
  let any = false;
  let column = 0;
  let at = 0;
  for (;;) {
    const open = xml.indexOf("<c", at);
    if (open < 0) break;
    const next = xml.charCodeAt(open + 2);
    const close = xml.indexOf(">", open);
    if (close < 0) break;
    if (next !== 32 && next !== 62 && next !== 47) {
      at = close + 1;
      continue;
    }
    const tag = xml.slice(open, close);
    const reference = attribute(tag, "r");
    column = reference !== undefined ? columnNumber(reference) : column + 1;
    let body = "";
    if (xml.charCodeAt(close - 1) === 47) at = close + 1;
    else {
      const end = xml.indexOf("</c>", close);
      body = xml.slice(close + 1, end < 0 ? xml.length : end);
      at = end < 0 ? xml.length : end + 4;
    }
    if (body === "") continue;
    const value = cellValue(tag, body, context);
    if (value === undefined) continue;
    cells[column - 1] = typeof value === "string" && value.length > 12 ? detachString(value) : value;
    any = true;
  }
  return any ? cells : undefined;
};

/** Rows read per batch at most. */
const BATCH = 1000;

/** The rows of a sheet part in batches, merged ranges applied. */
async function* sheetRows(
  archive: Archive,
  sheet: ZipEntry,
  context: CellContext,
): AsyncGenerator<readonly XlsxRow[]> {
  const { bytes, entry } = await archive.part(sheet);
  const ranges = findMerges(bytes, entry);
  const merges = ranges.length > 0 ? new Merges(ranges) : undefined;
  let mergeRow = 0; // next index into merges.rows
  let last = 0;
  let batch: XlsxRow[] = [];
  const emit = (line: number, cells: RawCell[] | undefined) => {
    let values = cells;
    if (merges?.covers(line)) values = merges.apply(line, cells ?? []);
    if (values) batch.push({ line, cells: values });
  };
  /** Rows before `limit` that exist only because a merged range covers them. */
  const mergedRowsBefore = (limit: number) => {
    if (!merges) return;
    while (mergeRow < merges.rows.length && (merges.rows[mergeRow] as number) < limit) {
      const r = merges.rows[mergeRow++] as number;
      if (r > last) emit(r, undefined);
    }
  };
  const text = new TextDecoder();
  let buffer = "";
  /** The last characters of the part, to check that it is complete. */
  let ending = "";
  let line = 0;
  for (const chunk of entryChunks(bytes, entry)) {
    const decoded = text.decode(chunk, { stream: true });
    // Only the chunk's last characters are joined: slicing `ending + decoded` would copy the whole chunk.
    ending = (ending + decoded.slice(-64)).slice(-64);
    buffer += decoded;
    let at = 0;
    for (;;) {
      const open = buffer.indexOf("<row", at);
      if (open < 0) {
        at = Math.max(at, buffer.length - 4);
        break;
      }
      const close = buffer.indexOf(">", open);
      if (close < 0) {
        at = open;
        break;
      }
      const next = buffer.charCodeAt(open + 4);
      if (next !== 32 && next !== 62 && next !== 47) {
        at = close + 1;
        continue;
      }
      const tag = buffer.slice(open, close);
      const number = attribute(tag, "r");
      if (buffer.charCodeAt(close - 1) === 47) {
        line = number !== undefined ? Number(number) : line + 1; // an empty row <row/>
        at = close + 1;
        continue;
      }
      const end = buffer.indexOf("</row>", close);
      if (end < 0) {
        at = open;
        break;
      }
      line = number !== undefined ? Number(number) : line + 1;
      mergedRowsBefore(line);
      emit(line, rowCells(buffer.slice(close + 1, end), context));
      last = Math.max(last, line);
      at = end + 6;
    }
    buffer = buffer.slice(at);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  buffer += text.decode();
  // A lean scan checks what it relies on: every row closed and the part complete.
  if (buffer.startsWith("<row") || !/<\/(?:\w+:)?worksheet>\s*$/.test(ending)) {
    throw new XlsxFileError("XLSX_CORRUPT", CORRUPT_MESSAGE);
  }
  mergedRowsBefore(Number.POSITIVE_INFINITY);
  if (batch.length > 0) yield batch;
}

/** A part's path from the workbook relationships' target (relative to xl/ or absolute). */
const partPath = (target: string): string =>
  target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;

/**
 * The worksheets of a workbook in tab order, each read on demand (a sheet whose rows are never asked for is
 * never inflated). Throws an {@link XlsxFileError} with a Vietnamese message for a file that is not a
 * workbook, is damaged, or breaks the limits.
 *
 * @example
 * ```ts
 * import { zipSync, strToU8 } from "fflate";
 * const bytes = zipSync({
 *   "xl/workbook.xml": strToU8('<workbook><sheets><sheet name="Khu dân cư" sheetId="1" r:id="rId1"/></sheets></workbook>'),
 *   "xl/_rels/workbook.xml.rels": strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
 *   "xl/worksheets/sheet1.xml": strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c></row><row r="2"><c r="A2"><v>42</v></c></row></sheetData></worksheet>'),
 * });
 * const names: string[] = [];
 * const rows: unknown[] = [];
 * for await (const sheet of readXlsxSheets(bytes)) {
 *   names.push(sheet.name);
 *   for await (const batch of sheet.rows()) rows.push(...batch.map((r) => r.cells));
 * }
 * names; //=> ["Khu dân cư"]
 * rows; //=> [["Mã đơn vị"], [42]]
 * ```
 */
export async function* readXlsxSheets(
  input: XlsxInput,
  options: XlsxReadOptions = {},
): AsyncGenerator<XlsxSheet> {
  const limits = options.limits ?? DEFAULT_XLSX_LIMITS;
  const archive = await archiveOf(input, limits);
  const { entries } = archive;
  const part = async (name: string) => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    const located = await archive.part(entry);
    return partText(located.bytes, located.entry);
  };
  const workbook = await part("xl/workbook.xml");
  const rels = await part("xl/_rels/workbook.xml.rels");
  if (workbook === undefined || rels === undefined) throw new XlsxFileError("XLSX_CORRUPT", CORRUPT_MESSAGE);
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], "Id");
    const target = attribute(match[0], "Target");
    if (id !== undefined && target !== undefined) targets.set(id, partPath(target));
  }
  const workbookPr = /<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? "";
  const flag1904 = attribute(workbookPr, "date1904");
  const stylesXml = await part("xl/styles.xml");
  const sharedXml = await part("xl/sharedStrings.xml");
  const strings: (string | undefined)[] = [];
  if (sharedXml !== undefined) {
    for (const match of sharedXml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) {
      const text = match[1] === undefined ? undefined : cleanText(stringItem(match[1]));
      strings.push(text === undefined ? undefined : detachString(text));
    }
  }
  const context: CellContext = {
    strings,
    dates: stylesXml === undefined ? [] : dateStyles(stylesXml),
    date1904: flag1904 === "1" || flag1904 === "true",
  };
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)];
  if (sheets.length === 0) throw new XlsxFileError("XLSX_CORRUPT", CORRUPT_MESSAGE);
  for (const match of sheets) {
    const tag = match[0];
    const name = decodeXml(attribute(tag, "name") ?? "");
    const id = attribute(tag, "r:id");
    const entry = id === undefined ? undefined : entries.get(targets.get(id) ?? "");
    yield {
      name,
      rows: () => {
        if (!entry) throw new XlsxFileError("XLSX_CORRUPT", CORRUPT_MESSAGE);
        return sheetRows(archive, entry, context);
      },
    };
  }
}

/** Sheets of the template that carry no data. */
const IGNORED_SHEETS = new Set(["hướng dẫn", "huong dan", "danh mục", "danh muc"]);

/**
 * Options of {@link readXlsxInto}.
 *
 * @example
 * ```ts
 * let rows = 0;
 * const options: XlsxIntoOptions = { file: "Dữ liệu 2024.xlsx", onRows: (n) => void (rows += n) };
 * const builder = new DatasetBuilder();
 * await readXlsxInto(builder, demoWorkbook, options);
 * // Progress counts every row read, the header rows of the sheets included.
 * [rows, builder.finish().sheets.reduce((n, s) => n + s.rows, 0)]; //=> [319, 299]
 * ```
 */
export interface XlsxIntoOptions extends XlsxReadOptions {
  /** The file name used in messages. */
  readonly file: string;
  /** Called after each batch of rows with its size (progress); awaited when it returns a promise. */
  readonly onRows?: (rows: number) => void | Promise<void>;
}

/**
 * Reads every sheet of antq's layouts in a workbook into the builder, row by row; a sheet of another name is
 * reported as UNKNOWN_SHEET (except "Hướng dẫn" and "Danh mục") and never inflated. Row 1 is the header row.
 * Throws an {@link XlsxFileError} for a file that cannot be read.
 *
 * @example
 * ```ts
 * import { DatasetBuilder } from "@antq/sheets";
 * import { buildTemplateWorkbook, workbookBytes } from "@antq/sheets/xlsx";
 * const builder = new DatasetBuilder();
 * await readXlsxInto(builder, await workbookBytes(buildTemplateWorkbook()), { file: "mau.xlsx" });
 * builder.finish().units.length; //=> 0
 * ```
 */
export const readXlsxInto = async (
  builder: DatasetBuilder,
  input: XlsxInput,
  options: XlsxIntoOptions,
): Promise<void> => {
  const { file } = options;
  for await (const sheet of readXlsxSheets(input, options)) {
    const spec = specBySheetName(sheet.name);
    if (!spec) {
      if (!IGNORED_SHEETS.has(sheet.name.normalize("NFC").trim().toLocaleLowerCase("vi"))) {
        builder.issues.push({
          severity: "warning",
          code: "UNKNOWN_SHEET",
          message: `Trang tính "${sheet.name}" không thuộc mẫu của antq nên được bỏ qua.`,
          file,
          sheet: sheet.name,
        });
      }
      continue;
    }
    const where = { file, sheet: sheet.name };
    let binding: ReturnType<DatasetBuilder["bindHeaders"]> | undefined;
    // A "Mô hình" sheet whose header row is the model template's (`antq mau --loai mo-hinh`) holds model
    // records, read by the cycle reader (`modelSheetKind`), not the units' models of the year.
    let modelRecords = false;
    const bind = (cells: readonly RawCell[]) => {
      const headers: { text: string; index: number }[] = [];
      cells.forEach((value, i) => {
        if (value !== undefined) headers.push({ text: String(value), index: i + 1 });
      });
      if (spec.listField === "models" && modelSheetKind(headers.map((h) => h.text)) === "model-records") {
        modelRecords = true;
        return;
      }
      binding = builder.bindHeaders(spec, headers, where);
    };
    for await (const batch of sheet.rows()) {
      for (const { line, cells } of batch) {
        if (line === 1) {
          bind(cells);
          continue;
        }
        if (modelRecords) continue;
        if (!binding) bind([]);
        const { bound, count } = binding as NonNullable<typeof binding>;
        builder.addRow(
          spec,
          bound,
          count,
          { file, sheet: sheet.name, row: line },
          (index) => cells[index - 1],
        );
      }
      const pending = options.onRows?.(batch.length);
      if (pending) await pending;
    }
    if (!binding && !modelRecords) bind([]);
  }
};

/**
 * A worksheet as a {@link RowSource} (for readers of one sheet, such as the score sheet's `readScoreRows`):
 * row 1 gives the headers (none when the sheet's first row is not row 1), the other rows the data, in batches.
 *
 * @example
 * ```ts
 * for await (const sheet of readXlsxSheets(demoWorkbook)) {
 *   if (sheet.name !== "Khu dân cư") continue;
 *   const source = await sheetRowSource("Dữ liệu 2024.xlsx", sheet);
 *   [source.sheet, source.headers[0]]; //=> ["Khu dân cư", "Mã đơn vị"]
 *   const builder = new DatasetBuilder();
 *   await readRowsInto(builder, source);
 *   builder.finish().units[0]?.source.row; //=> 2
 * }
 * ```
 */
export const sheetRowSource = async (file: string, sheet: XlsxSheet): Promise<RowSource> => {
  const rows = sheet.rows()[Symbol.asyncIterator]();
  const first = await rows.next();
  const batch = first.done ? [] : first.value;
  const hasHeader = batch[0]?.line === 1;
  return {
    file,
    sheet: sheet.name,
    headers: hasHeader ? (batch[0] as XlsxRow).cells.map((c) => (c === undefined ? "" : String(c))) : [],
    rows: (async function* () {
      yield hasHeader ? batch.slice(1) : batch;
      for (let next = await rows.next(); !next.done; next = await rows.next()) yield next.value;
    })(),
  };
};

/**
 * One sheet of a workbook as values: its header row and its non-empty data rows (with their line numbers).
 *
 * @example
 * ```ts
 * const cells: SheetCells = { name: "Tổ bảo vệ ANTT ", headers: ["Mã tổ"], rows: [{ line: 2, cells: ["TO-01"] }] };
 * cells.rows[0]?.line; //=> 2
 * ```
 */
export interface SheetCells {
  /** The worksheet name as written in the file. */
  readonly name: string;
  readonly headers: readonly RawCell[];
  readonly rows: readonly XlsxRow[];
}

/**
 * The sheets of a workbook whose NFC-trimmed names are `wanted`, as values by those names (for the small record
 * workbooks of plans, teams and awards; a dataset workbook is read with {@link readXlsxInto}). Sheets not wanted
 * are not inflated (a year's unit sheets can hold a million rows).
 *
 * @example
 * ```ts
 * const sheets = await readWorkbookCells(demoWorkbook, (name) => name === "Khu dân cư");
 * [...sheets.keys()]; //=> ["Khu dân cư"]
 * sheets.get("Khu dân cư")?.headers[0]; //=> "Mã đơn vị"
 * ```
 */
export const readWorkbookCells = async (
  input: XlsxInput,
  wanted: (name: string) => boolean = () => true,
  options: XlsxReadOptions = {},
): Promise<ReadonlyMap<string, SheetCells>> => {
  const out = new Map<string, SheetCells>();
  for await (const sheet of readXlsxSheets(input, options)) {
    const key = sheet.name.normalize("NFC").trim();
    if (!wanted(key)) continue;
    let headers: readonly RawCell[] | undefined;
    const rows: XlsxRow[] = [];
    for await (const batch of sheet.rows())
      for (const row of batch) {
        if (headers === undefined) headers = row.cells;
        else rows.push(row);
      }
    out.set(key, { name: sheet.name, headers: headers ?? [], rows });
  }
  return out;
};
