import { generateProvince } from "@antq/datagen";
import type { EvaluationResult, Outcome } from "@antq/rules";
import { describe, expect, it } from "vitest";
import {
  AssessmentDocumentSchema,
  ClassificationDocumentSchema,
  classificationDocument,
  classificationLines,
  Summary,
  summaryJson,
  unitResultJson,
} from "../src/index.js";

const province = generateProvince({ seed: 138, year: 2024, communes: 2 });
const OUTCOMES: Outcome[] = ["dat", "chua_dat", "can_xem_xet", "khong_ap_dung"];
/** A result with only what the summary reads (the outcomes cycle through the four codes). */
const resultOf = (i: number): EvaluationResult =>
  ({ outcome: OUTCOMES[i % 4], criteria: [] }) as unknown as EvaluationResult;

describe("antq.assessment/1", () => {
  const summary = new Summary();
  for (const [i, unit] of province.units.entries()) summary.add(unit, resultOf(i));

  it("counts X/Y đạt with the units in scope as Y, as numbers", () => {
    const json = summaryJson(summary);
    const n = province.units.length;
    const passed = Math.ceil(n / 4);
    const notApplicable = Math.floor(n / 4);
    expect(json.all.total).toBe(n);
    expect(json.all.passed).toBe(passed);
    expect(json.all.notApplicable).toBe(notApplicable);
    expect(json.all.inScope).toBe(n - notApplicable);
    expect(json.all.passRatio).toEqual({ part: passed, total: n - notApplicable });
    const communes = [...json.byCommune];
    expect(communes.length).toBe(province.units.filter((u) => u.kind === "commune").length);
    expect(communes.reduce((sum, c) => sum + c.total, 0)).toBe(
      province.units.filter((u) => u.kind !== "commune" && u.location.communeId !== undefined).length,
    );
  });

  it("validates a whole document against the published schema", () => {
    const document = {
      format: "antq.assessment/1",
      title: "KẾT QUẢ ĐÁNH GIÁ",
      year: 2024,
      asOf: "2024-11-15",
      ruleSet: { id: "an-toan-antt", label: "An toàn về ANTT", hash: "x", packages: [] },
      readings: { "tt124.d4.k4.a": null },
      input: {
        sheets: 1,
        rows: province.units.length,
        rowsWithErrors: 0,
        validUnits: province.units.length,
        validFacts: 0,
        errors: 0,
        warnings: 0,
        omittedIssues: 0,
      },
      summary: summaryJson(summary),
      units: province.units.map((u, i) => unitResultJson(u, resultOf(i), true)),
    };
    expect(AssessmentDocumentSchema.safeParse(document).success).toBe(true);
    expect(AssessmentDocumentSchema.safeParse({ ...document, format: "antq.assessment/2" }).success).toBe(
      false,
    );
  });
});

describe("antq.classification/1", () => {
  it("is valid and counts no unit when there is no result", () => {
    const document = classificationDocument([], { configuration: "Cấu hình ví dụ", errors: 0 });
    expect(ClassificationDocumentSchema.parse(document).summary.levels.map((l) => l.share)).toEqual([
      { part: 0, total: 0 },
      { part: 0, total: 0 },
      { part: 0, total: 0 },
      { part: 0, total: 0 },
    ]);
  });
});

describe("classificationLines", () => {
  it("gives every level a dash when nothing was classified, and names the configuration", () => {
    const lines = classificationLines(
      classificationDocument([], { configuration: "Cấu hình tỉnh An Giang", errors: 3 }),
    );
    expect(lines).toEqual([
      "KẾT QUẢ PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC",
      "Cấu hình: Cấu hình tỉnh An Giang (cấu hình ví dụ của @antq/criteria — ngưỡng điểm cần xem xét)",
      "  • Xuất sắc: —",
      "  • Khá: —",
      "  • Trung bình: —",
      "  • Yếu: —",
    ]);
  });

  it("says the province's configuration is in force when its overlays apply, with their package and file", () => {
    const document = classificationDocument([], {
      configuration: "Cấu hình ví dụ phân loại phong trào toàn dân bảo vệ ANTQ (không phải quy định)",
      errors: 0,
      overlays: [
        {
          id: "tinh-an-giang.qd510",
          label: "Bảng điểm phân loại phong trào của tỉnh An Giang",
          package: { name: "@antq/criteria-an-giang", version: "1.2.0" },
          source: "./cau-hinh/an-giang.mjs",
        },
        {
          id: "tinh-an-giang.qd510.thoi-han",
          label: "Thời hạn báo cáo của tỉnh An Giang",
          package: { name: "@antq/criteria-an-giang-thoi-han", version: "0.3.1" },
          source: "@antq/criteria-an-giang-thoi-han",
        },
      ],
    });
    expect(ClassificationDocumentSchema.parse(document).overlays?.map((o) => o.source)).toEqual([
      "./cau-hinh/an-giang.mjs",
      "@antq/criteria-an-giang-thoi-han",
    ]);
    const line = classificationLines(document)[1];
    expect(line).toBe(
      "Cấu hình: cấu hình của tỉnh — Bảng điểm phân loại phong trào của tỉnh An Giang (@antq/criteria-an-giang 1.2.0, nạp từ ./cau-hinh/an-giang.mjs); Thời hạn báo cáo của tỉnh An Giang (@antq/criteria-an-giang-thoi-han 0.3.1); phần tỉnh không quy định theo Cấu hình ví dụ phân loại phong trào toàn dân bảo vệ ANTQ (không phải quy định)",
    );
    expect(line).not.toContain("cấu hình ví dụ của @antq/criteria");
  });
});
