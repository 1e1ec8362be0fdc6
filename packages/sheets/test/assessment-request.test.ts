/**
 * What `danh-gia` decides around an assessment: result file names as Node's `path` would make them, the year
 * asked for, one unit explained by id, and what `antq nhap` accepts as a year, on a generated commune of Tiền
 * Giang. Runs in Node and in the browser.
 */
import { generateProvince } from "@antq/datagen";
import { compile } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { describe, expect, it } from "vitest";
import {
  assessmentFiles,
  DatasetBuilder,
  datasetOfStoredYear,
  evaluationYearProblem,
  explainUnitById,
  importableJson,
  importableRead,
  inputErrorLines,
  replaceExtension,
} from "../src/index.js";

describe("replaceExtension", () => {
  it("cuts what node:path's extname names, then appends (expectations made with Node's path.extname)", () => {
    const cases = [
      ["ket-qua-danh-gia-2024.xlsx", "ket-qua-danh-gia-2024.json"],
      ["tinh/Bac Ninh/ket qua.2024.xlsx", "tinh/Bac Ninh/ket qua.2024.json"],
      ["ket-qua", "ket-qua.json"],
      ["thu-muc.2024/ket-qua", "thu-muc.2024/ket-qua.json"],
      [".an", ".an.json"],
      ["thu-muc/.an.xlsx", "thu-muc/.an.json"],
      ["thu-muc/..", "thu-muc/...json"],
      ["ket-qua.", "ket-qua.json"],
      ["..xlsx", "..json"],
      ["...", "...json"],
      ["thu-muc/...x", "thu-muc/...json"],
      ["/tmp/kq.XLSX", "/tmp/kq.json"],
    ];
    for (const [path, expected] of cases)
      expect(replaceExtension(path as string, ".json"), path).toBe(expected);
  });

  it("names the three result files after the workbook", () => {
    expect(assessmentFiles(2025, "/tmp/Bắc Ninh/kết quả.xlsx")).toEqual({
      xlsx: "/tmp/Bắc Ninh/kết quả.xlsx",
      json: "/tmp/Bắc Ninh/kết quả.json",
      units: "/tmp/Bắc Ninh/kết quả-don-vi.csv",
    });
  });
});

describe("the year and one unit", () => {
  const province = generateProvince({ seed: 7, year: 2024, communes: 1 });
  const dataset = datasetOfStoredYear(
    { schemaVersion: 1, units: [...province.units], annualFacts: [...province.facts] },
    "kho ~/.antq, năm 2024",
  );
  const compiled = compile(securityOrderRuleSet, { year: 2024 });

  it("accepts 2000–2100 only", () => {
    expect([1999, 2000, 2100, 2101].map(evaluationYearProblem)).toEqual([
      "Năm đánh giá 1999 không hợp lệ.",
      undefined,
      undefined,
      "Năm đánh giá 2101 không hợp lệ.",
    ]);
  });

  it("explains the commune with its roll-up and refuses an unknown id", () => {
    const commune = province.units.find((u) => u.kind === "commune");
    const found = explainUnitById(compiled, dataset, 2024, commune?.id ?? "");
    expect(found.ok && found.value.unit.name).toBe(commune?.name);
    expect(found.ok && typeof found.value.result.outcome).toBe("string");
    const missing = explainUnitById(compiled, dataset, 2024, "kdc-ap-khong-co");
    expect(missing.ok ? undefined : missing.issues[0]?.message).toBe(
      `Không tìm thấy đơn vị có mã "kdc-ap-khong-co" trong dữ liệu hợp lệ (${province.units.length} đơn vị).`,
    );
  });
});

describe("what antq nhap imports", () => {
  it("refuses rows in error, listing them, and counts the ones not listed", () => {
    const builder = new DatasetBuilder();
    builder.maxStoredIssues = 1;
    builder.addJsonUnit({ id: "kdc-ap-1", kind: "khu-pho" }, { file: "du-lieu.json", jsonPath: "units[0]" });
    builder.addJsonUnit({ id: "kdc-ap-2" }, { file: "du-lieu.json", jsonPath: "units[1]" });
    const read = builder.finish();
    const r = importableRead(read, "du-lieu.json");
    expect(r.ok).toBe(false);
    expect(!r.ok && "count" in r && r.count).toBe(2);
    expect(inputErrorLines(read)).toHaveLength(1);
  });

  it("lists every invalid field of a JSON data set with its path", () => {
    const r = importableJson(
      JSON.stringify({ schemaVersion: 1, units: [{ id: "kdc-1", kind: "residential-area", name: "" }] }),
      "du-lieu-2024.json",
    );
    expect(
      !r.ok && "lines" in r && r.lines.every((l) => l.startsWith("Lỗi — du-lieu-2024.json, trường units[0]")),
    ).toBe(true);
  });
});
