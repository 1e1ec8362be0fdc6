/**
 * The versioned documents of the CLI's remaining `--json` outputs (kiem-tra, demo, mau, danh-gia and phan-loai
 * --giai-thich), built from real data (a generated province of Tiền Giang, the example score sheets): they parse
 * with their schemas, with English keys, numbers as numbers and codes as codes. Runs in Node and in the browser.
 */
import { createClassifier, EXAMPLE_PROVINCE_CONFIG } from "@antq/criteria";
import { generateProvince } from "@antq/datagen";
import { compile } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { describe, expect, it } from "vitest";
import {
  ClassificationExplanationDocumentSchema,
  classificationExplanationDocument,
  csvRowSource,
  DatasetBuilder,
  DemoDocumentSchema,
  DemoFlatCsvDocumentSchema,
  datasetOfStoredYear,
  demoDocument,
  demoFlatCsvDocument,
  explainUnitById,
  flatHeaders,
  flatRow,
  openCsv,
  readRowsInto,
  readScoreJsonText,
  ScoreBuilder,
  Summary,
  summaryJson,
  TemplateDocumentSchema,
  templateSheets,
  templateWritten,
  toCsv,
  UnitExplanationDocumentSchema,
  unitExplanationDocument,
  ValidationDocumentSchema,
  validationDocument,
} from "../src/index.js";

const province = generateProvince({ seed: 138, year: 2024, communes: 1 });
const sample = { schemaVersion: 1 as const, units: [...province.units], annualFacts: [...province.facts] };

describe("antq.validation/1", () => {
  const factsOf = new Map(province.facts.map((f) => [f.unitId, f]));
  const flatCsv = (units: typeof province.units) =>
    toCsv(
      flatHeaders(),
      units.map((u) => flatRow(u, factsOf.get(u.id) ?? { unitId: u.id, year: 2024 })),
    );
  const read = async (text: string) => {
    const builder = new DatasetBuilder();
    await readRowsInto(builder, csvRowSource("don-vi-va-du-kien.csv", await openCsv(text)));
    return ValidationDocumentSchema.parse(validationDocument(builder.finish()));
  };

  it("counts a valid file's rows per sheet and says ok", async () => {
    const doc = await read(flatCsv(province.units));
    expect(doc.format).toBe("antq.validation/1");
    expect([doc.ok, doc.empty]).toEqual([true, false]);
    expect(doc.counts.rows).toBe(province.units.length);
    expect(doc.counts.validUnits).toBe(province.units.length);
    expect(doc.counts.errors).toBe(0);
    expect(doc.sheets).toEqual([
      expect.objectContaining({
        file: "don-vi-va-du-kien.csv",
        rows: province.units.length,
        rowsWithErrors: 0,
      }),
    ]);
    expect(doc.issues).toEqual([]);
  });

  it("lists an error with its code, row and column, and is not ok", async () => {
    const [first, ...rest] = province.units;
    if (!first) throw new Error("no unit");
    const doc = await read(flatCsv([{ ...first, name: "" }, ...rest]));
    expect(doc.ok).toBe(false);
    expect(doc.counts.errors).toBeGreaterThan(0);
    expect(doc.counts.rowsWithErrors).toBe(1);
    expect(doc.issues[0]).toMatchObject({ severity: "error", file: "don-vi-va-du-kien.csv", row: 2 });
    expect(doc.issues[0]?.code).toMatch(/^[A-Z_]+$/);
  });

  it("says empty, not ok, when nothing was read", () => {
    const doc = ValidationDocumentSchema.parse(validationDocument(new DatasetBuilder().finish()));
    expect([doc.ok, doc.empty, doc.counts.rows, doc.sheets]).toEqual([false, true, 0, []]);
  });
});

describe("antq.demo/1 and antq.demo-flat-csv/1", () => {
  it("carries the province, the seed, the counts and the summary as numbers", () => {
    const dataset = datasetOfStoredYear(sample, "du-lieu-mau.json");
    const summary = new Summary();
    const compiled = compile(securityOrderRuleSet, { year: 2024 });
    const unit = province.units[0];
    const found = unit ? explainUnitById(compiled, dataset, 2024, unit.id) : undefined;
    if (unit && found?.ok) summary.add(unit, found.value.result);
    const doc = DemoDocumentSchema.parse(
      demoDocument({
        folder: "/tmp/antq-demo",
        province: province.province.name,
        seed: 138,
        dataset,
        inputFiles: ["/tmp/antq-demo/du-lieu-mau.xlsx", "/tmp/antq-demo/du-lieu-mau.json"],
        resultFiles: ["/tmp/antq-demo/ket-qua-danh-gia-2024.xlsx"],
        summary: summaryJson(summary),
      }),
    );
    expect(doc.format).toBe("antq.demo/1");
    expect(doc.seed).toBe(138);
    expect(doc.input.validUnits).toBe(province.units.length);
    expect(doc.summary.all.total).toBe(1);
    expect(DemoDocumentSchema.safeParse({ ...doc, format: undefined }).success).toBe(false);
  });

  it("names the flat CSV and its number of units", () => {
    const doc = DemoFlatCsvDocumentSchema.parse(demoFlatCsvDocument("/tmp/don-vi-va-du-kien.csv", 100_000));
    expect(doc).toEqual({
      format: "antq.demo-flat-csv/1",
      file: "/tmp/don-vi-va-du-kien.csv",
      rows: 100_000,
    });
    expect(DemoFlatCsvDocumentSchema.safeParse({ tep: "x.csv", soDong: 1 }).success).toBe(false);
  });
});

