/**
 * Figures published by provinces (regulations.md §11.6) through this package's public API: the classification
 * level counts and their Vietnamese lines (D1 Quảng Nam 2024, D2 its 18 districts, D3 An Giang 2022), plan
 * progress above 100% (D4 Bà Rịa–Vũng Tàu 2024) and the count of Tổ bảo vệ ANTT and members (D9 Kỳ Sơn 2025).
 * Where the article does not give a detail the computation needs (each unit's points, the split of Xuất sắc
 * and Khá, the kind of each điển hình unit), the test says what it assumes; the published totals are never
 * assumed, they are what the test checks.
 */

import type { Outcome } from "@antq/rules";
import { QUANG_NAM_2024 } from "@antq/test-support/published-figures";
import { describe, expect, it } from "vitest";
import {
  type Achievement,
  type ClassificationKind,
  type ClassificationResult,
  countLevels,
  createClassifier,
  EXAMPLE_PROVINCE_CONFIG,
  type MovementLevel,
  type Plan,
  planProgress,
  planReport,
  rateCommuneTeams,
  rubricLeaves,
  type ScoreSheet,
  type SecurityTeamInput,
  summariseLevels,
} from "../src/index.js";

/**
 * A score sheet of `kind` whose verified total is `total` tenths under the example rubric: every deduction item
 * full (no event), the rest spread over the graded items in rubric order. The points of each unit are not
 * published; only the level they lead to matters here.
 */
function sheetWithTotal(
  kind: ClassificationKind,
  year: number,
  unit: { readonly id: string; readonly name: string },
  total: number,
): ScoreSheet {
  const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, kind, year);
  if (!c.ok) throw new Error(c.issues.map((i) => i.message).join("; "));
  const leaves = rubricLeaves(c.value.rubric).map((l) => l.leaf);
  let left = total - leaves.filter((l) => l.mode === "deduction").reduce((n, l) => n + l.max, 0);
  const entries = leaves.map((l) => {
    if (l.mode === "deduction") return { item: l.id, selfEvents: 0, verifiedEvents: 0 };
    const points = Math.min(l.max, left);
    left -= points;
    return { item: l.id, self: points, verified: points };
  });
  if (left !== 0) throw new RangeError(`${unit.name}: không chia được ${total} điểm (phần mười).`);
  return { unitId: unit.id, unitName: unit.name, year, rubricId: c.value.rubric.id, entries };
}

function classify(kind: ClassificationKind, sheet: ScoreSheet, tt124?: Outcome): ClassificationResult {
  const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, kind, sheet.year);
  if (!c.ok) throw new Error(c.issues.map((i) => i.message).join("; "));
  const r = c.value.classify(sheet, tt124 === undefined ? {} : { tt124 });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.value;
}

/** Level-only results, as `countLevels` and `summariseLevels` accept them. */
const levels = (counts: Partial<Record<MovementLevel, number>>): { level: MovementLevel }[] =>
  (["xuat_sac", "kha", "trung_binh", "yeu"] as const).flatMap((level) =>
    Array.from({ length: counts[level] ?? 0 }, () => ({ level })),
  );

// ───────────────────────────── D1 ─────────────────────────────
// Quảng Nam 2024, cơ quan/DN/CSGD: UBND tỉnh recognised 68 units "An toàn về ANTT"; classification 3 Xuất sắc
// (Ban Dân vận Tỉnh ủy, Tỉnh đoàn, Hội LHPN tỉnh), 45 Khá, 4 Trung bình, reported as "3/52" → 0 Yếu.
// https://baoquangnam.vn/cong-nhan-68-don-vi-dat-tieu-chuan-an-toan-ve-an-ninh-trat-tu-nam-2024-3147066.html

interface Unit {
  readonly id: string;
  readonly name: string;
  readonly kind: ClassificationKind;
}

const D1_EXCELLENT: readonly Unit[] = QUANG_NAM_2024.excellent.map((name, i) => ({
  id: `qn-xs-${i + 1}`,
  name,
  kind: "agency" as const,
}));
/** The 49 other classified units (stand-in names; their levels are not published, only the counts). */
const D1_OTHERS: readonly Unit[] = QUANG_NAM_2024.others.map((u, i) => ({ id: `qn-dv-${i + 1}`, ...u }));
/** Every fourth of the first 16 other units is Trung bình (4 units); the other 45 are Khá. */
const D1_AVERAGE = new Set([0, 4, 8, 12].map((i) => D1_OTHERS[i]?.id));

