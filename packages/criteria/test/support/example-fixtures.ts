/**
 * The names the TSDoc examples of @antq/criteria use, bound to realistic data: the example commune rubric
 * (`rubric`, `compiled`), Xã Tân Tiến's 2024 sheet from the README worked example (`sheet`, `score`,
 * `classifier`, `result`), one leaf of the rubric with its parent and group, the Thông tư 124 veto, a province
 * overlay, model sites of Tiền Giang, the security teams of phường An Hòa and Hậu Giang's 2023 results.
 */
import { parseModel, parsePlan, parseSecurityTeam, parseTypicalRegistration } from "@antq/domain";
import { cite, defineOverlay, formatLegalBasis, type Result } from "@antq/rules";
import {
  type Achievement,
  type ClassificationResult,
  compareTypicalChoice,
  compileRubric,
  countModels,
  createClassifier,
  EXAMPLE_PROVINCE_CONFIG,
  EXAMPLE_TYPICAL_RULE,
  exampleRubric,
  type ModelSite,
  type Plan,
  type PreviousClassification,
  planProgress,
  planReport,
  pointsToTenths,
  rateCommuneTeams,
  rubricLeaves,
  rubricParameterId,
  type ScoreEntry,
  type ScoreSheet,
  type SecurityTeamInput,
  scoreSheet,
  selectTypicalCandidates,
} from "../../src/index.js";
import { ADMIN_INDEX } from "../fixtures/admin.js";

const unwrap = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => `[${i.code}] ${i.message}`).join("; "));
  return r.value;
};

/**
 * Xã Tân Tiến's 2024 sheet (the README worked example): the raw scores as the officer writes them on the paper
 * sheet, [item, self, verified] in points, and the events of the two deduction items.
 */
export function tanTienSheet(rubricId: string): ScoreSheet {
  const raw: [string, string, string][] = [
    ["I.1", "10", "10"],
    ["I.2", "10", "9"],
    ["II.1", "7", "6,5"],
    ["II.2", "8", "8"],
    ["III.1.a", "6", "6"],
    ["III.1.b", "6", "5,5"],
    ["III.2", "10", "9,5"],
    ["V.1", "15", "14"],
  ];
  const entries: ScoreEntry[] = raw.map(([item, self, verified]) => ({
    item,
    self: pointsToTenths(self, "half-up"),
    verified: pointsToTenths(verified, "half-up"),
    ...(item === "I.1" ? { evidence: "Nghị quyết số 02-NQ/ĐU ngày 15/01/2024" } : {}),
  }));
  entries.push({ item: "IV.1", selfEvents: 0, verifiedEvents: 0 });
  entries.push({ item: "IV.2", selfEvents: 0, verifiedEvents: 1 });
  return { unitId: "xa-tan-tien", unitName: "Xã Tân Tiến", year: 2024, rubricId, entries };
}

const team = (id: string, name: string, proposed: SecurityTeamInput["proposed"]): SecurityTeamInput => ({
  id,
  name,
  communeId: "phuong-an-hoa",
  establishedOn: "2024-07-01",
  proposed,
  members: [],
});

