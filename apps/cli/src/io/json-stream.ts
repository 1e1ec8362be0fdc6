/**
 * JSON output written piece by piece. The result document of a million-unit assessment has one entry per
 * commune (tens of thousands); building it as one string would hold the whole text, twice, in memory. Here
 * lists can be lazy ({@link lazyList}) and the text goes to the stream in 64 KiB pieces, with backpressure.
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

const PIECE = 64 * 1024;

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
  // Everything else exactly as JSON.stringify renders it, indented to its place.
  const text = JSON.stringify(node, null, 2);
  yield text === undefined ? "null" : indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
}

/**
 * Writes `value` as JSON indented by two spaces to `out`, in pieces of about 64 KiB, waiting when the
 * stream asks to.
 *
 * @example
 * ```ts
 * await writeJson(process.stdout, { tongHop: { theoXa: lazyList(() => communes()) } });
 * ```
 */
export const writeJson = async (out: NodeJS.WritableStream, value: unknown): Promise<void> => {
  let pending = "";
  for (const piece of jsonPieces(value, "")) {
    pending += piece;
    if (pending.length < PIECE) continue;
    const ok = out.write(pending);
    pending = "";
    if (!ok) await once(out as NodeJS.EventEmitter, "drain");
  }
  if (pending.length > 0 && !out.write(pending)) await once(out as NodeJS.EventEmitter, "drain");
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
      const out = createWriteStream(temporary, { flags: "wx" });
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
