/**
 * Count targets beyond the điển hình kinds, through the public API from @antq/domain plans and registrations:
 * "Công an phường điển hình, kiểu mẫu" (Bà Rịa–Vũng Tàu 2024: 23 against a target of 4 = 575 %, regulations.md
 * §11.6 D4; programme MPS KH 556/KH-BCA-V05, §3.3), khu dân cư, every kind together ("any"), a target nobody
 * reached, and what registrations cannot count (movement models, An toàn về ANTT, other programmes).
 */
import {
  type Plan as DomainPlan,
  parseTypicalRegistration,
  type TypicalRegistration,
  unwrap,
} from "@antq/domain";
import { BA_RIA_VUNG_TAU_2024 } from "@antq/test-support/published-figures";
import { describe, expect, it } from "vitest";
import {
  type Achievement,
  achievementsFromRegistrations,
  type CountProgress,
  countTargetUnit,
  type Plan,
  planFromDomain,
  planProgress,
} from "../src/index.js";

// The article names neither the plan's number nor its date (§11.6 D4): the plan is named by its title, a record
// @antq/domain would refuse without a document number, so it is built as the type, not parsed.
const plan = (countTargets: DomainPlan["countTargets"]): DomainPlan =>
  ({
    id: "brvt-2024",
    document: { number: "Kế hoạch năm 2024 của tỉnh Bà Rịa - Vũng Tàu", date: "2024-01-01" },
    title: "Xây dựng đơn vị điển hình, Công an phường điển hình, kiểu mẫu năm 2024",
    scopeId: "P77",
    countTargets,
  }) as DomainPlan;

const converted = (p: DomainPlan): Plan => {
  const r = planFromDomain(p);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("\n"));
  return r.value;
};

const registration = (r: Record<string, unknown>): TypicalRegistration =>
  unwrap(parseTypicalRegistration({ year: 2024, status: "achieved", ...r }));

const countOf = (progress: ReturnType<typeof planProgress>, i: number): CountProgress => {
  const t = progress.targets[i];
  if (t?.type !== "count") throw new Error(`target ${i} is not a count`);
  return t;
};

// ───────────────────────────── D4 ─────────────────────────────
// regulations.md §11.6 row D4 (source S22e, baobariavungtau 01/2025 —
// https://baobariavungtau.com.vn/chinh-tri/202501/huy-dong-suc-manh-toan-dan-bao-ve-an-ninh-to-quoc-1032023/):
// 11 điển hình units = 275 % and 23 Công an phường kiểu mẫu = 575 %, a target of 4 in both. The article does not
// name the 23 wards: these are 16 wards of thành phố Vũng Tàu and 7 of thành phố Bà Rịa as they were in 2024.
const WARDS_2024 = BA_RIA_VUNG_TAU_2024.wards;

const wardPolice = (name: string, i: number, extra: Record<string, unknown> = {}) =>
  registration({
    id: `brvt-capk-2024-${i + 1}`,
    planId: "brvt-2024",
    programme: "model-ward-police",
    subject: "ward-police",
    name: `Công an ${name.charAt(0).toLocaleLowerCase("vi")}${name.slice(1)}`,
    adminUnitId: `brvt-w-${i + 1}`,
    ...extra,
  });