export function exampleFixtures(): Record<string, unknown> {
  const rubric = exampleRubric("commune");
  const compiled = compileRubric(rubric);
  const sheet = tanTienSheet(rubric.id);
  const score = unwrap(scoreSheet(compiled, sheet));
  const classifier = unwrap(createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024));
  const result: ClassificationResult = unwrap(classifier.classify(sheet, { tt124: "chua_dat" }));
  const { leaf, parent, group } = rubricLeaves(rubric).find((l) => l.leaf.id === "III.1.a") ?? {};
  const veto = rubric.vetoes[0];
  const { review: _exampleNote, ...provinceRubric } = {
    ...rubric,
    id: "tinh-hau-giang.qd510.commune",
    label: "Bảng điểm phân loại phong trào cấp xã tỉnh Hậu Giang (ví dụ)",
    example: false,
  };
  const overlay = defineOverlay<ScoreSheet>({
    id: "tinh-hau-giang",
    label: "Quyết định của UBND tỉnh về tiêu chí phân loại phong trào (ví dụ)",
    package: { name: "@antq/criteria-hau-giang", version: "1.0.0" },
    basis: [cite("01/2024/QĐ-UBND", { article: 3 })],
    from: "2024-01-01",
    setParameters: [
      {
        id: rubricParameterId("commune"),
        values: [
          { from: "2024-01-01", value: provinceRubric, basis: cite("01/2024/QĐ-UBND", { article: 3 }) },
        ],
      },
    ],
  });
  const sites: ModelSite[] = [
    { model: "Tổ an ninh công nhân", siteId: "dn-001", siteName: "Công ty May Mỹ Tho", teams: 2 },
    { model: "Tổ an ninh công nhân", siteId: "dn-002", siteName: "Công ty Chế biến thủy sản Gò Công" },
    { model: "Camera phòng, chống tội phạm", siteId: "dn-001", siteName: "Công ty May Mỹ Tho" },
  ];
  const teams: SecurityTeamInput[] = [
    team("to-1", "Tổ bảo vệ ANTT khu phố 1", "excellent"),
    ...[2, 3, 4, 5].map((i) => team(`to-${i}`, `Tổ bảo vệ ANTT khu phố ${i}`, "good")),
  ];
  const rows: PreviousClassification[] = [
    {
      unitId: "xa-tan-tien",
      name: "Xã Tân Tiến",
      kind: "commune",
      year: 2023,
      level: "xuat_sac",
      tt124: "dat",
    },
    {
      unitId: "xa-vinh-thuan-dong",
      name: "Xã Vĩnh Thuận Đông",
      kind: "commune",
      year: 2023,
      level: "kha",
      tt124: "dat",
    },
  ];
  // An Giang's 2023 plan (10/KH-BCĐ-CAT, 16 units) and illustrative achievements (not real results).
  const plan: Plan = {
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
  const achievements: Achievement[] = [
    ...["Mỹ Hòa Hưng", "Vĩnh Thạnh Trung", "Bình Hòa", "Hòa Bình", "Phú Hữu", "Vọng Đông"].map((name, i) => ({
      unitId: `xa-${i + 1}`,
      name: `Xã ${name}`,
      unitType: "commune" as const,
      year: 2023,
    })),
    { unitId: "phuong-1", name: "Phường Mỹ Bình", unitType: "ward", year: 2023 },
    { unitId: "tt-1", name: "Thị trấn Chợ Mới", unitType: "township", year: 2023 },
    { unitId: "tt-2", name: "Thị trấn Phú Mỹ", unitType: "township", year: 2023 },
    ...[1, 2, 3].map((i) => ({ unitId: `cq-${i}`, unitType: "agency" as const, year: 2023 })),
    { unitId: "csgd-1", unitType: "education", year: 2023 },
    { unitId: "csgd-2", unitType: "education", year: 2023 },
  ];
  const progress = planProgress(plan, achievements);
  // The ward-police share (30 % of the wards of each city by 2025, all by 2030), on the simulated wards of
  // fixtures/admin.ts.
  const sharePlan: Plan = {
    id: "an-giang.capk",
    label: "Công an phường điển hình, kiểu mẫu về ANTT và văn minh đô thị",
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
    ],
  };
  const wards: Achievement[] = [
    { unitId: "capk-4", unitType: "ward", year: 2024, adminUnitId: "W90004" },
    { unitId: "capk-b1", unitType: "ward", year: 2024, adminUnitId: "W90011" },
  ];
  const share = planProgress(sharePlan, wards, { lineage: ADMIN_INDEX }).targets[0];
  const report = planReport(sharePlan, wards, { reportYear: 2024, lineage: ADMIN_INDEX });
  const selection = selectTypicalCandidates(rows, 2024, EXAMPLE_TYPICAL_RULE);
  const registrations = [
    {
      id: "dk-2024-01",
      year: 2024,
      programme: "typical-unit",
      subject: "commune",
      name: "Xã Tân Tiến",
      unitId: "xa-tan-tien",
      status: "selected",
    },
    {
      id: "dk-2024-02",
      year: 2024,
      programme: "typical-unit",
      subject: "commune",
      name: "Xã Vĩnh Thuận Đông",
      unitId: "xa-vinh-thuan-dong",
      status: "registered",
    },
  ].map((r) => unwrap(parseTypicalRegistration(r)));
  const choicePlan: Plan = {
    ...plan,
    id: "an-giang.kh.2024",
    label: "Xây dựng xã điển hình năm 2024 (2 đơn vị)",
    issuedOn: "2024-02-01",
    targets: [{ type: "count", id: "xa", unitType: "commune", year: 2024, count: 2 }],
  };
  const parsedTeams = [
    {
      id: "to-bv-kp1",
      name: "Tổ bảo vệ ANTT khu phố 1",
      communeId: "phuong-an-hoa",
      establishedOn: "2024-07-01",
      members: [
        {
          id: "tv-01",
          name: "Nguyễn Văn An",
          role: "leader",
          joinedOn: "2024-07-01",
          ratings: [{ year: 2025, proposed: "excellent" }],
        },
        {
          id: "tv-02",
          name: "Trần Thị Bích",
          role: "member",
          joinedOn: "2024-07-01",
          ratings: [{ year: 2025, proposed: "good" }],
        },
      ],
      ratings: [{ year: 2025, proposed: "good" }],
    },
  ].map((t) => unwrap(parseSecurityTeam(t)));
  const models = [
    {
      id: "mh-camera-my-tho",
      name: "Camera phòng, chống tội phạm",
      kind: "security-camera",
      startDate: "2022-05-01",
      sites: [
        { name: "Khu phố 1, phường 5", teams: 1 },
        { name: "Khu phố 2, phường 5", teams: 1 },
      ],
    },
    {
      id: "mh-to-an-ninh-cn",
      name: "Tổ an ninh công nhân",
      kind: "workers-security-team",
      hostUnitId: "dn-001",
      startDate: "2021-03-15",
    },
  ].map((m) => unwrap(parseModel(m)));
  const domainPlan = unwrap(
    parsePlan({
      id: "kh-10-2023-an-giang",
      document: {
        number: "10/KH-BCĐ-CAT",
        date: "2023-02-08",
        kind: "plan",
        issuer: "Ban Chỉ đạo 138 tỉnh An Giang",
      },
      title: "Xây dựng xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình",
      scopeId: "P89",
      fromYear: 2023,
      toYear: 2025,
      countTargets: [{ year: 2023, programme: "typical-unit", subject: "commune", count: 6 }],
    }),
  );
  return {
    plan,
    achievements,
    progress,
    sharePlan,
    wards,
    share,
    report,
    roadmap: report.roadmaps[0]?.roadmap,
    index: ADMIN_INDEX,
    ratings: rateCommuneTeams(teams, 2025),
    results2023: rows,
    rule: EXAMPLE_TYPICAL_RULE,
    selection,
    registrations,
    choicePlan,
    choice: compareTypicalChoice(selection, registrations, choicePlan),
    parsedTeams,
    models,
    domainPlan,
    cite,
    formatLegalBasis,
    rubric,
    compiled,
    sheet,
    score,
    classifier,
    result,
    leaf,
    parent,
    group,
    veto,
    v: veto,
    overlay,
    sites,
    counts: countModels(sites),
    teams,
    rows,
  };
}
