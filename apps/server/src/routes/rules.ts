/**
 * The stateless rule endpoints (anchors: OpenFisca's `/parameters`, `/variables`, Publicodes' `/rules`):
 * the rule sets with their dated versions and hashes, one rule with its text and Điều/khoản/điểm, and the
 * JSON Schemas of inputs and outputs.
 */
import { domainJsonSchema, JSON_SCHEMA_NAMES, type JsonSchemaName } from "@antq/domain";
import { basesOf, formatLegalBases, RuleSetMetadataSchema, ruleSetMetadata } from "@antq/rules";
import {
  AssessmentDocumentSchema,
  ClassificationDocumentSchema,
  PlanProgressDocumentSchema,
} from "@antq/sheets";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  JsonSchemaDocumentSchema,
  RuleDetailSchema,
  RuleSelectionQuerySchema,
  RuleSetDetailSchema,
  RuleSetListSchema,
  SchemaListSchema,
} from "../api-schemas.js";
import type { RuleCatalog, RuleSelection } from "../catalog.js";
import { ProblemError, problemContent } from "../problem.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const selectionOf = (query: z.infer<typeof RuleSelectionQuerySchema>): RuleSelection => ({
  ...(query.asOf !== undefined ? { asOf: query.asOf } : {}),
  ...(query.year !== undefined ? { year: query.year } : {}),
  overlays:
    query.overlays
      ?.split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0) ?? [],
});

const OUTPUT_SCHEMAS: Readonly<Record<string, { title: string; schema: z.ZodType }>> = {
  assessment: { title: "Kết quả đánh giá (antq.assessment/1)", schema: AssessmentDocumentSchema },
  classification: {
    title: "Kết quả phân loại (antq.classification/1)",
    schema: ClassificationDocumentSchema,
  },
  "plan-progress": { title: "Tiến độ kế hoạch (antq.plan-progress/1)", schema: PlanProgressDocumentSchema },
  "rule-set": { title: "Bộ quy tắc (antq.rule-set/1)", schema: RuleSetMetadataSchema },
};

const isInputSchema = (name: string): name is JsonSchemaName =>
  (JSON_SCHEMA_NAMES as readonly string[]).includes(name);

/** The JSON Schema (draft 2020-12) of an input or output by name, or undefined. */
export const jsonSchemaOf = (name: string): Record<string, unknown> | undefined => {
  if (isInputSchema(name)) return domainJsonSchema(name);
  const output = OUTPUT_SCHEMAS[name];
  if (output === undefined) return undefined;
  return z.toJSONSchema(output.schema, { target: "draft-2020-12", io: "output", unrepresentable: "any" });
};

const RuleSetParams = z.object({
  id: z
    .string()
    .max(200)
    .openapi({ param: { name: "id", in: "path" }, example: "an-toan-antt" }),
});

const RuleParams = z.object({
  ruleId: z
    .string()
    .max(200)
    .openapi({ param: { name: "ruleId", in: "path" }, example: "tt124.d4.k1" }),
});

const SchemaParams = z.object({
  name: z
    .string()
    .max(200)
    .openapi({ param: { name: "name", in: "path" }, example: "annual-facts" }),
});

