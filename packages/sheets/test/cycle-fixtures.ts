/**
 * Fixtures of the yearly cycle that need no Node module (they run in the browser tests too): two communes' 2024
 * score sheets as JSON, An Giang's 2023 plan, and `unwrap` for @antq/domain's results.
 */
import { createClassifier, EXAMPLE_PROVINCE_CONFIG } from "@antq/criteria";
import { parsePlan } from "@antq/domain";

/** Xã Mỹ Thành's and Phường Đạo Thạnh's 2024 score sheets (points in tenths), as in the CLI's test fixtures. */
const SCORE_SHEETS = [
  {
    unitId: "C28261",
    unitName: "Xã Mỹ Thành",
    verified: [100, 90, 70, 80, 60, 55, 95, 140],
  },
  {
    unitId: "C28270",
    unitName: "Phường Đạo Thạnh",
    verified: [60, 50, 40, 40, 30, 30, 50, 70],
  },
];
const ITEMS = ["I.1", "I.2", "II.1", "II.2", "III.1.a", "III.1.b", "III.2", "V.1"];

/** The two sheets as a `{ "scoreSheets": [...] }` JSON document, for the example commune rubric. */
export function scoreJson(): string {
  const classifier = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
  if (!classifier.ok) throw new Error(classifier.issues.map((i) => i.message).join("; "));
  const scoreSheets = SCORE_SHEETS.map((s) => ({
    kind: "commune",
    unitId: s.unitId,
    unitName: s.unitName,
    year: 2024,
    rubricId: classifier.value.rubric.id,
    entries: [
      ...ITEMS.map((item, j) => ({ item, self: s.verified[j], verified: s.verified[j] })),
      { item: "IV.1", selfEvents: 0, verifiedEvents: 0 },
      { item: "IV.2", selfEvents: 0, verifiedEvents: 0 },
    ],
  }));
  return JSON.stringify({ scoreSheets });
}

export const unwrap = <T>(
  r: { ok: true; value: T } | { ok: false; issues: readonly { message: string }[] },
): T => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.value;
};

/** An Giang's 2023 typical-unit plan (10/KH-BCĐ-CAT), as @antq/domain records it. */
export const plan = () =>
  unwrap(
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
      countTargets: [
        { year: 2023, programme: "typical-unit", subject: "commune", count: 6 },
        { year: 2024, programme: "typical-unit", subject: "commune", count: 2 },
      ],
    }),
  );
