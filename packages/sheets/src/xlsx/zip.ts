/**
 * The zip container of an .xlsx workbook, read from bytes in memory: its central directory checked against
 * size and compression limits before anything is inflated (zip bombs), and each entry inflated with fflate in
 * chunks, capped at the size its directory entry declares, so a directory that lies cannot bypass the limits.
 */
import { formatNumber } from "@antq/format-vi";
import { Inflate } from "fflate";

/**
 * Limits for untrusted .xlsx input.
 *
 * @example
 * ```ts
 * const strict: XlsxLimits = { ...DEFAULT_XLSX_LIMITS, maxFileBytes: 1024 };
 * let code: string | undefined;
 * try {
 *   for await (const _ of readXlsxSheets(demoWorkbook, { limits: strict }));
 * } catch (e) {
 *   code = e instanceof XlsxFileError ? e.code : undefined;
 * }
 * code; //=> "XLSX_LIMIT"
 * ```
 */
export interface XlsxLimits {
  /** Largest accepted file, in bytes. */
  readonly maxFileBytes: number;
  /** Largest accepted total uncompressed size, in bytes. */
  readonly maxUncompressedBytes: number;
  /** Largest accepted uncompressed/compressed ratio, per entry (above 1 MiB) and overall. */
  readonly maxCompressionRatio: number;
  /** Largest accepted number of zip entries. */
  readonly maxEntries: number;
}

/**
 * Defaults: 100 MiB file, 1 GiB uncompressed, ratio 200, 10 000 entries.
 *
 * @example
 * ```ts
 * DEFAULT_XLSX_LIMITS.maxCompressionRatio; //=> 200
 * ```
 */
export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxEntries: 10_000,
};

/**
 * One entry of a zip central directory.
 *
 * @example
 * ```ts
 * const zip = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") });
 * const [entry]: ZipEntry[] = readZipDirectory(zip);
 * [entry?.name, entry?.uncompressedSize, entry?.method]; //=> ["xl/workbook.xml", 11, 8]
 * ```
 */
export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  /** General purpose flags (bit 0: encrypted). */
  readonly flags: number;
  /** Offset of the entry's local file header. */
  readonly localHeaderOffset: number;
}

/**
 * A problem of a workbook file, with a Vietnamese message shown as is and a stable machine `code`.
 *
 * @example
 * ```ts
 * new XlsxFileError("XLSX_CORRUPT", "tệp Excel bị hỏng").code; //=> "XLSX_CORRUPT"
 * ```
 */
export class XlsxFileError extends Error {
  constructor(
    readonly code: "XLSX_NOT_ZIP" | "XLSX_CORRUPT" | "XLSX_LIMIT" | "XLSX_ZIP_BOMB" | "XLSX_UNSUPPORTED",
    message: string,
  ) {
    super(message);
    this.name = "XlsxFileError";
  }
}

/** The message for a file that exceljs and Excel could not make sense of either. */
export const CORRUPT_MESSAGE =
  "tệp Excel bị hỏng, không có trang tính nào hoặc không đúng định dạng .xlsx; hãy mở bằng Excel và lưu lại dạng .xlsx";

const MiB = 1024 * 1024;
const mib = (bytes: number) => `${formatNumber(Math.round((bytes / MiB) * 10) / 10)} MB`;

/**
 * The file-size limit as a Vietnamese problem, or `undefined` when `bytes` is within it.
 *
 * @example
 * ```ts
 * fileSizeProblem(10, DEFAULT_XLSX_LIMITS); //=> undefined
 * ```
 */
export const fileSizeProblem = (bytes: number, limits: XlsxLimits): string | undefined =>
  bytes > limits.maxFileBytes
    ? `tệp dung lượng ${mib(bytes)} vượt giới hạn ${mib(limits.maxFileBytes)}; hãy tách thành nhiều tệp hoặc dùng CSV`
    : undefined;

