/**
 * JSON serialisation of rule metadata (ids, labels, citations, parameters with dated values, interpretation
 * options), validated by a zod schema from which the published JSON Schema is generated.
 */

import { z } from "zod";
import { parameterIdsOf } from "./internal/parameter-ids.js";
import { formatLegalBasis, type LegalBasis, LegalBasisSchema } from "./legal-basis.js";
import { OutcomeSchema } from "./outcome.js";
import { PackageRefSchema } from "./package-ref.js";
import type { Parameter, ParameterValue } from "./parameter.js";
import { basesOf, type Rule, type RuleVersion } from "./rule.js";
import type { RuleSet } from "./rule-set.js";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const CitedBasisSchema = LegalBasisSchema.extend({
  citation: z
    .string()
    .describe("Căn cứ đã định dạng, ví dụ “điểm b khoản 4 Điều 4 Thông tư 124/2021/TT-BCA”."),
});

/**
 * Zod schema of the JSON form of a rule version.
 *
 * @example
 * RuleVersionMetadataSchema.shape.from;
 */
export const RuleVersionMetadataSchema = z
  .object({
    from: IsoDate,
    to: IsoDate.optional(),
    label: z.string().optional(),
    note: z.string().optional(),
    basis: z.array(CitedBasisSchema),
    parameters: z.array(z.string()),
    interpretations: z.array(z.string()),
    dependsOn: z.array(z.string()),
    inputs: z.array(z.string()),
    findings: z.array(
      z.object({ code: z.string(), outcome: OutcomeSchema, message: z.string().optional() }).strict(),
    ),
    disabled: z.boolean().optional(),
    source: PackageRefSchema.optional(),
  })
  .strict();

/**
 * Zod schema of the JSON form of a rule.
 *
 * @example
 * RuleMetadataSchema.shape.id;
 */
export const RuleMetadataSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    description: z.string().optional(),
    role: z.enum(["gate", "criterion", "info"]),
    kinds: z.array(z.string()).optional(),
    source: PackageRefSchema.optional(),
    versions: z.array(RuleVersionMetadataSchema),
  })
  .strict();

/**
 * Zod schema of the JSON form of a parameter.
 *
 * @example
 * ParameterMetadataSchema.shape.values;
 */
export const ParameterMetadataSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    description: z.string().optional(),
    unit: z.string().optional(),
    source: PackageRefSchema.optional(),
    values: z.array(
      z
        .object({
          from: IsoDate,
          to: IsoDate.optional(),
          value: z.json(),
          basis: CitedBasisSchema,
          review: z.string().optional(),
          note: z.string().optional(),
          source: PackageRefSchema.optional(),
        })
        .strict(),
    ),
  })
  .strict();

/**
 * Zod schema of the JSON form of an interpretation option.
 *
 * @example
 * InterpretationMetadataSchema.shape.default;
 */
