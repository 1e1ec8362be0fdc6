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

/** A CSV data row: header → cell text, with its 1-based line number in the file. */
export interface CsvRow {
  readonly line: number;
  readonly record: Readonly<Record<string, string>>;
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
export async function* readCsvRows(path: string): AsyncGenerator<CsvRow> {
  const delimiter = await detectDelimiter(path).catch((error: unknown) => {
    throw vietnameseCsvError(error);
  });
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => header.map((h) => h.normalize("NFC").trim()),
      delimiter,
      skip_empty_lines: true,
      info: true,
      trim: true,
    }),
  );
  try {
    for await (const item of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      yield { line: item.info.lines, record: item.record };
    }
  } catch (error) {
    throw vietnameseCsvError(error);
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
  return {
    async write(row: ReadonlyArray<string | number | boolean | null | undefined>) {
      const ok = out.write(stringify([row.map((cell) => (cell == null ? "" : neutralizeValue(cell)))]));
      if (!ok) await once(out, "drain");
    },
    async close() {
      out.end();
      await once(out, "finish");
    },
  };
};