/** Points in tenths: the band edges of the example rubric are among them (900; 700 and 899; 500 and 699). */
const d1Sheets = (): { unit: Unit; sheet: ScoreSheet }[] => {
  let kha = 0;
  let tb = 0;
  return [
    ...D1_EXCELLENT.map((unit, i) => ({ unit, total: [900, 935, 972][i] ?? 900 })),
    ...D1_OTHERS.map((unit) => {
      if (D1_AVERAGE.has(unit.id)) return { unit, total: [500, 699, 575, 640][tb++] ?? 600 };
      const i = kha++;
      return { unit, total: i === 0 ? 700 : i === 1 ? 899 : 700 + ((i * 37) % 200) };
    }),
  ].map(({ unit, total }) => ({ unit, sheet: sheetWithTotal(unit.kind, 2024, unit, total) }));
};

/**
 * The 68 units recognised "An toàn về ANTT" for 2024 (Thông tư 124): the three Xuất sắc units, 40 of the Khá
 * ones and 25 units that were not classified — the article does not say how the two sets overlap; they are
 * independent results, and the recognition of unclassified units must not add to the classification counts.
 */
const d1Recognised = (): Map<string, Outcome> => {
  const khaIds = D1_OTHERS.filter((u) => !D1_AVERAGE.has(u.id)).map((u) => u.id);
  const ids = [
    ...D1_EXCELLENT.map((u) => u.id),
    ...khaIds.slice(0, 40),
    ...Array.from({ length: 25 }, (_, i) => `qn-an-toan-khac-${i + 1}`),
  ];
  return new Map(ids.map((id) => [id, "dat" as Outcome]));
};

describe("D1 — Quảng Nam 2024, cơ quan, doanh nghiệp, cơ sở giáo dục: 3/52 Xuất sắc", () => {
  const sheets = d1Sheets();
  const recognised = d1Recognised();
  const results = sheets.map(({ unit, sheet }) => classify(unit.kind, sheet, recognised.get(unit.id)));

  it("classifies 52 units: 3 Xuất sắc, 45 Khá, 4 Trung bình, 0 Yếu", () => {
    expect(sheets).toHaveLength(52);
    expect(recognised.size).toBe(68);
    expect(results).toHaveLength(52);
    expect(countLevels(results)).toEqual({ xuat_sac: 3, kha: 45, trung_binh: 4, yeu: 0 });
    expect(results.filter((r) => r.level === "xuat_sac").map((r) => r.score.sheet.unitName)).toEqual([
      "Ban Dân vận Tỉnh ủy",
      "Tỉnh đoàn",
      "Hội Liên hiệp Phụ nữ tỉnh",
    ]);
  });

  it("prints the counts as the province reports them: 3/52", () => {
    expect(summariseLevels(results, "cơ quan, doanh nghiệp, cơ sở giáo dục")).toEqual([
      "Xuất sắc: 3/52 cơ quan, doanh nghiệp, cơ sở giáo dục (5,8%).",
      "Khá: 45/52 cơ quan, doanh nghiệp, cơ sở giáo dục (86,5%).",
      "Trung bình: 4/52 cơ quan, doanh nghiệp, cơ sở giáo dục (7,7%).",
      "Yếu: 0/52 cơ quan, doanh nghiệp, cơ sở giáo dục (0,0%).",
      "Xuất sắc và Khá: 48/52 cơ quan, doanh nghiệp, cơ sở giáo dục (92,3%).",
    ]);
  });

  it("keeps the 68 recognitions apart from the 52 classifications", () => {
    // Were none of them recognised, the example configuration would cap the three at Khá: the link is real…
    const unrecognised = sheets.map(({ unit, sheet }) => classify(unit.kind, sheet, "chua_dat"));
    expect(countLevels(unrecognised)).toEqual({ xuat_sac: 0, kha: 48, trung_binh: 4, yeu: 0 });
    // …but recognising more units (all 68, or only the three) changes neither the number classified nor a level.
    const onlyThree = new Map(D1_EXCELLENT.map((u) => [u.id, "dat" as Outcome]));
    const withThree = sheets.map(({ unit, sheet }) => classify(unit.kind, sheet, onlyThree.get(unit.id)));
    expect(withThree.map((r) => r.level)).toEqual(results.map((r) => r.level));
    expect(withThree).toHaveLength(52);
    const classified = new Set(results.map((r) => r.unitId));
    expect([...recognised.keys()].filter((id) => !classified.has(id))).toHaveLength(25);
  });
});

