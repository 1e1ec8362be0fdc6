import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GoldenSuiteSchema, RuleSetMetadataSchema } from "../src/index.js";

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
