import type { TypicalRegistration } from "@antq/domain";
import { describe, expect, it } from "vitest";
import {
  achievementsFromRegistrations,
  compareTypicalChoice,
  countRegistrations,
  EXAMPLE_TYPICAL_RULE,
  type Plan,
  planReport,
  selectTypicalCandidates,
  typicalRuleFromConfig,
  wardRoadmap,
} from "../src/index.js";
import { ADMIN_INDEX } from "./fixtures/admin.js";

const AN_GIANG_MILESTONES = [
  { byYear: 2025, percent: 30 },
  { byYear: 2030, percent: 100, fromYear: 2026, minimumNewPerYear: 1 },
];

describe("wardRoadmap", () => {
  it("spreads what is left evenly towards each milestone, at least one more a year from 2026", () => {
    const r = wardRoadmap(11, 2, 2025, AN_GIANG_MILESTONES);
    expect(r.years.map((y) => [y.year, y.newWards, y.requiredTotal])).toEqual([
      [2025, 2, 4],
      [2026, 2, 6],
      [2027, 2, 8],
      [2028, 1, 9],
      [2029, 1, 10],
      [2030, 1, 11],
    ]);
    expect(r.years.every((y) => !y.overdue)).toBe(true);
  });

  it("30 % is ⌈30 % × total⌉: 2 of 5 wards, and a city already there needs nothing more in 2025", () => {
    expect(wardRoadmap(5, 0, 2025, [{ byYear: 2025, percent: 30 }]).years[0]?.newWards).toBe(2);
    // 2/5 already meets 30 %; the 100 % milestone is worked towards from 2026 only.
    expect(wardRoadmap(5, 2, 2025, AN_GIANG_MILESTONES).years.map((y) => y.newWards)).toEqual([
      0, 1, 1, 1, 0, 0,
    ]);
    expect(wardRoadmap(10, 3, 2025, [{ byYear: 2025, percent: 30 }]).years[0]?.newWards).toBe(0);
  });

  it("one more a year stops when every ward is there; a passed milestone is due at once", () => {
    const full = wardRoadmap(3, 3, 2026, AN_GIANG_MILESTONES);
    expect(full.years.map((y) => y.newWards)).toEqual([0, 0, 0, 0, 0]);
    const late = wardRoadmap(10, 1, 2026, AN_GIANG_MILESTONES);
    expect(late.years[0]).toEqual({ year: 2026, requiredTotal: 3, newWards: 2, overdue: true });
    expect(late.years.at(-1)?.requiredTotal).toBe(10);
  });
});

const regs = (rows: Partial<TypicalRegistration>[]): TypicalRegistration[] =>
  rows.map((r, i) => ({
    id: `r${i}`,
    year: 2023,
    programme: "typical-unit",
    subject: "commune",
    name: `Đơn vị ${i}`,
    status: "achieved",
    ...r,
  })) as TypicalRegistration[];

describe("registrations", () => {
  it("ward police count only for the share, typical wards only for the count target", () => {
    const plan: Plan = {
      id: "p",
      label: "Kế hoạch giả lập",
      title: "Kế hoạch giả lập",
      issuedOn: "2023-03-31",
      provinceId: "P89",
      targets: [
        { type: "count", id: "phuong", unitType: "ward", year: 2024, count: 1 },
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
          scope: "each-district",
          fromYear: 2026,
          minimumNewPerYear: 1,
        },
      ],
    };
    const rows = regs([
      { year: 2024, programme: "model-ward-police", subject: "ward-police", adminUnitId: "W90001" as never },
      { year: 2024, programme: "model-ward-police", subject: "ward-police", adminUnitId: "W90011" as never },
      { year: 2025, programme: "model-ward-police", subject: "ward-police", adminUnitId: "W90002" as never },
      { year: 2024, subject: "ward", unitId: "phuong-x" as never, status: "selected" },
    ]);
    const achievements = achievementsFromRegistrations(rows);
    expect(achievements).toHaveLength(3);
    const r = planReport(plan, achievements, { reportYear: 2024, lineage: ADMIN_INDEX });
    const count = r.progress.targets[0];
    expect(count?.type === "count" && count.achieved).toBe(0);
    expect(r.roadmaps.map((a) => [a.name, a.roadmap.achieved, a.roadmap.total])).toEqual([
      ["Thành phố Giả Lập A", 1, 7],
      ["Thị xã Giả Lập B", 1, 3],
    ]);
    // 7 wards: 30 % = 3 by 2025 → 2 more in 2025; then ≥ 1 a year and 7 by 2030.
    expect(r.roadmaps[0]?.roadmap.years.map((y) => y.newWards)).toEqual([2, 1, 1, 1, 1, 0]);
    expect(r.roadmaps[0]?.roadmap.years.at(-1)?.requiredTotal).toBe(7);
    expect(r.roadmaps[0]?.text).toBe(
      "Thành phố Giả Lập A: 1/7 phường đến hết năm 2024; năm 2025: thêm 2 (đạt 3); năm 2026: thêm 1 (đạt 4); năm 2027: thêm 1 (đạt 5); năm 2028: thêm 1 (đạt 6); năm 2029: thêm 1 (đạt 7); năm 2030: thêm 0 (đạt 7).",
    );
    // The 2025 record is left out of a 2024 report, counted in a 2025 one.
    const later = planReport(plan, achievements, { reportYear: 2025, lineage: ADMIN_INDEX });
    const share = later.progress.targets[1];
    expect(share?.type === "share" && share.areas.map((a) => a.achieved)).toEqual([2, 1]);
  });

  it("counts registered and reached units once per kind and year; withdrawn ones not at all", () => {
    const rows = regs([
      { unitId: "xa-1" as never },
      { unitId: "xa-1" as never },
      { unitId: "xa-2" as never, status: "selected" },
      { unitId: "xa-3" as never, status: "withdrawn" },
      { subject: "agency", unitId: "cq-1" as never, status: "not-achieved" },
    ]);
    expect(countRegistrations(rows)).toEqual([
      { programme: "typical-unit", subject: "commune", year: 2023, registered: 2, achieved: 1 },
      { programme: "typical-unit", subject: "agency", year: 2023, registered: 1, achieved: 0 },
    ]);
  });
});

