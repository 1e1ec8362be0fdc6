/**
 * The Node adapters of @antq/sheets/xlsx (loaded by `import()` where a workbook is read or written: exceljs is
 * heavy to load, and most runs need none): a workbook file handed to the package's reader as a `Blob`
 * (`fs.openAsBlob`; its size checked before a byte is read), which reads one part of it at a time instead of
 * holding the whole compressed file, and workbooks written atomically, from memory or streamed.
 */
import { createWriteStream, openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import { type DatasetBuilder, systemErrorText } from "@antq/sheets";
import * as SheetsXlsx from "@antq/sheets/xlsx";
import {
  DEFAULT_XLSX_LIMITS,
  fileSizeProblem,
  readWorkbookCells as readCells,
  readXlsxInto,
  readXlsxSheets,
  type SheetCells,
  type Workbook,
  type WorkbookOutput,
  XlsxFileError,
  type XlsxSheet,
} from "@antq/sheets/xlsx";
import * as Effect from "effect/Effect";
import { InputFileError, type OutputError } from "../errors.js";
import { atomicWrite } from "./atomic-write.js";

/** A problem of the input file (not a defect of antq): a Vietnamese message for the officer. */
const inputProblem = (file: string, error: unknown): InputFileError => {
  if (error instanceof XlsxFileError) return new InputFileError({ file, message: error.message });
  // An exception of the builder (no system error code) is a defect, not a problem of the file.
  if (typeof error !== "object" || error === null || typeof (error as { code?: unknown }).code !== "string")
    throw error;
  return new InputFileError({ file, message: systemErrorText(error) });
};

/** The file as a Blob read on demand, after checking that it is a file within the size limit. */
const fileBlob = async (file: string): Promise<Blob> => {
  const info = await stat(file);
  if (!info.isFile()) throw new XlsxFileError("XLSX_CORRUPT", "đường dẫn không phải là tệp");
  const problem = fileSizeProblem(info.size, DEFAULT_XLSX_LIMITS);
  if (problem) throw new XlsxFileError("XLSX_LIMIT", problem);
  return openAsBlob(file);
};

/**
 * Reads every sheet of antq's layouts in an .xlsx file into the builder (see @antq/sheets/xlsx `readXlsxInto`).
 *
 * @example
 * ```ts
 * yield* readXlsxFileInto(builder, "du-lieu.xlsx");
 * ```
 */
export const readXlsxFileInto = (
  builder: DatasetBuilder,
  file: string,
  onRows?: (rows: number) => void | Promise<void>,
): Effect.Effect<void, InputFileError> =>
  Effect.tryPromise({
    try: async () => readXlsxInto(builder, await fileBlob(file), { file, ...(onRows ? { onRows } : {}) }),
    catch: (error) => inputProblem(file, error),
  });

/**
 * The sheet of an .xlsx file with the given name, read by `read`; `undefined` when there is none.
 *
 * @example
 * ```ts
 * yield* withXlsxSheet("bang-diem.xlsx", "Bảng chấm điểm", (sheet) => readScoreRows(builder, …));
 * ```
 */
export const withXlsxSheet = <A>(
  file: string,
  name: string,
  read: (sheet: XlsxSheet) => Promise<A>,
): Effect.Effect<A | undefined, InputFileError> =>
  Effect.tryPromise({
    try: async () => {
      for await (const sheet of readXlsxSheets(await fileBlob(file))) {
        if (sheet.name.normalize("NFC").trim() === name) return await read(sheet);
      }
      return undefined;
    },
    catch: (error) => inputProblem(file, error),
  });

/**
 * The wanted sheets of an .xlsx file as values, by NFC-trimmed name (@antq/sheets/xlsx `readWorkbookCells`).
 *
 * @example
 * ```ts
 * const sheets = yield* readWorkbookCells("to-bao-ve.xlsx");
 * sheets.get("Tổ bảo vệ ANTT")?.rows.length;
 * ```
 */
export const readWorkbookCells = (
  file: string,
  wanted?: (name: string) => boolean,
): Effect.Effect<ReadonlyMap<string, SheetCells>, InputFileError> =>
  Effect.tryPromise({
    try: async () => readCells(await fileBlob(file), wanted),
    catch: (error) => inputProblem(file, error),
  });

/**
 * Builds a workbook in memory with @antq/sheets/xlsx (`build` gets the module) and writes it atomically to
 * `target`.
 *
 * @example
 * ```ts
 * yield* writeWorkbook("mau-antq.xlsx", (x) => x.buildTemplateWorkbook(specs));
 * ```
 */
export const writeWorkbook = (
  target: string,
  build: (xlsx: typeof SheetsXlsx) => Workbook,
  inputs: ReadonlyArray<string> = [],
): Effect.Effect<void, OutputError> =>
  atomicWrite(target, (temporary) => build(SheetsXlsx).xlsx.writeFile(temporary), { inputs });

/** Writes a streamed workbook (a result workbook of @antq/sheets/xlsx) atomically to `target`. */
export const writeWorkbookStream = (
  target: string,
  inputs: ReadonlyArray<string>,
  write: (output: WorkbookOutput) => Promise<void>,
): Effect.Effect<void, OutputError> =>
  atomicWrite(
    target,
    (temporary) => write(createWriteStream(temporary, { flags: "wx", highWaterMark: 1 << 20 })),
    { inputs },
  );

/** The compressor of the streamed result workbooks (deflated on several threads). */
export { nodeGzip } from "./parallel-gzip.js";
