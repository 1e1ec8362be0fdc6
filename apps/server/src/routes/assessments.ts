/**
 * Storing assessment results from the server: a province account assesses a stored year (the whole province,
 * as row-level security shows it; commune officers submit data but do not store runs) with the server's rule
 * set and stores it as
 * `antq danh-gia --tu-kho … --luu-kho` does, with the same @antq/store and @antq/sheets functions (last
 * year's counts from the record, the run's provenance, the units' outcomes). Locked (approved) commune-years
 * are refused; the run is audited in the same transaction.
 */
import type { Readings } from "@antq/rules";
import {
  assessmentUnitResults,
  datasetOfStoredYear,
  ProvinceAssessment,
  pairInputs,
  Summary,
  summaryJson,
} from "@antq/sheets";
import {
  assessmentRunOptions,
  isStoreError,
  loadYear,
  previousYearRecord,
  runProvenance,
  saveAssessmentRun,
  withPreviousYearFacts,
} from "@antq/store";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { requireWrite } from "../access.js";
import { AssessmentSummarySchema, IsoDateSchema, OverlayIdsSchema, ReadingsSchema } from "../api-schemas.js";
import type { RuleCatalog } from "../catalog.js";
import { audit, scoped, transactionDriver } from "../db.js";
import { principalOf } from "../principal.js";
import { ProblemError, problemContent } from "../problem.js";
import type { DataContext } from "../server-context.js";
import { assertOpen } from "../workflow.js";
import { SECURITY } from "./accounts.js";

declare const __ANTQ_SERVER_VERSION__: string | undefined;
const APP_VERSION = {
  "@antq/server": typeof __ANTQ_SERVER_VERSION__ === "string" ? __ANTQ_SERVER_VERSION__ : "0.0.0",
};

const StoreAssessmentRequestSchema = z
  .object({
    asOf: IsoDateSchema.optional().meta({ title: "Ngày áp dụng quy định (mặc định: ngày chốt của năm)" }),
    overlays: OverlayIdsSchema.optional(),
    readings: ReadingsSchema.optional(),
  })
  .openapi("StoreAssessmentRequest");

const StoredRunSchema = z
  .object({
    year: z.int(),
    runId: z.int().meta({ title: "Mã lần đánh giá đã lưu" }),
    ruleSetHash: z.string(),
    asOf: IsoDateSchema,
    communeId: z.string().nullable().meta({ title: "Xã (null: cả tỉnh)" }),
    units: z.int().nonnegative().meta({ title: "Số đơn vị đã đánh giá" }),
    summary: AssessmentSummarySchema,
    previousYear: z.object({ year: z.int(), inRecord: z.boolean() }).meta({
      title: "Năm trước dùng cho điểm a khoản 4 Điều 4 (có trong kho hay không)",
    }),
    notes: z.array(z.string()).meta({
      title: "Ghi chú về số vụ năm trước (đơn vị chưa so sánh được thì cần xem xét)",
    }),
  })
  .openapi("StoredAssessmentRun");

