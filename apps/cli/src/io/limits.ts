/**
 * Limits on untrusted .xlsx input, checked before exceljs parses anything: file size, number of zip
 * entries, total uncompressed size and compression ratio (zip bombs). Reads only the zip central
 * directory, never inflates.
 */
import { open, stat } from "node:fs/promises";
import { Effect } from "effect";
import { describeSystemError, InputFileError } from "../errors.js";
import { formatNumber } from "../format.js";

/** Limits for .xlsx input. */
export interface XlsxLimits {
  /** Largest accepted file, in bytes. */
  readonly maxFileBytes: number;
  /** Largest accepted total uncompressed size, in bytes. */
  readonly maxUncompressedBytes: number;
  /** Largest accepted uncompressed/compressed ratio, per entry and overall. */
  readonly maxCompressionRatio: number;
  /** Largest accepted number of zip entries. */
  readonly maxEntries: number;
}

/** Defaults: 100 MiB file, 1 GiB uncompressed, ratio 200, 10 000 entries. */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxEntries: 10_000,
};

/** One entry of a zip central directory. */
export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

/** A central-directory entry with what is needed to read its data: compression method and local header offset. */
export interface ZipEntry extends ZipEntryInfo {
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  /** General purpose flags (bit 0: encrypted). */
  readonly flags: number;
  /** Offset of the entry's local file header. */
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MiB = 1024 * 1024;
const mib = (bytes: number) => `${formatNumber(Math.round((bytes / MiB) * 10) / 10)} MB`;

class LimitProblem extends Error {}

/** Reads the central directory of a zip file. Throws {@link LimitProblem} with a Vietnamese message. */
const readCentralDirectory = async (path: string, size: number): Promise<ZipEntry[]> => {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    if (head.readUInt32LE(0) !== 0x04034b50) {
      throw new LimitProblem("tệp không phải định dạng Excel .xlsx (không phải tệp nén zip)");
    }
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new LimitProblem("tệp .xlsx bị hỏng hoặc không đầy đủ (không có mục lục zip)");
    const entryCount = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      throw new LimitProblem("tệp .xlsx dùng định dạng zip64, quá lớn để xử lý an toàn");
    }
    if (directoryOffset + directorySize > size) {
      throw new LimitProblem("tệp .xlsx bị hỏng hoặc không đầy đủ (mục lục zip sai)");
    }
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const entries: ZipEntry[] = [];
    let offset = 0;
    for (let i = 0; i < entryCount; i++) {
      if (offset + 46 > directory.length || directory.readUInt32LE(offset) !== CENTRAL_SIGNATURE) {
        throw new LimitProblem("tệp .xlsx bị hỏng hoặc không đầy đủ (mục lục zip sai)");
      }
      const flags = directory.readUInt16LE(offset + 8);
      const method = directory.readUInt16LE(offset + 10);
      const compressedSize = directory.readUInt32LE(offset + 20);
      const uncompressedSize = directory.readUInt32LE(offset + 24);
      const nameLength = directory.readUInt16LE(offset + 28);
      const extraLength = directory.readUInt16LE(offset + 30);
      const commentLength = directory.readUInt16LE(offset + 32);
      const localHeaderOffset = directory.readUInt32LE(offset + 42);
      const name = directory.toString("utf8", offset + 46, offset + 46 + nameLength);
      entries.push({ name, compressedSize, uncompressedSize, method, flags, localHeaderOffset });
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
};

/** Checks the entries of a zip against the limits; returns a Vietnamese problem or undefined. */
export const checkZipEntries = (
  entries: ReadonlyArray<ZipEntryInfo>,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): string | undefined => {
  if (entries.length > limits.maxEntries) {
    return `tệp có ${formatNumber(entries.length)} thành phần nén, vượt giới hạn ${formatNumber(limits.maxEntries)}`;
  }
  let compressed = 0;
  let uncompressed = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
      return "tệp .xlsx dùng định dạng zip64, quá lớn để xử lý an toàn";
    }
    compressed += entry.compressedSize;
    uncompressed += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > MiB && ratio > limits.maxCompressionRatio) {
      return `tỷ lệ nén bất thường (${formatNumber(Math.round(ratio))} lần ở thành phần ${entry.name}), có thể là "bom zip"; tệp bị từ chối`;
    }
  }
  if (uncompressed > limits.maxUncompressedBytes) {
    return `dung lượng sau giải nén ${mib(uncompressed)} vượt giới hạn ${mib(limits.maxUncompressedBytes)}`;
  }
  if (uncompressed > MiB && uncompressed / Math.max(compressed, 1) > limits.maxCompressionRatio) {
    return `tỷ lệ nén bất thường (${formatNumber(Math.round(uncompressed / Math.max(compressed, 1)))} lần), có thể là "bom zip"; tệp bị từ chối`;
  }
  return undefined;
};

/**
 * Checks an .xlsx file against the limits before it is parsed and returns its zip entries (read from the
 * central directory), so that a streaming reader can open each part at its offset.
 *
 * @example
 * ```ts
 * const entries = yield* readXlsxDirectory("don-vi.xlsx");
 * entries.find((e) => e.name === "xl/workbook.xml");
 * ```
 */
export const readXlsxDirectory = (
  path: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Effect.Effect<ReadonlyArray<ZipEntry>, InputFileError> =>
  Effect.tryPromise({
    try: async () => {
      const info = await stat(path);
      if (!info.isFile()) throw new LimitProblem("đường dẫn không phải là tệp");
      if (info.size > limits.maxFileBytes) {
        throw new LimitProblem(
          `tệp dung lượng ${mib(info.size)} vượt giới hạn ${mib(limits.maxFileBytes)}; hãy tách thành nhiều tệp hoặc dùng CSV`,
        );
      }
      if (info.size < 22) throw new LimitProblem("tệp .xlsx rỗng hoặc bị hỏng");
      const entries = await readCentralDirectory(path, info.size);
      const problem = checkZipEntries(entries, limits);
      if (problem) throw new LimitProblem(problem);
      return entries;
    },
    catch: (error) =>
      new InputFileError({
        file: path,
        message: error instanceof LimitProblem ? error.message : describeSystemError(error),
      }),
  });

/**
 * Checks an .xlsx file against the limits before it is parsed.
 *
 * @example
 * ```ts
 * yield* checkXlsxLimits("don-vi.xlsx");
 * ```
 */
export const checkXlsxLimits = (
  path: string,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): Effect.Effect<void, InputFileError> => Effect.asVoid(readXlsxDirectory(path, limits));