// ───────────────────────────── D2 ─────────────────────────────
// Quảng Nam, 18 huyện/thị xã/thành phố 2024: 16 Xuất sắc, 1 Khá (Điện Bàn), 1 Trung bình (Hội An). Same article.

const QN_DISTRICTS = [
  "Thành phố Tam Kỳ",
  "Thành phố Hội An",
  "Thị xã Điện Bàn",
  "Huyện Thăng Bình",
  "Huyện Quế Sơn",
  "Huyện Duy Xuyên",
  "Huyện Đại Lộc",
  "Huyện Núi Thành",
  "Huyện Phú Ninh",
  "Huyện Tiên Phước",
  "Huyện Hiệp Đức",
  "Huyện Nông Sơn",
  "Huyện Bắc Trà My",
  "Huyện Nam Trà My",
  "Huyện Phước Sơn",
  "Huyện Nam Giang",
  "Huyện Đông Giang",
  "Huyện Tây Giang",
];

describe("D2 — Quảng Nam 2024, 18 district-level units: 16 Xuất sắc, 1 Khá, 1 Trung bình", () => {
  // Points are not published: Điện Bàn is given 85, Hội An 65, the others 90 to 97 points.
  const results = QN_DISTRICTS.map((name, i) => {
    const total =
      name === "Thị xã Điện Bàn" ? 850 : name === "Thành phố Hội An" ? 650 : 900 + ((i * 13) % 71);
    return classify("district", sheetWithTotal("district", 2024, { id: `qn-huyen-${i + 1}`, name }, total));
  });

  it("counts 16 + 1 + 1 = 18 and names the Khá and Trung bình units", () => {
    expect(countLevels(results)).toEqual({ xuat_sac: 16, kha: 1, trung_binh: 1, yeu: 0 });
    expect(results.filter((r) => r.level === "kha").map((r) => r.score.sheet.unitName)).toEqual([
      "Thị xã Điện Bàn",
    ]);
    expect(results.filter((r) => r.level === "trung_binh").map((r) => r.score.sheet.unitName)).toEqual([
      "Thành phố Hội An",
    ]);
  });

  it("prints the shares of the 18 units", () => {
    expect(summariseLevels(results, "huyện, thị xã, thành phố")).toEqual([
      "Xuất sắc: 16/18 huyện, thị xã, thành phố (88,9%).",
      "Khá: 1/18 huyện, thị xã, thành phố (5,6%).",
      "Trung bình: 1/18 huyện, thị xã, thành phố (5,6%).",
      "Yếu: 0/18 huyện, thị xã, thành phố (0,0%).",
      "Xuất sắc và Khá: 17/18 huyện, thị xã, thành phố (94,4%).",
    ]);
  });

  it("was the last district-level round: no district classification for 2025", () => {
    expect(createClassifier(EXAMPLE_PROVINCE_CONFIG, "district", 2024).ok).toBe(true);
    const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, "district", 2025);
    expect(!c.ok && c.issues[0]?.code).toBe("DISTRICT_ABOLISHED");
  });
});

// ───────────────────────────── D3 ─────────────────────────────
// An Giang 2022: KDC 845/879 Xuất sắc và Khá (>96 %), cơ quan 503/505, cấp xã 145/156, cấp huyện 11/11, no Yếu.
// https://plo.vn/an-giang-phan-dau-nam-2023-khong-con-xa-trong-diem-phuc-tap-ve-an-ninh-trat-tu-post718886.html

