/**
 * What a part's worker thread sends back (./parallel.ts), packed for the trip. Sent as objects, a part of a
 * million-row file is some 30 000 commune records and 500 000 unit statuses, which the main thread would
 * hold all at once next to the worker's own copies. Packed, the commune records and the statuses of each
 * commune key stay serialised (../io/packed-list.ts) and are decoded one commune at a time when the
 * communes are evaluated; the unit ids are reduced to sorted 52-bit hashes, enough to see that no id is read
 * in two parts. The buffers are transferred, not copied.
 */
import type { AntoanInput, CoveredUnitStatus } from "@antq/rules";
import { PackedList, type PackedListData } from "../io/packed-list.js";
import type { Dataset } from "../sheets/dataset.js";
import type { StreamedPart } from "./assessor.js";
import type { CsvPartResult } from "./csv-part.js";
import type { SummaryCounts } from "./summary.js";

/** A {@link CsvPartResult} packed to be posted from a worker thread. */
export interface PackedPart {
  readonly dataset: Dataset;
  readonly summary: SummaryCounts;
  readonly nextLine: number;
  readonly communes: PackedListData;
  /** The commune keys with statuses; the statuses of the i-th are the i-th value of `statuses`. */
  readonly statusKeys: readonly string[];
  readonly statuses: PackedListData;
  /** The hashes of the unit ids read, sorted ({@link idHash}). */
  readonly idHashes: Float64Array;
}

/** The part as the main thread uses it: communes and statuses decoded as they are read. */
export interface UnpackedPart {
  readonly dataset: Dataset;
  readonly summary: SummaryCounts;
  readonly nextLine: number;
  readonly left: StreamedPart;
  readonly idHashes: Float64Array;
}

/**
 * A 52-bit hash of a string (two 32-bit FNV-1a hashes, one of them cut to 20 bits): exact as a double, and
 * two different ids share it with a probability of about 2⁻⁵², so a shared hash is almost always a shared id.
 */
export const idHash = (id: string): number => {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
};

/**
 * Packs a part's result; `transfer` lists the buffers to post in the transfer list.
 *
 * @example
 * ```ts
 * const { packed, transfer } = packPart(result);
 * resultPort.postMessage({ kind: "done", part: packed }, transfer);
 * ```
 */
export const packPart = (result: CsvPartResult): { packed: PackedPart; transfer: ArrayBuffer[] } => {
  const statusKeys: string[] = [];
  const statuses = new PackedList<readonly CoveredUnitStatus[]>();
  for (const key of result.left.statuses.keys()) {
    statusKeys.push(key);
    statuses.push(result.left.statuses.get(key) ?? []);
  }
  const communes = result.left.communes.toData();
  const packedStatuses = statuses.toData();
  const idHashes = Float64Array.from(result.unitIds(), idHash).sort();
  return {
    packed: {
      dataset: result.dataset,
      summary: result.summary,
      nextLine: result.nextLine,
      communes: communes.data,
      statusKeys,
      statuses: packedStatuses.data,
      idHashes,
    },
    transfer: [...communes.transfer, ...packedStatuses.transfer, idHashes.buffer as ArrayBuffer],
  };
};

/**
 * The main thread's view of a packed part: communes and statuses decoded when they are read.
 *
 * @example
 * ```ts
 * for (const a of communeResults(compiled, parts.map((p) => unpackPart(p).left))) write(a);
 * ```
 */
export const unpackPart = (packed: PackedPart): UnpackedPart => {
  const statuses = new PackedList<readonly CoveredUnitStatus[]>(packed.statuses);
  const index = new Map(packed.statusKeys.map((key, i) => [key, i]));
  return {
    dataset: packed.dataset,
    summary: packed.summary,
    nextLine: packed.nextLine,
    idHashes: packed.idHashes,
    left: {
      communes: new PackedList<AntoanInput>(packed.communes),
      statuses: {
        get: (key) => {
          const i = index.get(key);
          return i === undefined ? undefined : statuses.at(i);
        },
        keys: () => index.keys(),
      },
    },
  };
};

/** Whether two sorted hash lists share a value. */
export const shareAHash = (a: Float64Array, b: Float64Array): boolean => {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
};
