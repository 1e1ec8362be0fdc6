/**
 * Flags and output helpers shared by every command.
 */
import { Console, Effect } from "effect";
import { Flag } from "effect/cli";
import { writeJson } from "../io/json-stream.js";

/** `--json`: machine-readable output on stdout, no progress bar, no Vietnamese prose. */
export const jsonFlag = Flag.Boolean("json").pipe(
  Flag.withDescription("In kết quả dạng JSON (cho máy đọc) ra đầu ra chuẩn"),
  Flag.withDefault(false),
);

/** Prints a JSON document on stdout, piece by piece (see io/json-stream.ts). */
export const printJson = (value: unknown): Effect.Effect<void> =>
  Effect.promise(async () => {
    await writeJson(process.stdout, value);
    process.stdout.write("\n");
  });

/** Prints Vietnamese text on stdout (NFC). */
export const printText = (text: string): Effect.Effect<void> => Console.log(text.normalize("NFC"));

/** Prints Vietnamese text on stderr (NFC). */
export const printError = (text: string): Effect.Effect<void> => Console.error(text.normalize("NFC"));
