/**
 * A streaming .xlsx writer of our own for the large result workbooks (issue 12: exceljs' streaming writer spent
 * most of an assessment's time on per-cell style objects and its XML stream, and buffered the zip output):
 * sheets are written one after another, each row as XML into an fflate deflate stream, the zip bytes into the
 * caller's writable stream with its back-pressure respected. It writes the same print setup exceljs wrote for
 * {@link addPrintableSheet} (A4, fitted to the page width, print area and titles, frozen header row, autofilter,
 * footer with "Trang x/y", the ND 30 heading on an annex's first page), with a fixed set of cell styles. Browser
 * safe: no `node:*`; the output only needs `write`, `once` and `end`.
 */
import { type AsyncFlateStreamHandler, Gzip, strToU8, Zip, type ZipInputFile } from "fflate";
import { columnLetter } from "../cells.js";
import { neutralizeText } from "../neutralize.js";

/** What the writer needs of a writable stream (a Node file stream, a PassThrough). */
export interface ByteSink {
  write(chunk: Uint8Array): boolean;
  once(event: "drain" | "finish" | "error", listener: (...args: unknown[]) => void): unknown;
  end(): unknown;
}

/**
 * A gzip compressor fed in pieces (fflate's `Gzip` has this shape; in Node a wrapper of `zlib.createGzip`
 * compresses on another thread): the writer keeps the raw deflate data of its output for a zip entry, and the
 * CRC-32 from its trailer. `ready` (optional) is pending while the compressor is behind its input.
 *
 * @example
 * ```ts
 * const output = new PassThrough();
 * output.resume();
 * const gzip = () => new Gzip({ level: 1 }) as unknown as GzipStream; // fflate's; the default is level 6
 * await writeAssessmentWorkbook(output, { year: 2024, info: [], summary, labels: new Map(), gzip });
 * output.writableFinished; //=> true
 * ```
 */
export interface GzipStream {
  ondata?: ((data: Uint8Array, final: boolean) => void) | undefined;
  push(data: Uint8Array, final?: boolean): void;
  ready?(): Promise<void> | undefined;
}

/** A zip entry deflated by a {@link GzipStream}: its 10-byte header dropped, its 8-byte trailer read. */
class GzipEntry implements ZipInputFile {
  readonly compression = 8;
  crc = 0;
  size = 0;
  ondata?: AsyncFlateStreamHandler;
  private skip = 10;
  private tail: Uint8Array = new Uint8Array(0);

  constructor(
    readonly filename: string,
    readonly gzip: GzipStream,
  ) {
    gzip.ondata = (data, final) => this.take(data, final);
  }

  push(data: Uint8Array, final: boolean): void {
    this.size += data.length;
    this.gzip.push(data, final);
  }

  private take(chunk: Uint8Array, final: boolean): void {
    let data = chunk;
    if (this.skip > 0) {
      const n = Math.min(this.skip, data.length);
      data = data.subarray(n);
      this.skip -= n;
    }
    let all = data;
    if (this.tail.length > 0) {
      all = new Uint8Array(this.tail.length + data.length);
      all.set(this.tail);
      all.set(data, this.tail.length);
    }
    const ondata = this.ondata as (error: null, data: Uint8Array, final: boolean) => void;
    if (final) {
      const end = all.length - 8;
      this.crc = (all[end] as number) | ((all[end + 1] as number) << 8) | ((all[end + 2] as number) << 16);
      this.crc = (this.crc | ((all[end + 3] as number) << 24)) >>> 0;
      ondata(null, all.subarray(0, end), true);
      return;
    }
    if (all.length <= 8) {
      this.tail = all.slice();
      return;
    }
    ondata(null, all.subarray(0, all.length - 8), false);
    this.tail = all.slice(all.length - 8);
  }
}

/** The browser-safe compressor: fflate's `Gzip` (level 6). */
const fflateGzip = (): GzipStream => new Gzip({ level: 6 }) as unknown as GzipStream;

/**
 * The cell styles of a row: its cells get the wrapped, top-aligned text of the sheet's columns plus the row's
 * font (and fill); `signature*` rows are centred.
 */
export type RowStyle = "plain" | "title" | "bold" | "header" | "signatureBold" | "signatureItalic";

/** Row style → [row `s`, cell `s`] in {@link STYLES_XML}'s cellXfs. */
const STYLE_IDS: Readonly<Record<RowStyle, readonly [number | undefined, number]>> = {
  plain: [undefined, 1],
  title: [2, 3],
  bold: [4, 5],
  header: [6, 7],
  signatureBold: [8, 8],
  signatureItalic: [9, 9],
};

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

