/**
 * Copies of strings that are kept for the whole run. A CSV parser cuts cell values out of the chunk of
 * text it is parsing, and V8 represents a long enough substring (13 characters or more) as a view into
 * that chunk: keeping one commune name from each chunk would keep the whole file's text alive. Values kept
 * past the current batch (commune records, summary keys and names, stored issues, seen unit ids) are
 * detached with these functions first.
 */

/**
 * A copy of `text` that shares no memory with the string it was cut from.
 *
 * @example
 * ```ts
 * const name = detachString(cells[2]); // safe to keep after the CSV chunk is gone
 * ```
 */
export const detachString = <T extends string>(text: T): T => Buffer.from(text, "utf8").toString("utf8") as T;

/**
 * A deep copy of a plain data record (objects, arrays, strings, numbers, booleans) whose strings share no
 * memory with the input text.
 *
 * @example
 * ```ts
 * communes.push(detachRecord(input));
 * ```
 */
export const detachRecord = <T>(value: T): T => structuredClone(value);
