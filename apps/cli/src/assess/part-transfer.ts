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
import { idHash, type PackedStatuses, packStatuses, type StreamedPart, unpackStatuses } from "@antq/sheets";
import { PackedList, type PackedListData } from "../io/packed-list.js";
import type { CsvPartResult } from "./csv-part.js";

/** What a part hands back besides what the communes need, and the sorted hashes of its unit ids ({@link idHash}). */
type PartCounts = Pick<CsvPartResult, "dataset" | "summary" | "nextLine" | "years"> & {
  readonly idHashes: Float64Array;
};

/** A {@link CsvPartResult} packed to be posted from a worker thread. */
export interface PackedPart extends PartCounts {
  readonly communes: PackedListData;
  readonly statuses: PackedStatuses;
}

/** The part as the main thread uses it: communes and statuses decoded as they are read. */
export interface UnpackedPart extends PartCounts {
  readonly left: StreamedPart;
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
export const packPart = ({
  left,
  unitIds,
  ...counts
}: CsvPartResult): { packed: PackedPart; transfer: ArrayBuffer[] } => {
  const communes = left.communes.toData();
  const statuses = packStatuses(left.statuses);
  const idHashes = Float64Array.from(unitIds(), idHash).sort();
  const { starts, idStarts, codes } = statuses;
  return {
    packed: { ...counts, communes: communes.data, statuses, idHashes },
    transfer: [
      ...communes.transfer,
      starts.buffer,
      idStarts.buffer,
      codes.buffer,
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
export const unpackPart = ({ communes, statuses, ...counts }: PackedPart): UnpackedPart => ({
  ...counts,
  left: { communes: new PackedList<SecurityOrderInput>(communes), statuses: unpackStatuses(statuses) },
});
