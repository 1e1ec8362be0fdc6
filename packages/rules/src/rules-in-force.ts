/**
 * The machine output of `antq quy-dinh --json`, `antq.rules-in-force/1`: the date asked for, the rule set in
 * force on it (only the versions and values in force) and its whole history (every version), both in the
 * `antq.rule-set/1` form of {@link ruleSetMetadata}.
 */
import { z } from "zod";
import { type RuleSetMetadata, RuleSetMetadataSchema } from "./serialize.js";

/**
 * The format tag of {@link RulesInForceDocumentSchema}.
 *
 * @example
 * RULES_IN_FORCE_FORMAT; //=> "antq.rules-in-force/1"
 */
export const RULES_IN_FORCE_FORMAT = "antq.rules-in-force/1";

/**
 * `antq.rules-in-force/1`: the rules, criteria, parameters and interpretation options in force on a date,
 * with their history. Published as `@antq/rules/schemas/rules-in-force.schema.json`.
 *
 * @example
 * const doc = rulesInForceDocument("2025-11-15", ruleSetMetadata(ruleSet, { asOf: "2025-11-15" }), ruleSetMetadata(ruleSet));
 * RulesInForceDocumentSchema.parse(doc).asOf; //=> "2025-11-15"
 */
export const RulesInForceDocumentSchema = z
  .object({
    format: z.literal(RULES_IN_FORCE_FORMAT).meta({ title: "Định dạng" }),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .meta({ title: "Ngày áp dụng" }),
    inForce: RuleSetMetadataSchema.meta({ title: "Quy định có hiệu lực tại ngày áp dụng" }),
    history: RuleSetMetadataSchema.meta({ title: "Lịch sử: mọi phiên bản của quy tắc và tham số" }),
  })
  .strict()
  .meta({ title: "Quy định áp dụng tại một ngày (antq.rules-in-force/1)" });

/**
 * An `antq.rules-in-force/1` document.
 *
 * @example
 * const doc: RulesInForceDocument = rulesInForceDocument(compiled.asOf, compiled.metadata, ruleSetMetadata(ruleSet));
 * doc.format; //=> "antq.rules-in-force/1"
 */
export type RulesInForceDocument = z.infer<typeof RulesInForceDocumentSchema>;

/**
 * The `antq.rules-in-force/1` document of a date: `inForce` is the compiled set's metadata on that date
 * (`compiled.metadata`), `history` the metadata of the whole composed set (`ruleSetMetadata(ruleSet)`).
 *
 * @example
 * const compiled = compile(ruleSet, { asOf: "2025-11-15" });
 * const doc = rulesInForceDocument(compiled.asOf, compiled.metadata, ruleSetMetadata(ruleSet));
 * [doc.asOf, doc.inForce.asOf]; //=> ["2025-11-15", "2025-11-15"]
 */
export const rulesInForceDocument = (
  asOf: string,
  inForce: RuleSetMetadata,
  history: RuleSetMetadata,
): RulesInForceDocument => ({ format: RULES_IN_FORCE_FORMAT, asOf, inForce, history });
