import { describeSchemaFiles } from "@antq/test-support";
import { describe, expect, it } from "vitest";
import {
  compile,
  GoldenSuiteSchema,
  type RuleSet,
  RuleSetMetadataSchema,
  RulesInForceDocumentSchema,
  ruleSetMetadata,
  rulesInForceDocument,
} from "../src/index.js";
import { exampleFixtures, type Unit } from "./support/example-fixtures.js";

describeSchemaFiles({
  root: new URL("../", import.meta.url),
  name: "rules",
  options: { target: "draft-2020-12", io: "input", unrepresentable: "any" },
  files: [
    { file: "rule-set.schema.json", schema: RuleSetMetadataSchema, title: "Bộ quy tắc (antq.rule-set/1)" },
    { file: "golden-suite.schema.json", schema: GoldenSuiteSchema, title: "Tệp kiểm thử mẫu (golden tests)" },
    {
      file: "rules-in-force.schema.json",
      schema: RulesInForceDocumentSchema,
      title: "Quy định áp dụng tại một ngày (antq.rules-in-force/1)",
      tag: "antq.rules-in-force/1",
    },
  ],
});

describe("antq.rules-in-force/1", () => {
  const { ruleSet } = exampleFixtures() as { ruleSet: RuleSet<Unit> };

  it("holds the date, the set in force on it and the whole history, and parses", () => {
    const compiled = compile(ruleSet, { asOf: "2025-11-15" });
    const doc = RulesInForceDocumentSchema.parse(
      rulesInForceDocument(compiled.asOf, compiled.metadata, ruleSetMetadata(ruleSet)),
    );
    expect(doc.format).toBe("antq.rules-in-force/1");
    expect(doc.asOf).toBe("2025-11-15");
    expect(doc.inForce.asOf).toBe("2025-11-15");
    expect(doc.history.asOf).toBeUndefined();
    expect(doc.inForce.rules.length).toBeGreaterThan(0);
    expect(doc.inForce).toEqual(compiled.metadata);
    expect(doc.history.rules.map((r) => r.id)).toEqual(ruleSet.rules.map((r) => r.id));
  });

  it("refuses a document without its format or with Vietnamese keys", () => {
    const compiled = compile(ruleSet, { asOf: "2025-11-15" });
    const legacy = { ngay: compiled.asOf, hieuLuc: compiled.metadata, lichSu: ruleSetMetadata(ruleSet) };
    expect(RulesInForceDocumentSchema.safeParse(legacy).success).toBe(false);
  });
});
