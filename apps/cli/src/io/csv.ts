/**
 * CSV files in and out. Input is @antq/sheets' streamed reader over a file stream, so very large files are
 * read in bounded memory; output is neutralised against formula injection and starts with a UTF-8 BOM so that
 * Excel shows Vietnamese diacritics correctly.
 */

import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import {
  type CsvCell,
  type CsvRange,
  type CsvTable,
  csvLine,
  openCsv as openCsvInput,
  sniffCsv,
} from "@antq/sheets";

export { type CsvRange, toCsv } from "@antq/sheets";

/** The first 64 KiB of a file (its byte-order mark and header line). */
const startOf = async (path: string): Promise<Uint8Array> => {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
};

/**
 * Opens a CSV file (or a part of it) as a stream of row batches with @antq/sheets' reader: the encoding and
 * separator come from the start of the file, so a part read by a worker thread parses like the whole.
 *
 * @example
 * ```ts
 * const { headers, rows } = await openCsv("don-vi.csv");
 * for await (const batch of rows) for (const { line, cells } of batch) console.log(line, cells[0]);
 * ```
 */
export const openCsv = async (path: string, range?: CsvRange): Promise<CsvTable> => {
  const { encoding, delimiter } = sniffCsv(await startOf(path));
  const input = createReadStream(path, {
    highWaterMark: 64 * 1024,
    ...(range ? { start: range.start, end: range.end - 1 } : {}),
  });
  try {
    return await openCsvInput(input, {
      encoding,
      delimiter,
      firstLine: range?.firstLine ?? 1,
      ...(range?.headers ? { headers: range.headers } : {}),
    });
  } catch (error) {
    input.destroy();
    throw error;
  }
};

/**
 * Incremental CSV writer for large outputs (writes to an already-open temporary path), with backpressure.
 * Without `headers` it writes rows only (a part to be joined to a file that has them); with `append` it
 * adds to an existing file.
 *
 * @example
 * ```ts
 * const writer = createCsvFileWriter(temporary, ["Mã đơn vị", "Kết quả"]);
 * await writer.write(["kdc-1", "đạt"]);
 * await writer.close();
 * ```
 */
export const createCsvFileWriter = (
  path: string,
  headers: ReadonlyArray<string> | undefined,
  options: { readonly append?: boolean } = {},
) => {
  const out = createWriteStream(path, { flags: options.append ? "a" : "wx" });
  if (headers) out.write(`\ufeff${csvLine(headers)}`);
  let buffer = "";
  const flush = async () => {
    if (buffer === "") return;
    const ok = out.write(buffer);
    buffer = "";
    if (!ok) await once(out, "drain");
  };
  return {
    async write(row: ReadonlyArray<CsvCell>) {
      buffer += csvLine(row);
      if (buffer.length >= 256 * 1024) await flush();
    },
    async close() {
      await flush();
      out.end();
      await once(out, "finish");
    },
  };
};
