/**
 * The CSV reader: a string, a web `ReadableStream` or any async iterable of chunks (text or bytes) as a
 * stream of row batches, parsed by papaparse in bounded memory. Reads what Excel writes: UTF-8 with or
 * without BOM, "Unicode text" (UTF-16LE with BOM, tab-separated), "," or ";" or tab separators. Errors are
 * {@link CsvSyntaxError}s with a Vietnamese message, a stable code and the line.
 */
import Papa from "papaparse";

/**
 * A CSV data row: the cells in header order, with its 1-based line number in the file.
 *
 * @example
 * ```ts
 * const table = await openCsv("Mã đơn vị;Tên đơn vị\nKDC-28000-01;Ấp Vĩnh Kim\n");
 * const [row]: CsvRow[] = (await table.rows.next()).value;
 * row; //=> { line: 2, cells: ["KDC-28000-01", "Ấp Vĩnh Kim"] }
 * ```
 */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * The header row and the data rows (in batches) of a CSV input.
 *
 * @example
 * ```ts
 * const table: CsvTable = await openCsv(flatCsv);
 * table.headers[0]; //=> "Loại đơn vị"
 * let rows = 0;
 * for await (const batch of table.rows) rows += batch.length;
 * rows; //=> 20
 * ```
 */
export interface CsvTable {
  readonly headers: readonly string[];
  readonly rows: AsyncGenerator<CsvRow[]>;
  /** The line number after the last row read so far (1 + the line breaks read). */
  nextLine(): number;
  /** Stops reading (when only the headers were needed). */
  close(): void;
}

/**
 * What {@link openCsv} reads: the whole text, a web stream, or an async iterable of chunks.
 *
 * @example
 * ```ts
 * const bytes: CsvInput = new TextEncoder().encode("Mã đơn vị\nKDC-28000-01\n");
 * (await openCsv(bytes)).headers; //=> ["Mã đơn vị"]
 * ```
 */
export type CsvInput =
  | string
  | Uint8Array
  | ReadableStream<string | Uint8Array>
  | AsyncIterable<string | Uint8Array>;

/**
 * The text encodings {@link sniffCsv} recognises.
 *
 * @example
 * ```ts
 * const encoding: CsvEncoding = "utf-16le";
 * const table = await openCsv(new Uint8Array([0x41, 0, 0x0a, 0, 0x31, 0, 0x0a, 0]), { encoding });
 * table.headers; //=> ["A"]
 * ```
 */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be";

/**
 * The separators {@link sniffCsv} recognises.
 *
 * @example
 * ```ts
 * const delimiter: CsvDelimiter = "\t";
 * (await openCsv("Mã đơn vị\tTên đơn vị\n", { delimiter })).headers; //=> ["Mã đơn vị", "Tên đơn vị"]
 * ```
 */
export type CsvDelimiter = "," | ";" | "\t";

/**
 * Options of {@link openCsv}.
 *
 * @example
 * ```ts
 * const options: CsvOptions = { headers: ["Mã đơn vị", "Tên đơn vị"], firstLine: 5001 };
 * const part = await openCsv("KDC-28000-09;Ấp 9\n", options);
 * (await part.rows.next()).value; //=> [{ line: 5001, cells: ["KDC-28000-09", "Ấp 9"] }]
 * ```
 */
export interface CsvOptions {
  /** The headers of a part of a file that starts after its header row (every row is then data). */
  readonly headers?: readonly string[];
  /** The line number of the first row of the input (1 unless the input is a later part of a file). */
  readonly firstLine?: number;
  /** The separator; by default the one used most in the first line. */
  readonly delimiter?: CsvDelimiter;
  /** The encoding of byte chunks; by default from the byte-order mark (UTF-8 without one). */
  readonly encoding?: CsvEncoding;
}

/**
 * Thrown (also inside the async iterator) when the CSV text itself is malformed.
 *
 * @example
 * ```ts
 * const table = await openCsv('Mã đơn vị,Tên đơn vị\nKDC-1,"Ấp Vĩnh Kim\n');
 * let error: unknown;
 * try {
 *   for await (const _ of table.rows);
 * } catch (e) {
 *   error = e;
 * }
 * error instanceof CsvSyntaxError && error.code; //=> "CSV_QUOTE_NOT_CLOSED"
 * ```
 */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly code: string = "CSV_SYNTAX",
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