describe("D3 — An Giang 2022: Xuất sắc và Khá 845/879, 503/505, 145/156, 11/11", () => {
  // The split between Xuất sắc and Khá is not published: the combined line must not depend on it.
  const cases = [
    { label: "khu dân cư", total: 879, top: 845, line: "Xuất sắc và Khá: 845/879 khu dân cư (96,1%)." },
    { label: "cơ quan", total: 505, top: 503, line: "Xuất sắc và Khá: 503/505 cơ quan (99,6%)." },
    {
      label: "xã, phường, thị trấn",
      total: 156,
      top: 145,
      line: "Xuất sắc và Khá: 145/156 xã, phường, thị trấn (92,9%).",
    },
    {
      label: "huyện, thị xã, thành phố",
      total: 11,
      top: 11,
      line: "Xuất sắc và Khá: 11/11 huyện, thị xã, thành phố (100,0%).",
    },
  ];

  for (const c of cases) {
    it(`prints ${c.top}/${c.total} ${c.label} whatever the split of Xuất sắc and Khá`, () => {
      for (const excellent of [0, 1, Math.floor(c.top / 2), c.top]) {
        const results = levels({ xuat_sac: excellent, kha: c.top - excellent, trung_binh: c.total - c.top });
        const counts = countLevels(results);
        expect(counts.xuat_sac + counts.kha).toBe(c.top);
        expect(counts.yeu).toBe(0);
        const lines = summariseLevels(results, c.label);
        expect(lines.at(-1)).toBe(c.line);
        expect(lines[3]).toBe(`Yếu: 0/${c.total} ${c.label} (0,0%).`);
      }
    });
  }

  it("prints the Trung bình remainder of the 879 khu dân cư", () => {
    const lines = summariseLevels(levels({ xuat_sac: 400, kha: 445, trung_binh: 34 }), "khu dân cư");
    expect(lines[2]).toBe("Trung bình: 34/879 khu dân cư (3,9%).");
  });
});

// ───────────────────────────── D4 ─────────────────────────────
// Bà Rịa–Vũng Tàu 2024: 11 điển hình units = 275 % of the target; 23 Công an phường kiểu mẫu = 575 % (target 4
// in both). baobariavungtau (01/2025) —
// https://baobariavungtau.com.vn/chinh-tri/202501/huy-dong-suc-manh-toan-dan-bao-ve-an-ninh-to-quoc-1032023/
// The article gives neither the plan's number and date nor the kinds of the 11 units; antq counts a target per
// kind of unit, so the figure is checked on one kind (xã) — the arithmetic does not depend on the kind. The 23
// Công an phường kiểu mẫu against a count of 4 are a `ward-police` count target, added up apart from the điển
// hình units (plan-count-targets.test.ts follows them from @antq/domain registrations).

describe("D4 — Bà Rịa–Vũng Tàu 2024: 11 điển hình units and 23 Công an phường kiểu mẫu against 4", () => {
  const plan: Plan = {
    id: "brvt-dien-hinh-2024",
    label: "Xây dựng đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ năm 2024",
    title: "Kế hoạch năm 2024 của tỉnh Bà Rịa - Vũng Tàu",
    issuedOn: "2024-01-01",
    provinceId: "P77",
    targets: [{ type: "count", id: "2024.commune", unitType: "commune", year: 2024, count: 4 }],
  };
  const built: Achievement[] = Array.from({ length: 11 }, (_, i) => ({
    unitId: `brvt-dh-2024-${i + 1}`,
    unitType: "commune" as const,
    year: 2024,
  }));

  it("computes 275%, exceeded by 7, shortfall 0", () => {
    const p = planProgress(plan, built);
    const [t] = p.targets;
    expect(t?.type).toBe("count");
    if (t?.type !== "count") return;
    expect([t.achieved, t.shortfall, t.met]).toEqual([11, 0, true]);
    expect(t.text).toBe("Xã năm 2024: 11/4 đơn vị (275,0%), vượt 7.");
  });

  it("prints the plan total uncapped: 11/4 (275,0%), not 4/4 (100,0%)", () => {
    const p = planProgress(plan, built);
    // The total counted towards the targets stays capped per kind (a surplus of one kind does not cover
    // another's shortfall)…
    expect([p.totalAchieved, p.totalTarget]).toEqual([4, 4]);
    // …but the line says what was built.
    expect(p.lines).toEqual([
      "Kế hoạch năm 2024 của tỉnh Bà Rịa - Vũng Tàu (ngày 01/01/2024): Xây dựng đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ năm 2024.",
      "Chỉ tiêu số lượng: đạt 11/4 đơn vị (275,0%), vượt 7.",
      "- Xã năm 2024: 11/4 đơn vị (275,0%), vượt 7.",
    ]);
    expect(p.lines.join("\n")).not.toContain("100,0%");
    expect(planReport(plan, built, { reportYear: 2024 }).progress.lines[1]).toBe(
      "Chỉ tiêu số lượng: đạt 11/4 đơn vị (275,0%), vượt 7.",
    );
  });

  it("computes the 23 Công an phường kiểu mẫu against 4: 575,0%, exceeded by 19, in a total of their own", () => {
    const capk: Plan = {
      ...plan,
      targets: [
        ...plan.targets,
        { type: "count", id: "2024.ward-police", unitType: "ward-police", year: 2024, count: 4 },
      ],
    };
    const wards: Achievement[] = Array.from({ length: 23 }, (_, i) => ({
      unitId: `brvt-capk-2024-${i + 1}`,
      unitType: "ward" as const,
      year: 2024,
      adminUnitId: `brvt-w-${i + 1}`,
      programme: "model-ward-police" as const,
    }));
    const p = planProgress(capk, [...built, ...wards]);
    const t = p.targets[1];
    expect(t?.type === "count" && [t.achieved, t.shortfall, t.met]).toEqual([23, 0, true]);
    expect(p.lines.slice(1)).toEqual([
      "Chỉ tiêu số lượng: đạt 11/4 đơn vị (275,0%), vượt 7.",
      "Chỉ tiêu số lượng Công an phường điển hình, kiểu mẫu: đạt 23/4 đơn vị (575,0%), vượt 19.",
      "- Xã năm 2024: 11/4 đơn vị (275,0%), vượt 7.",
      "- Công an phường điển hình, kiểu mẫu năm 2024: 23/4 đơn vị (575,0%), vượt 19.",
    ]);
    expect([p.totalAchieved, p.totalTarget]).toEqual([4, 4]);
  });

  it("keeps a shortfall of another kind visible beside a surplus", () => {
    const two: Plan = {
      ...plan,
      targets: [
        ...plan.targets,
        { type: "count", id: "2024.agency", unitType: "agency", year: 2024, count: 4 },
      ],
    };
    const p = planProgress(two, built);
    expect([p.totalAchieved, p.totalTarget]).toEqual([4, 8]);
    expect(p.lines[1]).toBe(
      "Chỉ tiêu số lượng: đạt 11/8 đơn vị (137,5%); tính theo chỉ tiêu từng loại, không kể 7 đơn vị vượt: 4/8 (50,0%).",
    );
    expect(p.lines).toContain("- Cơ quan năm 2024: 0/4 đơn vị (0,0%), còn thiếu 4.");
  });
});

