/**
 * The zod schemas of the HTTP API's requests and responses. The domain and rule schemas come from the
 * packages as they are; this module only assembles them into request and response bodies, from which the
 * OpenAPI 3.1 document is generated.
 */
import { DatasetSchema } from "@antq/domain";
import { OutcomeSchema, PackageRefSchema, RuleMetadataSchema, RuleVersionMetadataSchema } from "@antq/rules";
import { AssessmentDocumentSchema, UnitResultSchema } from "@antq/sheets";
import { z } from "@hono/zod-openapi";

/** A calendar date in ISO form. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ title: "Ngày (YYYY-MM-DD)", example: "2024-11-15" });

const YearSchema = z.int().min(1990).max(2100).meta({ title: "Năm đánh giá", example: 2024 });

/** The ids of province overlays chosen for one call. */
export const OverlayIdsSchema = z
  .array(z.string().min(1).max(200))
  .max(20)
  .meta({ title: "Các gói quy định của tỉnh áp dụng (mã gói)" });

/** The interpretation options chosen for one call. */
export const ReadingsSchema = z.record(z.string().max(200), z.string().max(200).nullable()).meta({
  title: "Cách hiểu chọn cho lần đánh giá này (mã cách hiểu → lựa chọn; null = chưa quyết định)",
  example: { "tt124.kiem_che_keo_giam": "khong_tang" },
});

/** Query of the endpoints that select a rule set: a date or a year, and overlays. */
export const RuleSelectionQuerySchema = z.object({
  asOf: IsoDateSchema.optional().openapi({ param: { name: "asOf", in: "query" } }),
  year: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2100)
    .optional()
    .openapi({ param: { name: "year", in: "query" }, description: "Năm đánh giá (dùng ngày chốt của năm)" }),
  overlays: z
    .string()
    .max(2000)
    .optional()
    .openapi({
      param: { name: "overlays", in: "query" },
      description: "Các gói quy định của tỉnh, cách nhau bởi dấu phẩy",
    }),
});

/** A dated version of a rule set. */
export const DatedVersionSchema = z
  .object({
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
    hash: z.string().meta({
      title:
        "Mã băm nội dung phiên bản (quy tắc, tham số, cách hiểu mặc định, gói), như nhau mọi ngày của giai đoạn",
    }),
  })
  .openapi("DatedVersion");

const OverlaySummarySchema = z
  .object({
    id: z.string(),
    label: z.string(),
    package: PackageRefSchema,
    from: IsoDateSchema,
    to: IsoDateSchema.optional(),
  })
  .openapi("OverlaySummary");

/** `GET /v1/rulesets`. */
export const RuleSetListSchema = z
  .object({
    ruleSets: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        package: PackageRefSchema,
        overlays: z.array(OverlaySummarySchema).meta({ title: "Các gói quy định của tỉnh có trên máy chủ" }),
        versions: z
          .array(DatedVersionSchema)
          .meta({ title: "Các phiên bản theo thời gian (không có gói tỉnh)" }),
      }),
    ),
  })
  .openapi("RuleSetList");

/** `GET /v1/rulesets/{id}`. */
export const RuleSetDetailSchema = z
  .object({
    // The rule set's own zod schema has recursive JSON values, which the OpenAPI generator cannot follow: the
    // document refers to its published JSON Schema instead, and the tests validate against that.
    ruleSet: z
      .looseObject({
        format: z.literal("antq.rule-set/1"),
        id: z.string(),
        label: z.string(),
        asOf: IsoDateSchema.optional(),
        hash: z.string().optional(),
        rules: z.array(RuleMetadataSchema),
        parameters: z.array(z.looseObject({ id: z.string(), label: z.string() })),
        interpretations: z.array(z.looseObject({ id: z.string(), label: z.string() })),
      })
      .openapi("RuleSet", {
        description: "Bộ quy tắc dạng antq.rule-set/1; JSON Schema đầy đủ: /v1/schemas/rule-set",
      }),
    version: DatedVersionSchema.meta({ title: "Phiên bản áp dụng tại ngày asOf" }),
    versions: z.array(DatedVersionSchema),
  })
  .openapi("RuleSetDetail");

