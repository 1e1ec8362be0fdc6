/**
 * Runs the golden cases of test/golden/typical-lineage.json: units chosen for điển hình after the 2025
 * reorganisation, judged on the classification of the communes they were formed from (each lineage boundary:
 * merger of eligible and ineligible communes, a part split off, a rename, the commune named by `adminUnitId`,
 * the selection date before and after 01/7/2025, no classification of the year before).
 */
import { readFileSync } from "node:fs";
import { importAdminUnitsCsv, indexAdminUnits, PROVINCE_UNITS, type TypicalRegistration } from "@antq/domain";
import { describe, expect, it } from "vitest";
import {
  compareTypicalChoice,
  EXAMPLE_TYPICAL_RULE,
  type PreviousClassification,
  selectTypicalCandidates,
} from "../src/index.js";

interface GoldenCase {
  readonly name: string;
  readonly planYear: number;
  readonly registration: { unitId: string; adminUnitId?: string; name: string };
  readonly expect: { eligible: boolean | null; formerUnits: string[]; codes: string[] };
}

const golden = JSON.parse(
  readFileSync(new URL("./golden/typical-lineage.json", import.meta.url), "utf8"),
) as { adminUnits: string; previous: PreviousClassification[]; cases: GoldenCase[] };

const communes = importAdminUnitsCsv(golden.adminUnits, { base: PROVINCE_UNITS });
if (!communes.ok) throw new Error(JSON.stringify(communes.issues));
const index = indexAdminUnits([...PROVINCE_UNITS, ...communes.value]);
if (!index.ok) throw new Error(JSON.stringify(index.issues));
const lineage = index.value;

describe("typical-unit choice across the 2025 lineage (golden cases)", () => {
  it("covers every lineage outcome", () => {
    const codes = new Set(golden.cases.flatMap((c) => c.expect.codes));
    expect([...codes].sort()).toEqual(["LINEAGE_FORMER_UNITS", "NOT_CLASSIFIED", "NOT_ELIGIBLE"]);
  });
  for (const c of golden.cases) {
    it(c.name, () => {
      const previous = golden.previous.map((p) => ({ ...p, adminUnitId: p.unitId }));
      const selection = selectTypicalCandidates(previous, c.planYear, EXAMPLE_TYPICAL_RULE, { lineage });
      const registration: TypicalRegistration = {
        id: `dh-${c.planYear}`,
        year: c.planYear,
        programme: "typical-unit",
        subject: "commune",
        status: "selected",
        ...c.registration,
      } as TypicalRegistration;
      const [unit] = compareTypicalChoice(selection, [registration]).units;
      expect(unit?.eligible ?? null).toBe(c.expect.eligible);
      expect(unit?.formerUnits.map((f) => f.unitId)).toEqual(c.expect.formerUnits);
      expect(unit?.review.map((n) => n.code)).toEqual(c.expect.codes);
      for (const n of unit?.review ?? []) expect(n.message).toContain("cần xem xét");
    });
  }
  it("names the former units and their standing in the review note", () => {
    const previous = golden.previous.map((p) => ({ ...p, adminUnitId: p.unitId }));
    const selection = selectTypicalCandidates(previous, 2026, EXAMPLE_TYPICAL_RULE, { lineage });
    const [unit] = compareTypicalChoice(selection, [
      {
        id: "dh-2026-1",
        year: 2026,
        programme: "typical-unit",
        subject: "commune",
        status: "selected",
        name: "Xã Hỏa Lựu (mới)",
        unitId: "C31101-2025",
      } as TypicalRegistration,
    ]).units;
    expect(unit?.review[0]?.message).toBe(
      "Xã Hỏa Lựu (mới): không có kết quả phân loại năm 2025 của chính đơn vị; xét theo các đơn vị cũ hợp thành (sắp xếp đơn vị hành chính 2025): Xã Hỏa Lựu (đủ điều kiện), Xã Vị Tân (chưa đủ điều kiện) — cần xem xét.",
    );
    expect(unit?.review[1]?.message).toContain("Xã Vị Tân: Năm 2025 xếp loại Khá, chưa đạt mức yêu cầu.");
  });
});
