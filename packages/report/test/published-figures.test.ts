/**
 * Figures published by provinces (regulations.md §11.6) through the review figures and sentences: the
 * classification of Quảng Nam's cơ quan, doanh nghiệp, cơ sở giáo dục beside the 68 units recognised "An toàn về
 * ANTT" (D1), and Kỳ Sơn's 30 Tổ bảo vệ ANTT with 90 members (D9). The report header is the fixture province's
 * (not published); only the body's figures are checked.
 */
import { type SecurityTeam, SecurityTeamSchema } from "@antq/domain";
import { describe, expect, it } from "vitest";
import {
  buildReport,
  computeReviewFigures,
  type ReportContent,
  type ReviewRecords,
  type ReviewUnit,
  type UnitOutcome,
} from "../src/index.js";
import { meta } from "./fixtures/seed-province.js";

const texts = (c: ReportContent) =>
  c.blocks.flatMap((b) => (b.type === "paragraph" ? [b.sentence.text] : []));
const figure = (c: ReportContent, id: string) => c.figures.find((f) => f.id === id)?.value;

// ───────────────────────────── D1 ─────────────────────────────
// Quảng Nam 2024, cơ quan/DN/CSGD: UBND tỉnh recognised 68 units "An toàn về ANTT"; classification 3 Xuất sắc,
// 45 Khá, 4 Trung bình, reported as "3/52" → 0 Yếu.
// https://baoquangnam.vn/cong-nhan-68-don-vi-dat-tieu-chuan-an-toan-ve-an-ninh-trat-tu-nam-2024-3147066.html
// How the two sets overlap is not published. Here 43 classified units are among the 68 (the 3 Xuất sắc and 40
// Khá), 9 classified units were assessed and not recognised, and 25 recognised units were not classified. A
// review outcome always carries the An toàn result, so the number assessed (77 here) is this test's assumption
// and is not checked; the 68 and the 52 are.

describe("D1 — Quảng Nam 2024: 68 recognised, 52 classified 3/45/4/0", () => {
  const kinds = ["agency", "enterprise", "education"] as const;
  const levels: UnitOutcome["level"][] = [
    ...Array<UnitOutcome["level"]>(3).fill("excellent"),
    ...Array<UnitOutcome["level"]>(45).fill("good"),
    ...Array<UnitOutcome["level"]>(4).fill("average"),
  ];
  const classified = levels.map((level, i) => ({
    unit: { id: `qn-dv-${i + 1}`, kind: kinds[i % 3]!, name: `Đơn vị ${i + 1}`, location: {} } as ReviewUnit,
    level,
    // The 3 Xuất sắc and the first 40 Khá are recognised; 5 Khá and the 4 Trung bình are not.
    safe: i < 43,
  }));
  const recognisedOnly = Array.from({ length: 25 }, (_, i) => ({
    id: `qn-an-toan-${i + 1}`,
    kind: kinds[i % 3]!,
    name: `Đơn vị an toàn ${i + 1}`,
    location: {},
  })) as ReviewUnit[];
  const records: ReviewRecords = {
    units: [...classified.map((c) => c.unit), ...recognisedOnly],
    outcomes: [
      ...classified.map((c) => ({ unitId: c.unit.id, year: 2024, safe: c.safe, level: c.level })),
      ...recognisedOnly.map((u) => ({ unitId: u.id, year: 2024, safe: true })),
    ],
  };
  const figures = computeReviewFigures(records, { fromYear: 2024, toYear: 2024 });
  if (!figures.ok) throw new Error(figures.issues.map((i) => i.message).join("\n"));
  const content = buildReport(figures.value, { ...meta, kind: "annual", topic: "phong-trao" });

  it("counts 68 safe and 52 classified, each from its own result", () => {
    const year = figures.value.years[0];
    expect(year?.safety.organisation.safe).toBe(68);
    expect(year?.classification.organisation).toEqual({ excellent: 3, good: 45, average: 4, weak: 0 });
    const c = year?.classification.organisation;
    expect(c && c.excellent + c.good + c.average + c.weak).toBe(52);
    expect(figure(content, "safety:organisation:safe")).toBe(68);
    expect(figure(content, "classification:organisation:excellent")).toBe(3);
    expect(figure(content, "classification:organisation:weak")).toBe(0);
  });

  it("writes the classification sentence with the published counts", () => {
    expect(texts(content)).toContain(
      "Năm 2024, kết quả phân loại phong trào ở cơ quan, doanh nghiệp, nhà trường: 3 xuất sắc, 45 khá, 4 trung bình, 0 yếu.",
    );
  });
});

// ───────────────────────────── D9 ─────────────────────────────
// Phường Kỳ Sơn (Phú Thọ) 2025: 30 Tổ bảo vệ ANTT, 90 core members (3 per team) — from the phường's tổng kết.
// https://baophutho.vn/phuong-ky-son-tong-ket-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-nam-2025-246833.htm

describe("D9 — Phường Kỳ Sơn 2025: 30 Tổ bảo vệ ANTT with 90 members", () => {
  const teams: SecurityTeam[] = Array.from({ length: 30 }, (_, t) =>
    SecurityTeamSchema.parse({
      id: `ky-son-to-${t + 1}`,
      name: `Tổ bảo vệ ANTT tổ dân phố ${t + 1}`,
      communeId: "phuong-ky-son",
      establishedOn: "2024-07-01",
      members: (["leader", "deputy", "member"] as const).map((role, m) => ({
        id: `ky-son-tv-${t * 3 + m + 1}`,
        role,
        joinedOn: "2024-07-01",
      })),
    }),
  );
  const figures = computeReviewFigures(
    { units: [], outcomes: [], securityTeams: teams },
    { fromYear: 2025, toYear: 2025 },
  );
  if (!figures.ok) throw new Error(figures.issues.map((i) => i.message).join("\n"));
  // A phường's own review: "toàn phường".
  const content = buildReport(figures.value, {
    ...meta,
    kind: "annual",
    topic: "phong-trao",
    provinceLabel: "phường",
  });

  it("counts 30 teams and 90 members and says so", () => {
    expect(figures.value.years[0]?.teams).toMatchObject({ teams: 30, members: 90 });
    expect(figure(content, "teams:teams")).toBe(30);
    expect(figure(content, "teams:members")).toBe(90);
    expect(texts(content)).toContain(
      "Năm 2025, toàn phường có 30 Tổ bảo vệ an ninh, trật tự với 90 thành viên.",
    );
  });
});
