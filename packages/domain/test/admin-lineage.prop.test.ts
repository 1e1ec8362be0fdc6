import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AdminUnit,
  AdminUnitSchema,
  childrenOf,
  indexAdminUnits,
  PROVINCE_UNITS,
  predecessorsOf,
  successorsOf,
  unitAsOf,
  unwrap,
} from "../src/index.js";

// Random re-arrangements of old communes (valid to 2025-06-30) into new ones (from 2025-07-01).
const arrangement = fc
  .record({
    old: fc.integer({ min: 1, max: 12 }),
    fresh: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ old, fresh }) =>
    fc.tuple(
      fc.constant(old),
      fc.constant(fresh),
      fc.array(fc.subarray([...Array(old).keys()], { minLength: 1 }), { minLength: fresh, maxLength: fresh }),
    ),
  );

function build([old, fresh, preds]: [number, number, number[][]]): AdminUnit[] {
  const units: unknown[] = [];
  for (let i = 0; i < old; i++) {
    units.push({
      id: `C${10000 + i}`,
      code: String(10000 + i),
      name: `Cũ ${i}`,
      type: "commune",
      parentId: "P82",
      validTo: "2025-06-30",
    });
  }
  for (let j = 0; j < fresh; j++) {
    units.push({
      id: `C${20000 + j}-2025`,
      code: String(20000 + j),
      name: `Mới ${j}`,
      type: "ward",
      parentId: "P82-2025",
      validFrom: "2025-07-01",
      predecessors: (preds[j] ?? []).map((i) => ({ id: `C${10000 + i}`, share: "part" })),
    });
  }
  return units.map((u) => AdminUnitSchema.parse(u));
}

describe("lineage properties", () => {
  it("successorsOf and predecessorsOf are inverse relations across the cut-over", () => {
    fc.assert(
      fc.property(arrangement, (a) => {
        const communes = build(a);
        const index = unwrap(indexAdminUnits([...PROVINCE_UNITS, ...communes]));
        const olds = communes.filter((u) => u.validTo !== undefined);
        const news = communes.filter((u) => u.validFrom !== undefined);
        for (const o of olds) {
          for (const n of news) {
            const forward = successorsOf(index, o.id, "2025-07-01").some((u) => u.id === n.id);
            const backward = predecessorsOf(index, n.id, "2025-06-30").some((u) => u.id === o.id);
            expect(forward).toBe(backward);
          }
          // unitAsOf on a date after the cut-over equals successorsOf
          expect(unitAsOf(index, o.id, "2026-01-01").map((u) => u.id)).toEqual(
            successorsOf(index, o.id, "2026-01-01").map((u) => u.id),
          );
        }
        for (const n of news) expect(unitAsOf(index, n.id, "2025-07-01")).toEqual([n]);
        expect(childrenOf(index, "P82-2025", "2025-07-01")).toHaveLength(news.length);
      }),
      { numRuns: 200 },
    );
  });
});
