import { cite } from "@antq/rules";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyVetoes,
  CLASSIFICATION_KINDS,
  compileRubric,
  countModels,
  demotionsNeeded,
  evaluateVeto,
  exampleRubric,
  excellentAllowed,
  type Rubric,
  type RubricGroup,
  type ScoreEntry,
  type ScoreSheet,
  scoreSheet,
} from "../src/index.js";
import { SMALL } from "./fixtures/rubrics.js";

const LEVELS = [
  { id: "xuat_sac", label: "Xuất sắc" },
  { id: "kha", label: "Khá" },
  { id: "trung_binh", label: "Trung bình" },
  { id: "yeu", label: "Yếu" },
];

/** Random sound rubrics: groups of graded / deduction items with optional sub-items, caps below sums. */
const leafArb = (id: string) =>
  fc.oneof(
    fc
      .record({ max: fc.integer({ min: 0, max: 200 }) })
      .map(({ max }) => ({ id, label: `Mục ${id}`, max, mode: "graded" as const })),
    fc
      .record({ max: fc.integer({ min: 1, max: 200 }), perEvent: fc.integer({ min: 1, max: 80 }) })
      .map(({ max, perEvent }) => ({ id, label: `Mục ${id}`, max, mode: "deduction" as const, perEvent })),
  );

const rubricArb: fc.Arbitrary<Rubric> = fc
  .array(
    fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 50 })), {
      minLength: 1,
      maxLength: 4,
    }),
    { minLength: 1, maxLength: 4 },
  )
  .chain((shape) => {
    const groups = shape.map((items, gi) =>
      fc
        .tuple(
          ...items.map(([withChildren, nChildren, slack], ii) => {
            const id = `${gi}.${ii}`;
            if (!withChildren) return leafArb(id);
            return fc
              .tuple(...Array.from({ length: nChildren }, (_, ci) => leafArb(`${id}.${ci}`)))
              .map((children) => {
                const sum = children.reduce((n, c) => n + c.max, 0);
                return {
                  id,
                  label: `Mục ${id}`,
                  max: Math.max(0, sum - slack),
                  mode: "graded" as const,
                  children,
                };
              });
          }),
        )
        .chain((its) => {
          const sum = its.reduce((n, i) => n + i.max, 0);
          return fc
            .integer({ min: 0, max: sum })
            .map((max): RubricGroup => ({ id: `G${gi}`, label: `Nhóm ${gi}`, max, items: its }));
        }),
    );
    return fc.tuple(...groups);
  })
  .chain((groups) => {
    const max = groups.reduce((n, g) => n + g.max, 0);
    return fc
      .uniqueArray(fc.integer({ min: 1, max: Math.max(1, max) }), { minLength: 0, maxLength: 3 })
      .map((cuts) => {
        const c = [...new Set(cuts.filter((x) => x <= max))].sort((a, b) => a - b).slice(0, 3);
        const starts = [0, ...c];
        const bands = starts.map((s, i) => ({
          level: LEVELS[starts.length - 1 - i]?.id as string,
          min: s,
          max: i + 1 < starts.length ? (starts[i + 1] as number) - 1 : max,
        }));
        return {
          format: "antq.rubric/1" as const,
          id: "prop",
          label: "Bảng điểm ngẫu nhiên",
          unitKind: "commune",
          max,
          rounding: "half-up" as const,
          basis: [cite("510/QĐ-BCA-V05")],
          example: false,
          levels: LEVELS,
          bands,
          vetoes: [
            {
              id: "tt124",
              label: "TT 124",
              capLevel: "kha",
              when: { type: "fact-not" as const, fact: "tt124", value: "dat" },
            },
            {
              id: "g0",
              label: "Nhóm 0 thấp",
              capLevel: "trung_binh",
              when: { type: "item-below" as const, item: "G0", min: 10 },
            },
          ],
          groups,
        } satisfies Rubric;
      });
  });

/** Random sheets for a rubric, with values above the maximum, missing items and self/verified mixes. */
const sheetArb = (rubric: Rubric): fc.Arbitrary<ScoreSheet> => {
  const compiled = compileRubric(rubric);
  const leaves = [...compiled.leafIndex.entries()].map(([id, i]) => ({ id, node: compiled.nodes[i] }));
  return fc
    .tuple(
      fc.tuple(
        ...leaves.map(({ id, node }) =>
          fc.option(
            node?.mode === "deduction"
              ? fc.record(
                  { item: fc.constant(id), selfEvents: fc.nat(12), verifiedEvents: fc.nat(12) },
                  { requiredKeys: ["item"] },
                )
              : fc.record(
                  {
                    item: fc.constant(id),
                    self: fc.nat((node?.max ?? 0) * 2 + 5),
                    verified: fc.nat((node?.max ?? 0) * 2 + 5),
                  },
                  { requiredKeys: ["item"] },
                ),
            { nil: undefined },
          ),
        ),
      ),
      fc.constantFrom<ScoreSheet["facts"]>(undefined, { tt124: "dat" }, { tt124: "chua_dat" }),
    )
    .map(([entries, facts]) => ({
      unitId: "u",
      year: 2024,
      rubricId: rubric.id,
      entries: entries.filter((e) => e !== undefined) as ScoreEntry[],
      ...(facts ? { facts } : {}),
    }));
};

const rubricAndSheet = fc
  .oneof(rubricArb, fc.constantFrom(SMALL, ...CLASSIFICATION_KINDS.map((k) => exampleRubric(k.id))))
  .chain((r) => fc.tuple(fc.constant(r), sheetArb(r)));

