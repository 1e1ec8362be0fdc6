/**
 * The Node file adapters of the input readers: a CSV, JSON or xlsx file read from disk into @antq/sheets'
 * {@link DatasetBuilder}, as Effects that fail with {@link InputFileError}.
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import {
  csvRowSource,
  DatasetBuilder,
  readJsonText,
  readRowsInto,
  readScoreJsonText,
  readScoreRows,
  SCORE_SHEET,
  ScoreBuilder,
  specByHeaders,
  specById,
} from "@antq/sheets";
import * as Effect from "effect/Effect";
import { InputFileError } from "../errors.js";
import { DATASET_JSON_HINTS } from "../hints.js";
import { invocation } from "../invocation.js";
import { type CsvRange, openCsv } from "../io/csv.js";
import { reading } from "../io/read-input.js";

/** Options of {@link readCsvInto}. */
export interface CsvReadOptions {
  /** The sheet spec by id (`--loai`); by default recognised from the headers. */
  readonly specId?: string;
  /** Called after each batch of rows with its size (progress); awaited when it returns a promise. */
  readonly onRow?: (rows: number) => void | Promise<void>;
  /** Read only this part of the file (see ../io/csv-split.ts); its header problems are not reported. */
  readonly range?: CsvRange;
}

/**
 * Streams a CSV file (or a part of it) into the builder; the sheet is recognised from the headers (or
 * `specId`). Succeeds with the line number after the last row read.
 */
export const readCsvInto = (
  builder: DatasetBuilder,
  file: string,
  options: CsvReadOptions = {},
): Effect.Effect<number, InputFileError> =>
  reading(file, async () => {
    const { specId, onRow, range } = options;
    const table = await openCsv(file, range);
    await readRowsInto(builder, csvRowSource(file, table), {
      ...(specId !== undefined ? { specId } : {}),
      ...(onRow ? { onRows: onRow } : {}),
      // The header row's problems are reported by the reader of the part that has it.
      reportHeaders: range?.headers === undefined,
    });
    return table.nextLine();
  });

/** The sheet spec a CSV file's headers (or `specId`) select, without reading its rows. */
export const peekCsvSpec = (file: string, specId?: string) =>
  Effect.tryPromise({
    try: async () => {
      if (specId) return specById(specId);
      const table = await openCsv(file);
      table.close();
      return specByHeaders(table.headers);
    },
    catch: () => undefined,
  }).pipe(Effect.orElseSucceed(() => undefined));

/** Reads any supported file by extension. */
export const readFileInto = (
  builder: DatasetBuilder,
  file: string,
  options: { specId?: string; onRow?: (rows: number) => void | Promise<void> } = {},
): Effect.Effect<unknown, InputFileError> =>
  Effect.gen(function* () {
    const info = yield* reading(file, () => stat(file));
    if (!info.isFile()) return yield* new InputFileError({ file, message: "đường dẫn không phải là tệp" });
    const extension = extname(file).toLowerCase();
    switch (extension) {
      case ".xlsx":
        // The xlsx reader is loaded only for xlsx input (not by the threads that read parts of a CSV).
        return yield* Effect.promise(() => import("../io/xlsx.js")).pipe(
          Effect.flatMap(({ readXlsxFileInto }) => readXlsxFileInto(builder, file, options.onRow)),
        );
      case ".csv":
      case ".txt":
        return yield* readCsvInto(builder, file, options);
      case ".json": // { "schemaVersion": 1, "units": [...], "annualFacts": [...] }
        return yield* reading(
          file,
          async () => readJsonText(builder, await readFile(file, "utf8"), file),
          DATASET_JSON_HINTS,
        );
      default:
        return yield* new InputFileError({
          file,
          message: `định dạng "${extension || "(không có phần mở rộng)"}" chưa được hỗ trợ; dùng .xlsx, .csv hoặc .json (tệp .xls cũ hãy lưu lại thành .xlsx)`,
        });
    }
  });

/** Reads and validates a whole dataset from several files. */
export const readDataset = (files: readonly string[], options: { specId?: string } = {}) =>
  Effect.gen(function* () {
    const builder = new DatasetBuilder();
    for (const file of files) yield* readFileInto(builder, file, options);
    return builder.finish();
  });

/** Reads score sheets from .xlsx (sheet "Bảng chấm điểm"), .csv or .json (`{ "scoreSheets": [...] }`). */
export const readScoreSheets = (files: readonly string[]) =>
  Effect.gen(function* () {
    const builder = new ScoreBuilder();
    for (const file of files) {
      const extension = extname(file).toLowerCase();
      if (extension === ".xlsx") {
        const { withXlsxSheet } = yield* Effect.promise(() => import("../io/xlsx.js"));
        const read = yield* withXlsxSheet(file, SCORE_SHEET.sheetName, async (sheet) => {
          const { sheetRowSource } = await import("@antq/sheets/xlsx");
          await readScoreRows(builder, await sheetRowSource(file, sheet));
          return true;
        });
        if (!read) {
          return yield* new InputFileError({
            file,
            message: `không có trang tính "${SCORE_SHEET.sheetName}" (xem ${invocation()} mau --loai bang-diem)`,
          });
        }
      } else if (extension === ".csv") {
        yield* reading(file, async () => readScoreRows(builder, csvRowSource(file, await openCsv(file))));
      } else if (extension === ".json") {
        yield* reading(file, async () => readScoreJsonText(builder, await readFile(file, "utf8"), file));
      } else {
        return yield* new InputFileError({
          file,
          message: `định dạng "${extension}" chưa được hỗ trợ; dùng .xlsx, .csv hoặc .json`,
        });
      }
    }
    return builder.finish();
  });
