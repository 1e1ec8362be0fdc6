import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  AssessmentDocumentSchema,
  ClassificationDocumentSchema,
  ClassificationExplanationDocumentSchema,
  DemoDocumentSchema,
  DemoFlatCsvDocumentSchema,
  PlanProgressDocumentSchema,
  TemplateDocumentSchema,
  TypicalDocumentSchema,
  UnitExplanationDocumentSchema,
  ValidationDocumentSchema,
} from "../src/index.js";

const SCHEMAS = [
  { file: "assessment.schema.json", schema: AssessmentDocumentSchema, tag: "antq.assessment/1" },
  { file: "classification.schema.json", schema: ClassificationDocumentSchema, tag: "antq.classification/1" },
  { file: "plan-progress.schema.json", schema: PlanProgressDocumentSchema, tag: "antq.plan-progress/1" },
  { file: "typical.schema.json", schema: TypicalDocumentSchema, tag: "antq.typical/1" },
  // The CLI's other --json outputs (kiem-tra, demo, mau, danh-gia and phan-loai --giai-thich).
  { file: "validation.schema.json", schema: ValidationDocumentSchema, tag: "antq.validation/1" },
  { file: "demo.schema.json", schema: DemoDocumentSchema, tag: "antq.demo/1" },
  { file: "demo-flat-csv.schema.json", schema: DemoFlatCsvDocumentSchema, tag: "antq.demo-flat-csv/1" },
  { file: "template.schema.json", schema: TemplateDocumentSchema, tag: "antq.template/1" },
  {
    file: "unit-explanation.schema.json",
    schema: UnitExplanationDocumentSchema,
    tag: "antq.unit-explanation/1",
  },
  {
    file: "classification-explanation.schema.json",
    schema: ClassificationExplanationDocumentSchema,
    tag: "antq.classification-explanation/1",
  },
];

describe("published JSON Schemas", () => {
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

  it("are each listed in package.json's exports", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      exports: Record<string, unknown>;
    };
    for (const s of SCHEMAS) expect(pkg.exports[`./schemas/${s.file}`]).toBe(`./schemas/${s.file}`);
  });

  it("carry the Vietnamese titles and the format tags", () => {
    const text = readFileSync(new URL("../schemas/assessment.schema.json", import.meta.url), "utf8");
    expect(text).toContain('"const": "antq.assessment/1"');
    expect(text).toContain("Tỷ lệ đạt (đạt/thuộc phạm vi)");
    expect(readFileSync(new URL("../schemas/classification.schema.json", import.meta.url), "utf8")).toContain(
      '"const": "antq.classification/1"',
    );
  });
});
