/**
 * Report download: the province's report of a period (annual, sơ kết, tổng kết) as DOCX (Nghị định 30 layout,
 * with charts) or its XLSX annexes, composed by @antq/report from the records @antq/store holds, read in the
 * request's transaction as `antq_app` so that row-level security applies. Province accounts only: the report
 * is the province's.
 */
import { composeReport, readStoredReview, renderReportDocx, writeAnnexXlsx } from "@antq/report";
import { pngChartRenderer } from "@antq/report/node";
import { provinceScope, reviewRecords } from "@antq/store";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { scoped, transactionDriver } from "../db.js";
import { principalOf } from "../principal.js";
import { jsonPointer, ProblemError, problemContent } from "../problem.js";
import type { DataContext } from "../server-context.js";
import { SECURITY } from "./accounts.js";

const MEDIA = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

const KINDS = { nam: "annual", "so-ket": "so-ket", "tong-ket": "tong-ket" } as const;

const year = (name: string) =>
  z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name, in: "query" } });

/** Registers the report endpoint. */
export const registerReportRoutes = (app: OpenAPIHono, data: DataContext): void => {
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/reports/{format}",
      tags: ["Báo cáo"],
      summary: "Tải báo cáo của tỉnh cho một kỳ: văn bản Word (docx) hoặc phụ lục Excel (xlsx)",
      description:
        "Lập từ dữ liệu và kết quả đã lưu trong kho, như antq bao-cao --tu-kho. Chỉ tài khoản cấp tỉnh.",
      security: SECURITY,
      request: {
        params: z.object({
          format: z.enum(["docx", "xlsx"]).openapi({ param: { name: "format", in: "path" } }),
        }),
        query: z.object({
          from: year("from"),
          to: year("to"),
          kind: z
            .enum(["nam", "so-ket", "tong-ket"])
            .optional()
            .openapi({
              param: { name: "kind", in: "query" },
              description: "nam (mặc định), so-ket, tong-ket",
            }),
          previous: z
            .enum(["true", "false"])
            .optional()
            .openapi({ param: { name: "previous", in: "query" }, description: "So sánh với kỳ trước" }),
        }),
      },
      responses: {
        200: {
          description: "Tệp báo cáo",
          content: {
            [MEDIA.docx]: { schema: z.string().openapi({ format: "binary" }) },
            [MEDIA.xlsx]: { schema: z.string().openapi({ format: "binary" }) },
          },
        },
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("Không phải tài khoản cấp tỉnh"),
        404: problemContent("Kho chưa có năm nào trong kỳ"),
        422: problemContent("Tham số hoặc số liệu không hợp lệ"),
      },
    }),
    async (c) => {
      const p = await principalOf(c, data.driver, data.origin);
      if (p.communeId !== null && p.communeId !== undefined)
        throw new ProblemError("FORBIDDEN", "Báo cáo của tỉnh chỉ dành cho tài khoản cấp tỉnh.");
      const { format } = c.req.valid("param");
      const query = c.req.valid("query");
      if (query.to < query.from)
        throw new ProblemError("INVALID_INPUT", `Kỳ báo cáo từ ${query.from} đến ${query.to} không hợp lệ.`, [
          { code: "PERIOD", path: "to", pointer: jsonPointer(["to"]), message: "Năm cuối trước năm đầu." },
        ]);
      const period = { fromYear: query.from, toYear: query.to, previous: query.previous === "true" };
      const read = await scoped(data.driver, p, (tx) =>
        readStoredReview(
          (range) => reviewRecords(transactionDriver(data.driver, tx), range, provinceScope(p.provinceId)),
          { ...period, source: `Kho của tỉnh ${p.provinceId}` },
        ),
      );
      if (!read.ok) {
        const empty = read.issues.find((i) => i.code === "EMPTY_PERIOD");
        if (empty !== undefined) throw new ProblemError("NOT_FOUND", empty.message);
        throw new ProblemError(
          "INVALID_INPUT",
          `Kho có ${read.issues.length} kết quả đánh giá không đọc được.`,
          read.issues.map((i) => ({ code: i.code, path: "", pointer: "", message: i.message })),
        );
      }
      const composed = composeReport(read.value, { ...period, kind: KINDS[query.kind ?? "nam"] });
      if (!composed.ok)
        throw new ProblemError(
          "INVALID_INPUT",
          `Không lập được báo cáo: ${composed.issues.length} lỗi trong số liệu.`,
          composed.issues.map((i) => ({ code: i.code, path: "", pointer: "", message: i.message })),
        );
      const bytes =
        format === "docx"
          ? await renderReportDocx(composed.value, { chartRenderer: pngChartRenderer() })
          : (await writeAnnexXlsx(composed.value)).bytes;
      const name = `bao-cao-${query.from}${query.to === query.from ? "" : `-${query.to}`}${format === "xlsx" ? "-phu-luc" : ""}.${format}`;
      return new Response(bytes, {
        status: 200,
        headers: {
          "content-type": MEDIA[format],
          "content-disposition": `attachment; filename="${name}"`,
        },
      });
    },
  );
};
