/**
 * What a part's worker thread sends back (./parallel.ts), packed for the trip. Sent as objects, a part of a
 * million-row file is some 30 000 commune records and 500 000 unit statuses, which the main thread would
 * hold all at once next to the worker's own copies. Packed, the commune records stay serialised
 * (../io/packed-list.ts); a unit status is one byte and its id, all ids in one string; both are decoded one
 * commune at a time when the communes are evaluated. The unit ids read are reduced to sorted 52-bit hashes,
 * enough to see that no id is read in two parts. The buffers are transferred, not copied. (Serialising the
 * statuses with node:v8 instead cost some 150 MB of transient memory per part of a million-row file.)
 */
import { type AssessedUnitKind, AssessedUnitKindSchema } from "@antq/domain";
import { OUTCOMES, type Outcome } from "@antq/rules";
import type { CoveredUnitStatus, SecurityOrderInput } from "@antq/rules-antt";
import type { Dataset, SummaryCounts } from "@antq/sheets";
import { PackedList, type PackedListData } from "../io/packed-list.js";
import type { StatusesByCommune, StreamedPart } from "./assessor.js";
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
 * Statuses by commune key, compact: the statuses of `keys[i]` are those from `starts[i]` to `starts[i + 1]`,
 * each a byte of `codes` (kind, registered, outcome) and a line of `ids` (unit ids are ASCII without line
 * breaks, @antq/domain's ID_PATTERN), whose text starts at `idStarts[i]` for `keys[i]`.
 */
export interface PackedStatuses {
  readonly keys: readonly string[];
  readonly starts: Float64Array;
  readonly idStarts: Float64Array;
  readonly codes: Uint8Array;
  readonly ids: string;
}

const KINDS: readonly AssessedUnitKind[] = AssessedUnitKindSchema.options;

const statusCode = (s: CoveredUnitStatus): number =>
  KINDS.indexOf(s.kind) * 8 + (s.registered ? 4 : 0) + OUTCOMES.indexOf(s.outcome);

const statusOf = (unitId: string, code: number): CoveredUnitStatus => ({
  unitId,
  kind: KINDS[code >> 3] as AssessedUnitKind,
  registered: (code & 4) !== 0,
  outcome: OUTCOMES[code & 3] as Outcome,
});

/**
 * Packs statuses by commune key ({@link PackedStatuses}).
 *
 * @example
 * ```ts
 * unpackStatuses(packStatuses(rollup.recordedStatuses())).get("C28000"); // the same statuses
 * ```
 */
export const packStatuses = (statuses: StatusesByCommune): PackedStatuses => {
  const keys = [...statuses.keys()];
  const lists = keys.map((key) => statuses.get(key) ?? []);
  const total = lists.reduce((n, list) => n + list.length, 0);
  const starts = new Float64Array(keys.length + 1);
  const idStarts = new Float64Array(keys.length + 1);
  const codes = new Uint8Array(total);
  const ids: string[] = [];
  let at = 0;
  let chars = 0;
  lists.forEach((list, i) => {
    starts[i] = at;
    idStarts[i] = chars;
    for (const status of list) {
      codes[at++] = statusCode(status);
      ids.push(status.unitId);
      chars += status.unitId.length + 1;
    }
  });
  starts[keys.length] = at;
  idStarts[keys.length] = chars;
  return { keys, starts, idStarts, codes, ids: ids.length > 0 ? `${ids.join("\n")}\n` : "" };
};

/** The statuses of {@link packStatuses}, decoded one commune key at a time. */
export const unpackStatuses = (packed: PackedStatuses): StatusesByCommune => {
  const index = new Map(packed.keys.map((key, i) => [key, i]));
  return {
    get: (key) => {
      const i = index.get(key);
      if (i === undefined) return undefined;
      const from = packed.starts[i] as number;
      if (from === packed.starts[i + 1]) return [];
      const ids = packed.ids.slice(packed.idStarts[i], (packed.idStarts[i + 1] as number) - 1).split("\n");
      return ids.map((id, k) => statusOf(id, packed.codes[from + k] as number));
    },
    keys: () => index.keys(),
  };
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