/** Registers the rule endpoints on `app`. */
export const registerRuleRoutes = (app: OpenAPIHono, catalog: RuleCatalog): void => {
  const checkRuleSet = (id: string) => {
    if (id !== catalog.base.id)
      throw new ProblemError(
        "NOT_FOUND",
        `Không có bộ quy tắc "${id}". Bộ quy tắc hiện có: ${catalog.base.id}.`,
      );
  };

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/rulesets",
      tags: ["Quy định"],
      summary: "Các bộ quy tắc, phiên bản theo thời gian và gói quy định của tỉnh",
      responses: { 200: json(RuleSetListSchema, "Danh sách bộ quy tắc") },
    }),
    (c) =>
      c.json(
        {
          ruleSets: [
            {
              id: catalog.base.id,
              label: catalog.base.label,
              package: catalog.base.package,
              overlays: catalog.overlays.map((o) => ({
                id: o.id,
                label: o.label,
                package: o.package,
                from: o.from,
                ...(o.to !== undefined ? { to: o.to } : {}),
              })),
              versions: catalog.versions(),
            },
          ],
        },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/rulesets/{id}",
      tags: ["Quy định"],
      summary: "Bộ quy tắc áp dụng tại một ngày (hoặc năm), có mã băm, kèm các phiên bản theo thời gian",
      request: { params: RuleSetParams, query: RuleSelectionQuerySchema },
      responses: {
        200: json(RuleSetDetailSchema, "Bộ quy tắc đang áp dụng"),
        404: problemContent("Không có bộ quy tắc này"),
        422: problemContent("Ngày, năm hoặc gói của tỉnh không hợp lệ"),
      },
    }),
    (c) => {
      checkRuleSet(c.req.valid("param").id);
      const selection = selectionOf(c.req.valid("query"));
      const compiled = catalog.compiled(selection);
      const body: z.infer<typeof RuleSetDetailSchema> = {
        ruleSet: compiled.metadata as z.infer<typeof RuleSetDetailSchema>["ruleSet"],
        version: catalog.versionAt(selection),
        versions: catalog.versions(selection.overlays),
      };
      return c.json(body, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/rules/{ruleId}",
      tags: ["Quy định"],
      summary: "Một quy tắc (tiêu chí): nội dung, căn cứ Điều/khoản/điểm, phiên bản áp dụng và lịch sử",
      request: { params: RuleParams, query: RuleSelectionQuerySchema },
      responses: {
        200: json(RuleDetailSchema, "Quy tắc"),
        404: problemContent("Không có quy tắc này"),
        422: problemContent("Ngày, năm hoặc gói của tỉnh không hợp lệ"),
      },
    }),
    (c) => {
      const { ruleId } = c.req.valid("param");
      const selection = selectionOf(c.req.valid("query"));
      const compiled = catalog.compiled(selection);
      const history = ruleSetMetadata(catalog.ruleSet(selection.overlays)).rules.find((r) => r.id === ruleId);
      if (history === undefined)
        throw new ProblemError(
          "NOT_FOUND",
          `Không có quy tắc "${ruleId}" trong bộ quy tắc ${catalog.base.id}.`,
        );
      const inForce =
        history.versions.find(
          (v) => v.from <= compiled.asOf && (v.to === undefined || compiled.asOf <= v.to),
        ) ?? null;
      const resolved = compiled.rules.find((r) => r.rule.id === ruleId);
      return c.json(
        {
          asOf: compiled.asOf,
          rule: history,
          inForce: inForce?.disabled ? null : inForce,
          citation:
            resolved !== undefined && inForce !== null && !inForce.disabled
              ? formatLegalBases(basesOf(resolved.version))
              : null,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/schemas",
      tags: ["Lược đồ"],
      summary: "Các JSON Schema của dữ liệu đầu vào và kết quả",
      responses: { 200: json(SchemaListSchema, "Danh sách lược đồ") },
    }),
    (c) =>
      c.json(
        {
          schemas: [
            ...JSON_SCHEMA_NAMES.map((name) => ({
              name,
              kind: "input" as const,
              title: String(domainJsonSchema(name).title ?? name),
              href: `/v1/schemas/${name}`,
            })),
            ...Object.entries(OUTPUT_SCHEMAS).map(([name, { title }]) => ({
              name,
              kind: "output" as const,
              title,
              href: `/v1/schemas/${name}`,
            })),
          ],
        },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/schemas/{name}",
      tags: ["Lược đồ"],
      summary: "Một JSON Schema (draft 2020-12)",
      request: { params: SchemaParams },
      responses: {
        200: json(JsonSchemaDocumentSchema, "JSON Schema"),
        404: problemContent("Không có lược đồ này"),
      },
    }),
    (c) => {
      const { name } = c.req.valid("param");
      const schema = jsonSchemaOf(name);
      if (schema === undefined) throw new ProblemError("NOT_FOUND", `Không có lược đồ "${name}".`);
      return c.json(schema, 200);
    },
  );
};
