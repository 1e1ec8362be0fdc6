/**
 * Workflow endpoints: a commune's year is submitted (by its officer or the province), approved or returned
 * by the province; approval locks it. Each transition is audited with the status before and after.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { communeScope, type Principal, requireWrite } from "../access.js";
import { audit, scoped } from "../db.js";
import { principalOf } from "../principal.js";
import { ProblemError, problemContent } from "../problem.js";
import type { DataContext } from "../server-context.js";
import { type CommuneYearStatus, STATUS_LABELS, statusOf } from "../workflow.js";
import { SECURITY } from "./accounts.js";

const StatusSchema = z
  .object({
    year: z.int(),
    communeId: z.string(),
    status: z.enum(["open", "submitted", "approved", "returned"]),
    statusTitle: z.string(),
  })
  .openapi("CommuneYearStatus");

const Params = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: "year", in: "path" } }),
  communeId: z
    .string()
    .min(1)
    .max(50)
    .openapi({ param: { name: "communeId", in: "path" }, example: "C28261" }),
});

const view = (year: number, communeId: string, status: CommuneYearStatus) => ({
  year,
  communeId,
  status,
  statusTitle: STATUS_LABELS[status],
});

type Action = "submit" | "approve" | "return";
const NEXT: Record<Action, { from: readonly CommuneYearStatus[]; to: CommuneYearStatus; province: boolean }> =
  {
    submit: { from: ["open", "returned"], to: "submitted", province: false },
    approve: { from: ["submitted"], to: "approved", province: true },
    return: { from: ["submitted"], to: "returned", province: true },
  };
const ACTION_TITLES: Record<Action, string> = { submit: "Nộp", approve: "Duyệt", return: "Trả lại" };

/** Registers the workflow endpoints. */
export const registerWorkflowRoutes = (app: OpenAPIHono, data: DataContext): void => {
  const inScope = async (p: Principal, year: number, communeId: string) => {
    communeScope(p, communeId);
    return scoped(data.driver, p, async (tx) => {
      const units = await tx.query("select 1 from unit_year where year = $1 and commune_id = $2 limit 1", [
        year,
        communeId,
      ]);
      if (units.length === 0)
        throw new ProblemError(
          "NOT_FOUND",
          `Không có dữ liệu năm ${year} của xã ${communeId} trong phạm vi tài khoản.`,
        );
      return statusOf(tx, year, communeId);
    });
  };

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/years/{year}/communes/{communeId}/status",
      tags: ["Quy trình"],
      summary: "Trạng thái dữ liệu năm của một xã (nhập liệu, đã nộp, đã duyệt, trả lại)",
      security: SECURITY,
      request: { params: Params },
      responses: {
        200: { description: "Trạng thái", content: { "application/json": { schema: StatusSchema } } },
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("Xã khác"),
        404: problemContent("Không có dữ liệu của xã"),
        422: problemContent("Tham số không hợp lệ"),
      },
    }),
    async (c) => {
      const p = await principalOf(c, data.driver, data.origin);
      const { year, communeId } = c.req.valid("param");
      return c.json(view(year, communeId, await inScope(p, year, communeId)), 200);
    },
  );

  for (const action of ["submit", "approve", "return"] as const) {
    app.openapi(
      createRoute({
        method: "post",
        path: `/v1/years/{year}/communes/{communeId}/${action}`,
        tags: ["Quy trình"],
        summary: `${ACTION_TITLES[action]} dữ liệu năm của một xã${NEXT[action].province ? " (cấp tỉnh)" : ""}`,
        security: SECURITY,
        request: { params: Params },
        responses: {
          200: { description: "Trạng thái mới", content: { "application/json": { schema: StatusSchema } } },
          401: problemContent("Chưa đăng nhập"),
          403: problemContent("Không có quyền"),
          404: problemContent("Không có dữ liệu của xã"),
          409: problemContent("Trạng thái hiện tại không cho phép"),
          422: problemContent("Tham số không hợp lệ"),
        },
      }),
      async (c) => {
        const p = await principalOf(c, data.driver, data.origin);
        requireWrite(p);
        const { year, communeId } = c.req.valid("param");
        const step = NEXT[action];
        if (step.province && p.role === "commune_officer")
          throw new ProblemError("FORBIDDEN", "Chỉ cấp tỉnh được duyệt hoặc trả lại dữ liệu của xã.");
        communeScope(p, communeId);
        const status = await scoped(data.driver, p, async (tx) => {
          const units = await tx.query(
            "select 1 from unit_year where year = $1 and commune_id = $2 limit 1",
            [year, communeId],
          );
          if (units.length === 0)
            throw new ProblemError(
              "NOT_FOUND",
              `Không có dữ liệu năm ${year} của xã ${communeId} trong phạm vi tài khoản.`,
            );
          const before = await statusOf(tx, year, communeId);
          if (!step.from.includes(before))
            throw new ProblemError(
              "CONFLICT",
              `Không thể ${ACTION_TITLES[action].toLowerCase()} khi dữ liệu đang ở trạng thái “${STATUS_LABELS[before]}”.`,
            );
          await tx.query(
            `insert into commune_year_status (year, province_id, commune_id, status, changed_by) values ($1, $2, $3, $4, $5)
             on conflict (year, commune_id) do update set status = excluded.status, changed_at = now(), changed_by = excluded.changed_by`,
            [year, p.provinceId, communeId, step.to, p.login],
          );
          await audit(tx, {
            actor: p,
            action,
            entity: "commune_year",
            entityId: `${year}/${communeId}`,
            communeId,
            before: { status: before },
            after: { status: step.to },
          });
          return step.to;
        });
        return c.json(view(year, communeId, status), 200);
      },
    );
  }
};
