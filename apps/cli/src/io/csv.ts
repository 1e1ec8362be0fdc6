/**
 * CSV input and output. Input is streamed row by row (csv-parse), so very large files are read in
 * bounded memory; output is neutralised against formula injection and starts with a UTF-8 BOM so that
 * Excel shows Vietnamese diacritics correctly.
 */

import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { parse } from "csv-parse";
import { stringify } from "csv-stringify/sync";
import { neutralizeValue } from "./neutralize.js";

/** A CSV data row: the cells in header order, with its 1-based line number in the file. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** The header row and the data rows (in batches) of a CSV file. */
export interface CsvTable {
  readonly headers: readonly string[];
  readonly rows: AsyncGenerator<CsvRow[]>;
  /** Stops reading (when only the headers were needed). */
  close(): void;
}

/** Thrown (inside the async iterator) when the CSV text itself is malformed. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

const vietnameseCsvError = (error: unknown): CsvSyntaxError => {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const line =
    typeof error === "object" && error !== null && "lines" in error && typeof error.lines === "number"
      ? error.lines
      : undefined;
  const where = line === undefined ? "" : ` (dòng ${line})`;
  switch (code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new CsvSyntaxError(`dấu ngoặc kép không được đóng${where}`, line);
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
    case "CSV_RECORD_INCONSISTENT_COLUMNS":
      return new CsvSyntaxError(`số cột của dòng không khớp với dòng tiêu đề${where}`, line);
    case "CSV_INVALID_CLOSING_QUOTE":
    case "INVALID_OPENING_QUOTE":
      return new CsvSyntaxError(`dấu ngoặc kép đặt sai vị trí${where}`, line);
    case "CSV_INVALID_COLUMN_DEFINITION":
    case "CSV_INVALID_COLUMN_MAPPING":
      return new CsvSyntaxError("dòng tiêu đề không hợp lệ (tên cột trống hoặc trùng)", line);
    case "ENOENT":
      return new CsvSyntaxError("không tìm thấy tệp", undefined);
    default:
      return new CsvSyntaxError(`tệp CSV không đúng định dạng${where}`, line);
  }
};

/** "," or ";" — whichever occurs more often outside quotes in the header line (Excel in Vietnamese locales uses ";"). */
export const detectDelimiter = async (path: string): Promise<"," | ";"> => {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.toString("utf8", 0, bytesRead);
    let commas = 0;
    let semicolons = 0;
    let quoted = false;
    for (const ch of text) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === "\n" || ch === "\r")) break;
      else if (!quoted && ch === ",") commas++;
      else if (!quoted && ch === ";") semicolons++;
    }
    return semicolons > commas ? ";" : ",";
  } finally {
    await handle.close();
  }
};

/**
 * Streams the data rows of a CSV file (first line = headers; "," or ";" separated; BOM tolerated).
 * Errors are {@link CsvSyntaxError} with a Vietnamese message.
 *
 * @example
 * ```ts
 * for await (const { line, record } of readCsvRows("don-vi.csv")) console.log(line, record["Mã đơn vị"]);
 * ```
 */
export const openCsv = async (path: string): Promise<CsvTable> => {
  const delimiter = await detectDelimiter(path).catch((error: unknown) => {
    throw vietnameseCsvError(error);
  });
  type Item = { record: string[]; info: { lines: number } };
  const parser = createReadStream(path).pipe(
    parse({ bom: true, delimiter, skip_empty_lines: true, info: true, relax_column_count: false }),
  );
  let ended = false;
  let failure: unknown;
  parser.on("end", () => {
    ended = true;
  });
  parser.on("error", (error) => {
    failure = error;
  });
  /** Resolves when the parser has data, ended or failed. */
  const wait = () =>
    new Promise<void>((resolveWait) => {
      if (ended || failure) return resolveWait();
      const wake = () => {
        parser.off("readable", wake);
        parser.off("end", wake);
        parser.off("error", wake);
        resolveWait();
      };
      parser.on("readable", wake);
      parser.on("end", wake);
      parser.on("error", wake);
    });
  const readItem = async (): Promise<Item | null> => {
    for (;;) {
      const item = parser.read() as Item | null;
      if (item !== null) return item;
      if (failure) throw vietnameseCsvError(failure);
      if (ended) return null;
      await wait();
    }
  };
  const first = await readItem();
  const headers = first === null ? [] : first.record.map((h) => h.normalize("NFC").trim());
  async function* batches(): AsyncGenerator<CsvRow[]> {
    // Reads whatever the parser has buffered in one go: one await per batch, not per row.
    for (;;) {
      const batch: CsvRow[] = [];
      while (batch.length < 4096) {
        const item = parser.read() as Item | null;
        if (item === null) break;
        if (item.record.length !== headers.length) {
          throw vietnameseCsvError({ code: "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH", lines: item.info.lines });
        }
        batch.push({ line: item.info.lines, cells: item.record });
      }
      if (failure) throw vietnameseCsvError(failure);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (ended) return;
      await wait();
    }
  }
  return {
    headers,
    rows: batches(),
    close: () => {
      parser.destroy();
    },
  };
};

/**
 * Streams the data rows of a CSV file as header → text records (convenience over {@link openCsv}).
 *
 * @example
 * ```ts
 * for await (const { line, record } of readCsvRows("don-vi.csv")) console.log(line, record["Mã đơn vị"]);
 * ```
 */
export async function* readCsvRows(
  path: string,
): AsyncGenerator<{ line: number; record: Record<string, string> }> {
  const { headers, rows } = await openCsv(path);
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

/** Renders rows as CSV text with a BOM; every text cell is neutralised. */
export const toCsv = (
  headers: ReadonlyArray<string>,
  rows: Iterable<ReadonlyArray<string | number | boolean | null | undefined>>,
): string => {
  const body: unknown[][] = [headers.map((h) => neutralizeValue(h))];
  for (const row of rows) body.push(row.map((cell) => (cell == null ? "" : neutralizeValue(cell))));
  return `\ufeff${stringify(body)}`;
};

/** Incremental CSV writer for large outputs (writes to an already-open temporary path). */
export const createCsvFileWriter = (path: string, headers: ReadonlyArray<string>) => {
  const out = createWriteStream(path, { flags: "wx" });
  out.write(`\ufeff${stringify([headers.map((h) => neutralizeValue(h))])}`);
  let buffer: unknown[][] = [];
  const flush = async () => {
    if (buffer.length === 0) return;
    const ok = out.write(stringify(buffer));
    buffer = [];
    if (!ok) await once(out, "drain");
  };
  return {
    async write(row: ReadonlyArray<string | number | boolean | null | undefined>) {
      buffer.push(row.map((cell) => (cell == null ? "" : neutralizeValue(cell))));
      if (buffer.length >= 2048) await flush();
    },
    async close() {
      await flush();
      out.end();
      await once(out, "finish");
    },
  };
};