// ───────────────────────────── D9 ─────────────────────────────
// Phường Kỳ Sơn (Phú Thọ) 2025: 30 Tổ bảo vệ ANTT, 90 core members (3 per team).
// https://baophutho.vn/phuong-ky-son-tong-ket-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-nam-2025-246833.htm

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đinh", "Bùi", "Quách", "Hà", "Đỗ"];
const MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu"];
const GIVEN = [
  "An",
  "Bình",
  "Cường",
  "Dũng",
  "Hà",
  "Hùng",
  "Lan",
  "Long",
  "Mai",
  "Nam",
  "Phúc",
  "Quân",
  "Sơn",
];

describe("D9 — Phường Kỳ Sơn 2025: 30 Tổ bảo vệ ANTT, 90 members", () => {
  // Ratings are not published: every team and member is proposed "Hoàn thành tốt nhiệm vụ".
  const roles = ["leader", "deputy", "member"] as const;
  const teams: SecurityTeamInput[] = Array.from({ length: 30 }, (_, t) => ({
    id: `ky-son-to-${String(t + 1).padStart(2, "0")}`,
    name: `Tổ bảo vệ ANTT tổ dân phố ${t + 1}`,
    communeId: "phuong-ky-son",
    establishedOn: "2024-07-01",
    proposed: "good",
    members: roles.map((role, m) => {
      const n = t * 3 + m;
      return {
        id: `ky-son-tv-${String(n + 1).padStart(2, "0")}`,
        name: `${FAMILY[n % FAMILY.length]} ${MIDDLE[n % MIDDLE.length]} ${GIVEN[n % GIVEN.length]}`,
        joinedOn: "2024-07-01",
        role,
        proposed: "good" as const,
      };
    }),
  }));

  it("rates 30 teams and 90 members, 3 per team", () => {
    const r = rateCommuneTeams(teams, 2025);
    expect(r.teams).toHaveLength(30);
    expect(r.members).toHaveLength(90);
    expect(r.teams.every((t) => t.status === "rated")).toBe(true);
    expect(r.members.every((m) => m.status === "rated")).toBe(true);
    const perTeam = new Map<string, number>();
    for (const m of r.members) perTeam.set(m.teamId, (perTeam.get(m.teamId) ?? 0) + 1);
    expect([...perTeam.values()]).toEqual(Array(30).fill(3));
    expect(r.members.length / r.teams.length).toBe(3);
  });
});
