import { describe, expect, it } from "vitest";
import {
  type AdminUnit,
  adminUnitFullName,
  adminUnitsValidOn,
  findAdminUnitByCode,
  importAdminUnits,
  importAdminUnitsCsv,
  indexAdminUnits,
  isAdminUnitValidOn,
  PROVINCE_UNITS,
  parseAdminUnit,
  predecessorsOf,
  successorsOf,
  unitAsOf,
  unwrap,
} from "../src/index.js";

const index = unwrap(indexAdminUnits(PROVINCE_UNITS));
const names = (units: readonly AdminUnit[]) => units.map((u) => u.name);

describe("shipped provinces (regulations.md §7.2)", () => {
  it("has 63 provincial units before and 34 after 1 July 2025", () => {
    expect(adminUnitsValidOn(index, "province", "2024-06-01")).toHaveLength(63);
    expect(adminUnitsValidOn(index, "province", "2025-06-30")).toHaveLength(63);
    expect(adminUnitsValidOn(index, "province", "2025-07-01")).toHaveLength(34);
  });

  it("has 28 tỉnh and 6 centrally-run cities after the reform", () => {
    const after = adminUnitsValidOn(index, "province", "2025-07-01");
    expect(after.filter((u) => u.type === "province")).toHaveLength(28);
    expect(names(after.filter((u) => u.type === "centrally-run-city")).sort()).toEqual(
      ["Cần Thơ", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Huế", "Đà Nẵng"].sort(),
    );
  });

  it("maps every old province to exactly one new one", () => {
    for (const old of adminUnitsValidOn(index, "province", "2025-06-30")) {
      expect(unitAsOf(index, old.id, "2025-07-01"), old.name).toHaveLength(1);
    }
  });

  it.each([
    ["P82", "Đồng Tháp"],
    ["P93", "Cần Thơ"],
    ["P34", "Hưng Yên"],
    ["P89", "An Giang"],
    ["P91", "An Giang"],
    ["P87", "Đồng Tháp"],
    ["P15", "Lào Cai"],
    ["P64", "Gia Lai"],
    ["P52", "Gia Lai"],
    ["P46", "Huế"],
  ])("old %s became %s", (oldId, newName) => {
    expect(names(successorsOf(index, oldId, "2026-01-01"))).toEqual([newName]);
  });

  it("answers which old units a new one came from", () => {
    expect(names(predecessorsOf(index, "P92-2025")).sort()).toEqual(
      ["Cần Thơ", "Hậu Giang", "Sóc Trăng"].sort(),
    );
    expect(names(unitAsOf(index, "P79-2025", "2024-01-01")).sort()).toEqual(
      ["Bà Rịa - Vũng Tàu", "Bình Dương", "Hồ Chí Minh"].sort(),
    );
  });

  it("keeps unchanged units as one unit across the cut-over", () => {
    expect(names(unitAsOf(index, "P01", "2025-07-01"))).toEqual(["Hà Nội"]);
    expect(successorsOf(index, "P01")).toEqual([]);
  });

  it("resolves reused codes by date", () => {
    expect(findAdminUnitByCode(index, "province", "82", "2024-12-31")?.name).toBe("Tiền Giang");
    expect(findAdminUnitByCode(index, "province", "82", "2025-07-01")?.name).toBe("Đồng Tháp");
    expect(findAdminUnitByCode(index, "province", "46", "2024-12-31")?.name).toBe("Thừa Thiên Huế");
  });

  it("writes full names", () => {
    const p = index.byId.get("P92-2025") as AdminUnit;
    expect(adminUnitFullName(p)).toBe("Thành phố Cần Thơ");
    expect(adminUnitFullName({ name: "Phú Quốc", type: "special-zone" })).toBe("Đặc khu Phú Quốc");
  });

  it("throws for unknown ids and bad dates (programmer errors)", () => {
    expect(() => unitAsOf(index, "P999", "2025-01-01")).toThrow(RangeError);
    expect(() => unitAsOf(index, "P01", "01/07/2025")).toThrow(RangeError);
  });
});

describe("administrative unit schema", () => {
  it("rejects thị trấn and districts valid after 30/6/2025", () => {
    const r = parseAdminUnit({ id: "C31000", code: "31000", name: "Nàng Mau", type: "township" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "INVALID_LINEAGE", pathText: "validTo" });
  });

  it("rejects đặc khu before 1/7/2025 and codes of the wrong length", () => {
    const r = parseAdminUnit({
      id: "C1",
      code: "123",
      name: "Phú Quốc",
      type: "special-zone",
      validFrom: "2024-01-01",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.pathText).sort()).toEqual(["code", "validFrom"]);
  });

  it("rejects a reversed validity interval", () => {
    const r = parseAdminUnit({
      id: "C1",
      code: "12345",
      name: "A",
      type: "commune",
      validFrom: "2025-07-01",
      validTo: "2025-06-30",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("DATE_RANGE_REVERSED");
  });
});

const OLD_COMMUNES = `id,code,name,type,parentId,validFrom,validTo,predecessors,basis
D024,024,Hà Giang,provincial-city,P02,,2025-06-30,,
C00688,00688,Phường Quang Trung,phường,D024,,2025-06-30,,
C00691,00691,Phường Trần Phú,phường,D024,,2025-06-30,,
`;

describe("commune import with lineage", () => {
  const old = importAdminUnitsCsv(OLD_COMMUNES);
  it("imports a pre-2025 district and wards", () => {
    expect(old.ok).toBe(true);
    if (old.ok) {
      expect(old.value.map((u) => u.id)).toEqual(["D024", "C00688", "C00691"]);
      expect(old.value[1]?.name).toBe("Quang Trung");
    }
  });

  it("imports post-2025 wards split from old ones and answers lineage questions", () => {
    const base = [...PROVINCE_UNITS, ...(old.ok ? old.value : [])];
    const csv =
      "code,name,type,parentId,validFrom,predecessors,basis\r\n" +
      '00694,Phường Hà Giang 1,phường,P08-2025,2025-07-01,"C00688:part;C00691",Nghị quyết 1684/NQ-UBTVQH15\r\n' +
      "00691,Phường Hà Giang 2,phường,P08-2025,2025-07-01,C00688:part,\r\n";
    const r = importAdminUnitsCsv(csv, { base });
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("\n"));
    const idx = unwrap(indexAdminUnits([...base, ...r.value]));
    expect(r.value.map((u) => u.id)).toEqual(["C00694-2025", "C00691-2025"]);
    expect(names(successorsOf(idx, "C00688", "2025-07-01"))).toEqual(["Hà Giang 2", "Hà Giang 1"]);
    expect(names(predecessorsOf(idx, "C00694-2025", "2025-06-30")).sort()).toEqual([
      "Quang Trung",
      "Trần Phú",
    ]);
    expect(names(unitAsOf(idx, "C00691", "2025-08-01"))).toEqual(["Hà Giang 1"]);
    expect(isAdminUnitValidOn(idx.byId.get("C00691") as AdminUnit, "2025-07-01")).toBe(false);
  });

  it("reports unknown references and bad rows with CSV line numbers", () => {
    const csv =
      "code,name,type,parentId,validFrom\n00694,Hà Giang 1,phường,P08-2025,2025-07-01\n00697,Ngọc Hà,ward,P77-2025,2025-07-01\n99,X,xã,P08-2025,2025-02-30\n";
    const r = importAdminUnitsCsv(csv);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.line])).toEqual([
        ["INVALID_DATE", 4],
        ["INVALID_FORMAT", 4],
      ]);
      expect(r.issues[0]?.column).toBe(5);
      expect(r.issues[0]?.message).toMatch(/^Dòng 4: /);
    }
    const r2 = importAdminUnitsCsv(
      "code,name,type,parentId,validFrom\n00697,Ngọc Hà,ward,P77-2025,2025-07-01\n",
    );
    expect(r2.ok).toBe(false);
    if (!r2.ok)
      expect(r2.issues[0]).toMatchObject({ code: "UNKNOWN_REFERENCE", line: 2, path: [0, "parentId"] });
  });

  it("rejects a predecessor still valid when its successor starts", () => {
    const r = importAdminUnits([
      { code: "12345", name: "Cũ", type: "commune", parentId: "P01" },
      {
        code: "12346",
        name: "Mới",
        type: "ward",
        parentId: "P01",
        validFrom: "2025-07-01",
        predecessors: "C12345",
      },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({ code: "INVALID_LINEAGE", path: [1, "predecessors", 0, "id"] });
  });

  it("rejects unknown CSV columns and duplicate ids", () => {
    const r = importAdminUnitsCsv("ma,ten\n1,2\n");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("CSV_HEADER");
    const d = importAdminUnits([
      { code: "12345", name: "A", type: "commune", parentId: "P01" },
      { code: "12345", name: "B", type: "commune", parentId: "P01" },
    ]);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.issues[0]?.code).toBe("DUPLICATE_ID");
  });
});
