import { cite } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { type Achievement, type Plan, planProgress, wardsNeeded } from "../src/index.js";
import { ADMIN_INDEX } from "./fixtures/admin.js";

/** Kế hoạch 10/KH-BCĐ-CAT ngày 08/02/2023 của BCĐ 138 tỉnh An Giang (news reports in shared/seeds/). */
const KH10: Plan = {
  id: "an-giang.kh10.2023",
  label:
    "Xây dựng xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình năm 2023 (16 đơn vị)",
  basis: cite("10/KH-BCĐ-CAT", {}, { confidence: "secondary" }),
  issuedOn: "2023-02-08",
  provinceId: "P89",
  targets: [
    { type: "count", id: "xa", unitType: "commune", year: 2023, count: 6 },
    { type: "count", id: "phuong", unitType: "ward", year: 2023, count: 2 },
    { type: "count", id: "thi-tran", unitType: "township", year: 2023, count: 2 },
    { type: "count", id: "co-quan", unitType: "agency", year: 2023, count: 3 },
    { type: "count", id: "doanh-nghiep", unitType: "enterprise", year: 2023, count: 1 },
    { type: "count", id: "csgd", unitType: "education", year: 2023, count: 2 },
  ],
};

/** Illustrative achievements (not real results). */
const DONE: Achievement[] = [
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ unitId: `xa-${i}`, unitType: "commune" as const, year: 2023 })),
  { unitId: "phuong-1", unitType: "ward", year: 2023 },
  { unitId: "tt-1", unitType: "township", year: 2023 },
  { unitId: "tt-2", unitType: "township", year: 2023 },
  { unitId: "tt-2", unitType: "township", year: 2023 },
  ...[1, 2, 3].map((i) => ({ unitId: `cq-${i}`, unitType: "agency" as const, year: 2023 })),
  { unitId: "csgd-1", unitType: "education", year: 2023 },
  { unitId: "csgd-2", unitType: "education", year: 2023 },
  { unitId: "csgd-3", unitType: "education", year: 2022 },
];

describe("plan targets", () => {
  it("computes An Giang's 2023 plan: 16 units, shortfalls per type", () => {
    const p = planProgress(KH10, DONE);
    expect(p.totalTarget).toBe(16);
    expect(p.totalAchieved).toBe(14);
    const short = p.targets
      .filter((t) => t.type === "count" && t.shortfall > 0)
      .map((t) => t.type === "count" && t.target.id);
    expect(short).toEqual(["phuong", "doanh-nghiep"]);
    expect(p.lines).toContain("- Phường năm 2023: 1/2 đơn vị (50,0%), còn thiếu 1.");
    expect(p.lines).toContain("- Thị trấn năm 2023: 2/2 đơn vị (100,0%), đạt chỉ tiêu.");
    expect(p.lines[0]).toBe(
      "Kế hoạch 10/KH-BCĐ-CAT (ngày 08/02/2023): Xây dựng xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình năm 2023 (16 đơn vị).",
    );
    expect(p.lines[1]).toBe("Chỉ tiêu số lượng: đạt 14/16 đơn vị (87,5%).");
    expect(p.review).toEqual([]);
  });

  it("flags township targets after the 2025 reform", () => {
    const p = planProgress(
      { ...KH10, targets: [{ type: "count", id: "tt", unitType: "township", year: 2025, count: 1 }] },
      [],
    );
    expect(p.review.map((r) => r.code)).toEqual(["TOWNSHIP_ABOLISHED"]);
  });

  it("needs wards with exact arithmetic", () => {
    expect(wardsNeeded(7, 30)).toBe(3);
    expect(wardsNeeded(10, 30)).toBe(3);
    expect(wardsNeeded(3, 30)).toBe(1);
    expect(wardsNeeded(0, 30)).toBe(0);
    expect(wardsNeeded(5, 100)).toBe(5);
  });

  it("checks ≥ 30% of ward police per city/town by 2025 through the lineage (simulated units)", () => {
    const plan: Plan = {
      id: "an-giang.capk",
      label: "Công an phường điển hình, kiểu mẫu về ANTT và văn minh đô thị",
      title: "Đề án của UBND tỉnh An Giang",
      issuedOn: "2023-03-31",
      provinceId: "P89",
      targets: [
        {
          type: "share",
          id: "2025",
          label: "Công an phường điển hình, kiểu mẫu",
          percent: 30,
          by: "2025-12-31",
          scope: "each-district",
        },
        {
          type: "share",
          id: "2030",
          label: "Công an phường điển hình, kiểu mẫu",
          percent: 100,
          by: "2030-12-31",
          scope: "province",
        },
      ],
    };
    const wards: Achievement[] = [
      { unitId: "capk-4", unitType: "ward", year: 2024, adminUnitId: "W90004" },
      {
        unitId: "capk-n1",
        name: "Công an phường Giả Lập Một",
        unitType: "ward",
        year: 2025,
        adminUnitId: "N90101",
      },
      { unitId: "capk-b1", unitType: "ward", year: 2024, adminUnitId: "W90011" },
    ];
    const p = planProgress(plan, wards, { lineage: ADMIN_INDEX });
    const t2025 = p.targets[0];
    expect(t2025?.type).toBe("share");
    if (t2025?.type !== "share") return;
    expect(t2025.areas.map((a) => [a.name, a.achieved, a.total, a.needed, a.met])).toEqual([
      ["Thành phố Giả Lập A", 3, 7, 3, true],
      ["Thị xã Giả Lập B", 1, 3, 1, true],
    ]);
    expect(t2025.met).toBe(true);
    expect(p.review.map((r) => r.code)).toEqual(["DISTRICT_SCOPE_AFTER_REFORM", "LINEAGE_MANY"]);
    const t2030 = p.targets[1];
    if (t2030?.type !== "share") return;
    expect(t2030.areas.map((a) => [a.achieved, a.total, a.met])).toEqual([[3, 3, true]]);
    expect(planProgress(plan, wards.slice(0, 1), { lineage: ADMIN_INDEX }).targets[0]?.met).toBe(false);
  });

  it("cannot compute shares without administrative units", () => {
    const p = planProgress(
      {
        ...KH10,
        targets: [{ type: "share", id: "x", label: "X", percent: 30, by: "2024-12-31", scope: "province" }],
      },
      [],
    );
    expect(p.review.map((r) => r.code)).toEqual(["NO_LINEAGE"]);
  });
});
