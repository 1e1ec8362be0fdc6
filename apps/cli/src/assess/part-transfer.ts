/**
 * What a part's worker thread sends back (./parallel.ts), packed for the trip. Sent as objects, a part of a
 * million-row file is some 30 000 commune records and 500 000 unit statuses, which the main thread would
 * hold all at once next to the worker's own copies. Packed, the commune records stay serialised
 * (../io/packed-list.ts) and the statuses are @antq/sheets' `packStatuses`; both are decoded one commune at a
 * time when the communes are evaluated. The unit ids read are reduced to sorted `idHash`es, enough to see that
 * no id is read in two parts. The buffers are transferred, not copied. (Serialising the
 * statuses with node:v8 instead cost some 150 MB of transient memory per part of a million-row file.)
 */
import type { SecurityOrderInput } from "@antq/rules-antt";
import {
  type Dataset,
  idHash,
  type PackedStatuses,
  packStatuses,
  type StreamedPart,
  type SummaryCounts,
  unpackStatuses,
} from "@antq/sheets";
import { PackedList, type PackedListData } from "../io/packed-list.js";
import type { CsvPartResult } from "./csv-part.js";

/** A {@link CsvPartResult} packed to be posted from a worker thread. */
export interface PackedPart {
  readonly dataset: Dataset;
  readonly summary: SummaryCounts;
  readonly nextLine: number;
  readonly years: readonly number[];
  readonly communes: PackedListData;
  readonly statuses: PackedStatuses;
  /** The hashes of the unit ids read, sorted ({@link idHash}). */
  readonly idHashes: Float64Array;
}

/** The part as the main thread uses it: communes and statuses decoded as they are read. */
export interface UnpackedPart {
  readonly dataset: Dataset;
  readonly summary: SummaryCounts;
  readonly nextLine: number;
  readonly years: readonly number[];
  readonly left: StreamedPart;
  readonly idHashes: Float64Array;
}

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
  const communes = result.left.communes.toData();
  const statuses = packStatuses(result.left.statuses);
  const idHashes = Float64Array.from(result.unitIds(), idHash).sort();
  return {
    packed: {
      dataset: result.dataset,
      summary: result.summary,
      nextLine: result.nextLine,
      years: result.years,
      communes: communes.data,
      statuses,
      idHashes,
    },
    transfer: [
      ...communes.transfer,
      statuses.starts.buffer,
      statuses.idStarts.buffer,
      statuses.codes.buffer,
      idHashes.buffer,
    ] as ArrayBuffer[],
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
export const unpackPart = (packed: PackedPart): UnpackedPart => ({
  dataset: packed.dataset,
  summary: packed.summary,
  nextLine: packed.nextLine,
  years: packed.years,
  idHashes: packed.idHashes,
  left: {
    communes: new PackedList<SecurityOrderInput>(packed.communes),
    statuses: unpackStatuses(packed.statuses),
  },
});
