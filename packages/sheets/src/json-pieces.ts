/**
 * JSON text produced piece by piece. The result document of a million-unit assessment has one entry per commune
 * (tens of thousands); building it as one string would hold the whole text, twice, in memory. Lists can be lazy
 * ({@link lazyList}) and the text comes in pieces that a writer hands on as it goes (the CLI's `writeJson`). The
 * pieces joined are byte for byte what `JSON.stringify(value, null, 2)` gives.
 */

/**
 * A list produced on demand: walked item by item by {@link jsonPieces}, an ordinary array for `JSON.stringify`.
 *
 * @example
 * const list: LazyList<number> = lazyList(() => [1, 2][Symbol.iterator]());
 * JSON.stringify(list); //=> "[1,2]"
 */
export interface LazyList<T> extends Iterable<T> {
  toJSON(): T[];
}

/**
 * Wraps a generator function as a {@link LazyList}.
 *
 * @example
 * const communes = lazyList(function* () { yield { maXa: "28252", tenXa: "Xã Tân Phước" }; });
 * JSON.stringify({ theoXa: communes }); //=> '{"theoXa":[{"maXa":"28252","tenXa":"Xã Tân Phước"}]}'
 */
export const lazyList = <T>(items: () => Iterator<T>): LazyList<T> => ({
  [Symbol.iterator]: items,
  toJSON: () => Array.from({ [Symbol.iterator]: items }),
});

const isLazyList = (value: object): value is LazyList<unknown> =>
  !Array.isArray(value) &&
  Symbol.iterator in value &&
  typeof (value as LazyList<unknown>).toJSON === "function";

/** What {@link piecesOf} drops around a value nested `depth` arrays deep: `[\n  [\n    ` and `\n  ]\n]`. */
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

/** The pieces of `node` at `indent`: a subtree without lazy lists is one JSON.stringify. */
function* piecesOf(node: unknown, indent: string): Generator<string> {
  if (node !== null && typeof node === "object" && hasLazyList(node)) {
    const inner = `${indent}  `;
    let first = true;
    if (isLazyList(node) || Array.isArray(node)) {
      for (const item of node as Iterable<unknown>) {
        yield `${first ? "[\n" : ",\n"}${inner}`;
        first = false;
        yield* piecesOf(item === undefined || typeof item === "function" ? null : item, inner);
      }
      yield first ? "[]" : `\n${indent}]`;
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (child === undefined || typeof child === "function" || typeof child === "symbol") continue;
      yield `${first ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* piecesOf(child, inner);
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
 * The JSON text of `value` indented by two spaces, as pieces (synchronous; only lazy lists are walked item by
 * item). Joined, they are `JSON.stringify(value, null, 2)`.
 *
 * @example
 * const document = { nam: 2024, theoXa: lazyList(function* () { yield { maXa: "28252" }; yield { maXa: "28255" }; }) };
 * [...jsonPieces(document)].join("") === JSON.stringify(document, null, 2); //=> true
 * [...jsonPieces(document)].length; //=> 9
 */
export const jsonPieces = (value: unknown): Generator<string> => piecesOf(value, "");
