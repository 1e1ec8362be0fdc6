/**
 * The units' statuses a streamed part leaves for the communes (`StatusesByCommune`), packed to cross to another
 * thread: a status is one byte (kind, registered, outcome) and its unit id, every id in one string, decoded one
 * commune at a time. Sent as objects, a part of a million-row file is some 500 000 statuses, which the receiving
 * thread would hold at once next to the sender's copies. The buffers can be transferred, not copied.
 */
import { type AssessedUnitKind, AssessedUnitKindSchema } from "@antq/domain";
import { OUTCOMES, type Outcome } from "@antq/rules";
import type { CoveredUnitStatus } from "@antq/rules-antt";
import type { StatusesByCommune } from "./province-assessment.js";

/**
 * Statuses by commune key, compact: the statuses of `keys[i]` are those from `starts[i]` to `starts[i + 1]`,
 * each a byte of `codes` (kind, registered, outcome) and a line of `ids` (unit ids are ASCII without line
 * breaks, @antq/domain's ID_PATTERN), whose text starts at `idStarts[i]` for `keys[i]`.
 *
 * @example
 * const packed: PackedStatuses = packStatuses(new Map());
 * packed.codes.byteLength; //=> 0
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
 * Packs statuses by commune key ({@link PackedStatuses}); the buffers to transfer are `starts`, `idStarts` and
 * `codes`.
 *
 * @example
 * const status = { unitId: "kdc-ap-my-loi", kind: "residential-area", registered: true, outcome: "dat" } as const;
 * const packed = packStatuses(new Map([["C28261", [status]]]));
 * [packed.keys, packed.ids]; //=> [["C28261"], "kdc-ap-my-loi\n"]
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

/**
 * The statuses of {@link packStatuses}, decoded one commune key at a time.
 *
 * @example
 * const status = { unitId: "kdc-ap-my-loi", kind: "residential-area", registered: true, outcome: "dat" } as const;
 * unpackStatuses(packStatuses(new Map([["C28261", [status]]]))).get("C28261"); //=> [status]
 */
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
 * A 52-bit hash of a unit id (two 32-bit FNV-1a hashes, one of them cut to 20 bits): exact as a double, and two
 * different ids share it with a probability of about 2⁻⁵², so parts of a file can tell, from their sorted
 * hashes alone, whether a unit id was read in two of them ({@link shareAHash}).
 *
 * @example
 * Number.isSafeInteger(idHash("kdc-ap-my-loi")); //=> true
 * idHash("kdc-ap-my-loi") === idHash("kdc-ap-my-loi"); //=> true
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
 * Whether two sorted lists of {@link idHash}es share a value.
 *
 * @example
 * const part = (ids: string[]) => Float64Array.from(ids, idHash).sort();
 * shareAHash(part(["kdc-1", "kdc-2"]), part(["kdc-3"])); //=> false
 * shareAHash(part(["kdc-1", "kdc-2"]), part(["kdc-3", "kdc-2"])); //=> true
 */
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
