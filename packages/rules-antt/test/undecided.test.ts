/**
 * `findUndecidedWithCommunes`: which "cần xem xét" results of a province the undecided option "kiềm chế, kéo
 * giảm" (Điều 4 khoản 4 điểm a) decides, a xã included through the khu dân cư under it (Điều 5 khoản 4). The
 * oracle is the whole province assessed again under each choice with `evaluateWithCommunes`.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "@antq/rules";
import { describe, expect, it } from "vitest";
import {
  evaluateWithCommunes,
  findUndecidedWithCommunes,
  type SecurityOrderInput,
  securityOrderRuleSet,
} from "../src/index.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const golden = loadSuite(join(root, "golden", "tt124.json"));
const input = (id: string): SecurityOrderInput => parseInput(golden.cases.find((c) => c.id === id)?.input);
const REDUCTION = "tt124.d4.k4.a.kiem_che_keo_giam";

/** A copy of a golden unit under another id (and commune). */
const copy = (id: string, unitId: string, communeId = "xa-my-loi"): SecurityOrderInput => {
  const i = input(id);
  return {
    ...i,
    unit: { ...i.unit, id: unitId, location: { ...i.unit.location, communeId } },
    facts: { ...i.facts, unitId },
  } as SecurityOrderInput;
};

/**
 * Xã Mỹ Lợi with ten ấp: six passed, one failed, three (T10) "cần xem xét" only because "kiềm chế, kéo giảm" is
 * undecided — so the xã (6/10 recognised, 9/10 at most) waits for them; and an ấp of another xã, open as well.
 */
const province = (): SecurityOrderInput[] => {
  const xa = input("T22-xa-2025");
  return [
    ...Array.from({ length: 6 }, (_, k) => copy("X-kdc-dat", `kdc-dat-${k + 1}`)),
    copy("T6", "kdc-chua-dat"),
    ...Array.from({ length: 3 }, (_, k) => copy("T10", `kdc-keo-giam-${k + 1}`)),
    xa,
    copy("T10", "kdc-xa-khac", "xa-long-phuoc"),
  ];
};

describe("findUndecidedWithCommunes", () => {
  const compiled = compile(securityOrderRuleSet, { year: 2025 });

  it("counts the units and the xã that a choice of the undecided option decides, as assessing again does", () => {
    const inputs = province();
    const results = evaluateWithCommunes(compiled, inputs);
    const open = results.flatMap((r, i) => (r.outcome === "can_xem_xet" ? [i] : []));
    expect(open).toEqual([7, 8, 9, 10, 11]);
    const decidedBy = new Set<number>();
    for (const choice of ["giam", "khong_tang"]) {
      const again = evaluateWithCommunes(compiled, inputs, { readings: { [REDUCTION]: choice } });
      for (const i of open) if (again[i]?.outcome !== "can_xem_xet") decidedBy.add(i);
    }
    // Under "không tăng" the three ấp pass and the xã reaches 9/10; under "giảm" they fail and it stays at 6/10.
    expect([...decidedBy].sort((a, b) => a - b)).toEqual([7, 8, 9, 10, 11]);
    const report = findUndecidedWithCommunes(compiled, inputs, results);
    expect(report.decided).toEqual([7, 8, 9, 10, 11]);
    expect(report.results).toBe(5);
    expect(report.byKind).toEqual({ "residential-area": 4, commune: 1 });
    expect(report.options.map((o) => [o.id, o.decides])).toEqual([[REDUCTION, 5]]);
    expect(report.complete).toBe(true);
  });

  it("a xã whose ấp no choice moves is not decided by it, and a xã given its units' results keeps them", () => {
    const inputs = province();
    // The three open ấp now belong to another xã: Xã Mỹ Lợi is 6/7 … without them, whatever the reading.
    const moved = inputs.map((i, k) => (k >= 7 && k <= 9 ? copy("T10", i.unit.id, "xa-long-phuoc") : i));
    const results = evaluateWithCommunes(compiled, moved);
    const report = findUndecidedWithCommunes(compiled, moved, results);
    expect(report.decided).not.toContain(10);
    expect(report.decided).toEqual([7, 8, 9, 11]);
    // With its units' statuses given in the input, the xã is assessed on them, not on the ấp of the batch.
    const given = input("X-xa-don-vi-can-xem-xet");
    const withGiven = [...inputs.slice(0, 10), given];
    const r2 = evaluateWithCommunes(compiled, withGiven);
    const report2 = findUndecidedWithCommunes(compiled, withGiven, r2);
    expect(report2.decided).toEqual([7, 8, 9]);
    // Only the three open ấp are assessed again: the xã carrying its units' statuses depends on none of them.
    expect(report2.reassessed).toBe(3);
  });
});