/** `GET /v1/rules/{ruleId}`. */
export const RuleDetailSchema = z
  .object({
    asOf: IsoDateSchema,
    rule: RuleMetadataSchema,
    inForce: RuleVersionMetadataSchema.nullable().meta({ title: "Phiên bản áp dụng tại ngày asOf" }),
    citation: z.string().nullable().meta({ title: "Căn cứ của phiên bản áp dụng, ví dụ “khoản 1 Điều 4 …”" }),
  })
  .openapi("RuleDetail");

const AssessBaseSchema = z.object({
  year: YearSchema,
  asOf: IsoDateSchema.optional().meta({ title: "Ngày áp dụng quy định (mặc định: ngày chốt của năm)" }),
  overlays: OverlayIdsSchema.optional(),
  readings: ReadingsSchema.optional(),
  dataset: DatasetSchema,
});

/** `POST /v1/assess`. */
export const AssessRequestSchema = AssessBaseSchema.extend({
  explain: z.boolean().optional().meta({ title: "Kèm lý do từng tiêu chí" }),
}).openapi("AssessRequest");

/** `POST /v1/assess/trace`. */
export const TraceRequestSchema = AssessBaseSchema.extend({
  unitId: z.string().min(1).max(200).meta({ title: "Mã đơn vị cần giải thích" }),
}).openapi("TraceRequest");

const RuleSetRefSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    hash: z.string().meta({ title: "Mã băm bộ quy tắc (dùng để lặp lại kết quả)" }),
    packages: z.array(PackageRefSchema),
  })
  .openapi("RuleSetRef");

/** The "X/Y đạt" counts of a run, overall, by unit kind and by commune: the `summary` of `antq.assessment/1`. */
// Used as @antq/sheets defines it: `.openapi()` exists only on schemas made after @hono/zod-openapi extends zod,
// which depends on the order modules are loaded in.
export const AssessmentSummarySchema = AssessmentDocumentSchema.shape.summary;

/** `POST /v1/assess` response. */
export const AssessResponseSchema = z
  .object({
    year: YearSchema,
    asOf: IsoDateSchema,
    ruleSet: RuleSetRefSchema,
    readings: z.record(z.string(), z.string().nullable()).meta({ title: "Cách hiểu đã áp dụng" }),
    summary: AssessmentSummarySchema,
    units: z.array(UnitResultSchema),
  })
  .openapi("AssessResponse");

const ExplainedCriterionSchema = z
  .looseObject({
    id: z.string(),
    outcome: OutcomeSchema,
    code: z.string(),
    label: z.string().optional(),
    reason: z.string().optional(),
    citation: z.string().optional(),
  })
  .openapi("ExplainedCriterion");

/** `POST /v1/assess/trace` response: the explained result of one unit and its Vietnamese text. */
export const TraceResponseSchema = z
  .object({
    unitId: z.string(),
    noFacts: z.boolean().meta({ title: "Đơn vị không có dữ kiện năm (chưa báo cáo)" }),
    result: z
      .looseObject({
        ruleSet: z.string(),
        hash: z.string(),
        asOf: IsoDateSchema,
        kind: z.string(),
        outcome: OutcomeSchema,
        summary: z.string().optional(),
        criteria: z.array(ExplainedCriterionSchema),
      })
      .openapi("ExplainedResult"),
    text: z.string().meta({ title: "Giải thích bằng tiếng Việt" }),
  })
  .openapi("TraceResponse");

/** `GET /v1/schemas`. */
export const SchemaListSchema = z
  .object({
    schemas: z.array(
      z.object({
        name: z.string(),
        kind: z.enum(["input", "output"]),
        title: z.string(),
        href: z.string(),
      }),
    ),
  })
  .openapi("SchemaList");

/** A JSON Schema document (draft 2020-12). */
export const JsonSchemaDocumentSchema = z.record(z.string(), z.unknown()).openapi("JsonSchemaDocument");