describe("D4 — Bà Rịa–Vũng Tàu 2024: 23 Công an phường kiểu mẫu against a target of 4", () => {
  const d4 = plan([
    { year: 2024, programme: "typical-unit", subject: "commune", count: 4 },
    { year: 2024, programme: "model-ward-police", subject: "ward-police", count: 4 },
  ]);
  const registrations = [
    ...Array.from({ length: 11 }, (_, i) =>
      registration({
        id: `brvt-dh-2024-${i + 1}`,
        programme: "typical-unit",
        subject: "commune",
        name: `Đơn vị điển hình số ${i + 1}`,
        unitId: `brvt-dh-${i + 1}`,
      }),
    ),
    ...WARDS_2024.map((name, i) => wardPolice(name, i)),
  ];

  it("has 23 wards, each named once", () => {
    expect(new Set(WARDS_2024).size).toBe(23);
  });

  it("computes 23/4 (575,0%), exceeded by 19, shortfall 0, beside the 11/4 điển hình units", () => {
    const p = planProgress(converted(d4), achievementsFromRegistrations(registrations));
    const capk = countOf(p, 1);
    expect(capk.target).toEqual({
      type: "count",
      id: "2024.model-ward-police.ward-police",
      unitType: "ward-police",
      year: 2024,
      count: 4,
    });
    expect([capk.achieved, capk.shortfall, capk.met]).toEqual([23, 0, true]);
    expect(capk.text).toBe("Công an phường điển hình, kiểu mẫu năm 2024: 23/4 đơn vị (575,0%), vượt 19.");
    expect(countOf(p, 0).text).toBe("Xã năm 2024: 11/4 đơn vị (275,0%), vượt 7.");
  });

  it("adds up each programme apart: 11/4 điển hình units and 23/4 Công an phường, never 34/8", () => {
    const p = planProgress(converted(d4), achievementsFromRegistrations(registrations));
    expect([p.totalTarget, p.totalAchieved]).toEqual([4, 4]);
    expect(p.countTotals).toEqual([
      {
        programme: "typical-unit",
        label: "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ",
        target: 4,
        counted: 4,
        surplus: 7,
      },
      {
        programme: "model-ward-police",
        label: "Công an phường điển hình, kiểu mẫu",
        target: 4,
        counted: 4,
        surplus: 19,
      },
    ]);
    expect(p.lines).toEqual([
      "Kế hoạch năm 2024 của tỉnh Bà Rịa - Vũng Tàu (ngày 01/01/2024): Xây dựng đơn vị điển hình, Công an phường điển hình, kiểu mẫu năm 2024.",
      "Chỉ tiêu số lượng: đạt 11/4 đơn vị (275,0%), vượt 7.",
      "Chỉ tiêu số lượng Công an phường điển hình, kiểu mẫu: đạt 23/4 đơn vị (575,0%), vượt 19.",
      "- Xã năm 2024: 11/4 đơn vị (275,0%), vượt 7.",
      "- Công an phường điển hình, kiểu mẫu năm 2024: 23/4 đơn vị (575,0%), vượt 19.",
    ]);
    expect(p.lines.join("\n")).not.toContain("34/8");
  });

  it("counts a ward once, whatever its registrations, and only those that reached the status", () => {
    const again = [
      ...registrations,
      // The same ward registered twice (a second record, another station id), and a ward still being built.
      wardPolice(WARDS_2024[0] as string, 0, { id: "brvt-capk-2024-1-bis", unitId: "ca-phuong-1-vt" }),
      wardPolice("Phường Kim Dinh, thành phố Bà Rịa", 23, { status: "selected" }),
    ];
    const p = planProgress(converted(d4), achievementsFromRegistrations(again));
    expect(countOf(p, 1).achieved).toBe(23);
  });
});

describe("count targets of khu dân cư, of every kind, and unreached", () => {
  it("counts khu dân cư reached against a residential-area target", () => {
    const target = plan([{ year: 2024, programme: "typical-unit", subject: "residential-area", count: 3 }]);
    // @antq/domain's registrations name no khu dân cư yet: the achievements are given directly.
    const areas: Achievement[] = [
      {
        unitId: "kdc-ap-phuoc-loc",
        name: "Ấp Phước Lộc, xã Long Phước",
        unitType: "residential-area",
        year: 2024,
      },
      {
        unitId: "kdc-kp-5-long-tam",
        name: "Khu phố 5, phường Long Tâm",
        unitType: "residential-area",
        year: 2024,
      },
      // Another year, and a commune: neither is a khu dân cư of 2024.
      { unitId: "kdc-ap-tan-phuoc", unitType: "residential-area", year: 2023 },
      { unitId: "xa-long-phuoc", unitType: "commune", year: 2024 },
    ];
    const p = planProgress(converted(target), areas);
    const t = countOf(p, 0);
    expect([t.achieved, t.shortfall, t.met]).toEqual([2, 1, false]);
    expect(t.text).toBe("Khu dân cư năm 2024: 2/3 đơn vị (66,7%), còn thiếu 1.");
    expect(p.lines[1]).toBe("Chỉ tiêu số lượng: đạt 2/3 đơn vị (66,7%).");
  });

  it("counts every kind of điển hình unit against an 'any' target, but no ward police and no other year", () => {
    const target = plan([{ year: 2024, programme: "typical-unit", subject: "any", count: 6 }]);
    const registrations = [
      registration({
        id: "r1",
        programme: "typical-unit",
        subject: "commune",
        name: "Xã Long Sơn",
        unitId: "xa-long-son",
      }),
      registration({
        id: "r2",
        programme: "typical-unit",
        subject: "commune",
        name: "Xã Hòa Long",
        unitId: "xa-hoa-long",
      }),
      registration({
        id: "r3",
        programme: "typical-unit",
        subject: "ward",
        name: "Phường Kim Dinh",
        unitId: "p-kim-dinh",
      }),
      registration({
        id: "r4",
        programme: "typical-unit",
        subject: "agency",
        name: "Sở Tư pháp",
        unitId: "so-tu-phap",
      }),
      registration({
        id: "r5",
        programme: "typical-unit",
        subject: "education",
        name: "Trường THPT Châu Thành",
        unitId: "thpt-chau-thanh",
      }),
      // Not counted: still selected, another year, another programme.
      registration({
        id: "r6",
        programme: "typical-unit",
        subject: "enterprise",
        name: "Công ty Cổ phần Cảng Phú Mỹ",
        unitId: "dn-cang-phu-my",
        status: "selected",
      }),
      registration({
        id: "r7",
        year: 2023,
        programme: "typical-unit",
        subject: "commune",
        name: "Xã Tân Hưng",
        unitId: "xa-tan-hung",
      }),
      registration({
        id: "r8",
        programme: "model-ward-police",
        subject: "ward-police",
        name: "Công an phường Long Hương",
        adminUnitId: "brvt-w-long-huong",
      }),
    ];
    const p = planProgress(converted(target), achievementsFromRegistrations(registrations));
    const t = countOf(p, 0);
    expect([t.achieved, t.shortfall, t.met]).toEqual([5, 1, false]);
    expect(t.text).toBe("Mọi loại đơn vị năm 2024: 5/6 đơn vị (83,3%), còn thiếu 1.");
    expect(p.review).toEqual([]);
  });

  it("flags an 'any' target beside per-kind targets of its year, whose units both count", () => {
    const both = plan([
      { year: 2024, programme: "typical-unit", subject: "commune", count: 2 },
      { year: 2024, programme: "typical-unit", subject: "any", count: 2 },
      { year: 2025, programme: "typical-unit", subject: "any", count: 2 },
    ]);
    const p = planProgress(converted(both), [{ unitId: "xa-long-son", unitType: "commune", year: 2024 }]);
    expect(p.review.map((r) => r.code)).toEqual(["OVERLAPPING_TARGETS"]);
    expect(p.lines.at(-1)).toBe(
      "Cần xem xét: Chỉ tiêu “Mọi loại đơn vị” năm 2024 và chỉ tiêu từng loại đơn vị cùng năm cùng tính những đơn vị này; tổng chỉ tiêu cộng cả hai — cần xem xét.",
    );
    expect(p.totalTarget).toBe(6);
  });

  it("reports 0/4 (0,0%), shortfall 4 for a target nobody reached", () => {
    const target = plan([{ year: 2024, programme: "model-ward-police", subject: "ward-police", count: 4 }]);
    const p = planProgress(converted(target), []);
    const t = countOf(p, 0);
    expect([t.achieved, t.shortfall, t.met]).toEqual([0, 4, false]);
    expect(t.text).toBe("Công an phường điển hình, kiểu mẫu năm 2024: 0/4 đơn vị (0,0%), còn thiếu 4.");
    expect(p.lines[1]).toBe("Chỉ tiêu số lượng Công an phường điển hình, kiểu mẫu: đạt 0/4 đơn vị (0,0%).");
    expect(p.countTotals.map((c) => [c.programme, c.target, c.counted, c.surplus])).toEqual([
      ["model-ward-police", 4, 0, 0],
    ]);
  });

  it("leaves out ward police of another year and điển hình wards of the other programme", () => {
    const target = plan([{ year: 2024, programme: "model-ward-police", subject: "ward-police", count: 4 }]);
    const others = [
      wardPolice("Phường Thắng Tam, thành phố Vũng Tàu", 0, { year: 2023 }),
      wardPolice("Phường Rạch Dừa, thành phố Vũng Tàu", 1, { year: 2025 }),
      registration({
        id: "dh-phuong-8",
        programme: "typical-unit",
        subject: "ward",
        name: "Phường 8, thành phố Vũng Tàu",
        unitId: "phuong-8-vt",
        adminUnitId: "brvt-w-8",
      }),
    ];
    const t = countOf(planProgress(converted(target), achievementsFromRegistrations(others)), 0);
    expect([t.achieved, t.shortfall]).toEqual([0, 4]);
  });
});

