import {
  type AdminUnit,
  AdminUnitSchema,
  LAST_DAY_BEFORE_REFORM_2025,
  REFORM_2025_EFFECTIVE_DATE,
} from "./admin-unit.js";
import { MERGERS_2025, OLD_PROVINCES, UNCHANGED_2025 } from "./data/provinces.js";

const MERGER_BASIS = "Nghị quyết 60-NQ/TW (12/4/2025); Nghị quyết 202/2025/QH15 (12/6/2025)";

function build(): readonly AdminUnit[] {
  const units: unknown[] = [];
  const unchanged = new Set(UNCHANGED_2025);
  for (const [code, name, city] of OLD_PROVINCES) {
    const type = city ? "centrally-run-city" : "province";
    if (code === "46") {
      units.push({ id: "P46", code, name, type, validTo: "2024-12-31" });
      units.push({
        id: "P46-2025",
        code,
        name: "Huế",
        type: "centrally-run-city",
        validFrom: "2025-01-01",
        predecessors: [{ id: "P46", share: "whole" }],
        basis:
          "Nghị quyết của Ủy ban Thường vụ Quốc hội thành lập thành phố Huế trực thuộc trung ương (hiệu lực 01/01/2025)",
      });
    } else if (unchanged.has(code)) {
      units.push({ id: `P${code}`, code, name, type });
    } else {
      units.push({ id: `P${code}`, code, name, type, validTo: LAST_DAY_BEFORE_REFORM_2025 });
    }
  }
  for (const m of MERGERS_2025) {
    units.push({
      id: `P${m.code}-2025`,
      code: m.code,
      name: m.name,
      type: m.city ? "centrally-run-city" : "province",
      validFrom: REFORM_2025_EFFECTIVE_DATE,
      predecessors: m.from.map((c) => ({ id: `P${c}`, share: "whole" })),
      basis: MERGER_BASIS,
    });
  }
  return Object.freeze(units.map((u) => Object.freeze(AdminUnitSchema.parse(u))));
}

/**
 * Every provincial unit of the shipped data: the 63 pre-reform units (the 52 merged ones valid until
 * 30/6/2025), Thừa Thiên Huế → Huế (1/1/2025), and the 23 merged units from 1/7/2025, with lineage — so the
 * 34 current provinces plus their history. Source and codes: see `src/data/provinces.ts`
 * (regulations.md §7.2; Công văn 915/CTK-CSCL).
 *
 * @example
 * ```ts
 * PROVINCE_UNITS.filter((p) => isAdminUnitValidOn(p, "2025-07-01")).length; // 34
 * PROVINCE_UNITS.filter((p) => isAdminUnitValidOn(p, "2024-06-01")).length; // 63
 * ```
 */
export const PROVINCE_UNITS: readonly AdminUnit[] = build();

/**
 * Where the political-administrative centre of each merged province is (the old province), by new unit id.
 *
 * @example
 * ```ts
 * PROVINCE_SEATS_2025["P82-2025"]; // "Tiền Giang"
 * ```
 */
export const PROVINCE_SEATS_2025: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(MERGERS_2025.map((m) => [`P${m.code}-2025`, m.seat])),
);