const STYLES_XML = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="4"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="14"/></font><font><b/></font><font><i/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="10"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`;

// XML 1.0 forbids these control characters; exceljs drops them too.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML cannot hold
const XML_SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML cannot hold
const XML_SPECIAL_ALL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "'": "&apos;",
  '"': "&quot;",
};

/** Text escaped for XML, without the characters XML cannot hold. */
export const xmlText = (text: string): string =>
  XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, (c) => ENTITIES[c] ?? "") : text;

/** A cell value the writer takes: text (neutralised and NFC here), a number, a boolean, or nothing. */
export type StreamCell = string | number | boolean | null | undefined;

/** How one sheet prints (as {@link addPrintableSheet}'s options). */
export interface StreamSheetOptions {
  readonly widths: readonly number[];
  readonly headerRow?: number;
  readonly annex?: boolean;
  readonly title: string;
  /** Freeze the rows above this one (the header row). */
  readonly frozenRows?: number;
}

/** Header/footer text: `&` escaped, and at most 120 characters (as print.ts). */
const headerText = (text: string): string => text.replaceAll("&", "&&").slice(0, 120);

/** Sheet XML is handed to the compressor in pieces of about this many bytes. */
const FLUSH_BYTES = 1 << 18;

/** Texts of cells kept as their XML bytes, for the labels and reasons repeated on many rows. */
const CACHED_TEXTS = 4096;

const utf8 = new TextEncoder();

/** The bytes of a cell's text as the sheet holds it: NFC, neutralised against formulas, escaped for XML. */
const cellTextBytes = (value: string): Uint8Array =>
  utf8.encode(xmlText(neutralizeText(value.normalize("NFC"))));

/** The rows spanned by a text wrapped within a column of `width` characters (each line at least one). */
const wrappedLines = (text: string, width: number): number => {
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const length = (end === -1 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil((length * 1.05) / width));
    if (end === -1) return lines;
    start = end + 1;
  }
};

/** One sheet being written: rows go out as they are added, as XML bytes. */
export class StreamSheet {
  private rowNumber = 0;
  private buffer = new Uint8Array(FLUSH_BYTES + 4096);
  private used = 0;
  private readonly merges: string[] = [];
  private readonly lastColumn: string;
  /** `<c r="` + column letter, by 0-based column. */
  private readonly cellStarts: Uint8Array[] = [];
  private readonly texts = new Map<string, Uint8Array>();

  constructor(
    private readonly entry: GzipEntry,
    private readonly workbook: StreamWorkbook,
    readonly name: string,
    readonly options: StreamSheetOptions,
  ) {
    this.lastColumn = columnLetter(options.widths.length);
    const frozen = options.frozenRows
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${options.frozenRows}" topLeftCell="A${options.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
      : "";
    const cols = options.widths
      .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" style="1" customWidth="1"/>`)
      .join("");
    this.push(
      `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>${frozen}<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`,
    );
  }

  /** The number of the last row added (empty rows count). */
  get lastRow(): number {
    return this.rowNumber;
  }

  /**
   * Appends a row. Text is neutralised against formula injection; `height` in points (else from the wrapped
   * text within the column widths); `merges` are 1-based column spans of this row, whose other cells are left
   * empty. A row without values is an empty row.
   */
  addRow(
    values: readonly StreamCell[],
    options: {
      readonly style?: RowStyle;
      readonly height?: number;
      /** Give the row the height of its wrapped text (default true; ignored with `height`). */
      readonly fit?: boolean;
      readonly merges?: readonly (readonly [number, number])[];
    } = {},
  ): void {
    const r = ++this.rowNumber;
    const merges = options.merges ?? [];
    let span = values.length;
    for (const [, to] of merges) if (to > span) span = to;
    if (span === 0) return;
    const [rowStyle, cellStyle] = STYLE_IDS[options.style ?? "plain"];
    const height = options.height ?? (options.fit === false ? undefined : this.fitHeight(values));
    const row = String(r);
    this.ascii(
      `<row r="${row}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}${rowStyle !== undefined ? ` s="${rowStyle}" customFormat="1"` : ""}>`,
    );
    const style = `" s="${cellStyle}"`;
    for (let c = 0; c < span; c++) {
      const merged = merges.length > 0 && merges.some(([from, to]) => c + 1 > from && c + 1 <= to);
      const value = merged ? undefined : values[c];
      if (value === undefined || value === null) {
        if (c < values.length || merged) this.cellStart(c, row, `${style}/>`);
        continue;
      }
      if (typeof value === "string") {
        this.cellStart(c, row, `${style} t="str"><v>`);
        this.bytes(this.textBytes(value));
        this.ascii("</v></c>");
      } else if (typeof value === "number") {
        this.cellStart(c, row, Number.isFinite(value) ? `${style}><v>${value}</v></c>` : `${style}/>`);
      } else this.cellStart(c, row, `${style} t="b"><v>${value ? 1 : 0}</v></c>`);
    }
    this.ascii("</row>");
    for (const [from, to] of merges) this.merges.push(`${columnLetter(from)}${r}:${columnLetter(to)}${r}`);
  }

  /** The height of a row whose text wraps within the column widths (Excel does not recompute it). */
  private fitHeight(values: readonly StreamCell[]): number | undefined {
    const widths = this.options.widths;
    let lines = 1;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value !== "string" || value === "") continue;
      const needed = wrappedLines(value, Math.max(1, (widths[i] ?? 10) - 1));
      if (needed > lines) lines = needed;
    }
    return lines > 1 ? Math.min(409, lines * 15) : undefined;
  }

  /** `<c r="` + the cell's reference + `rest` (ASCII). */
  private cellStart(column: number, row: string, rest: string): void {
    let start = this.cellStarts[column];
    if (start === undefined) {
      start = utf8.encode(`<c r="${columnLetter(column + 1)}`);
      this.cellStarts[column] = start;
    }
    this.bytes(start);
    this.ascii(row);
    this.ascii(rest);
  }

  /** A cell text's XML bytes, from the cache when the text was seen recently. */
  private textBytes(value: string): Uint8Array {
    let bytes = this.texts.get(value);
    if (bytes === undefined) {
      bytes = cellTextBytes(value);
      if (this.texts.size >= CACHED_TEXTS) this.texts.clear();
      this.texts.set(value, bytes);
    }
    return bytes;
  }

  private room(size: number): void {
    if (this.used + size <= this.buffer.length) return;
    if (this.used > 0) this.flush(false);
    if (size > this.buffer.length) this.buffer = new Uint8Array(size);
  }

  /** Text known to be ASCII (markup, numbers). */
  private ascii(text: string): void {
    const n = text.length;
    this.room(n);
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < n; i++) buffer[at++] = text.charCodeAt(i);
    this.used = at;
  }

  private bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
    if (this.used >= FLUSH_BYTES) this.flush(false);
  }

  /** Any text (UTF-8). */
  private push(xml: string): void {
    this.bytes(utf8.encode(xml));
  }

  /** Hands the bytes so far to the compressor, which keeps them: the next bytes go to a new buffer. */
  private flush(final: boolean): void {
    const chunk = this.buffer.subarray(0, this.used);
    this.buffer = new Uint8Array(FLUSH_BYTES + 4096);
    this.used = 0;
    this.entry.push(chunk, final);
  }

  /** Waits while the output is behind (call now and then while adding many rows). */
  ready(): Promise<void> | undefined {
    const compressing = this.entry.gzip.ready?.();
    const writing = this.workbook.ready();
    if (!compressing && !writing) return undefined;
    return Promise.all([compressing, writing]).then(() => undefined);
  }

  /** Closes the sheet: the autofilter, merged cells and print setup follow its rows. */
  commit(): void {
    const o = this.options;
    const footer = xmlText(`&L&8${headerText(o.title)}&R&8Trang &P/&N`);
    const total = o.widths.reduce((sum, w) => sum + w, 0);
    let tail = "</sheetData>";
    if (o.headerRow) tail += `<autoFilter ref="A${o.headerRow}:${this.lastColumn}${o.headerRow}"/>`;
    if (this.merges.length > 0)
      tail += `<mergeCells count="${this.merges.length}">${this.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
    tail += `<printOptions horizontalCentered="1"/>`;
    tail += `<pageMargins left="0.5" right="0.5" top="${o.annex ? 1.3 : 0.6}" bottom="0.6" header="0.3" footer="0.3"/>`;
    tail += `<pageSetup paperSize="9" orientation="${total > 95 ? "landscape" : "portrait"}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="0"/>`;
    tail += o.annex
      ? `<headerFooter differentFirst="1"><oddFooter>${footer}</oddFooter><firstHeader>${xmlText(ANNEX_HEADER)}</firstHeader><firstFooter>${footer}</firstFooter></headerFooter>`
      : `<headerFooter><oddFooter>${footer}</oddFooter></headerFooter>`;
    this.push(`${tail}</worksheet>`);
    this.flush(true);
  }
}

