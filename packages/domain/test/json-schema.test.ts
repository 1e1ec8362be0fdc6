import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  ActivitySchema,
  AdminUnitSchema,
  AnnualFactsSchema,
  AssessedUnitSchema,
  AwardSchema,
  DatasetSchema,
  DocumentReferenceSchema,
  domainJsonSchema,
  JSON_SCHEMA_NAMES,
  type JsonSchemaName,
  ModelSchema,
  PlanSchema,
  ScoreSheetSchema,
  SecurityTeamSchema,
} from "../src/index.js";
import { fixture } from "./helpers.js";

const dir = fileURLToPath(new URL("../schemas/", import.meta.url));
const fileOf = (name: string) => `${dir}${name}.schema.json`;
const render = (name: JsonSchemaName) => `${JSON.stringify(domainJsonSchema(name), null, 2)}\n`;

describe("shipped JSON Schema files", () => {
  it.each(JSON_SCHEMA_NAMES.map((n) => [n]))(
    "%s.schema.json is up to date (UPDATE_SCHEMAS=1 rewrites it)",
    (name) => {
      const text = render(name);
      if (process.env.UPDATE_SCHEMAS === "1") {
        if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
        writeFileSync(fileOf(name), text);
      }
      expect(existsSync(fileOf(name)), `missing ${fileOf(name)}; run UPDATE_SCHEMAS=1 npx vitest run`).toBe(
        true,
      );
      expect(readFileSync(fileOf(name), "utf8")).toBe(text);
    },
  );
});

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/); // the pattern keyword already checks real calendar dates
const compiled = new Map<JsonSchemaName, ReturnType<typeof ajv.compile>>();
// compiled lazily, after the "up to date" tests above may have (re)written the files
const validators = new Proxy({} as Record<JsonSchemaName, ReturnType<typeof ajv.compile>>, {
  get(_t, name: JsonSchemaName) {
    let v = compiled.get(name);
    if (v === undefined) {
      v = ajv.compile(JSON.parse(readFileSync(fileOf(name), "utf8")));
      compiled.set(name, v);
    }
    return v;
  },
});

const valid: [JsonSchemaName, string, boolean][] = [
  ["assessed-unit", "assessed-units.json", true],
  ["annual-facts", "annual-facts.json", true],
  ["model", "models.json", true],
  ["security-team", "security-teams.json", true],
  ["activity", "activities.json", true],
  ["award", "awards.json", true],
  ["plan", "plans.json", true],
  ["score-sheet", "score-sheets.json", true],
  ["dataset", "dataset.json", false],
];

describe("ajv accepts the same fixtures as zod", () => {
  for (const [name, file, isList] of valid) {
    const items = isList ? fixture<unknown[]>(file) : [fixture(file)];
    it.each(items.map((x, i) => [i, x] as const))(`${name}: ${file} #%i`, (_i, x) => {
      const ok = validators[name](x);
      expect(ok, JSON.stringify(validators[name].errors)).toBe(true);
    });
  }

  it("accepts the shipped provinces as admin units", async () => {
    const { PROVINCE_UNITS } = await import("../src/index.js");
    for (const p of PROVINCE_UNITS) expect(validators["admin-unit"](p), p.id).toBe(true);
  });
});

const cases = {
  AnnualFacts: [AnnualFactsSchema, "annual-facts"],
  AssessedUnit: [AssessedUnitSchema, "assessed-unit"],
  Model: [ModelSchema, "model"],
  SecurityTeam: [SecurityTeamSchema, "security-team"],
  Activity: [ActivitySchema, "activity"],
  Award: [AwardSchema, "award"],
  Plan: [PlanSchema, "plan"],
  ScoreSheet: [ScoreSheetSchema, "score-sheet"],
  AdminUnit: [AdminUnitSchema, "admin-unit"],
  DocumentReference: [DocumentReferenceSchema, "document-reference"],
  Dataset: [DatasetSchema, "dataset"],
} as const;

interface InvalidCase {
  name: string;
  schema: keyof typeof cases;
  input: unknown;
  jsonSchemaRejects: boolean;
}

describe("ajv rejects the same malformed fixtures as zod", () => {
  it.each(fixture<InvalidCase[]>("invalid-cases.json").map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const [zodSchema, jsonName] = cases[c.schema];
    expect(zodSchema.safeParse(c.input).success).toBe(false);
    // cross-field checks (e.g. registered ≤ resident) are zod-only and documented as such
    expect(validators[jsonName](c.input)).toBe(!c.jsonSchemaRejects);
  });

  it("rejects impossible calendar dates through the pattern", () => {
    for (const date of ["2025-02-29", "2024-04-31", "2025-13-01", "25-07-01"]) {
      expect(validators["annual-facts"]({ unitId: "kdc-1", year: 2025, asOf: date }), date).toBe(false);
    }
    expect(validators["annual-facts"]({ unitId: "kdc-1", year: 2025, asOf: "2024-02-29" })).toBe(true);
  });

  it("rejects a data set without schemaVersion in both", () => {
    const d = { ...fixture<Record<string, unknown>>("dataset.json") };
    delete d.schemaVersion;
    expect(DatasetSchema.safeParse(d).success).toBe(false);
    expect(validators.dataset(d)).toBe(false);
  });
});
