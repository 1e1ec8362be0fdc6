/**
 * Copies of strings that are kept for the whole run. A CSV parser cuts cell values out of the chunk of
 * text it is parsing, and V8 represents a long enough substring (13 characters or more) as a view into
 * that chunk: keeping one commune name from each chunk would keep the whole file's text alive. Values kept
 * past the current batch (commune records, summary keys and names, stored issues, seen unit ids) are
 * detached with these functions first.
 *
 * Runs unchanged in browsers: Node's `Buffer` (the fastest copy) is used when the global exists, the
 * standard `TextEncoder`/`TextDecoder` otherwise.
 */

interface BufferLike {
  from(text: string, encoding: "utf8"): { toString(encoding: "utf8"): string };
}

const nodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A copy of `text` that shares no memory with the string it was cut from.
 *
 * @example
 * ```ts
 * detachString("Khu dân cư số 1"); //=> "Khu dân cư số 1"
 * ```
 */
export const detachString = <T extends string>(text: T): T =>
  (nodeBuffer ? nodeBuffer.from(text, "utf8").toString("utf8") : decoder.decode(encoder.encode(text))) as T;

/**
 * A deep copy of a plain data record (objects, arrays, strings, numbers, booleans) whose strings share no
 * memory with the input text.
 *
 * @example
 * ```ts
 * detachRecord({ id: "KDC-01", tags: ["a"] }); //=> { id: "KDC-01", tags: ["a"] }
 * ```
 */
export const detachRecord = <T>(value: T): T => structuredClone(value);
