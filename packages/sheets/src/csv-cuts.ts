/**
 * Cutting a large CSV file into parts that start at row boundaries, so that the parts can be read in parallel
 * (one worker thread per part, as the CLI does) with the line numbers of the whole file. The finder is fed the
 * file's bytes from its start and needs only those before the last cut.
 */
import { shareAHash } from "./packed-statuses.js";

/**
 * A part of a CSV file that starts at a row boundary: bytes `start` (inclusive) to `end` (exclusive), whose first
 * row is line `firstLine` of the file. A part other than the first has no header row: its `headers` are those of
 * the file.
 *
 * @example
 * const part: CsvRange = { start: 464_799_065, end: 929_597_125, firstLine: 500_398, headers: ["Mã đơn vị"] };
 * part.end - part.start; //=> 464798060
 */
export interface CsvRange {
  readonly start: number;
  readonly end: number;
  readonly firstLine: number;
  readonly headers?: readonly string[];
}

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/**
 * Finds where to cut a CSV file of `size` bytes into at most `parts` ranges of about equal size. Each cut is
 * placed just after the first line break past the even share at which an even number of `"` has been seen:
 * outside a quoted cell, so at the start of a row (RFC 4180 doubles a quote inside a quoted cell, which keeps the
 * count even). The line breaks before a cut give the part's first line number. UTF-16 text (Excel's "Unicode
 * text") has no one-byte line breaks to cut at: it is one part.
 *
 * A file with a stray quote in an unquoted cell can fool the count; the reader of the part before such a cut
 * then ends inside a quoted cell and reports it (the CLI then reads the whole file in one go). Fewer ranges
 * come out when the file has fewer rows than parts.
 *
 * @example
 * const text = new TextEncoder().encode('Mã đơn vị,Ghi chú\nkdc-1,"Dòng một\nDòng hai"\nkdc-2,x\nkdc-3,y\n');
 * const finder = new CsvCutFinder(text.length, 2);
 * while (!finder.done) finder.push(text.subarray(finder.position, finder.position + 16));
 * finder.ranges(); //=> [{ start: 0, end: 54, firstLine: 1 }, { start: 54, end: 70, firstLine: 4 }]
 */
export class CsvCutFinder {
  readonly #cuts: { at: number; line: number }[] = [];
  #position = 0;
  #quotes = 0;
  #lines = 0;
  #target: number;
  #oneRange = false;

  constructor(
    readonly size: number,
    readonly parts: number,
  ) {
    this.#target = Math.floor(size / parts);
  }

  /** The offset of the next byte to {@link CsvCutFinder.push}. */
  get position(): number {
    return this.#position;
  }

  /** Whether every cut is found (or the file is read through): no more bytes are needed. */
  get done(): boolean {
    return this.#oneRange || this.#cuts.length >= this.parts - 1 || this.#position >= this.size;
  }

  /** Scans the next bytes of the file (those from {@link CsvCutFinder.position}). */
  push(bytes: Uint8Array): void {
    const { size, parts } = this;
    const cuts = this.#cuts;
    const position = this.#position;
    this.#position += bytes.length;
    if (
      position === 0 &&
      ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    ) {
      this.#oneRange = true;
      return;
    }
    let quotes = this.#quotes;
    let lines = this.#lines;
    let target = this.#target;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
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
    this.#quotes = quotes;
    this.#lines = lines;
    this.#target = target;
  }

  /** The ranges, in file order, from the cuts found. */
  ranges(): CsvRange[] {
    if (this.#oneRange) return [{ start: 0, end: this.size, firstLine: 1 }];
    const cuts = this.#cuts;
    return [{ at: 0, line: 1 }, ...cuts].map((start, k) => ({
      start: start.at,
      end: cuts[k]?.at ?? this.size,
      firstLine: start.line,
    }));
  }
}

/**
 * Estimates the number of data rows of a CSV file of `size` bytes from its first bytes (`start`), by the length of
 * their lines: good enough for a percentage and a time left. `undefined` when `start` is empty or has no line break.
 *
 * @example
 * const start = new TextEncoder().encode("Mã đơn vị,Tên đơn vị\nKDC-1,Ấp Mỹ Lợi\nKDC-2,Ấp Tân Phước\n");
 * estimateCsvRowCount(start, start.length); //=> 2
 * estimateCsvRowCount(start, start.length * 1000); //=> 2999
 */
export const estimateCsvRowCount = (start: Uint8Array, size: number): number | undefined => {
  if (start.length === 0) return undefined;
  let lines = 0;
  for (const byte of start) if (byte === LINE_FEED) lines++;
  if (start.length === size && start.at(-1) !== LINE_FEED) lines++;
  if (lines === 0) return undefined;
  // The header line is not a data row.
  return Math.max(0, Math.round((size / start.length) * lines) - 1);
};

/**
 * Why the parts of a CSV read apart cannot be joined as one reading of the file, or `undefined` when they can: a
 * part failed (`undefined`), a cut was not where the part before it stopped (a stray quote fooled
 * {@link CsvCutFinder}), or a unit id was read in two parts (one reader would report the second): then the file
 * must be read in one go, which gives the usual messages.
 *
 * @example
 * const ranges = [{ start: 0, end: 54, firstLine: 1 }, { start: 54, end: 70, firstLine: 4 }];
 * const part = (nextLine: number, ids: string[]) => ({ nextLine, idHashes: Float64Array.from(ids, idHash).sort() });
 * partsProblem(ranges, [part(4, ["KDC-1"]), part(6, ["KDC-2", "KDC-3"])]); //=> undefined
 * partsProblem(ranges, [part(3, ["KDC-1"]), part(6, ["KDC-2"])]); //=> "chỗ cắt không ở đầu dòng"
 * partsProblem(ranges, [part(4, ["KDC-1"]), part(6, ["KDC-1"])]); //=> "có mã đơn vị ở hai phần"
 * partsProblem(ranges, [part(4, ["KDC-1"]), undefined]); //=> "một phần không đọc được"
 */
export const partsProblem = (
  ranges: readonly CsvRange[],
  parts: readonly ({ readonly nextLine: number; readonly idHashes: Float64Array } | undefined)[],
): string | undefined => {
  if (!parts.every((p) => p !== undefined)) return "một phần không đọc được";
  if (!ranges.every((range, k) => k === 0 || parts[k - 1]?.nextLine === range.firstLine))
    return "chỗ cắt không ở đầu dòng";
  if (parts.some((a, i) => parts.slice(i + 1).some((b) => shareAHash(a.idHashes, b.idHashes))))
    return "có mã đơn vị ở hai phần";
  return undefined;
};