const vietnameseCsvError = (error: unknown): CsvSyntaxError => {
  if (error instanceof CsvSyntaxError) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const line =
    typeof error === "object" && error !== null && "lines" in error && typeof error.lines === "number"
      ? error.lines
      : undefined;
  const where = line === undefined ? "" : ` (dòng ${line})`;
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new CsvSyntaxError(`dấu ngoặc kép không được đóng${where}`, line, code);
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
      return new CsvSyntaxError(`số cột của dòng không khớp với dòng tiêu đề${where}`, line, code);
    case "CSV_INVALID_CLOSING_QUOTE":
      return new CsvSyntaxError(`dấu ngoặc kép đặt sai vị trí${where}`, line, code);
    case "ENOENT":
      return new CsvSyntaxError("không tìm thấy tệp", undefined, code);
    default:
      return new CsvSyntaxError(`tệp CSV không đúng định dạng${where}`, line, "CSV_SYNTAX");
  }
};

/**
 * The encoding (from the byte-order mark), the length of that mark and the separator (the one of ",", ";"
 * and tab used most outside quotes in the first line) of the start of a CSV file.
 *
 * @example
 * ```ts
 * sniffCsv(new TextEncoder().encode("Mã;Tên\n")); //=> { encoding: "utf-8", bom: 0, delimiter: ";" }
 * ```
 */
export const sniffCsv = (
  start: Uint8Array,
): { encoding: CsvEncoding; bom: number; delimiter: CsvDelimiter } => {
  const [a, b, c] = start;
  const { encoding, bom } =
    a === 0xff && b === 0xfe
      ? { encoding: "utf-16le" as const, bom: 2 }
      : a === 0xfe && b === 0xff
        ? { encoding: "utf-16be" as const, bom: 2 }
        : a === 0xef && b === 0xbb && c === 0xbf
          ? { encoding: "utf-8" as const, bom: 3 }
          : { encoding: "utf-8" as const, bom: 0 };
  const text = new TextDecoder(encoding).decode(start.subarray(bom, bom + 64 * 1024));
  return { encoding, bom, delimiter: delimiterOf(text) };
};

/** The separator used most outside quotes in the first line of `text` ("," when none is). */
const delimiterOf = (text: string): CsvDelimiter => {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
  }
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return counts[";"] > counts[","] ? ";" : ",";
};

const isReadableStream = (input: unknown): input is ReadableStream<string | Uint8Array> =>
  typeof input === "object" && input !== null && typeof (input as ReadableStream).getReader === "function";

/** The chunks of any {@link CsvInput}. */
async function* chunksOf(input: CsvInput): AsyncGenerator<string | Uint8Array> {
  if (typeof input === "string" || input instanceof Uint8Array) {
    yield input;
    return;
  }
  if (isReadableStream(input)) {
    const reader = input.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* input as AsyncIterable<string | Uint8Array>;
}

/**
 * Text chunks of the input, decoded with the encoding of its byte-order mark, the mark removed. The first
 * chunk yielded holds the whole first line (chunks are joined until a line break), whose separators `found`
 * is told about.
 */
async function* textOf(
  chunks: AsyncGenerator<string | Uint8Array>,
  options: CsvOptions,
  found: (delimiter: CsvDelimiter) => void,
): AsyncGenerator<string> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  /** Text of the first line not yet handed on (undefined once it has been). */
  let head: string | undefined = "";
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === "string") text = chunk;
    else {
      // The decoder drops the byte-order mark of its own encoding.
      decoder ??= new TextDecoder(options.encoding ?? sniffCsv(chunk).encoding);
      text = decoder.decode(chunk, { stream: true });
    }
    if (head === undefined) {
      if (text !== "") yield text;
      continue;
    }
    head += text;
    // Until a whole line break: papaparse guesses "\r" alone as the line break when a chunk ends between
    // the "\r" and the "\n" of Windows line ends.
    if (!/\n|\r[^\n]/.test(head)) continue;
    const first = head.replace(/^\ufeff/, "");
    head = undefined;
    found(options.delimiter ?? delimiterOf(first));
    if (first !== "") yield first;
  }
  const rest = (head ?? "") + (decoder?.decode() ?? "");
  if (head !== undefined) found(options.delimiter ?? delimiterOf(rest.replace(/^\ufeff/, "")));
  const last = head !== undefined ? rest.replace(/^\ufeff/, "") : rest;
  if (last !== "") yield last;
}

