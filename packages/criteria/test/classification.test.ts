import { cite, defineOverlay, validateRuleSet } from "@antq/rules";
import { describe, expect, it } from "vitest";
import {
  CLASSIFICATION_KINDS,
  checkRubric,
  countLevels,
  createClassifier,
  deadlineParameterId,
  EXAMPLE_PROVINCE_CONFIG,
  exampleRubric,
  explainClassification,
  printExplanation,
  rubricKind,
  rubricParameterId,
  type ScoreSheet,
  summariseLevels,
  withProvinceOverlays,
} from "../src/index.js";

export const XA_TAN_TIEN_2024: ScoreSheet = {
  unitId: "xa-tan-tien",
  unitName: "Xã Tân Tiến, thành phố Vị Thanh",
  year: 2024,
  rubricId: "vi-du.qd510.commune",
  entries: [
    { item: "I.1", self: 100, verified: 100, evidence: "Nghị quyết số 02-NQ/ĐU ngày 15/01/2024" },
    { item: "I.2", self: 100, verified: 90 },
    { item: "II.1", self: 70, verified: 70 },
    { item: "II.2", self: 80, verified: 80 },
    { item: "III.1.a", self: 60, verified: 60 },
    { item: "III.1.b", self: 60, verified: 55 },
    { item: "III.2", self: 100, verified: 95 },
    { item: "IV.1", selfEvents: 0, verifiedEvents: 0 },
    { item: "IV.2", selfEvents: 0, verifiedEvents: 1 },
    { item: "V.1", self: 150, verified: 140 },
  ],
};

describe("classification with the example configuration", () => {
  it("classifies a commune and explains it", () => {
    const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const safe = c.value.classify(XA_TAN_TIEN_2024, { tt124: "dat" });
    expect(safe.ok && safe.value.level).toBe("xuat_sac");
    const r = c.value.classify(XA_TAN_TIEN_2024, { tt124: "chua_dat" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.score.total).toBe(915);
    expect(r.value.score.scoreLevel.id).toBe("xuat_sac");
    expect(r.value.level).toBe("kha");
    expect(r.value.status).toBe("can_xem_xet");
    const text = printExplanation(explainClassification(r.value));
    expect(text).toContain("cấu hình ví dụ");
    expect(countLevels([r.value])).toEqual({ xuat_sac: 0, kha: 1, trung_binh: 0, yeu: 0 });
  });

  it("has no district classification after the 2025 reform", () => {
    const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, "district", 2025);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.issues[0]?.code).toBe("DISTRICT_ABOLISHED");
    expect(createClassifier(EXAMPLE_PROVINCE_CONFIG, "district", 2024).ok).toBe(true);
  });
});

