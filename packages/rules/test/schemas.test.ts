import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
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

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "schemas");
const schemas = {
  "rule-set.schema.json": {
    schema: RuleSetMetadataSchema,
    id: "https://antq.vn/schemas/rules/rule-set.schema.json",
    title: "Bộ quy tắc (antq.rule-set/1)",
  },
  "golden-suite.schema.json": {
    schema: GoldenSuiteSchema,
    id: "https://antq.vn/schemas/rules/golden-suite.schema.json",
    title: "Tệp kiểm thử mẫu (golden tests)",
  },
  "rules-in-force.schema.json": {
    schema: RulesInForceDocumentSchema,
    id: "https://antq.vn/schemas/rules/rules-in-force.schema.json",
    title: "Quy định áp dụng tại một ngày (antq.rules-in-force/1)",
  },
};

describe("published JSON Schemas", () => {
  for (const [file, { schema, id, title }] of Object.entries(schemas)) {
    it(`${file} is up to date (UPDATE_SCHEMAS=1 rewrites it)`, () => {
      const json = {
        $id: id,
        title,
        ...z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }),
      };
      const text = `${JSON.stringify(json, null, 2)}\n`;
      const path = join(dir, file);
      if (process.env.UPDATE_SCHEMAS === "1") {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, text);
      }
      expect(existsSync(path), `${file} thiếu; chạy UPDATE_SCHEMAS=1 npx vitest run`).toBe(true);
      expect(readFileSync(path, "utf8")).toBe(text);
    });
  }
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
