/**
 * Splitting a large CSV file into parts that start at row boundaries (@antq/sheets' `CsvCutFinder`), so that the
 * parts can be read in parallel (one worker thread per part, ../assess/parallel.ts, which reads the whole file in
 * one go when a stray quote fooled a cut) with the line numbers of the whole file.
 */
import { open } from "node:fs/promises";
import { CsvCutFinder, type CsvRange } from "@antq/sheets";

/**
 * Cuts `path` into at most `parts` byte ranges of about equal size, reading only the bytes before the last cut.
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
    const finder = new CsvCutFinder((await handle.stat()).size, parts);
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    while (!finder.done) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, finder.position);
      if (bytesRead === 0) break;
      finder.push(buffer.subarray(0, bytesRead));
    }
    return finder.ranges();
  } finally {
    await handle.close();
  }
};