const u16 = (b: Uint8Array, at: number) => (b[at] as number) | ((b[at + 1] as number) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const utf8 = new TextDecoder();

/** Largest zip comment: the end record is within this many bytes (and its own 22) of the end of the file. */
const MAX_COMMENT = 65_535;

const brokenDirectory = () =>
  new XlsxFileError("XLSX_CORRUPT", "tệp .xlsx bị hỏng hoặc không đầy đủ (mục lục zip sai)");

/**
 * Where the central directory is, from the end of a zip file of `fileSize` bytes: `tail` holds its last bytes,
 * at least the last 22 + 65 535 (or all of them).
 */
const directoryPlace = (
  tail: Uint8Array,
  fileSize: number,
): { count: number; size: number; offset: number } => {
  if (fileSize < 22) throw new XlsxFileError("XLSX_CORRUPT", "tệp .xlsx rỗng hoặc bị hỏng");
  let eocd = -1;
  for (let i = tail.length - 22; i >= Math.max(0, tail.length - 22 - MAX_COMMENT); i--) {
    if (u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0)
    throw new XlsxFileError("XLSX_CORRUPT", "tệp .xlsx bị hỏng hoặc không đầy đủ (không có mục lục zip)");
  const count = u16(tail, eocd + 10);
  const size = u32(tail, eocd + 12);
  const offset = u32(tail, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new XlsxFileError("XLSX_UNSUPPORTED", "tệp .xlsx dùng định dạng zip64, quá lớn để xử lý an toàn");
  }
  if (offset + size > fileSize) throw brokenDirectory();
  return { count, size, offset };
};

/** The entries of a central directory (its bytes), checked against the limits. */
const directoryEntries = (directory: Uint8Array, count: number, limits: XlsxLimits): ZipEntry[] => {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || u32(directory, at) !== 0x02014b50) throw brokenDirectory();
    const nameLength = u16(directory, at + 28);
    entries.push({
      flags: u16(directory, at + 8),
      method: u16(directory, at + 10),
      compressedSize: u32(directory, at + 20),
      uncompressedSize: u32(directory, at + 24),
      localHeaderOffset: u32(directory, at + 42),
      name: utf8.decode(directory.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
  }
  const problem = checkZipEntries(entries, limits);
  if (problem) throw new XlsxFileError(problem.code, problem.message);
  return entries;
};

const notZip = () =>
  new XlsxFileError("XLSX_NOT_ZIP", "tệp không phải định dạng Excel .xlsx (không phải tệp nén zip)");

/**
 * Reads and checks the central directory of a zip held in memory. Throws an {@link XlsxFileError}.
 *
 * @example
 * ```ts
 * import { zipSync } from "fflate";
 * const zip = zipSync({ "a.txt": new TextEncoder().encode("xin chào") });
 * readZipDirectory(zip).map((e) => e.name); //=> ["a.txt"]
 * ```
 */
export const readZipDirectory = (bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): ZipEntry[] => {
  const sizeProblem = fileSizeProblem(bytes.length, limits);
  if (sizeProblem) throw new XlsxFileError("XLSX_LIMIT", sizeProblem);
  if (bytes.length < 22) throw new XlsxFileError("XLSX_CORRUPT", "tệp .xlsx rỗng hoặc bị hỏng");
  if (u32(bytes, 0) !== 0x04034b50) throw notZip();
  const { count, size, offset } = directoryPlace(bytes, bytes.length);
  return directoryEntries(bytes.subarray(offset, offset + size), count, limits);
};

/**
 * A zip file read by ranges (a `Blob`: a browser `File`, or Node's `fs.openAsBlob`): its checked central
 * directory, and the bytes of one entry at a time, so that the whole file is never held in memory.
 *
 * @example
 * ```ts
 * import { zipSync } from "fflate";
 * const zip = await ZipFile.open(new Blob([zipSync({ "a.txt": new TextEncoder().encode("xin chào") })]));
 * const [entry] = zip.entries;
 * const part = await zip.entryBytes(entry!);
 * let text = "";
 * for (const chunk of entryChunks(part.bytes, part.entry)) text += new TextDecoder().decode(chunk);
 * text; //=> "xin chào"
 * ```
 */
export class ZipFile {
  private constructor(
    private readonly blob: Blob,
    readonly entries: readonly ZipEntry[],
  ) {}

  /** Reads and checks the directory of a zip file. Throws an {@link XlsxFileError}. */
  static async open(blob: Blob, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<ZipFile> {
    const sizeProblem = fileSizeProblem(blob.size, limits);
    if (sizeProblem) throw new XlsxFileError("XLSX_LIMIT", sizeProblem);
    if (blob.size < 22) throw new XlsxFileError("XLSX_CORRUPT", "tệp .xlsx rỗng hoặc bị hỏng");
    if (u32(await rangeOf(blob, 0, 4), 0) !== 0x04034b50) throw notZip();
    const tailStart = Math.max(0, blob.size - 22 - MAX_COMMENT);
    const tail = await rangeOf(blob, tailStart, blob.size);
    const { count, size, offset } = directoryPlace(tail, blob.size);
    const directory =
      offset >= tailStart
        ? tail.subarray(offset - tailStart, offset - tailStart + size)
        : await rangeOf(blob, offset, offset + size);
    return new ZipFile(blob, directoryEntries(directory, count, limits));
  }

  /** The bytes of an entry (its local header and data) and the entry located in them, for {@link entryChunks}. */
  async entryBytes(entry: ZipEntry): Promise<{ bytes: Uint8Array; entry: ZipEntry }> {
    const start = entry.localHeaderOffset;
    // The local header's name and extra field are at most 2 × 65 535 bytes.
    const end = Math.min(this.blob.size, start + 30 + 2 * 65_535 + entry.compressedSize);
    return { bytes: await rangeOf(this.blob, start, end), entry: { ...entry, localHeaderOffset: 0 } };
  }
}

/** Bytes `start`..`end` of a blob; a file that cannot be read (changed or removed meanwhile) is XLSX_CORRUPT. */
const rangeOf = async (blob: Blob, start: number, end: number): Promise<Uint8Array> => {
  try {
    return new Uint8Array(await blob.slice(start, end).arrayBuffer());
  } catch {
    throw new XlsxFileError(
      "XLSX_CORRUPT",
      "không đọc được tệp; tệp có bị thay đổi hoặc xoá trong khi đọc không?",
    );
  }
};

/**
 * Checks zip entries against the limits; returns a located Vietnamese problem or `undefined`.
 *
 * @example
 * ```ts
 * const bomb = { name: "xl/worksheets/sheet1.xml", compressedSize: 1000, uncompressedSize: 900_000_000 };
 * checkZipEntries([bomb])?.code; //=> "XLSX_ZIP_BOMB"
 * checkZipEntries([{ ...bomb, uncompressedSize: 90_000 }]); //=> undefined
 * ```
 */
export const checkZipEntries = (
  entries: ReadonlyArray<Pick<ZipEntry, "name" | "compressedSize" | "uncompressedSize">>,
  limits: XlsxLimits = DEFAULT_XLSX_LIMITS,
): { code: "XLSX_LIMIT" | "XLSX_ZIP_BOMB" | "XLSX_UNSUPPORTED"; message: string } | undefined => {
  if (entries.length > limits.maxEntries) {
    return {
      code: "XLSX_LIMIT",
      message: `tệp có ${formatNumber(entries.length)} thành phần nén, vượt giới hạn ${formatNumber(limits.maxEntries)}`,
    };
  }
  let compressed = 0;
  let uncompressed = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
      return {
        code: "XLSX_UNSUPPORTED",
        message: "tệp .xlsx dùng định dạng zip64, quá lớn để xử lý an toàn",
      };
    }
    compressed += entry.compressedSize;
    uncompressed += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > MiB && ratio > limits.maxCompressionRatio) {
      return {
        code: "XLSX_ZIP_BOMB",
        message: `tỷ lệ nén bất thường (${formatNumber(Math.round(ratio))} lần ở thành phần ${entry.name}), có thể là "bom zip"; tệp bị từ chối`,
      };
    }
  }
  if (uncompressed > limits.maxUncompressedBytes) {
    return {
      code: "XLSX_LIMIT",
      message: `dung lượng sau giải nén ${mib(uncompressed)} vượt giới hạn ${mib(limits.maxUncompressedBytes)}`,
    };
  }
  if (uncompressed > MiB && uncompressed / Math.max(compressed, 1) > limits.maxCompressionRatio) {
    return {
      code: "XLSX_ZIP_BOMB",
      message: `tỷ lệ nén bất thường (${formatNumber(Math.round(uncompressed / Math.max(compressed, 1)))} lần), có thể là "bom zip"; tệp bị từ chối`,
    };
  }
  return undefined;
};

/** Compressed bytes pushed to the inflater at a time. */
const SLICE = 64 * 1024;

/**
 * The inflated bytes of one entry, in chunks. More bytes than the directory declares fail with
 * XLSX_ZIP_BOMB; an encrypted entry or an unknown compression method with XLSX_UNSUPPORTED.
 *
 * @example
 * ```ts
 * import { zipSync } from "fflate";
 * const zip = zipSync({ "a.txt": new TextEncoder().encode("xin chào") });
 * const [entry] = readZipDirectory(zip);
 * let text = "";
 * for (const chunk of entryChunks(zip, entry!)) text += new TextDecoder().decode(chunk);
 * text; //=> "xin chào"
 * ```
 */
export function* entryChunks(bytes: Uint8Array, entry: ZipEntry): Generator<Uint8Array> {
  if ((entry.flags & 1) !== 0) {
    throw new XlsxFileError(
      "XLSX_UNSUPPORTED",
      "tệp Excel có phần được mã hoá; hãy bỏ mật khẩu rồi lưu lại dạng .xlsx",
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw new XlsxFileError(
      "XLSX_UNSUPPORTED",
      `tệp Excel dùng kiểu nén không được hỗ trợ (${entry.method}); hãy mở bằng Excel và lưu lại dạng .xlsx`,
    );
  }
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || u32(bytes, header) !== 0x04034b50) {
    throw new XlsxFileError("XLSX_CORRUPT", CORRUPT_MESSAGE);
  }
  const start = header + 30 + u16(bytes, header + 26) + u16(bytes, header + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new XlsxFileError("XLSX_CORRUPT", CORRUPT_MESSAGE);
  const tooBig = () =>
    new XlsxFileError(
      "XLSX_ZIP_BOMB",
      `thành phần ${entry.name} giải nén ra nhiều hơn kích thước ghi trong tệp; tệp bị hỏng hoặc là "bom zip" nên bị từ chối`,
    );
  if (entry.method === 0) {
    if (entry.compressedSize > entry.uncompressedSize) throw tooBig();
    for (let at = start; at < end; at += SLICE) yield bytes.subarray(at, Math.min(end, at + SLICE));
    return;
  }
  let out: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    out.push(chunk);
  });
  for (let at = start; at < end || at === start; at += SLICE) {
    const last = Math.min(end, at + SLICE);
    try {
      inflater.push(bytes.subarray(at, last), last >= end);
    } catch {
      throw new XlsxFileError("XLSX_CORRUPT", CORRUPT_MESSAGE);
    }
    if (total > entry.uncompressedSize) throw tooBig();
    if (out.length > 0) {
      const ready = out;
      out = [];
      yield* ready;
    }
    if (last >= end) break;
  }
}
