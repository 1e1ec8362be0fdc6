/**
 * Stateless assessment (anchors: OpenFisca `POST /calculate` and `/trace`, Publicodes `POST /evaluate`):
 * a domain dataset in, @antq/rules-antt's results out, with per-call interpretation options (what-if) and
 * the province overlays configured on the server. The dataset is checked as a whole by @antq/domain
 * (duplicate ids, unknown references) and the units paired with their facts by @antq/sheets, as the CLI does.
 */
import { checkDataset, type Dataset } from "@antq/domain";
import { type EvaluationResult, renderExplanation } from "@antq/rules";
import { communeKeyOf, coveringCommuneOf, createCommuneRollup, evaluateWithCommunes } from "@antq/rules-antt";
import { pairInputs, Summary, summaryJson, unitResultJson } from "@antq/sheets";
import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import {
  AssessRequestSchema,
  AssessResponseSchema,
  TraceRequestSchema,
  TraceResponseSchema,
} from "../api-schemas.js";
import { invalid, type RuleCatalog } from "../catalog.js";
import { jsonPointer, ProblemError, problemContent } from "../problem.js";

const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

type AssessBase = z.infer<typeof TraceRequestSchema> | z.infer<typeof AssessRequestSchema>;

/** The dataset's whole-set checks as a located 422 (the record-level checks ran in validation). */
const checkWhole = (dataset: Dataset): void => {
  const issues = checkDataset(dataset, { checkAdminReferences: false });
  if (issues.length === 0) return;
  throw new ProblemError(
    "INVALID_INPUT",
    `Bộ dữ liệu có ${issues.length} lỗi.`,
    issues.map((i) => {
      const path = ["dataset", ...i.path];
      return { code: i.code, path: `dataset.${i.pathText}`, pointer: jsonPointer(path), message: i.message };
    }),
  );
};

const prepare = (catalog: RuleCatalog, request: AssessBase) => {
  if (request.asOf !== undefined && Number(request.asOf.slice(0, 4)) > request.year + 1)
    throw invalid(
      "AS_OF_AFTER_YEAR",
      ["asOf"],
      `Ngày áp dụng ${request.asOf} sau năm đánh giá ${request.year}.`,
    );
  const compiled = catalog.compiled({
    year: request.year,
    asOf: request.asOf,
    overlays: request.overlays,
    readings: request.readings,
  });
  checkWhole(request.dataset);
  const { inputs, noFacts } = pairInputs(
    request.dataset.units.map((unit, i) => ({ unit, source: { file: "dataset", jsonPath: `units[${i}]` } })),
    (request.dataset.annualFacts ?? []).map((facts, i) => ({
      facts,
      source: { file: "dataset", jsonPath: `annualFacts[${i}]` },
    })),
    request.year,
  );
  return { compiled, inputs, noFacts };
};

/** Registers the assessment endpoints on `app`. */
export const registerAssessRoutes = (app: OpenAPIHono, catalog: RuleCatalog): void => {
  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/assess",
      tags: ["Đánh giá"],
      summary: "Đánh giá một hoặc nhiều đơn vị theo tiêu chuẩn “An toàn về an ninh, trật tự”",
      description:
        "Gửi một bộ dữ liệu (đơn vị và dữ kiện năm); xã được đánh giá cùng các đơn vị trên địa bàn (khoản 4 Điều 5 Thông tư 124/2021/TT-BCA). Có thể chọn cách hiểu (readings) và gói quy định của tỉnh (overlays) cho riêng lần gọi này.",
      request: { body: body(AssessRequestSchema) },
      responses: {
        200: { description: "Kết quả", content: { "application/json": { schema: AssessResponseSchema } } },
        400: problemContent("Không phải JSON hợp lệ"),
        413: problemContent("Dữ liệu quá lớn"),
        415: problemContent("Kiểu dữ liệu không được hỗ trợ"),
        422: problemContent("Dữ liệu không hợp lệ (có vị trí từng lỗi)"),
      },
    }),
    (c) => {
      const request = c.req.valid("json");
      const { compiled, inputs, noFacts } = prepare(catalog, request);
      const results = evaluateWithCommunes(compiled, inputs, { explain: request.explain === true });
      const summary = Summary.of(
        inputs.map((input, i) => ({ unit: input.unit, result: results[i] as EvaluationResult })),
      );
      return c.json(
        {
          year: request.year,
          asOf: compiled.asOf,
          ruleSet: {
            id: compiled.id,
            label: compiled.label,
            hash: compiled.hash,
            packages: [...compiled.packages],
          },
          readings: Object.fromEntries(
            compiled.metadata.interpretations.map((i) => [i.id, compiled.reading(i.id)]),
          ),
          summary: summaryJson(summary),
          units: inputs.map((input, i) =>
            unitResultJson(input.unit, results[i] as EvaluationResult, noFacts.has(input.unit.id)),
          ),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/assess/trace",
      tags: ["Đánh giá"],
      summary: "Giải thích kết quả của một đơn vị: từng tiêu chí, lý do, căn cứ, dữ kiện đã dùng",
      request: { body: body(TraceRequestSchema) },
      responses: {
        200: { description: "Giải thích", content: { "application/json": { schema: TraceResponseSchema } } },
        400: problemContent("Không phải JSON hợp lệ"),
        404: problemContent("Không có đơn vị này trong bộ dữ liệu"),
        413: problemContent("Dữ liệu quá lớn"),
        415: problemContent("Kiểu dữ liệu không được hỗ trợ"),
        422: problemContent("Dữ liệu không hợp lệ (có vị trí từng lỗi)"),
      },
    }),
    (c) => {
      const request = c.req.valid("json");
      const { compiled, inputs, noFacts } = prepare(catalog, request);
      const target = inputs.find((input) => input.unit.id === request.unitId);
      if (target === undefined)
        throw new ProblemError(
          "NOT_FOUND",
          `Không tìm thấy đơn vị có mã "${request.unitId}" trong bộ dữ liệu.`,
        );
      let result: EvaluationResult;
      if (target.unit.kind !== "commune") result = compiled.evaluate(target, { explain: true });
      else {
        const key = communeKeyOf(target.unit);
        const rollup = createCommuneRollup(compiled);
        for (const input of inputs)
          if (input.unit.kind !== "commune" && key !== undefined && coveringCommuneOf(input.unit) === key)
            rollup.addUnit(input);
        result = rollup.evaluateCommune(target, { explain: true });
      }
      return c.json(
        {
          unitId: target.unit.id,
          noFacts: noFacts.has(target.unit.id),
          result: JSON.parse(JSON.stringify(result)) as z.infer<typeof TraceResponseSchema>["result"],
          text: renderExplanation(result),
        },
        200,
      );
    },
  );
};