type Listener = (value?: unknown) => void;

/**
 * The small part of a Node readable stream that papaparse's streaming mode uses (data/end/error events,
 * pause and resume), over an async generator of text: no `node:stream`, so it runs in browsers too.
 */
const papaStream = (text: AsyncGenerator<string>) => {
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, value?: unknown) => {
    for (const l of [...(listeners.get(event) ?? [])]) l(value);
  };
  let paused = false;
  let pumping = false;
  let ended = false;
  const pump = async () => {
    if (pumping || ended) return;
    pumping = true;
    try {
      while (!paused) {
        const next = await text.next();
        if (next.done) {
          ended = true;
          emit("end");
          return;
        }
        emit("data", next.value);
      }
    } catch (error) {
      ended = true;
      emit("error", error);
    } finally {
      pumping = false;
    }
  };
  return {
    readable: true,
    read: () => undefined,
    on(event: string, listener: Listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      if (event === "data") queueMicrotask(() => void pump());
      return this;
    },
    removeListener(event: string, listener: Listener) {
      listeners.get(event)?.delete(listener);
      return this;
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      void pump();
    },
    destroy() {
      ended = true;
      void text.return(undefined);
    },
  };
};

/**
 * Opens CSV input as a stream of row batches: the first non-empty row is the header row (unless
 * `options.headers` is given), empty lines are skipped. A batch is one parsed chunk, and reading pauses until
 * the consumer asks for the next batch, so memory stays bounded. Errors are {@link CsvSyntaxError}s with a
 * Vietnamese message and the line number.
 *
 * @example
 * ```ts
 * const { headers, rows } = await openCsv("Mã đơn vị;Tên\nkdc-1;Ấp Mỹ Lợi\n");
 * for await (const batch of rows) for (const { line, cells } of batch) console.log(line, cells[0]);
 * ```
 */
export const openCsv = async (input: CsvInput, options: CsvOptions = {}): Promise<CsvTable> => {
  let delimiter: CsvDelimiter = options.delimiter ?? ",";
  const text = textOf(chunksOf(input), options, (d) => {
    delimiter = d;
  });
  // The first text chunk is read before papaparse starts, so that the separator is known.
  const head = await text.next().catch((error: unknown) => {
    throw vietnameseCsvError(error);
  });
  async function* all(): AsyncGenerator<string> {
    if (head.done) return;
    yield head.value;
    yield* text;
  }
  const source = papaStream(all());
  /** Chunks parsed but not yet taken by the consumer (at most one: parsing pauses after each). */
  const queue: Papa.ParseResult<string[]>[] = [];
  let parser: Papa.Parser | undefined;
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  Papa.parse<string[]>(source as unknown as File, {
    delimiter,
    chunk: (results, p) => {
      parser = p;
      p.pause();
      queue.push(results);
      signal();
    },
    complete: () => {
      ended = true;
      signal();
    },
    error: (error: unknown) => {
      failure = error;
      signal();
    },
  });
  /** The next parsed chunk, or null at the end of the input. */
  const nextChunk = async (): Promise<Papa.ParseResult<string[]> | null> => {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) return chunk;
      if (failure) throw vietnameseCsvError(failure);
      if (ended) return null;
      const waiting = new Promise<void>((resolve) => {
        wake = resolve;
      });
      parser?.resume();
      await waiting;
    }
  };

  let line = options.firstLine ?? 1;
  let headers: string[] = options.headers ? [...options.headers] : [];
  let pending: string[][] = [];
  let pendingErrors: Papa.ParseError[] = [];
  let start = 0;
  // The first non-empty row is the header row (a later part of a file is given its headers).
  while (!options.headers) {
    const chunk = await nextChunk();
    if (chunk === null) break;
    const index = chunk.data.findIndex((row) => !isEmptyRow(row));
    if (index === -1) {
      for (const row of chunk.data) line += linesOf(row);
      if (chunk.errors.length > 0) throw quoteError(chunk.errors[0] as Papa.ParseError, line);
      continue;
    }
    for (let i = 0; i < index; i++) line += linesOf(chunk.data[i] as string[]);
    const first = chunk.data[index] as string[];
    if (chunk.errors.some((e) => e.row === index)) throw quoteError({ code: "MissingQuotes" }, line);
    headers = first.map((h, i) => (i === 0 ? h.replace(/^\ufeff/, "") : h).normalize("NFC").trim());
    line += linesOf(first);
    pending = chunk.data;
    pendingErrors = chunk.errors;
    start = index + 1;
    break;
  }

  async function* batches(): AsyncGenerator<CsvRow[]> {
    let data = pending;
    let errors = pendingErrors;
    let from = start;
    pending = [];
    for (;;) {
      const errorRows = errors.length > 0 ? new Set(errors.map((e) => e.row)) : undefined;
      const batch: CsvRow[] = [];
      for (let i = from; i < data.length; i++) {
        const cells = data[i] as string[];
        if (errorRows?.has(i)) throw quoteError(errors.find((e) => e.row === i) as Papa.ParseError, line);
        const rowLine = line;
        line += linesOf(cells);
        if (isEmptyRow(cells)) continue;
        if (cells.length !== headers.length) {
          throw vietnameseCsvError({ code: "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH", lines: rowLine });
        }
        batch.push({ line: rowLine, cells });
      }
      if (batch.length > 0) yield batch;
      const chunk = await nextChunk();
      if (chunk === null) return;
      data = chunk.data;
      errors = chunk.errors;
      from = 0;
    }
  }
  return {
    headers,
    rows: batches(),
    nextLine: () => line,
    close: () => {
      parser?.abort();
      source.destroy();
    },
  };
};

