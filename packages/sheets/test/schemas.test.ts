import { readFileSync } from "node:fs";
import { describeSchemaFiles } from "@antq/test-support";
import { describe, expect, it } from "vitest";
import {
  ActivitySummaryDocumentSchema,
  AssessmentDocumentSchema,
  AwardProposalDocumentSchema,
  ClassificationDocumentSchema,
  ClassificationExplanationDocumentSchema,
  DemoDocumentSchema,
  DemoFlatCsvDocumentSchema,
  PlanProgressDocumentSchema,
  TeamRatingDocumentSchema,
  TemplateDocumentSchema,
  TypicalDocumentSchema,
  UnitExplanationDocumentSchema,
  ValidationDocumentSchema,
} from "../src/index.js";

describeSchemaFiles({
  root: new URL("../", import.meta.url),
  name: "sheets",
  files: [
    { file: "assessment.schema.json", schema: AssessmentDocumentSchema, tag: "antq.assessment/1" },
    {
      file: "classification.schema.json",
      schema: ClassificationDocumentSchema,
      tag: "antq.classification/1",
    },
    { file: "plan-progress.schema.json", schema: PlanProgressDocumentSchema, tag: "antq.plan-progress/1" },
    { file: "typical.schema.json", schema: TypicalDocumentSchema, tag: "antq.typical/1" },
    // The yearly cycle's documents.
    {
      file: "activity-summary.schema.json",
      schema: ActivitySummaryDocumentSchema,
      tag: "antq.activity-summary/1",
    },
    { file: "award-proposal.schema.json", schema: AwardProposalDocumentSchema, tag: "antq.award-proposal/1" },
    { file: "team-rating.schema.json", schema: TeamRatingDocumentSchema, tag: "antq.team-rating/1" },
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
  ],
});

describe("the published JSON Schemas' content", () => {
  it("carry the Vietnamese titles and the format tags", () => {
    const text = readFileSync(new URL("../schemas/assessment.schema.json", import.meta.url), "utf8");
    expect(text).toContain('"const": "antq.assessment/1"');
    expect(text).toContain("Tỷ lệ đạt (đạt/thuộc phạm vi)");
    expect(readFileSync(new URL("../schemas/classification.schema.json", import.meta.url), "utf8")).toContain(
      '"const": "antq.classification/1"',
    );
  });
});