/** The heading block of Nghị định 30/2020/NĐ-CP on an annex's first page (as print.ts writes it). */
const ANNEX_HEADER =
  '&L&"Times New Roman,Bold"&11………………………………\n………………………………\n&"Times New Roman,Regular"Số: ……/BC-……' +
  '&R&"Times New Roman,Bold"&11CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n&"Times New Roman,Italic"……, ngày …… tháng …… năm ……';

/**
 * A workbook written as a stream: {@link StreamWorkbook.addSheet} one sheet at a time (commit each before the
 * next), then {@link StreamWorkbook.finish}.
 */
export class StreamWorkbook {
  private readonly zip: Zip;
  private readonly sheets: StreamSheet[] = [];
  private error: unknown;
  private waiting: Promise<void> | undefined;
  private finished: Promise<void>;

  constructor(
    output: ByteSink,
    private readonly gzip: () => GzipStream = fflateGzip,
  ) {
    let done!: () => void;
    let fail!: (error: unknown) => void;
    this.finished = new Promise<void>((resolve, reject) => {
      done = resolve;
      fail = reject;
    });
    output.once("error", (error) => {
      this.error = error;
      fail(error);
    });
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.error = error;
        fail(error);
        return;
      }
      if (!output.write(chunk) && !this.waiting) {
        this.waiting = new Promise<void>((resolve) => {
          output.once("drain", () => {
            this.waiting = undefined;
            resolve();
          });
        });
      }
      if (final) {
        output.once("finish", () => done());
        output.end();
      }
    });
    // Unhandled until finish() is awaited: a failure is also raised by ready() and finish().
    this.finished.catch(() => undefined);
  }

  /** Waits while the output is behind; fails once the output failed. */
  ready(): Promise<void> | undefined {
    if (this.error !== undefined) return Promise.reject(this.error);
    return this.waiting;
  }

  /** Starts the next sheet (the previous one must be committed). */
  addSheet(name: string, options: StreamSheetOptions): StreamSheet {
    const entry = new GzipEntry(`xl/worksheets/sheet${this.sheets.length + 1}.xml`, this.gzip());
    this.zip.add(entry);
    const sheet = new StreamSheet(entry, this, name, options);
    this.sheets.push(sheet);
    return sheet;
  }

  private addFile(path: string, xml: string): void {
    const entry = new GzipEntry(path, this.gzip());
    this.zip.add(entry);
    entry.push(strToU8(xml), true);
  }

  /** Writes the workbook's parts (sheet list, print names, styles) and ends the output once all is written. */
  async finish(): Promise<void> {
    const sheets = this.sheets;
    const quoted = (name: string) => `'${name.replaceAll("'", "''")}'`;
    const definedNames = sheets.flatMap((s, i) => {
      const last = columnLetter(s.options.widths.length);
      const names = [
        `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(`${quoted(s.name)}!$A:$${last}`)}</definedName>`,
      ];
      if (s.options.headerRow) {
        const h = s.options.headerRow;
        names.push(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${quoted(s.name)}!$${h}:$${h}`)}</definedName>`,
        );
      }
      return names;
    });
    this.addFile(
      "xl/workbook.xml",
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheets
        .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 2}"/>`)
        .join(
          "",
        )}</sheets>${definedNames.length > 0 ? `<definedNames>${definedNames.join("")}</definedNames>` : ""}<calcPr calcId="171027"/></workbook>`,
    );
    this.addFile(
      "xl/_rels/workbook.xml.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/>${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 2}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("")}</Relationships>`,
    );
    this.addFile("xl/styles.xml", STYLES_XML);
    this.addFile(
      "_rels/.rels",
      `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
    this.addFile(
      "docProps/core.xml",
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>antq</dc:creator></cp:coreProperties>`,
    );
    this.addFile(
      "docProps/app.xml",
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>antq</Application></Properties>`,
    );
    const sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    this.addFile(
      "[Content_Types].xml",
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${sheetType}.sheet.main+xml"/>${sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}.worksheet+xml"/>`,
        )
        .join(
          "",
        )}<Override PartName="/xl/styles.xml" ContentType="${sheetType}.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    );
    this.zip.end();
    await this.finished;
  }
}
