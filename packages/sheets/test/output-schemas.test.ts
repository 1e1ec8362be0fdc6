/**
 * The versioned documents of the CLI's remaining `--json` outputs (kiem-tra, demo, mau, danh-gia --giai-thich):
 * their published JSON Schemas are up to date, and documents built from real data (a generated province of
 * Tiền Giang) parse, with English keys and numbers as numbers.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ClassificationResult } from "@antq/criteria";
import { generateProvince } from "@antq/datagen";
import { compile } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { describe, expect, it } from "vitest";
import { z } from "zod";
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
import { exampleFixtures } from "./example-fixtures.js";

const SCHEMAS = [
  {
    file: "classification-explanation.schema.json",
    schema: ClassificationExplanationDocumentSchema,
    tag: "antq.classification-explanation/1",
  },
  { file: "validation.schema.json", schema: ValidationDocumentSchema, tag: "antq.validation/1" },
  { file: "demo.schema.json", schema: DemoDocumentSchema, tag: "antq.demo/1" },
  { file: "demo-flat-csv.schema.json", schema: DemoFlatCsvDocumentSchema, tag: "antq.demo-flat-csv/1" },
  { file: "template.schema.json", schema: TemplateDocumentSchema, tag: "antq.template/1" },
  {
    file: "unit-explanation.schema.json",
    schema: UnitExplanationDocumentSchema,
    tag: "antq.unit-explanation/1",
  },
];

describe("published JSON Schemas of the CLI's other outputs", () => {
  for (const s of SCHEMAS) {
    it(`schemas/${s.file} is up to date (UPDATE_SCHEMAS=1 rewrites it)`, () => {
      const path = fileURLToPath(new URL(`../schemas/${s.file}`, import.meta.url));
      const generated = `${JSON.stringify(
        { $id: `https://antq.vn/schemas/sheets/${s.file}`, ...z.toJSONSchema(s.schema) },
        null,
        2,
      )}\n`;
      if (process.env.UPDATE_SCHEMAS === "1") writeFileSync(path, generated);
      let current = "";
      try {
        current = readFileSync(path, "utf8");
      } catch {
        current = "";
      }
      expect(current, `schemas/${s.file} is stale: run UPDATE_SCHEMAS=1 npx vitest run`).toBe(generated);
      expect(current).toContain(`"const": "${s.tag}"`);
      expect(current).toContain('"title": "Định dạng"');
    });
  }

  it("list each schema in package.json's exports", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      exports: Record<string, unknown>;
    };
    for (const s of SCHEMAS) expect(pkg.exports[`./schemas/${s.file}`]).toBe(`./schemas/${s.file}`);
  });
});

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
  const { classifications } = exampleFixtures() as { classifications: ClassificationResult[] };

  it("holds the unit's points and level as in antq.classification/1, and the explanation lines", () => {
    const result = classifications.find((r) => r.unitId === "C28261");
    if (!result) throw new Error("no classification");
    const doc = ClassificationExplanationDocumentSchema.parse(classificationExplanationDocument(result));
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