describe("antq.template/1", () => {
  it("lists the sheets with their column headers, the file format and the kind", () => {
    const files = ["mau/du-kien.csv"];
    const doc = TemplateDocumentSchema.parse(
      templateWritten("csv", "du-kien", templateSheets("du-kien"), files).json,
    );
    expect([doc.format, doc.fileFormat, doc.kind, doc.files]).toEqual([
      "antq.template/1",
      "csv",
      "du-kien",
      files,
    ]);
    expect(doc.sheets.length).toBe(templateSheets("du-kien").length);
    expect(doc.sheets[0]?.columns.length).toBeGreaterThan(0);
    expect(TemplateDocumentSchema.safeParse({ ...doc, kind: "khong-co" }).success).toBe(false);
  });
});

describe("antq.unit-explanation/1", () => {
  it("holds one unit's criteria with codes, reasons and the rule set's hash", () => {
    const dataset = datasetOfStoredYear(sample, "du-lieu-mau.json");
    const compiled = compile(securityOrderRuleSet, { year: 2024 });
    const target = province.units.find((u) => u.kind === "residential-area") ?? province.units[0];
    const found = explainUnitById(compiled, dataset, 2024, target?.id ?? "");
    if (!found.ok) throw new Error(found.issues[0]?.message);
    const doc = UnitExplanationDocumentSchema.parse(
      JSON.parse(JSON.stringify(unitExplanationDocument(found.value.unit, 2024, found.value.result))),
    );
    expect(doc.format).toBe("antq.unit-explanation/1");
    expect(doc.unit).toEqual({ id: target?.id, name: target?.name, kind: target?.kind });
    expect(doc.result.hash).toBe(compiled.hash);
    expect(doc.result.outcome).toBe(found.value.result.outcome);
    expect(doc.result.criteria.length).toBeGreaterThan(0);
    expect(doc.result.criteria.every((c) => typeof c.code === "string" && c.code.length > 0)).toBe(true);
    expect(doc.result.criteria.some((c) => (c.reason ?? "").length > 0)).toBe(true);
  });
});

describe("antq.classification-explanation/1", () => {
  /** Xã Mỹ Thành's 2024 score sheet (points in tenths), classified with the example commune rubric. */
  const classified = () => {
    const classifier = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
    if (!classifier.ok) throw new Error("fixture");
    const verified = [100, 90, 70, 80, 60, 55, 95, 140];
    const items = ["I.1", "I.2", "II.1", "II.2", "III.1.a", "III.1.b", "III.2", "V.1"];
    const sheet = {
      kind: "commune",
      unitId: "C28261",
      unitName: "Xã Mỹ Thành",
      year: 2024,
      rubricId: classifier.value.rubric.id,
      entries: [
        ...items.map((item, j) => ({ item, self: verified[j], verified: verified[j] })),
        { item: "IV.1", selfEvents: 0, verifiedEvents: 0 },
        { item: "IV.2", selfEvents: 0, verifiedEvents: 0 },
      ],
    };
    const builder = new ScoreBuilder();
    readScoreJsonText(builder, JSON.stringify({ scoreSheets: [sheet] }), "bang-diem-2024.json");
    const [record] = builder.finish().records;
    if (!record) throw new Error("fixture");
    const result = classifier.value.classify(record.sheet, { tt124: "dat" });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
    return result.value;
  };

  it("holds the unit's points and level as in antq.classification/1, and the explanation lines", () => {
    const doc = ClassificationExplanationDocumentSchema.parse(
      classificationExplanationDocument(classified()),
    );
    expect(doc.format).toBe("antq.classification-explanation/1");
    expect(doc.unit).toMatchObject({
      unitId: "C28261",
      unitName: "Xã Mỹ Thành",
      points: 97.5,
      level: "xuat_sac",
    });
    expect(doc.explanation.title).toMatch(/^PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ NĂM 2024: Xã Mỹ Thành/);
    expect(doc.explanation.items.length).toBeGreaterThan(0);
    expect(doc.explanation.items[0]?.depth).toBe(0);
    expect(doc.explanation.conclusion.some((l) => l.startsWith("Cấu hình "))).toBe(true);
  });
});
