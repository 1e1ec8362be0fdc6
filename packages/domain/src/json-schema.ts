import * as z from "zod";
import { ActivitySchema } from "./activity.js";
import { AdminUnitSchema } from "./admin-unit.js";
import { AnnualFactsSchema } from "./annual-facts.js";
import { AssessedUnitSchema } from "./assessed-unit.js";
import { AwardSchema } from "./award.js";
import { DatasetSchema } from "./dataset.js";
import { DocumentReferenceSchema } from "./document-ref.js";
import { ModelSchema } from "./model.js";
import { PlanSchema } from "./plan.js";
import { ScoreSheetSchema } from "./score-sheet.js";
import { SecurityTeamSchema } from "./security-team.js";
import { TypicalRegistrationSchema } from "./typical-registration.js";

/**
 * The schemas shipped as JSON Schema (draft 2020-12) files in `@antq/domain/schemas/<name>.schema.json`.
 *
 * @example
 * ```ts
 * JSON_SCHEMA_NAMES.includes("annual-facts"); // true
 * ```
 */
export const JSON_SCHEMA_NAMES = [
  "activity",
  "admin-unit",
  "annual-facts",
  "assessed-unit",
  "award",
  "dataset",
  "document-reference",
  "model",
  "plan",
  "score-sheet",
  "security-team",
  "typical-registration",
] as const;

/**
 * The name of a shipped JSON Schema.
 *
 * @example
 * ```ts
 * const n: JsonSchemaName = "dataset";
 * ```
 */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const SOURCES: Readonly<Record<JsonSchemaName, z.ZodType>> = {
  activity: ActivitySchema,
  "admin-unit": AdminUnitSchema,
  "annual-facts": AnnualFactsSchema,
  "assessed-unit": AssessedUnitSchema,
  award: AwardSchema,
  dataset: DatasetSchema,
  "document-reference": DocumentReferenceSchema,
  model: ModelSchema,
  plan: PlanSchema,
  "score-sheet": ScoreSheetSchema,
  "security-team": SecurityTeamSchema,
  "typical-registration": TypicalRegistrationSchema,
};

/**
 * Generates the JSON Schema (draft 2020-12, input shape) of a domain schema with zod's `z.toJSONSchema`.
 * The shipped files are exactly this output. Checks that JSON Schema cannot express (e.g. registered
 * households ≤ resident households, document numbers, lineage) are done by the zod schemas only.
 *
 * @example
 * ```ts
 * const schema = domainJsonSchema("annual-facts");
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function domainJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const source = SOURCES[name];
  if (source === undefined)
    throw new RangeError(`domainJsonSchema: không có JSON Schema tên "${String(name)}"`);
  const generated = z.toJSONSchema(source, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `https://unpkg.com/@antq/domain/schemas/${name}.schema.json`, ...rest };
}