describe("scoring properties", () => {
  it("the total never exceeds the maximum, nor does any item", () => {
    fc.assert(
      fc.property(rubricAndSheet, ([rubric, sheet]) => {
        const compiled = compileRubric(rubric);
        const r = scoreSheet(compiled, sheet);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.total).toBeLessThanOrEqual(rubric.max);
        expect(r.value.selfTotal).toBeLessThanOrEqual(rubric.max);
        expect(r.value.total).toBeGreaterThanOrEqual(0);
        for (const n of compiled.nodes) {
          expect(r.value.awarded[n.index]).toBeLessThanOrEqual(n.max);
          expect(Number.isInteger(r.value.awarded[n.index])).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a veto never raises a level", () => {
    fc.assert(
      fc.property(rubricAndSheet, ([rubric, sheet]) => {
        const compiled = compileRubric(rubric);
        const rank = (id: string) => rubric.levels.findIndex((l) => l.id === id);
        const r = scoreSheet(compiled, sheet);
        if (!r.ok) return;
        expect(rank(r.value.level.id)).toBeGreaterThanOrEqual(rank(r.value.scoreLevel.id));
        const safe = scoreSheet(compiled, { ...sheet, facts: { tt124: "dat" } });
        const unsafe = scoreSheet(compiled, { ...sheet, facts: { tt124: "chua_dat" } });
        if (safe.ok && unsafe.ok)
          expect(rank(unsafe.value.level.id)).toBeGreaterThanOrEqual(rank(safe.value.level.id));
      }),
      { numRuns: 300 },
    );
  });

  it("the vetoes hit by scoreSheet are exactly those evaluateVeto reports", () => {
    fc.assert(
      fc.property(rubricAndSheet, ([rubric, sheet]) => {
        const compiled = compileRubric(rubric);
        const r = scoreSheet(compiled, sheet);
        if (!r.ok) return;
        const expected = rubric.vetoes
          .map((v) => ({
            id: v.id,
            state: evaluateVeto(v, sheet.facts, (id) => {
              const i = compiled.nodeIndex.get(id);
              return i === undefined ? undefined : r.value.awarded[i];
            }),
          }))
          .filter((x) => x.state !== "clear");
        expect(r.value.vetoes.map((h) => ({ id: h.veto.id, state: h.state }))).toEqual(expected);
        const rank = (id: string) => rubric.levels.findIndex((l) => l.id === id);
        expect(r.value.level.id).toBe(
          rubric.levels[applyVetoes(rank(r.value.scoreLevel.id), r.value.vetoes, rank)]?.id,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("scores do not depend on the order of the entries", () => {
    fc.assert(
      fc.property(
        rubricAndSheet.chain(([r, s]) =>
          fc.tuple(
            fc.constant(r),
            fc.constant(s),
            fc.shuffledSubarray([...s.entries], { minLength: s.entries.length, maxLength: s.entries.length }),
          ),
        ),
        ([rubric, sheet, shuffled]) => {
          const compiled = compileRubric(rubric);
          const a = scoreSheet(compiled, sheet);
          const b = scoreSheet(compiled, { ...sheet, entries: shuffled });
          expect(a.ok && b.ok).toBe(true);
          if (!a.ok || !b.ok) return;
          expect(b.value.total).toBe(a.value.total);
          expect(b.value.level).toEqual(a.value.level);
          expect(b.value.awarded).toEqual(a.value.awarded);
          expect(b.value.flags).toEqual(a.value.flags);
          expect(b.value.review).toEqual(a.value.review);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("raising a verified score never lowers the total", () => {
    fc.assert(
      fc.property(rubricAndSheet, fc.nat(50), ([rubric, sheet], bump) => {
        const compiled = compileRubric(rubric);
        const graded = sheet.entries.findIndex((e) => e.verified !== undefined);
        if (graded < 0) return;
        const entries = sheet.entries.map((e, i) =>
          i === graded ? { ...e, verified: (e.verified ?? 0) + bump } : e,
        );
        const a = scoreSheet(compiled, sheet);
        const b = scoreSheet(compiled, { ...sheet, entries });
        if (a.ok && b.ok) expect(b.value.total).toBeGreaterThanOrEqual(a.value.total);
      }),
      { numRuns: 200 },
    );
  });
});

describe("20% cap properties", () => {
  it("the computed demotions are the fewest that satisfy the cap, under both readings", () => {
    fc.assert(
      fc.property(
        fc.nat(300),
        fc.nat(300),
        fc.constantFrom("chi_hoan_thanh_tot", "tu_hoan_thanh_tot_tro_len"),
        (e, g, rd) => {
          const k = demotionsNeeded(e, g, rd);
          const holds = (d: number) => (e - d) * 5 <= (rd === "chi_hoan_thanh_tot" ? g + d : e + g);
          expect(k).toBeGreaterThanOrEqual(0);
          expect(k).toBeLessThanOrEqual(e);
          expect(holds(k)).toBe(true);
          if (k > 0) expect(holds(k - 1)).toBe(false);
          expect(excellentAllowed(e, g, rd) * 5).toBeLessThanOrEqual(rd === "chi_hoan_thanh_tot" ? g : e + g);
        },
      ),
    );
  });
});

describe("model counting properties", () => {
  it("counts do not depend on row order", () => {
    const row = fc.record({
      model: fc.constantFrom(
        "Tổ an ninh công nhân",
        "“Tổ an ninh  công nhân”",
        "Camera phòng, chống tội phạm",
        "Tiếng kẻng an ninh",
      ),
      siteId: fc.constantFrom("a", "b", "c", "d"),
      teams: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(
        fc
          .array(row, { maxLength: 30 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
            ),
          ),
        ([rows, shuffled]) => {
          const a = countModels(rows);
          const b = countModels(shuffled);
          expect(b.models).toEqual(a.models);
          expect(b.totals).toEqual(a.totals);
        },
      ),
    );
  });
});
