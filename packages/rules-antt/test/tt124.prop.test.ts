import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, type Outcome } from "@antq/rules";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CoveredUnitStatus, type SecurityOrderInput, securityOrderRuleSet } from "../src/index.js";
import { decideCommuneRatio } from "../src/tt124/commune.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const golden = loadSuite(join(root, "golden", "tt124.json"));
const base = (id: string): SecurityOrderInput => parseInput(golden.cases.find((c) => c.id === id)?.input);
const compiled = compile(securityOrderRuleSet, { year: 2025 });
const kdc = base("X-kdc-dat");
const commune = base("T17");

const date2025 = fc
  .integer({ min: 0, max: 360 })
  .map((d) => new Date(Date.UTC(2024, 10, 1) + d * 86_400_000).toISOString().slice(0, 10));

/** Random khu dân cư facts around the "all criteria met" case. */
const kdcInput: fc.Arbitrary<SecurityOrderInput> = fc
  .record({
    resident: fc.integer({ min: 1, max: 500 }),
    missing: fc.integer({ min: 0, max: 3 }),
    now: fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5)),
    prev: fc.tuple(fc.nat(5), fc.nat(5), fc.nat(5)),
    rating: fc.constantFrom("excellent", "good", "completed", "not-completed"),
    attested: fc.constantFrom(true, false, undefined),
    traffic: fc.boolean(),
    q1Day: fc.integer({ min: 1, max: 120 }),
  })
  .map((r) => {
    const regDate = new Date(Date.UTC(2025, 0, 1) + (r.q1Day - 1) * 86_400_000).toISOString().slice(0, 10);
    const facts = {
      ...kdc.facts,
      households: { resident: r.resident, registered: Math.max(0, r.resident - r.missing) },
      violationCounts: { crimes: r.now[0], socialEvilCases: r.now[1], otherViolationCases: r.now[2] },
      previousYearCounts: { crimes: r.prev[0], socialEvilCases: r.prev[1], otherViolationCases: r.prev[2] },
      securityForce: { exists: true, rating: r.rating },
      quarterOne: { ...kdc.facts.quarterOne, registration: { date: regDate } },
      attestations: r.attested === undefined ? [] : [{ criterion: "TT124/Đ4/k2", value: r.attested }],
      accidents: r.traffic
        ? [
            {
              id: "tngt",
              kind: "traffic-accident",
              date: "2025-05-05",
              severity: "serious",
              deaths: 1,
              forceMajeure: false,
            },
          ]
        : [],
    };
    return { unit: kdc.unit, facts } as SecurityOrderInput;
  });

type Disqualifier = (i: SecurityOrderInput, date: string) => SecurityOrderInput;
const disqualifiers: Record<string, Disqualifier> = {
  tnld: (i, date) =>
    ({
      ...i,
      facts: {
        ...i.facts,
        accidents: [
          ...(i.facts.accidents ?? []),
          {
            id: "tnld-x",
            kind: "labour-accident",
            date,
            severity: "serious",
            deaths: 1,
            forceMajeure: false,
          },
        ],
      },
    }) as SecurityOrderInput,
  anNinh: (i, date) =>
    ({
      ...i,
      facts: { ...i.facts, securityEvents: [{ id: "an-ninh-x", kind: "protracted-civil-dispute", date }] },
    }) as SecurityOrderInput,
  toiPham: (i, date) =>
    ({
      ...i,
      facts: {
        ...i.facts,
        crimes: [
          {
            id: "vu-x",
            date,
            place: {},
            crimeClass: "very-serious",
            forceMajeure: false,
            reportedImmediately: false,
          },
        ],
      },
    }) as SecurityOrderInput,
  tuDiem: (i, date) =>
    ({
      ...i,
      facts: { ...i.facts, newHotspots: [{ id: "td-x", kind: "drug", identifiedOn: date }] },
    }) as SecurityOrderInput,
  kyLuat: (i, date) =>
    ({
      ...i,
      facts: {
        ...i.facts,
        disciplinaryActions: [
          { id: "kl-x", date, personRole: "security-team-member", form: "reprimand", reason: "other" },
        ],
      },
    }) as SecurityOrderInput,
};

