import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ActivitySummaryDocumentSchema,
  AwardProposalDocumentSchema,
  TeamRatingDocumentSchema,
} from "../src/index.js";

const SCHEMAS = [
  {
    file: "activity-summary.schema.json",
    schema: ActivitySummaryDocumentSchema,
    tag: "antq.activity-summary/1",
  },
  { file: "award-proposal.schema.json", schema: AwardProposalDocumentSchema, tag: "antq.award-proposal/1" },
  { file: "team-rating.schema.json", schema: TeamRatingDocumentSchema, tag: "antq.team-rating/1" },
];

describe("published JSON Schemas of the movement cycle outputs", () => {
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
    });
  }
});
