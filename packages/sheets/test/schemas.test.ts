import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  AssessmentDocumentSchema,
  ClassificationDocumentSchema,
  PlanProgressDocumentSchema,
  TypicalDocumentSchema,
} from "../src/index.js";

const SCHEMAS = [
  { file: "assessment.schema.json", schema: AssessmentDocumentSchema },
  { file: "classification.schema.json", schema: ClassificationDocumentSchema },
  { file: "plan-progress.schema.json", schema: PlanProgressDocumentSchema },
  { file: "typical.schema.json", schema: TypicalDocumentSchema },
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
    });
  }

  it("carry the Vietnamese titles and the format tags", () => {
    const text = readFileSync(new URL("../schemas/assessment.schema.json", import.meta.url), "utf8");
    expect(text).toContain('"const": "antq.assessment/1"');
    expect(text).toContain("Tỷ lệ đạt (đạt/thuộc phạm vi)");
    expect(readFileSync(new URL("../schemas/classification.schema.json", import.meta.url), "utf8")).toContain(
      '"const": "antq.classification/1"',
    );
  });
});
