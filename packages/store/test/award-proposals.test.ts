/**
 * Award proposals in the store (migration 0008), on both engines: written with the year's import in its one
 * transaction, placed in a province (a collective's unit, else the year's one province), read back whole and
 * scoped with the 2025 lineage; another year's proposals are not stored; a failing import leaves none.
 */
import { type AwardProposal, parseAwardProposal } from "@antq/rules-awards";
import { afterAll, describe, expect, it } from "vitest";
import { awardProposalRecords, importCycleYear, provinceScope, storeSummary } from "../src/index.js";
import { engines } from "./helpers/engines.js";
import { sampleYear } from "./helpers/fixtures.js";

const all = engines();
afterAll(async () => {
  for (const e of all) await e.cleanup();
});

const proposal = (input: Record<string, unknown>): AwardProposal => {
  const r = parseAwardProposal({
    issuer: { kind: "provincial-people-committee", name: "Ủy ban nhân dân tỉnh Tiền Giang" },
    proposedOn: "2024-09-10",
    year: 2024,
    reason: "Có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2024",
    ...input,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe.each(all.map((e) => [e.name, e] as const))("award proposals trên %s", (_name, engine) => {
  it("stores the year's proposals with the import and reads them back, province-scoped", async () => {
    const store = await engine.open();
    try {
      const d2024 = sampleYear(2024);
      const commune = d2024.units.find((u) => u.kind === "commune");
      const proposals = [
        proposal({
          id: "bk-tt-01",
          form: "certificate-of-merit",
          recipient: { kind: "collective", name: commune?.name, unitId: commune?.id },
        }),
        proposal({
          id: "knc-01",
          form: "commemorative-medal",
          issuer: { kind: "minister-of-public-security" },
          recipient: { kind: "individual", name: "Trần Thị Mai" },
          proposedOn: "2024-09-25",
        }),
        // A proposal for 2025's achievements is not stored with 2024.
        proposal({
          id: "gk-2025-01",
          form: "certificate-of-commendation",
          issuer: { kind: "provincial-police-director" },
          recipient: { kind: "individual", name: "Nguyễn Văn Hùng" },
          proposedOn: "2025-10-01",
          year: 2025,
        }),
      ];
      const r = await importCycleYear(
        store.driver,
        { ...d2024, awardProposals: proposals },
        { year: 2024, importedBy: "can-bo-01" },
      );
      expect(r.counts.awardProposals).toBe(2);
      expect(r.counts.otherYearRecords).toBe(1);
      const summary = await storeSummary(store.driver);
      expect(summary.years[0]?.import.counts).toMatchObject({ awardProposals: 2 });

      const read = await awardProposalRecords(store.driver, { from: 2023, to: 2025 });
      expect(read.years).toEqual([2024]);
      expect(read.proposals).toEqual(proposals.slice(0, 2));
      // Tiền Giang (P82) is part of today's Đồng Tháp (P82-2025); Thừa Thiên Huế has none.
      const scoped = await awardProposalRecords(
        store.driver,
        { from: 2024, to: 2024 },
        provinceScope("P82-2025"),
      );
      expect(scoped.proposals.map((p) => p.id)).toEqual(["bk-tt-01", "knc-01"]);
      const elsewhere = await awardProposalRecords(
        store.driver,
        { from: 2024, to: 2024 },
        provinceScope("P46-2025"),
      );
      expect(elsewhere.proposals).toEqual([]);

      // A proposal id twice: the import fails as a whole, the stored year is unchanged.
      await expect(
        importCycleYear(
          store.driver,
          { ...d2024, awardProposals: [proposals[0] as AwardProposal, proposals[0] as AwardProposal] },
          { year: 2024, importedBy: "can-bo-01", replace: true },
        ),
      ).rejects.toThrow();
      expect((await awardProposalRecords(store.driver, { from: 2024, to: 2024 })).proposals).toEqual(
        proposals.slice(0, 2),
      );
      await expect(awardProposalRecords(store.driver, { from: 2025, to: 2024 })).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });
    } finally {
      await store.close();
    }
  });
});