describe("targets registrations cannot count", () => {
  it("stay UNSUPPORTED_TARGET, each with its programme and subject in Vietnamese", () => {
    const r = planFromDomain(
      plan([
        { year: 2024, programme: "model-ward-police", subject: "ward-police", count: 4 },
        { year: 2024, programme: "movement-model", subject: "model", count: 10 },
        { year: 2024, programme: "security-safe-unit", subject: "commune", count: 20 },
        { year: 2024, programme: "other", subject: "any", count: 1 },
        { year: 2024, programme: "typical-unit", subject: "model", count: 3 },
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["UNSUPPORTED_TARGET", ["countTargets", 1]],
      ["UNSUPPORTED_TARGET", ["countTargets", 2]],
      ["UNSUPPORTED_TARGET", ["countTargets", 3]],
      ["UNSUPPORTED_TARGET", ["countTargets", 4]],
    ]);
    expect(r.issues[0]?.message).toBe(
      "Chỉ tiêu năm 2024 “Mô hình phong trào toàn dân bảo vệ ANTQ — Mô hình” chưa được antq tính tiến độ: đăng ký xây dựng điển hình không đếm được loại chỉ tiêu này.",
    );
    expect(r.issues[1]?.message).toContain("“Công nhận đạt tiêu chuẩn An toàn về ANTT — Xã”");
  });

  it("maps each programme and subject to what it counts", () => {
    expect(
      [
        ["typical-unit", "commune"],
        ["typical-unit", "residential-area"],
        ["typical-unit", "any"],
        ["typical-unit", "ward-police"],
        ["model-ward-police", "ward-police"],
        ["model-ward-police", "any"],
        ["model-ward-police", "commune"],
        ["movement-model", "any"],
        ["security-safe-unit", "agency"],
      ].map(([p, s]) => countTargetUnit(p as never, s as never) ?? null),
    ).toEqual(["commune", "residential-area", "any", null, "ward-police", "ward-police", null, null, null]);
  });
});
