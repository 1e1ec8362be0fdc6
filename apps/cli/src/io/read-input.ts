/**
 * The one way a command reads a text input file: read it, parse it, and turn whatever goes wrong into an
 * {@link InputFileError} that names the file and says in Vietnamese what is wrong (a located message of
 * @antq/sheets, a JSON syntax error, or the system error: missing file, no permission, locked by Excel).
 */
import { readFile } from "node:fs/promises";
import { CsvSyntaxError } from "@antq/sheets";
import { Effect } from "effect";
import { describeSystemError, InputFileError } from "../errors.js";

/** The Vietnamese text of an error met while reading or parsing an input file. */
const inputErrorText = (error: unknown): string =>
  error instanceof CsvSyntaxError
    ? error.message
    : error instanceof SyntaxError
      ? `không phải JSON hợp lệ (${error.message})`
      : describeSystemError(error);

/**
 * Reads `file` as UTF-8 text and parses it with `parse` (which may throw); fails with a located
 * {@link InputFileError}.
 *
 * @example
 * ```ts
 * const document = yield* readInputFile("bao-cao.json", (text) => JSON.parse(text) as unknown);
 * ```
 */
export const readInputFile = <T>(
  file: string,
  parse: (text: string) => T,
): Effect.Effect<T, InputFileError> =>
  Effect.tryPromise({
    try: async () => parse(await readFile(file, "utf8")),
    catch: (error) => new InputFileError({ file, message: inputErrorText(error) }),
  });

/**
 * Reads `file` as JSON (a leading byte-order mark is dropped); fails with a located {@link InputFileError}.
 *
 * @example
 * ```ts
 * const config = yield* readJsonFile("cau-hinh-khen-thuong.json");
 * ```
 */
export const readJsonFile = (file: string): Effect.Effect<unknown, InputFileError> =>
  readInputFile(file, (text) => JSON.parse(text.replace(/^\ufeff/, "")) as unknown);
