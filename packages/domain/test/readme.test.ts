import { describe, expect, it } from "vitest";
import {
  adminUnitFullName,
  findAdminUnitByCode,
  importAdminUnitsCsv,
  indexAdminUnits,
  PROVINCE_UNITS,
  parseAnnualFacts,
  predecessorsOf,
  successorsOf,
  unitAsOf,
  unwrap,
} from "../src/index.js";

// Keeps the README examples honest.
describe("README examples", () => {
  it("parsing", () => {
    const r = parseAnnualFacts({
      unitId: "kdc-ap-long-hoa",
      year: 2025,
      households: { resident: 315, registered: 312 },
      crimes: [{ id: "vu-01", date: "2025-02-30", place: {}, forceMajeure: false }],
    });
    expect(!r.ok && r.issues.map((i) => [i.code, i.pathText, i.message])).toEqual([
      [
        "INVALID_DATE",
        "crimes[0].date",
        'Ngày (crimes[0].date): "2025-02-30" không phải ngày hợp lệ theo dạng YYYY-MM-DD.',
      ],
    ]);
  });

  it("lineage", () => {
    const index = unwrap(indexAdminUnits(PROVINCE_UNITS));
    expect(successorsOf(index, "P82", "2026-01-01").map(adminUnitFullName)).toEqual(["Tỉnh Đồng Tháp"]);
    expect(predecessorsOf(index, "P92-2025").map((u) => u.name)).toEqual([
      "Cần Thơ",
      "Hậu Giang",
      "Sóc Trăng",
    ]);
    expect(unitAsOf(index, "P93", "2024-05-01").map(adminUnitFullName)).toEqual(["Tỉnh Hậu Giang"]);
    expect(findAdminUnitByCode(index, "province", "82", "2024-12-31")?.name).toBe("Tiền Giang");
  });

  it("commune import", () => {
    const csv = `code,name,type,parentId,validFrom,validTo,predecessors
00688,Phường Quang Trung,phường,P02,,2025-06-30,
00694,Phường Hà Giang 1,phường,P08-2025,2025-07-01,,C00688:part`;
    const r = importAdminUnitsCsv(csv);
    expect(r.ok && r.value.map((u) => u.id)).toEqual(["C00688", "C00694-2025"]);
  });
});