const rank: Record<Outcome, number> = { dat: 3, can_xem_xet: 2, khong_ap_dung: 2, chua_dat: 1 };

describe("properties", () => {
  it("evaluation is deterministic, and explanations do not change outcomes or codes", () => {
    fc.assert(
      fc.property(kdcInput, (i) => {
        const a = compiled.evaluate(i);
        const b = compiled.evaluate(structuredClone(i));
        const e = compiled.evaluate(i, { explain: true });
        expect(b).toEqual(a);
        expect(e.outcome).toBe(a.outcome);
        expect(e.criteria.map((c) => [c.id, c.outcome, c.code])).toEqual(
          a.criteria.map((c) => [c.id, c.outcome, c.code]),
        );
        expect(compiled.outcomeOf(i)).toBe(a.outcome);
      }),
      { numRuns: 300 },
    );
  });

  it("adding a disqualifying fact never turns “chưa đạt” into “đạt” (and never yields “đạt”)", () => {
    fc.assert(
      fc.property(kdcInput, fc.constantFrom(...Object.keys(disqualifiers)), date2025, (i, which, date) => {
        const before = compiled.outcomeOf(i);
        const after = compiled.outcomeOf((disqualifiers[which] as Disqualifier)(i, date));
        expect(after).toBe("chua_dat");
        expect(rank[after]).toBeLessThanOrEqual(rank[before]);
      }),
      { numRuns: 300 },
    );
  });

  it("the commune ratio rule is monotone in recognised units", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (total, r, extra, review) => {
          const recognised = r % (total + 1);
          const more = Math.min(total, recognised + (extra % (total + 1)));
          const rv = review % (total - recognised + 1);
          const order = { DUOI_TY_LE: 0, PHU_THUOC_DON_VI_CAN_XEM_XET: 1, DAT: 2 } as Record<string, number>;
          const a = decideCommuneRatio({ total, registered: total, recognised, review: 0 }, 70);
          const b = decideCommuneRatio({ total, registered: total, recognised: more, review: 0 }, 70);
          expect(order[b]).toBeGreaterThanOrEqual(order[a] as number);
          expect(a === "DAT").toBe(recognised * 10 >= total * 7);
          const c = decideCommuneRatio({ total, registered: total, recognised, review: rv }, 70);
          expect(order[c]).toBeGreaterThanOrEqual(order[a] as number);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("turning a covered unit from “chưa đạt” into “đạt” never worsens the commune", () => {
    const statuses = fc.array(
      fc.record({
        outcome: fc.constantFrom<Outcome>("dat", "chua_dat", "khong_ap_dung", "can_xem_xet"),
        registered: fc.boolean(),
      }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(statuses, fc.nat(), (list, pick) => {
        const covered: CoveredUnitStatus[] = list.map((s, n) => ({
          unitId: `dv-${n}`,
          kind: "residential-area",
          ...s,
        }));
        const idx = pick % covered.length;
        const improved = covered.map((s, n) =>
          n === idx && s.outcome === "chua_dat" ? { ...s, outcome: "dat" as const } : s,
        );
        const k4 = (c: CoveredUnitStatus[]) =>
          compiled.evaluate({ ...commune, coveredUnits: c }).criteria.find((x) => x.id === "tt124.d5.k4")
            ?.outcome as Outcome;
        expect(rank[k4(improved)]).toBeGreaterThanOrEqual(rank[k4(covered)]);
      }),
      { numRuns: 300 },
    );
  });

  it("compiling is deterministic (same hash for the same year and readings)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2019, max: 2030 }),
        fc.constantFrom(null, "giam", "khong_tang"),
        (year, giam) => {
          const readings = { "tt124.d4.k4.a.kiem_che_keo_giam": giam };
          expect(compile(securityOrderRuleSet, { year, readings }).hash).toBe(
            compile(securityOrderRuleSet, { year, readings }).hash,
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
