/**
 * Flags and output helpers shared by every command.
 */
import { formatNumber } from "@antq/format-vi";
import { replaceExtension } from "@antq/sheets";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { InvalidInputError, type OutputError, ValidationFailedError } from "../errors.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { writeJson } from "../io/json-stream.js";
import { switchFlag } from "./define.js";

/** `--json`: machine-readable output on stdout, no progress bar, no Vietnamese prose. */
export const jsonFlag = switchFlag("json", "In kết quả dạng JSON (cho máy đọc) ra đầu ra chuẩn");

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

/**
 * Prints the first 50 problems of an input as "Lỗi — tệp [đường.dẫn]: …" and fails with a
 * {@link ValidationFailedError}; `message` gets the number of problems ("Tệp … có 3 lỗi").
 */
export const rejectLocated = (
  file: string,
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
  message: (count: string) => string,
): Effect.Effect<never, ValidationFailedError> =>
  failWithIssues(
    issues.map((i) => `Lỗi — ${file} [${i.path.map(String).join(".")}]: ${i.message}`),
    issues.length,
    message(formatNumber(issues.length)),
    50,
  );

/** The message of {@link rejectLocated} for an input of which nothing was written: "<what> có 3 lỗi; không ghi tệp nào." */
export const nothingWritten =
  (what: string) =>
  (count: string): string =>
    `${what} có ${count} lỗi; không ghi tệp nào.`;

/** `--ra` given for a print-ready workbook: it must end in .xlsx (`what` names the file in the message). */
export const xlsxTarget = (out: Option.Option<string>, what: string) =>
  Option.isSome(out) && !out.value.toLowerCase().endsWith(".xlsx")
    ? Effect.fail(new InvalidInputError({ message: `${what} (--ra) phải có đuôi .xlsx: ${out.value}` }))
    : Effect.succeed(Option.getOrUndefined(out));

/** @antq/sheets/xlsx, loaded only by a run that writes a workbook (exceljs is heavy to load). */
export type SheetsXlsx = typeof import("@antq/sheets/xlsx");

/**
 * The end of every document command: writes the workbook of `document` to `workbook.target` (atomically, and
 * with `withJson` the document beside it as .json), then prints the document as JSON (`--json`) or its lines and
 * "Đã ghi: …". `workbook.bytes` gets @antq/sheets/xlsx, loaded then.
 */
export const emitDocument = <D>(o: {
  readonly document: D;
  readonly workbook?:
    | {
        readonly target: string;
        readonly bytes: (xlsx: SheetsXlsx, document: D) => Promise<Uint8Array>;
        readonly withJson?: boolean;
      }
    | undefined;
  readonly inputs: readonly string[];
  readonly json: boolean;
  readonly lines: (document: D) => readonly string[];
}): Effect.Effect<void, OutputError> =>
  Effect.gen(function* () {
    const written: string[] = [];
    if (o.workbook !== undefined) {
      const { target, bytes, withJson } = o.workbook;
      const workbook = yield* Effect.promise(async () =>
        bytes(await import("@antq/sheets/xlsx"), o.document),
      );
      yield* atomicWriteFile(target, workbook, { inputs: o.inputs });
      written.push(target);
      if (withJson === true) {
        const jsonTarget = replaceExtension(target, ".json");
        yield* atomicWriteFile(jsonTarget, `${JSON.stringify(o.document, null, 2)}\n`, { inputs: o.inputs });
        written.push(jsonTarget);
      }
    }
    if (o.json) return yield* printJson(o.document);
    yield* printText(
      [...o.lines(o.document), ...(written.length > 0 ? [`Đã ghi: ${written.join(", ")}`] : [])].join("\n"),
    );
  });