describe("findUndecidedWithCommunes: a xã's own open criterion and the order of its units", () => {
  const compiled = compile(securityOrderRuleSet, { year: 2025 });
  /** The same counts as last year: "kiềm chế, kéo giảm" (Điều 4 khoản 4 điểm a, Điều 5 khoản 2) stays open. */
  const same = { crimes: 5, socialEvilCases: 2, otherViolationCases: 10 };
  const openCounts = (i: SecurityOrderInput): SecurityOrderInput =>
    ({ ...i, facts: { ...i.facts, violationCounts: same, previousYearCounts: same } }) as SecurityOrderInput;

  it("a xã open only on its own reduction is decided by the reading, with its khu dân cư or without any", () => {
    const xa = openCounts(input("T22-xa-2025"));
    // Without any khu dân cư in the batch: "giảm" fails it (không giảm), whatever Điều 5 khoản 4 then says.
    const alone = [xa];
    const r1 = evaluateWithCommunes(compiled, alone);
    expect(r1.map((r) => r.outcome)).toEqual(["can_xem_xet"]);
    expect(findUndecidedWithCommunes(compiled, alone, r1).decided).toEqual([0]);
    // With two khu dân cư that pass under any reading: the xã's own criterion is decided again under the reading.
    const inputs = [copy("X-kdc-dat", "kdc-1"), copy("X-kdc-dat", "kdc-2"), xa];
    const r2 = evaluateWithCommunes(compiled, inputs);
    expect(r2.map((r) => r.outcome)).toEqual(["dat", "dat", "can_xem_xet"]);
    const report = findUndecidedWithCommunes(compiled, inputs, r2);
    expect([report.decided, report.reassessed]).toEqual([[2], 1]);
  });

  it("a xã carrying its units' statuses (7/10 đạt) is decided on its own reduction under the reading", () => {
    const given = openCounts(input("X-xa-don-vi-can-xem-xet"));
    const covered = (given.coveredUnits ?? []).map((s) =>
      s.outcome === "can_xem_xet" ? { ...s, outcome: "dat" as const } : s,
    );
    const inputs = [{ ...given, coveredUnits: covered }];
    const results = evaluateWithCommunes(compiled, inputs);
    expect(results.map((r) => r.outcome)).toEqual(["can_xem_xet"]);
    for (const choice of ["giam", "khong_tang"]) {
      const again = evaluateWithCommunes(compiled, inputs, { readings: { [REDUCTION]: choice } });
      expect(again[0]?.outcome, choice).toBe(choice === "giam" ? "chua_dat" : "dat");
    }
    expect(findUndecidedWithCommunes(compiled, inputs, results).decided).toEqual([0]);
  });

  it("a xã waits for an open khu dân cư under it wherever the khu dân cư stands in the batch", () => {
    // 6 đạt, 3 chưa đạt and one open: 7/10 under "không tăng" (đạt), 6/10 under "giảm" (chưa đạt).
    const inputs = [
      copy("T10", "kdc-keo-giam"),
      ...Array.from({ length: 6 }, (_, k) => copy("X-kdc-dat", `kdc-dat-${k + 1}`)),
      ...Array.from({ length: 3 }, (_, k) => copy("T6", `kdc-chua-dat-${k + 1}`)),
      input("T22-xa-2025"),
    ];
    const results = evaluateWithCommunes(compiled, inputs);
    expect(results.flatMap((r, i) => (r.outcome === "can_xem_xet" ? [i] : []))).toEqual([0, 10]);
    const report = findUndecidedWithCommunes(compiled, inputs, results);
    expect(report.decided).toEqual([0, 10]);
    expect(report.byKind).toEqual({ "residential-area": 1, commune: 1 });
  });

  it("a xã open on its own attestation stays open whatever its khu dân cư become under the reading", () => {
    // Điều 5 khoản 3 not attested: the xã is "cần xem xét" under any reading, however its units are counted (8/10 or 7/10 đạt).
    const xa = input("T22-xa-2025");
    const unattested = {
      ...xa,
      facts: {
        ...xa.facts,
        attestations: xa.facts.attestations?.filter((a) => a.criterion !== "TT124/Đ5/k3"),
      },
    } as SecurityOrderInput;
    const inputs = [
      copy("T10", "kdc-keo-giam"),
      ...Array.from({ length: 7 }, (_, k) => copy("X-kdc-dat", `kdc-dat-${k + 1}`)),
      ...Array.from({ length: 2 }, (_, k) => copy("T6", `kdc-chua-dat-${k + 1}`)),
      unattested,
    ];
    const results = evaluateWithCommunes(compiled, inputs);
    expect(results.flatMap((r, i) => (r.outcome === "can_xem_xet" ? [i] : []))).toEqual([0, 10]);
    for (const choice of ["giam", "khong_tang"]) {
      const again = evaluateWithCommunes(compiled, inputs, { readings: { [REDUCTION]: choice } });
      expect(again[10]?.outcome, choice).toBe("can_xem_xet");
    }
    expect(findUndecidedWithCommunes(compiled, inputs, results).decided).toEqual([0]);
  });
});
