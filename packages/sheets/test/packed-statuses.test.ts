/**
 * Statuses packed to cross threads (`packStatuses`, `unpackStatuses`) and the unit-id hashes that tell whether
 * two parts of a file read the same unit (`idHash`, `shareAHash`), on Tiền Giang's commune keys.
 */
import type { CoveredUnitStatus } from "@antq/rules-antt";
import { describe, expect, it } from "vitest";
import { idHash, packStatuses, shareAHash, unpackStatuses } from "../src/index.js";

describe("packStatuses", () => {
  it("gives back every status of every commune key, in order", () => {
    const kinds = ["residential-area", "agency", "enterprise", "education"] as const;
    const outcomes = ["dat", "chua_dat", "can_xem_xet", "khong_ap_dung"] as const;
    const statuses = new Map<string, CoveredUnitStatus[]>();
    for (let c = 0; c < 40; c++) {
      statuses.set(
        `C${28000 + c}`,
        Array.from({ length: c % 9 }, (_, i) => ({
          unitId: `KDC-${28000 + c}-${i}`,
          kind: kinds[(c + i) % kinds.length] as CoveredUnitStatus["kind"],
          registered: i % 3 !== 0,
          outcome: outcomes[(c * i) % outcomes.length] as CoveredUnitStatus["outcome"],
        })),
      );
    }
    const packed = packStatuses(statuses);
    const unpacked = unpackStatuses(structuredClone(packed));
    expect([...unpacked.keys()]).toEqual([...statuses.keys()]);
    for (const [key, list] of statuses) expect(unpacked.get(key)).toEqual(list);
    expect(unpacked.get("C99999")).toBeUndefined();
    expect(packed.codes.byteLength).toBe([...statuses.values()].flat().length);
  });
});

describe("id hashes", () => {
  it("differ for different ids and find an id shared by two sorted lists", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `KDC-${i}`);
    const hashes = new Set(ids.map(idHash));
    expect(hashes.size).toBe(ids.length);
    for (const h of hashes) expect(Number.isSafeInteger(h)).toBe(true);
    const first = Float64Array.from(ids.slice(0, 50_000), idHash).sort();
    const second = Float64Array.from(ids.slice(50_000), idHash).sort();
    expect(shareAHash(first, second)).toBe(false);
    const repeated = Float64Array.from([...ids.slice(50_000), "KDC-17"], idHash).sort();
    expect(shareAHash(first, repeated)).toBe(true);
  });
});