/** A line with nothing on it. */
const isEmptyRow = (row: readonly string[]): boolean => row.length === 1 && row[0] === "";

/** How many lines of the file a row takes (more than one when a quoted cell has line breaks). */
const linesOf = (row: readonly string[]): number => {
  let lines = 1;
  for (const cell of row) {
    if (cell.length === 0) continue;
    for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) lines++;
  }
  return lines;
};

/** A papaparse quote error as a Vietnamese {@link CsvSyntaxError} at `line`. */
const quoteError = (error: { code: string }, line: number): CsvSyntaxError =>
  vietnameseCsvError({
    code: error.code === "MissingQuotes" ? "CSV_QUOTE_NOT_CLOSED" : "CSV_INVALID_CLOSING_QUOTE",
    lines: line,
  });

/**
 * Streams the data rows of CSV input as header → text records (convenience over {@link openCsv}).
 *
 * @example
 * ```ts
 * for await (const { line, record } of readCsvRecords("Mã đơn vị\nkdc-1\n")) console.log(line, record["Mã đơn vị"]);
 * ```
 */
export async function* readCsvRecords(
  input: CsvInput,
): AsyncGenerator<{ line: number; record: Record<string, string> }> {
  const { headers, rows } = await openCsv(input);
  for await (const batch of rows) {
    for (const { line, cells } of batch) {
      const record: Record<string, string> = {};
      headers.forEach((h, i) => {
        record[h] = (cells[i] ?? "").trim();
      });
      yield { line, record };
    }
  }
}

/**
 * A CSV table read whole: its header row and every data row (for small inputs, such as the yearly cycle's
 * sheets; large files are read batch by batch from {@link openCsv}).
 *
 * @example
 * ```ts
 * const { headers, rows } = await readCsvTable(await openCsv("Mã đơn vị;Tên\nkdc-1;Ấp Mỹ Lợi\n"));
 * [headers, rows]; //=> [["Mã đơn vị", "Tên"], [{ line: 2, cells: ["kdc-1", "Ấp Mỹ Lợi"] }]]
 * ```
 */
export const readCsvTable = async (
  table: CsvTable,
): Promise<{ readonly headers: readonly string[]; readonly rows: CsvRow[] }> => {
  const rows: CsvRow[] = [];
  // Row by row: a batch can be a whole file (a string or bytes given at once), too long to spread.
  for await (const batch of table.rows) for (const row of batch) rows.push(row);
  return { headers: table.headers, rows };
};