export const InterpretationMetadataSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    description: z.string().optional(),
    basis: CitedBasisSchema,
    choices: z.array(
      z.object({ id: z.string(), label: z.string(), description: z.string().optional() }).strict(),
    ),
    default: z.string().nullable(),
    source: PackageRefSchema.optional(),
    datedDefaults: z
      .array(
        z
          .object({
            from: IsoDate,
            to: IsoDate.optional(),
            default: z.string().nullable(),
            basis: CitedBasisSchema,
            source: PackageRefSchema.optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/**
 * Zod schema of the JSON form of a rule set (format "antq.rule-set/1"). Published as
 * `@antq/rules/schemas/rule-set.schema.json`.
 *
 * @example
 * RuleSetMetadataSchema.parse(ruleSetMetadata(ruleSet));
 */
export const RuleSetMetadataSchema = z
  .object({
    format: z.literal("antq.rule-set/1"),
    id: z.string(),
    label: z.string(),
    description: z.string().optional(),
    package: PackageRefSchema,
    basis: z.array(CitedBasisSchema),
    kinds: z.array(
      z.object({ id: z.string(), label: z.string(), description: z.string().optional() }).strict(),
    ),
    asOf: IsoDate.optional().describe("Có khi bộ quy tắc đã được chọn theo ngày."),
    year: z.number().int().optional(),
    hash: z.string().optional(),
    overlays: z.array(
      z
        .object({
          id: z.string(),
          label: z.string(),
          package: PackageRefSchema,
          basis: z.array(CitedBasisSchema),
          from: IsoDate,
          to: IsoDate.optional(),
        })
        .strict(),
    ),
    rules: z.array(RuleMetadataSchema),
    parameters: z.array(ParameterMetadataSchema),
    interpretations: z.array(InterpretationMetadataSchema),
  })
  .strict();

/**
 * The JSON form of a rule set.
 *
 * @example
 * const meta: RuleSetMetadata = ruleSetMetadata(ruleSet);
 */
export type RuleSetMetadata = z.infer<typeof RuleSetMetadataSchema>;

/** @internal helper, also used for hashing. */
function citeJson(basis: LegalBasis): z.infer<typeof CitedBasisSchema> {
  return { ...basis, citation: formatLegalBasis(basis) };
}

function versionJson<I>(v: RuleVersion<I>): z.infer<typeof RuleVersionMetadataSchema> {
  const out: z.infer<typeof RuleVersionMetadataSchema> = {
    from: v.from,
    basis: basesOf(v).map(citeJson),
    parameters: parameterIdsOf(v),
    interpretations: [...(v.interpretations ?? [])],
    dependsOn: [...(v.dependsOn ?? [])],
    inputs: [...(v.inputs ?? [])],
    findings: Object.entries(v.findings).map(([code, f]) =>
      typeof f.message === "string"
        ? { code, outcome: f.outcome, message: f.message }
        : { code, outcome: f.outcome },
    ),
  };
  if (v.to !== undefined) out.to = v.to;
  if (v.label !== undefined) out.label = v.label;
  if (v.note !== undefined) out.note = v.note;
  if (v.disabled) out.disabled = true;
  if (v.source !== undefined) out.source = v.source;
  return out;
}

function ruleJson<I>(r: Rule<I>, versions: readonly RuleVersion<I>[]): z.infer<typeof RuleMetadataSchema> {
  const out: z.infer<typeof RuleMetadataSchema> = {
    id: r.id,
    label: r.label,
    role: r.role,
    versions: versions.map(versionJson),
  };
  if (r.description !== undefined) out.description = r.description;
  if (r.kinds !== undefined) out.kinds = [...r.kinds];
  if (r.source !== undefined) out.source = r.source;
  return out;
}

function valueJson(v: ParameterValue): z.infer<typeof ParameterMetadataSchema>["values"][number] {
  const out: z.infer<typeof ParameterMetadataSchema>["values"][number] = {
    from: v.from,
    value: JSON.parse(JSON.stringify(v.value ?? null)),
    basis: citeJson(v.basis),
  };
  if (v.to !== undefined) out.to = v.to;
  if (v.review !== undefined) out.review = v.review;
  if (v.note !== undefined) out.note = v.note;
  if (v.source !== undefined) out.source = v.source;
  return out;
}

function parameterJson(
  p: Parameter,
  values: readonly ParameterValue[],
): z.infer<typeof ParameterMetadataSchema> {
  const out: z.infer<typeof ParameterMetadataSchema> = {
    id: p.id,
    label: p.label,
    values: values.map(valueJson),
  };
  if (p.description !== undefined) out.description = p.description;
  if (p.unit !== undefined) out.unit = p.unit;
  if (p.source !== undefined) out.source = p.source;
  return out;
}

/**
 * Options of {@link ruleSetMetadata}.
 *
 * @example
 * ruleSetMetadata(ruleSet, { asOf: "2025-11-15" });
 */
export interface MetadataOptions {
  /** Keep only the versions and values in force on this date (and record it). */
  readonly asOf?: string;
  readonly year?: number;
  readonly hash?: string;
}

/**
 * The JSON form of a rule set: every rule with all its dated versions (or only those in force on `asOf`),
 * parameters with dated values, interpretation options and the overlays applied.
 *
 * @example
 * const json = JSON.stringify(ruleSetMetadata(ruleSet), null, 2);
 */
export function ruleSetMetadata<I>(ruleSet: RuleSet<I>, options: MetadataOptions = {}): RuleSetMetadata {
  const at = options.asOf;
  const active = <T extends { from: string; to?: string }>(xs: readonly T[]): readonly T[] =>
    at === undefined ? xs : xs.filter((x) => x.from <= at && (x.to === undefined || at <= x.to));
  const out: RuleSetMetadata = {
    format: "antq.rule-set/1",
    id: ruleSet.id,
    label: ruleSet.label,
    package: ruleSet.package,
    basis: ruleSet.basis.map(citeJson),
    kinds: ruleSet.kinds.map((k) => ({ ...k })),
    overlays: ruleSet.overlays.map((o) => {
      const ov: RuleSetMetadata["overlays"][number] = {
        id: o.id,
        label: o.label,
        package: o.package,
        basis: o.basis.map(citeJson),
        from: o.from,
      };
      if (o.to !== undefined) ov.to = o.to;
      return ov;
    }),
    rules: ruleSet.rules
      .map((r) => ({ r, vs: active(r.versions) }))
      .filter(
        ({ r, vs }) => at === undefined || (vs.length > 0 && !vs[0]?.disabled) || r.versions.length === 0,
      )
      .map(({ r, vs }) => ruleJson(r, vs)),
    parameters: ruleSet.parameters
      .map((p) => ({ p, vs: active(p.values) }))
      .filter(({ vs }) => at === undefined || vs.length > 0)
      .map(({ p, vs }) => parameterJson(p, vs)),
    interpretations: ruleSet.interpretations.map((i) => {
      const out: RuleSetMetadata["interpretations"][number] = {
        id: i.id,
        label: i.label,
        basis: citeJson(i.basis),
        choices: i.choices.map((c) => ({ ...c })),
        default: i.default,
      };
      if (i.description !== undefined) out.description = i.description;
      if (i.source !== undefined) out.source = i.source;
      if (i.datedDefaults !== undefined && i.datedDefaults.length > 0) {
        out.datedDefaults = i.datedDefaults.map((d) => {
          const dd: NonNullable<RuleSetMetadata["interpretations"][number]["datedDefaults"]>[number] = {
            from: d.from,
            default: d.default,
            basis: citeJson(d.basis),
          };
          if (d.to !== undefined) dd.to = d.to;
          if (d.source !== undefined) dd.source = d.source;
          return dd;
        });
      }
      return out;
    }),
  };
  if (ruleSet.description !== undefined) out.description = ruleSet.description;
  if (at !== undefined) out.asOf = at;
  if (options.year !== undefined) out.year = options.year;
  if (options.hash !== undefined) out.hash = options.hash;
  return out;
}
