/**
 * Atomic output: write to a temporary file in the same folder, then rename over the target. A failed
 * write removes the temporary file, so the target is either the old file or the complete new one.
 * Inputs are never overwritten.
 */
import { randomBytes } from "node:crypto";
import { realpathSync } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { systemErrorText } from "@antq/sheets";
import * as Effect from "effect/Effect";
import { OutputError } from "../errors.js";

/** Options of {@link atomicWrite}. */
export interface AtomicWriteOptions {
  /** Input files of the current command; writing over any of them is refused. */
  readonly inputs?: ReadonlyArray<string>;
  /** Create the target's folder when it does not exist (default true). */
  readonly createDir?: boolean;
}

const canonical = (path: string): string => {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
};

/** The temporary path used for `target`: hidden, same folder, unique per call. */
export const temporaryPathFor = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);

/**
 * Writes `target` atomically. `write` receives a temporary path in the same folder and must create
 * that file completely; it is then renamed over `target`.
 *
 * @example
 * ```ts
 * yield* atomicWrite("ket-qua.json", (tmp) => writeFile(tmp, "{}"), { inputs: ["du-lieu.xlsx"] });
 * ```
 */
export const atomicWrite = (
  target: string,
  write: (temporaryPath: string) => Promise<void>,
  options: AtomicWriteOptions = {},
): Effect.Effect<void, OutputError> =>
  Effect.tryPromise({
    try: async () => {
      const absolute = resolve(target);
      const targetCanonical = canonical(absolute);
      for (const input of options.inputs ?? []) {
        if (canonical(input) === targetCanonical) {
          throw Object.assign(new Error("input"), { code: "ANTQ_INPUT" });
        }
      }
      const existing = await stat(absolute).catch(() => undefined);
      if (existing?.isDirectory()) throw Object.assign(new Error("dir"), { code: "EISDIR" });
      if (options.createDir !== false) await mkdir(dirname(absolute), { recursive: true });
      const temporary = temporaryPathFor(absolute);
      try {
        await write(temporary);
        const handle = await open(temporary, "r+");
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, absolute);
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        throw error;
      }
    },
    catch: (error) => {
      if (process.env.ANTQ_DEBUG)
        process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      return new OutputError({
        file: target,
        message:
          typeof error === "object" && error !== null && "code" in error && error.code === "ANTQ_INPUT"
            ? "đây là tệp đầu vào; antq không bao giờ ghi đè tệp đầu vào, hãy chọn tên tệp kết quả khác"
            : systemErrorText(error),
      });
    },
  });

/** Writes a string or bytes to `target` atomically. */
export const atomicWriteFile = (
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Effect.Effect<void, OutputError> =>
  atomicWrite(
    target,
    async (temporary) => {
      const handle = await open(temporary, "wx");
      try {
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
    },
    options,
  );