/** Registers `POST /v1/years/{year}/assessments`. */
export const registerAssessmentRoutes = (app: OpenAPIHono, data: DataContext, catalog: RuleCatalog): void => {
  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/years/{year}/assessments",
      tags: ["Dữ liệu"],
      summary: "Đánh giá năm đã lưu của cả tỉnh và lưu kết quả vào kho (tài khoản cấp tỉnh)",
      description:
        "Như antq danh-gia --tu-kho --nam <năm> --luu-kho: số vụ năm trước lấy từ kho, kết quả lưu cùng nguồn gốc (mã băm bộ quy tắc, phiên bản, cách hiểu). Năm của xã đã được duyệt (khoá) bị từ chối. Ghi nhật ký trong cùng giao dịch.",
      security: SECURITY,
      request: {
        params: z.object({
          year: z.coerce
            .number()
            .int()
            .min(2000)
            .max(2100)
            .openapi({ param: { name: "year", in: "path" }, example: 2024 }),
        }),
        body: {
          required: false,
          content: { "application/json": { schema: StoreAssessmentRequestSchema } },
        },
      },
      responses: {
        201: {
          description: "Đã đánh giá và lưu",
          content: { "application/json": { schema: StoredRunSchema } },
        },
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("Không có quyền"),
        404: problemContent("Kho chưa có dữ liệu năm này (trong phạm vi được xem)"),
        409: problemContent("Năm của xã đã được duyệt và khoá"),
        415: problemContent("Kiểu dữ liệu không được hỗ trợ"),
        422: problemContent("Tham số không hợp lệ hoặc dữ liệu đã lưu không hợp lệ"),
      },
    }),
    async (c) => {
      const p = await principalOf(c, data.driver, data.origin);
      requireWrite(p);
      // The year's stored run is the province's: a commune-only run would become the year's latest run and
      // leave the other communes' units without a result in the report and the comparison with the last run.
      if (p.role === "commune_officer")
        throw new ProblemError(
          "FORBIDDEN",
          "Cán bộ cấp xã không lưu kết quả đánh giá: cấp tỉnh đánh giá cả tỉnh sau khi các xã nộp dữ liệu.",
        );
      const { year } = c.req.valid("param");
      const request = c.req.valid("json") ?? {};
      const overlays = request.overlays ?? [];
      const readings = (request.readings ?? {}) as Readings;
      const compiled = catalog.compiled({ year, asOf: request.asOf, overlays, readings });
      try {
        const stored = await scoped(data.driver, p, async (tx) => {
          const driver = transactionDriver(data.driver, tx);
          const domain = await loadYear(driver, year);
          if (domain.units.length === 0)
            throw new ProblemError(
              "NOT_FOUND",
              `Kho không có đơn vị nào năm ${year} trong phạm vi tài khoản.`,
            );
          await assertOpen(
            tx,
            year,
            domain.units.map((u) => u.location.communeId ?? null),
          );
          const read = datasetOfStoredYear(domain, `kho, năm ${year}`);
          const errors = read.issues.filter((i) => i.severity === "error");
          if (errors.length > 0)
            throw new ProblemError(
              "INVALID_INPUT",
              `Dữ liệu năm ${year} trong kho có ${errors.length} lỗi; chưa đánh giá.`,
              errors
                .slice(0, 100)
                .map((i) => ({ code: i.code, path: i.path ?? "", pointer: "", message: i.message })),
            );
          const previous = await previousYearRecord(driver, year);
          const { records: facts, notes } = withPreviousYearFacts(read.facts, previous, year);
          const { inputs, noFacts } = pairInputs(read.units, facts, year);
          const assessment = new ProvinceAssessment(compiled, inputs, noFacts);
          const results = assessmentUnitResults(assessment);
          const provenance = runProvenance(
            compiled,
            {
              ...assessmentRunOptions(readings, overlays, previous),
              scope: { provinceId: p.provinceId, communeId: p.communeId },
            },
            APP_VERSION,
          );
          const runId = await saveAssessmentRun(driver, {
            year,
            kind: "assessment",
            createdBy: p.login,
            ...provenance,
            results,
          });
          const summary = {
            year,
            runId,
            ruleSetHash: compiled.hash,
            asOf: compiled.asOf,
            communeId: p.communeId,
            units: results.length,
            summary: summaryJson(Summary.of(assessment.outcomes())),
            previousYear: { year: previous.year, inRecord: previous.stored },
            notes: notes.map((n) => n.message),
          };
          await audit(tx, {
            actor: p,
            action: "assess",
            entity: "assessment_run",
            entityId: String(runId),
            communeId: p.communeId,
            after: summary,
          });
          return summary;
        });
        return c.json(stored, 201);
      } catch (error) {
        if (isStoreError(error) && error.code === "YEAR_MISSING")
          throw new ProblemError("NOT_FOUND", error.message);
        throw error;
      }
    },
  );
};