describe("province configuration through @antq/rules overlays", () => {
  const PROVINCE = { name: "@antq/criteria-tinh-gia-dinh", version: "1.0.0" };
  const provinceRubric = {
    ...exampleRubric("commune"),
    id: "tinh-gia-dinh.qd510.commune",
    label: "Bảng điểm cấp xã của tỉnh giả định",
    example: false,
    bands: [
      { level: "xuat_sac", min: 950, max: 1000 },
      { level: "kha", min: 800, max: 949 },
      { level: "trung_binh", min: 600, max: 799 },
      { level: "yeu", min: 0, max: 599 },
    ],
  };
  const { review: _drop, ...withoutReview } = provinceRubric;
  const overlay = defineOverlay<ScoreSheet>({
    id: "tinh-gia-dinh",
    label: "Quyết định của UBND tỉnh giả định về tiêu chí phân loại (ví dụ kiểm thử)",
    package: PROVINCE,
    basis: [cite("01/2024/QĐ-UBND", { article: 3 })],
    from: "2024-01-01",
    setParameters: [
      {
        id: rubricParameterId("commune"),
        values: [
          { from: "2024-01-01", value: withoutReview, basis: cite("01/2024/QĐ-UBND", { article: 3 }) },
        ],
      },
    ],
  });

  it("replaces the commune rubric from 2024 with provenance and a new hash", () => {
    const composed = withProvinceOverlays(EXAMPLE_PROVINCE_CONFIG, [overlay]);
    expect(composed.ok).toBe(true);
    if (!composed.ok) return;
    const c2024 = createClassifier(composed.value, "commune", 2024);
    const c2023 = createClassifier(composed.value, "commune", 2023);
    const base2024 = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
    if (!c2024.ok || !c2023.ok || !base2024.ok) throw new Error("classifier");
    expect(c2024.value.rubric.id).toBe("tinh-gia-dinh.qd510.commune");
    expect(c2024.value.rubricSource).toEqual(PROVINCE);
    expect(c2023.value.rubric.id).toBe("vi-du.qd510.commune");
    expect(c2024.value.hash).not.toBe(base2024.value.hash);
    const r = c2024.value.classify(
      { ...XA_TAN_TIEN_2024, rubricId: c2024.value.rubric.id },
      { tt124: "dat" },
    );
    // 91,5 points: Xuất sắc in the example, Khá under the province's cut-offs; no example review note
    expect(r.ok && r.value.level).toBe("kha");
    expect(r.ok && r.value.score.review.map((x) => x.code)).toEqual([]);
    expect(r.ok && r.value.status).toBe("final");
  });

  it("reports conflicting overlays as issues (from @antq/rules)", () => {
    const second = defineOverlay<ScoreSheet>({ ...overlay, id: "tinh-gia-dinh-2" });
    const composed = withProvinceOverlays(EXAMPLE_PROVINCE_CONFIG, [overlay, second]);
    expect(composed.ok).toBe(false);
    if (!composed.ok) expect(composed.issues.map((i) => i.code)).toContain("OVERLAY_CONFLICT");
  });

  it("rejects a rubric with other levels or a broken band table", () => {
    const bad = defineOverlay<ScoreSheet>({
      ...overlay,
      setParameters: [
        {
          id: rubricParameterId("commune"),
          values: [
            {
              from: "2024-01-01",
              value: { ...withoutReview, bands: [{ level: "xuat_sac", min: 0, max: 900 }] },
              basis: cite("01/2024/QĐ-UBND"),
            },
          ],
        },
      ],
    });
    const composed = withProvinceOverlays(EXAMPLE_PROVINCE_CONFIG, [bad]);
    if (!composed.ok) throw new Error("compose");
    const c = createClassifier(composed.value, "commune", 2024);
    expect(!c.ok && c.issues.map((i) => i.code)).toEqual(["INVALID_RUBRIC", "BAND_GAP"]);
  });
});

describe("schema-checked configuration values (@antq/rules parameter schemas)", () => {
  const basis = cite("01/2024/QĐ-UBND", { article: 3 });
  const overlayWith = (id: string, value: unknown) =>
    defineOverlay<ScoreSheet>({
      id: "tinh-sai-cau-truc",
      label: "Gói của tỉnh với giá trị sai cấu trúc (ví dụ kiểm thử)",
      package: { name: "@antq/criteria-tinh-sai", version: "1.0.0" },
      basis: [basis],
      from: "2024-01-01",
      setParameters: [{ id, values: [{ from: "2024-01-01", value, basis }] }],
    });

  it("reports a malformed rubric or deadline when the overlay is composed", () => {
    const rubric = withProvinceOverlays(EXAMPLE_PROVINCE_CONFIG, [
      overlayWith(rubricParameterId("commune"), { ...exampleRubric("commune"), max: "một trăm" }),
    ]);
    expect(rubric.ok).toBe(false);
    if (!rubric.ok) {
      expect(rubric.issues[0]?.code).toBe("INVALID_PARAMETER_VALUE");
      expect(rubric.issues[0]?.path.slice(-2)).toEqual(["value", "max"]);
    }
    const deadline = withProvinceOverlays(EXAMPLE_PROVINCE_CONFIG, [
      overlayWith(deadlineParameterId("commune"), { reportBefore: { month: 13, day: 1 } }),
    ]);
    expect(!deadline.ok && deadline.issues.map((i) => i.code)).toContain("INVALID_PARAMETER_VALUE");
  });
});

