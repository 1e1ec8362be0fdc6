/**
 * Plain values (objects, arrays, strings, numbers, booleans, null, undefined) kept packed in byte blocks
 * instead of as JavaScript objects: a 100 000-unit workbook's annual facts take a few tens of MiB this way,
 * against several hundred MiB of heap as objects, and the blocks are outside the garbage-collected heap.
 * Objects are written as a shape (their keys, in order, stored once) and their values; strings as UTF-8.
 * A value read back is equal to the one written, key order included; anything else (a `Date`, a class
 * instance) is kept as is, by reference.
 */

enum Tag {
  Undefined = 0,
  Null = 1,
  False = 2,
  True = 3,
  Natural = 4,
  Negative = 5,
  Float = 6,
  Text = 7,
  List = 8,
  Record = 9,
  Kept = 10,
  Hole = 11,
}

/** Bytes of a block; a larger value gets a block of its own. */
const BLOCK = 4 * 1024 * 1024;
/** A handle is `block * SPAN + offset`. */
const SPAN = 2 ** 26;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * An append-only store of packed values: {@link ValueArena.add} returns a handle, {@link ValueArena.get}
 * a fresh copy of the value each time.
 */
export class ValueArena {
  private readonly blocks: Uint8Array[] = [];
  private block: Uint8Array = new Uint8Array(0);
  private used = 0;
  private readonly shapes: string[][] = [];
  private readonly shapeIds = new Map<string, number>();
  private readonly kept: unknown[] = [];
  /** The value being written. */
  private scratch: Uint8Array = new Uint8Array(64 * 1024);
  private length = 0;
  private readonly floats = new DataView(new ArrayBuffer(8));
  /** Reading state. */
  private input: Uint8Array = new Uint8Array(0);
  private at = 0;

  /** Packs a value; returns its handle. */
  add(value: unknown): number {
    this.length = 0;
    this.write(value);
    const size = this.length;
    if (this.used + size > this.block.length) {
      this.block = new Uint8Array(Math.max(BLOCK, size));
      this.blocks.push(this.block);
      this.used = 0;
    }
    this.block.set(this.scratch.subarray(0, size), this.used);
    const handle = (this.blocks.length - 1) * SPAN + this.used;
    this.used += size;
    return handle;
  }

  /** A copy of the value of a handle. */
  get(handle: number): unknown {
    const index = Math.floor(handle / SPAN);
    this.input = this.blocks[index] as Uint8Array;
    this.at = handle - index * SPAN;
    const value = this.read();
    this.input = new Uint8Array(0);
    return value;
  }

  /** Bytes held. */
  get bytes(): number {
    let total = 0;
    for (const block of this.blocks) total += block.length;
    return total;
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.scratch.length) return;
    const next = new Uint8Array(Math.max(this.scratch.length * 2, this.length + bytes));
    next.set(this.scratch.subarray(0, this.length));
    this.scratch = next;
  }

  private byte(value: number): void {
    this.room(1);
    (this.scratch as Uint8Array)[this.length++] = value;
  }

  private natural(value: number): void {
    this.room(10);
    let n = value;
    while (n >= 0x80) {
      this.scratch[this.length++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.scratch[this.length++] = n;
  }

  private write(value: unknown): void {
    switch (typeof value) {
      case "undefined":
        this.byte(Tag.Undefined);
        return;
      case "boolean":
        this.byte(value ? Tag.True : Tag.False);
        return;
      case "number":
        if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
          this.byte(value >= 0 ? Tag.Natural : Tag.Negative);
          this.natural(Math.abs(value));
        } else {
          this.byte(Tag.Float);
          this.room(8);
          this.floats.setFloat64(0, value);
          for (let i = 0; i < 8; i++) this.scratch[this.length++] = this.floats.getUint8(i);
        }
        return;
      case "string":
        this.text(value);
        return;
      case "object":
        if (value === null) {
          this.byte(Tag.Null);
          return;
        }
        if (Array.isArray(value)) {
          this.byte(Tag.List);
          this.natural(value.length);
          for (let i = 0; i < value.length; i++) {
            if (i in value) this.write(value[i]);
            else this.byte(Tag.Hole);
          }
          return;
        }
        if (isPlainObject(value)) {
          const keys = Object.keys(value);
          const signature = keys.join("\u0000");
          let shape = this.shapeIds.get(signature);
          if (shape === undefined) {
            shape = this.shapes.length;
            this.shapes.push(keys);
            this.shapeIds.set(signature, shape);
          }
          this.byte(Tag.Record);
          this.natural(shape);
          for (const key of keys) this.write((value as Record<string, unknown>)[key]);
          return;
        }
        break;
      default:
        break;
    }
    this.byte(Tag.Kept);
    this.natural(this.kept.length);
    this.kept.push(value);
  }

  private text(value: string): void {
    this.byte(Tag.Text);
    const n = value.length;
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if (value.charCodeAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      this.natural(n);
      this.room(n);
      for (let i = 0; i < n; i++) this.scratch[this.length++] = value.charCodeAt(i);
      return;
    }
    const bytes = encoder.encode(value);
    this.natural(bytes.length);
    this.room(bytes.length);
    this.scratch.set(bytes, this.length);
    this.length += bytes.length;
  }

  private readNatural(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.input[this.at++] as number;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  }

  private read(): unknown {
    const tag = this.input[this.at++] as Tag;
    switch (tag) {
      case Tag.Undefined:
        return undefined;
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Natural:
        return this.readNatural();
      case Tag.Negative:
        return -this.readNatural();
      case Tag.Float: {
        for (let i = 0; i < 8; i++) this.floats.setUint8(i, this.input[this.at++] as number);
        return this.floats.getFloat64(0);
      }
      case Tag.Text: {
        const n = this.readNatural();
        const start = this.at;
        this.at += n;
        if (n <= 64) {
          let ascii = true;
          for (let i = start; i < start + n; i++) {
            if ((this.input[i] as number) >= 0x80) {
              ascii = false;
              break;
            }
          }
          if (ascii) {
            let text = "";
            for (let i = start; i < start + n; i++) text += String.fromCharCode(this.input[i] as number);
            return text;
          }
        }
        return decoder.decode(this.input.subarray(start, start + n));
      }
      case Tag.List: {
        const n = this.readNatural();
        const list: unknown[] = [];
        for (let i = 0; i < n; i++) {
          if (this.input[this.at] === Tag.Hole) {
            this.at++;
            list.length = i + 1;
          } else list.push(this.read());
        }
        return list;
      }
      case Tag.Record: {
        const keys = this.shapes[this.readNatural()] as string[];
        const record: Record<string, unknown> = {};
        for (const key of keys) {
          const value = this.read();
          if (key === "__proto__") {
            Object.defineProperty(record, key, {
              value,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          } else record[key] = value;
        }
        return record;
      }
      case Tag.Kept:
        return this.kept[this.readNatural()];
      default:
        throw new Error(`packed value: unknown tag ${String(tag)}`);
    }
  }
}
