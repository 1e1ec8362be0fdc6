/**
 * JSON output written piece by piece. The result document of a million-unit assessment has one entry per
 * commune (tens of thousands); building it as one string would hold the whole text, twice, in memory. Here
 * lists can be lazy ({@link lazyList}) and the text goes to the stream as UTF-8 in pieces of about 1 MiB, with
 * backpressure.
 * The output is byte-for-byte what `JSON.stringify(value, null, 2)` gives.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Effect } from "effect";
import type { OutputError } from "../errors.js";
import { type AtomicWriteOptions, atomicWrite } from "./atomic-write.js";

/** A list produced on demand: streamed by {@link writeJson}, an ordinary array for `JSON.stringify`. */
export interface LazyList<T> extends Iterable<T> {
  toJSON(): T[];
}

/**
 * Wraps a generator function as a {@link LazyList}.
 *
 * @example
 * ```ts
 * const document = { theoXa: lazyList(() => summary.communesJson()) };
 * ```
 */
export const lazyList = <T>(items: () => Iterator<T>): LazyList<T> => ({
  [Symbol.iterator]: items,
  toJSON: () => Array.from({ [Symbol.iterator]: items }),
});

const isLazyList = (value: object): value is LazyList<unknown> =>
  !Array.isArray(value) &&
  Symbol.iterator in value &&
  typeof (value as LazyList<unknown>).toJSON === "function";

/** Bytes handed to the stream at a time. */
const PIECE = 1024 * 1024;

/** What {@link jsonPieces} drops around a value nested `depth` arrays deep: `[\n  [\n    ` and `\n  ]\n]`. */
const nesting = (depth: number): { readonly head: number; readonly tail: number } => {
  let head = 0;
  for (let level = 1; level <= depth; level++) head += 2 + 2 * level;
  return { head, tail: head - 2 * depth };
};

/** Whether a lazy list is anywhere inside `node` (objects with their own toJSON are leaves). */
const hasLazyList = (node: unknown): boolean => {
  if (node === null || typeof node !== "object") return false;
  if (isLazyList(node)) return true;
  if (Array.isArray(node)) return node.some(hasLazyList);
  if (typeof (node as { toJSON?: unknown }).toJSON === "function") return false;
  for (const key in node) if (hasLazyList((node as Record<string, unknown>)[key])) return true;
  return false;
};

/**
 * The JSON text of `node` indented by two spaces, as pieces. Synchronous: a subtree without lazy lists is
 * one JSON.stringify; only lazy lists are walked item by item.
 */
function* jsonPieces(node: unknown, indent: string): Generator<string> {
  if (node !== null && typeof node === "object" && hasLazyList(node)) {
    const inner = `${indent}  `;
    if (isLazyList(node) || Array.isArray(node)) {
      let first = true;
      for (const item of node as Iterable<unknown>) {
        yield `${first ? "[\n" : ",\n"}${inner}`;
        first = false;
        yield* jsonPieces(item === undefined || typeof item === "function" ? null : item, inner);
      }
      yield first ? "[]" : `\n${indent}]`;
      return;
    }
    let first = true;
    for (const [key, child] of Object.entries(node)) {
      if (child === undefined || typeof child === "function" || typeof child === "symbol") continue;
      yield `${first ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* jsonPieces(child, inner);
    }
    yield first ? "{}" : `\n${indent}}`;
    return;
  }
  // Everything else exactly as JSON.stringify renders it, indented to its place: nested in as many arrays as
  // its depth, JSON.stringify indents it there itself, and the arrays' brackets are cut off.
  if (indent === "") {
    yield JSON.stringify(node, null, 2) ?? "null";
    return;
  }
  const depth = indent.length / 2;
  let nested: unknown = node;
  for (let level = 0; level < depth; level++) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  const { head, tail } = nesting(depth);
  yield text.slice(head, text.length - tail);
}

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
  for (const piece of jsonPieces(value, "")) {
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
