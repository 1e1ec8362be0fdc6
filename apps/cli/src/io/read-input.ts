/**
 * The one way a command reads a text input file: read it, parse it, and turn whatever goes wrong into an
 * {@link InputFileError} that names the file and says in Vietnamese what is wrong (a located message of
 * @antq/sheets, a JSON syntax error, or the system error: missing file, no permission, locked by Excel), with
 * the CLI's hint for the problem's code (../hints.ts) where it has one.
 */
import { readFile } from "node:fs/promises";
import { fileProblemText } from "@antq/sheets";
import * as Effect from "effect/Effect";
import { InputFileError } from "../errors.js";
import { CLI_HINTS, type Hints, problemCode, withHint } from "../hints.js";

/**
 * Runs a read of `file` (which may throw); what goes wrong becomes an {@link InputFileError} that names it,
 * with the hint of `hints` for the problem's code (the command or option that fixes it).
 *
 * @example
 * ```ts
 * const info = yield* reading("du-lieu.xlsx", () => stat("du-lieu.xlsx"));
 * ```
 */
export const reading = <A>(
  file: string,
  read: () => Promise<A>,
  hints: Hints = CLI_HINTS,
): Effect.Effect<A, InputFileError> =>
  Effect.tryPromise({
    try: read,
    catch: (error) =>
      new InputFileError({ file, message: withHint(fileProblemText(error), problemCode(error), hints) }),
  });

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
): Effect.Effect<T, InputFileError> => reading(file, async () => parse(await readFile(file, "utf8")));

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
