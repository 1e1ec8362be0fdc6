/**
 * Typed errors of the `antq` command and the exit codes they map to.
 *
 * Exit codes (documented in README.md):
 * - 0: thành công;
 * - 1: lỗi khi chạy (không ghi được tệp, thiếu chức năng, lỗi không mong đợi);
 * - 2: dữ liệu hoặc tham số đầu vào không hợp lệ.
 */
import * as Data from "effect/Data";

/** Process exit codes of `antq`. */
export const ExitCode = {
  /** Thành công. */
  Ok: 0,
  /** Lỗi khi chạy: không ghi được tệp, thiếu chức năng, lỗi không mong đợi. */
  Failure: 1,
  /** Dữ liệu đầu vào hoặc tham số dòng lệnh không hợp lệ. */
  InvalidInput: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The input is unusable as given (bad flag value, unknown unit, unsupported extension). */
export class InvalidInputError extends Data.TaggedError("InvalidInputError")<{
  readonly message: string;
}> {
  readonly exitCode: ExitCode = ExitCode.InvalidInput;
}

/** An input file cannot be read or parsed (missing, malformed, over the size or compression limits). */
export class InputFileError extends Data.TaggedError("InputFileError")<{
  readonly file: string;
  readonly message: string;
}> {
  readonly exitCode: ExitCode = ExitCode.InvalidInput;
}

/** Validation found problems; they have already been reported to the user. */
export class ValidationFailedError extends Data.TaggedError("ValidationFailedError")<{
  readonly message: string;
  readonly issueCount: number;
}> {
  readonly exitCode: ExitCode = ExitCode.InvalidInput;
}

/** An output file could not be written; no partial file was left behind. */
export class OutputError extends Data.TaggedError("OutputError")<{
  readonly file: string;
  readonly message: string;
}> {
  readonly exitCode: ExitCode = ExitCode.Failure;
}

/** A package API the command needs is not available in this build. */
export class UnavailableError extends Data.TaggedError("UnavailableError")<{
  readonly message: string;
}> {
  readonly exitCode: ExitCode = ExitCode.Failure;
}

/** Every failure a command handler may return. */
export type AppError =
  | InvalidInputError
  | InputFileError
  | ValidationFailedError
  | OutputError
  | UnavailableError;

const APP_ERROR_TAGS = new Set([
  "InvalidInputError",
  "InputFileError",
  "ValidationFailedError",
  "OutputError",
  "UnavailableError",
]);

/** True when `u` is one of the typed errors above. */
export const isAppError = (u: unknown): u is AppError =>
  typeof u === "object" && u !== null && "_tag" in u && APP_ERROR_TAGS.has(u._tag as string);

/** The Vietnamese one-line message shown on stderr for an error. */
export const errorMessage = (error: AppError): string => {
  switch (error._tag) {
    case "InputFileError":
      return `Tệp đầu vào ${error.file}: ${error.message}`;
    case "OutputError":
      return `Không ghi được tệp ${error.file}: ${error.message}`;
    default:
      return error.message;
  }
};
