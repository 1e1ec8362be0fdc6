/**
 * The names the TSDoc examples of @antq/criteria use, bound to realistic data: the example commune rubric
 * (`rubric`, `compiled`), Xã Tân Tiến's 2024 sheet from the README worked example (`sheet`, `score`,
 * `classifier`, `result`), one leaf of the rubric with its parent and group, the Thông tư 124 veto, a province
 * overlay, model sites of Tiền Giang, the security teams of phường An Hòa and Hậu Giang's 2023 results.
 */
import { cite, defineOverlay, formatLegalBasis, type Result } from "@antq/rules";
import {
  type ClassificationResult,
  compileRubric,
  countModels,
  createClassifier,
  EXAMPLE_PROVINCE_CONFIG,
  exampleRubric,
  type ModelSite,
  type PreviousClassification,
  pointsToTenths,
  rubricLeaves,
  rubricParameterId,
  type ScoreEntry,
  type ScoreSheet,
  type SecurityTeamInput,
  scoreSheet,
} from "../../src/index.js";

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
  return {
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