describe("classifier details", () => {
  it("gives deadlines by level (QĐ 510 Điều 11 khoản 3)", () => {
    const d = (k: "residential-area" | "commune" | "district" | "education", y: number) => {
      const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, k, y);
      return c.ok ? c.value.deadline.reportBefore : undefined;
    };
    expect(d("residential-area", 2024)).toBe("2024-11-20");
    expect(d("commune", 2024)).toBe("2024-11-30");
    expect(d("education", 2025)).toBe("2025-11-30");
    expect(d("district", 2024)).toBe("2024-12-15");
  });

  it("rejects a sheet of another year and flags an undecided TT 124 result", () => {
    const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2025);
    if (!c.ok) throw new Error("classifier");
    const wrong = c.value.classify(XA_TAN_TIEN_2024);
    expect(!wrong.ok && wrong.issues[0]?.code).toBe("YEAR_MISMATCH");
    const r = c.value.classify({ ...XA_TAN_TIEN_2024, year: 2025 }, { tt124: "can_xem_xet" });
    expect(r.ok && r.value.review.map((x) => x.code)).toContain("TT124_UNDECIDED");
    expect(r.ok && r.value.level).toBe("kha");
  });

  it("ships a sound example rubric for every kind", () => {
    for (const k of CLASSIFICATION_KINDS) {
      const r = exampleRubric(k.id);
      expect(checkRubric(r)).toEqual([]);
      expect(r.example).toBe(true);
      expect(r.max).toBe(1000);
    }
    expect(validateRuleSet(EXAMPLE_PROVINCE_CONFIG)).toEqual([]);
  });
});

describe("summaries", () => {
  it("prints classification counts like a provincial review", () => {
    const results = [
      ...Array.from({ length: 12 }, () => ({ level: "xuat_sac" as const })),
      ...Array.from({ length: 28 }, () => ({ level: "kha" as const })),
      ...Array.from({ length: 4 }, () => ({ level: "trung_binh" as const })),
    ];
    expect(summariseLevels(results, "khu dân cư")).toEqual([
      "Xuất sắc: 12/44 khu dân cư (27,3%).",
      "Khá: 28/44 khu dân cư (63,6%).",
      "Trung bình: 4/44 khu dân cư (9,1%).",
      "Yếu: 0/44 khu dân cư (0,0%).",
      "Xuất sắc và Khá: 40/44 khu dân cư (90,9%).",
    ]);
    expect(summariseLevels([], "xã")).toEqual(["Chưa có kết quả phân loại xã."]);
  });
});

describe("rubricKind", () => {
  it("finds the kind whose rubric a stored score sheet names, for every kind of the example province", () => {
    for (const kind of CLASSIFICATION_KINDS.filter((k) => k.id !== "district")) {
      const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, kind.id, 2024);
      expect(c.ok).toBe(true);
      if (c.ok) expect(rubricKind(EXAMPLE_PROVINCE_CONFIG, c.value.rubric.id, 2024)).toBe(kind.id);
    }
    expect(rubricKind(EXAMPLE_PROVINCE_CONFIG, XA_TAN_TIEN_2024.rubricId, 2024)).toBe("commune");
  });

  it("is undefined for a rubric no kind uses, and for cấp huyện once districts are abolished", () => {
    expect(rubricKind(EXAMPLE_PROVINCE_CONFIG, "tinh-khac.qd510.commune", 2024)).toBeUndefined();
    const district = createClassifier(EXAMPLE_PROVINCE_CONFIG, "district", 2024);
    expect(district.ok).toBe(true);
    if (!district.ok) return;
    expect(rubricKind(EXAMPLE_PROVINCE_CONFIG, district.value.rubric.id, 2024)).toBe("district");
    expect(rubricKind(EXAMPLE_PROVINCE_CONFIG, district.value.rubric.id, 2026)).toBeUndefined();
  });
});
