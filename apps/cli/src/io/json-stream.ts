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

/**
 * Writes `value` as JSON indented by two spaces to `out`.
 *
 * @example
 * ```ts
 * await writeJson(process.stdout, { tongHop: { theoXa: lazyList(() => communes()) } });
 * ```
 */
export const writeJson = async (out: NodeJS.WritableStream, value: unknown): Promise<void> => {
  let pending = "";
  const emit = async (text: string) => {
    pending += text;
    if (pending.length < PIECE) return;
    const ok = out.write(pending);
    pending = "";
    if (!ok) await once(out as NodeJS.EventEmitter, "drain");
  };
  const write = async (node: unknown, indent: string): Promise<void> => {
    if (node !== null && typeof node === "object" && isLazyList(node)) {
      await writeItems(node, indent);
      return;
    }
    if (Array.isArray(node)) {
      await writeItems(node, indent);
      return;
    }
    if (
      node !== null &&
      typeof node === "object" &&
      typeof (node as { toJSON?: unknown }).toJSON !== "function"
    ) {
      const inner = `${indent}  `;
      let first = true;
      for (const [key, child] of Object.entries(node)) {
        if (child === undefined || typeof child === "function" || typeof child === "symbol") continue;
        await emit(`${first ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `);
        first = false;
        await write(child, inner);
      }
      await emit(first ? "{}" : `\n${indent}}`);
      return;
    }
    // Leaves, and objects with their own toJSON (dates…): exactly as JSON.stringify renders them.
    const text = JSON.stringify(node, null, 2);
    await emit(text === undefined ? "null" : text.replaceAll("\n", `\n${indent}`));
  };
  const writeItems = async (items: Iterable<unknown>, indent: string) => {
    const inner = `${indent}  `;
    let first = true;
    for (const item of items) {
      await emit(`${first ? "[\n" : ",\n"}${inner}`);
      first = false;
      await write(item === undefined || typeof item === "function" ? null : item, inner);
    }
    await emit(first ? "[]" : `\n${indent}]`);
  };
  await write(value, "");
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
