/**
 * JSON output written piece by piece: @antq/sheets' `jsonPieces` (lazy lists walked item by item, the text byte
 * for byte that of `JSON.stringify(value, null, 2)`) goes to the stream as UTF-8 in pieces of about 1 MiB, with
 * backpressure.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { jsonPieces } from "@antq/sheets";
import type * as Effect from "effect/Effect";
import type { OutputError } from "../errors.js";
import { type AtomicWriteOptions, atomicWrite } from "./atomic-write.js";

/** Bytes handed to the stream at a time. */
const PIECE = 1024 * 1024;

/**
 * Writes `value` as JSON indented by two spaces to `out`, as UTF-8 in pieces of about `pieceBytes`, waiting
 * when the stream asks to.
 *
 * @example
 * ```ts
 * await writeJson(process.stdout, { tongHop: { theoXa: lazyList(() => communes()) } });
 * ```
 */
export const writeJson = async (
  out: NodeJS.WritableStream,
  value: unknown,
  pieceBytes = PIECE,
): Promise<void> => {
  let buffer = Buffer.allocUnsafe(pieceBytes);
  let used = 0;
  // The stream keeps what it is given until written: each piece gets a buffer of its own.
  const send = (chunk: Buffer | string) => out.write(chunk) || once(out as NodeJS.EventEmitter, "drain");
  for (const piece of jsonPieces(value)) {
    // At most 3 bytes per UTF-16 code unit.
    if (used + piece.length * 3 > pieceBytes && used > 0) {
      const full = send(buffer.subarray(0, used));
      buffer = Buffer.allocUnsafe(pieceBytes);
      used = 0;
      if (full !== true) await full;
    }
    if (piece.length * 3 > pieceBytes) {
      const full = send(piece);
      if (full !== true) await full;
    } else used += buffer.write(piece, used);
  }
  if (used > 0) {
    const full = send(buffer.subarray(0, used));
    if (full !== true) await full;
  }
};

/**
 * Writes `value` as a JSON file (with a final newline) atomically: a temporary file, then a rename.
 *
 * @example
 * ```ts
 * yield* atomicWriteJson("ket-qua.json", document, { inputs });
 * ```
 */
export const atomicWriteJson = (
  target: string,
  value: unknown,
  options: AtomicWriteOptions = {},
): Effect.Effect<void, OutputError> =>
  atomicWrite(
    target,
    async (temporary) => {
      const out = createWriteStream(temporary, { flags: "wx", highWaterMark: 4 * PIECE });
      const failed = once(out, "error").then(([error]) => {
        throw error;
      });
      await Promise.race([
        (async () => {
          await writeJson(out, value);
          out.end("\n");
          await once(out, "finish");
        })(),
        failed,
      ]);
    },
    options,
  );
