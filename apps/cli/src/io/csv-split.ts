/**
 * Splitting a large CSV file into parts that start at row boundaries, so that the parts can be read in
 * parallel (one worker thread per part) with the line numbers of the whole file.
 */
import { open } from "node:fs/promises";
import type { CsvRange } from "./csv.js";

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/**
 * Cuts `path` into at most `parts` byte ranges of about equal size. Each cut is placed just after the first
 * line break past the even share at which an even number of `"` has been seen: outside a quoted cell, so at
 * the start of a row (RFC 4180 doubles a quote inside a quoted cell, which keeps the count even). The line
 * breaks before a cut give the part's first line number. Only the bytes before the last cut are read.
 *
 * A file with a stray quote in an unquoted cell can fool the count; the reader of the part before such a cut
 * then ends inside a quoted cell and reports it (see ../assess/parallel.ts, which falls back to reading the
 * whole file in one go). Fewer ranges are returned when the file has fewer rows than parts.
 *
 * @example
 * ```ts
 * await splitCsv("don-vi-va-du-kien.csv", 2);
 * //=> [{ start: 0, end: 464799065, firstLine: 1 }, { start: 464799065, end: 929597125, firstLine: 500398 }]
 * ```
 */
export const splitCsv = async (path: string, parts: number): Promise<CsvRange[]> => {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const mark = Buffer.alloc(2);
    await handle.read(mark, 0, 2, 0);
    // UTF-16 text ("Unicode text" of Excel) has no one-byte line breaks to cut at: read in one part.
    if ((mark[0] === 0xff && mark[1] === 0xfe) || (mark[0] === 0xfe && mark[1] === 0xff)) {
      return [{ start: 0, end: size, firstLine: 1 }];
    }
    const cuts: { at: number; line: number }[] = [];
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    let position = 0;
    let quotes = 0;
    let lines = 0;
    let target = Math.floor(size / parts);
    while (cuts.length < parts - 1 && position < size) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      for (let i = 0; i < bytesRead; i++) {
        const byte = buffer[i];
        if (byte === QUOTE) quotes++;
        else if (byte === LINE_FEED) {
          lines++;
          if (position + i >= target && (quotes & 1) === 0 && position + i + 1 < size) {
            cuts.push({ at: position + i + 1, line: lines + 1 });
            if (cuts.length === parts - 1) break;
            target = Math.max(Math.floor((size * (cuts.length + 1)) / parts), position + i + 1);
          }
        }
      }
      position += bytesRead;
    }
    const starts = [{ at: 0, line: 1 }, ...cuts];
    return starts.map((start, k) => ({
      start: start.at,
      end: cuts[k]?.at ?? size,
      firstLine: start.line,
    }));
  } finally {
    await handle.close();
  }
};
