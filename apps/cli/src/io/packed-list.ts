/**
 * A list of values kept serialised (node:v8) in a few large buffers instead of as objects: a third of the
 * memory, outside the JavaScript heap (so the garbage collector neither scans it nor grows the heap for
 * it), and transferable between threads without a copy. Values are decoded when they are read.
 */
import { deserialize, serialize } from "node:v8";

const CHUNK_BYTES = 4 * 1024 * 1024;

/** A {@link PackedList} as plain data, to post to another thread (`chunks` go in the transfer list). */
export interface PackedListData {
  readonly chunks: readonly Uint8Array[];
  /** Per value: its chunk, start and end. */
  readonly places: Float64Array;
}

/**
 * Values serialised one after the other.
 *
 * @example
 * ```ts
 * const communes = new PackedList<SecurityOrderInput>();
 * communes.push(input);
 * for (const commune of communes) evaluate(commune);
 * ```
 */
export class PackedList<T> implements Iterable<T> {
  private readonly chunks: Uint8Array[];
  private places: number[] | Float64Array;
  private used: number;

  constructor(data?: PackedListData) {
    this.chunks = data ? [...data.chunks] : [];
    this.places = data ? data.places : [];
    this.used = 0;
  }

  /** Number of values. */
  get size(): number {
    return this.places.length / 3;
  }

  /** Adds a value (serialised now: later changes to it are not seen). */
  push(value: T): void {
    if (!Array.isArray(this.places)) throw new Error("PackedList: a received list is read-only");
    const bytes = serialize(value);
    let chunk = this.chunks[this.chunks.length - 1];
    if (!chunk || this.used + bytes.byteLength > chunk.byteLength) {
      chunk = new Uint8Array(Math.max(CHUNK_BYTES, bytes.byteLength));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.set(bytes, this.used);
    this.places.push(this.chunks.length - 1, this.used, this.used + bytes.byteLength);
    this.used += bytes.byteLength;
  }

  /** The value at `index`, decoded. */
  at(index: number): T | undefined {
    if (index < 0 || index >= this.size) return undefined;
    const chunk = this.chunks[this.places[3 * index] as number] as Uint8Array;
    return deserialize(chunk.subarray(this.places[3 * index + 1], this.places[3 * index + 2])) as T;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.size; i++) yield this.at(i) as T;
  }

  /** The list as plain data and the buffers to transfer; the list must not be used afterwards. */
  toData(): { data: PackedListData; transfer: ArrayBuffer[] } {
    const chunks = [...this.chunks];
    return {
      data: { chunks, places: Float64Array.from(this.places) },
      transfer: chunks.map((c) => c.buffer as ArrayBuffer),
    };
  }
}
