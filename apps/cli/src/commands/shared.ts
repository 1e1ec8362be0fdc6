/**
 * Flags and output helpers shared by every command.
 */
import { Console, Effect } from "effect";
import { Flag } from "effect/cli";
import { ValidationFailedError } from "../errors.js";
import { formatNumber } from "../format.js";
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

/**
 * Prints located problems on stderr, at most `max` of them (then "… và 12 lỗi khác."), and fails with a
 * {@link ValidationFailedError} (exit 2) carrying `message` and the number of problems.
 */
export const failWithIssues = (
  lines: readonly string[],
  count: number,
  message: string,
  max = 200,
): Effect.Effect<never, ValidationFailedError> =>
  Effect.gen(function* () {
    const listed = lines.slice(0, max);
    if (count > listed.length) listed.push(`… và ${formatNumber(count - listed.length)} lỗi khác.`);
    yield* printError(listed.join("\n"));
    return yield* new ValidationFailedError({ message, issueCount: count });
  });