describe("compareTypicalChoice (Hậu Giang 2024)", () => {
  const previous = [
    {
      unitId: "so-vhttdl",
      name: "Sở Văn hóa, Thể thao và Du lịch",
      kind: "agency",
      year: 2023,
      level: "xuat_sac",
      tt124: "dat",
    },
    {
      unitId: "xa-tan-tien",
      name: "Xã Tân Tiến",
      kind: "commune",
      year: 2023,
      level: "xuat_sac",
      tt124: "dat",
    },
    { unitId: "xa-hoa-luu", name: "Xã Hỏa Lựu", kind: "commune", year: 2023, level: "kha", tt124: "dat" },
  ] as const;
  const selection = selectTypicalCandidates(previous, 2024, EXAMPLE_TYPICAL_RULE);
  const plan: Plan = {
    id: "hg",
    label: "Xây dựng điển hình năm 2024",
    title: "Kế hoạch giả lập",
    issuedOn: "2024-02-28",
    provinceId: "P93",
    targets: [
      { type: "count", id: "xa", unitType: "commune", year: 2024, count: 2 },
      { type: "count", id: "cq", unitType: "agency", year: 2024, count: 1 },
      { type: "count", id: "xa-2025", unitType: "commune", year: 2025, count: 5 },
      // Not the chosen registrations' to fill: ward police (another programme), khu dân cư (no registration names one).
      { type: "count", id: "capk", unitType: "ward-police", year: 2024, count: 2 },
      { type: "count", id: "kdc", unitType: "residential-area", year: 2024, count: 3 },
    ],
  };
  it("checks each chosen unit and counts the choice against the year's targets", () => {
    const chosen = regs([
      { year: 2024, subject: "agency", unitId: "so-vhttdl" as never, status: "selected" },
      { year: 2024, unitId: "xa-tan-tien" as never, status: "selected" },
      { year: 2024, unitId: "xa-hoa-luu" as never, status: "selected" },
      { year: 2024, subject: "township", unitId: "tt-nang-mau" as never, status: "selected" },
      { year: 2024, subject: "enterprise", unitId: "cq-x" as never, status: "withdrawn" },
    ]);
    const c = compareTypicalChoice(selection, chosen, plan);
    expect(c.units.map((u) => [u.registration.unitId, u.eligible, u.review.map((n) => n.code)])).toEqual([
      ["so-vhttdl", true, []],
      ["xa-tan-tien", true, []],
      ["xa-hoa-luu", false, ["NOT_ELIGIBLE"]],
      ["tt-nang-mau", undefined, ["NOT_CLASSIFIED"]],
    ]);
    expect(
      c.progress?.targets.map((t) => t.type === "count" && [t.target.id, t.achieved, t.shortfall]),
    ).toEqual([
      ["xa", 2, 0],
      ["cq", 1, 0],
    ]);
  });

  it("a province rule from JSON is checked, with Vietnamese messages", () => {
    const bad = typicalRuleFromConfig({ label: "X", levels: ["xuat-sac"], requireTt124: "có", kinds: [] });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.path.join("."))).toEqual(["levels.0", "requireTt124", "kinds"]);
    expect(bad.issues[0]?.message).toContain("chọn trong: xuat_sac, kha, trung_binh, yeu");
  });
});
