/**
 * Read endpoints for the record's other tables of a year (store migrations 0001–0009): the movement
 * classification of the year's latest classification run, the plans and the awards. Each is paginated
 * (opaque cursors bound to their filters), scoped by the handler (a commune officer: their own commune) and
 * read under row-level security (the province; unit-linked rows through the commune's units).
 */
import type { Row, SqlExecutor } from "@antq/store";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { communeScope, type Principal } from "../access.js";
import { filterDigest, makeCursor, readCursor } from "../cursor.js";
import { scoped } from "../db.js";
import { principalOf } from "../principal.js";
import { problemContent } from "../problem.js";
import type { DataContext } from "../server-context.js";
import { SECURITY } from "./accounts.js";

const YearParams = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: "year", in: "path" }, example: 2024 }),
});

const query = <T extends z.ZodType>(name: string, schema: T) =>
  schema.optional().openapi({ param: { name, in: "query" } });
const text = (name: string) => query(name, z.string().max(100));

const PAGE_QUERY = {
  communeId: query("communeId", z.string().max(50)),
  limit: query("limit", z.coerce.number().int().min(1).max(1000)),
  cursor: query("cursor", z.string().max(500)),
};

const Doc = z.record(z.string(), z.unknown());
const NextCursor = z.string().nullable().meta({ title: "Con trỏ trang sau (null: hết)" });

const ClassificationPageSchema = z
  .object({
    year: z.int(),
    run: z
      .object({ id: z.int(), createdAt: z.string(), createdBy: z.string(), ruleSetHash: z.string() })
      .nullable()
      .meta({ title: "Lần xếp loại đã lưu gần nhất của năm (null: chưa có)" }),
    units: z.array(
      z.object({
        unitId: z.string(),
        name: z.string(),
        communeId: z.string().nullable(),
        level: z.string().meta({ title: "Mức xếp loại phong trào" }),
        score: z.number().nullable(),
        criteria: z.record(z.string(), z.string()),
      }),
    ),
    nextCursor: NextCursor,
  })
  .openapi("ClassificationPage");

const PlanPageSchema = z
  .object({
    year: z.int(),
    plans: z.array(z.object({ planId: z.string(), scopeId: z.string().nullable(), plan: Doc })),
    nextCursor: NextCursor,
  })
  .openapi("PlanPage");

const AwardPageSchema = z
  .object({
    year: z.int(),
    awards: z.array(
      z.object({
        awardId: z.string(),
        form: z.string(),
        issuerKind: z.string(),
        recipientKind: z.string(),
        date: z.string(),
        award: Doc,
      }),
    ),
    nextCursor: NextCursor,
  })
  .openapi("AwardPage");

const READ_RESPONSES = {
  401: problemContent("Chưa đăng nhập"),
  403: problemContent("Ngoài phạm vi được xem"),
  422: problemContent("Tham số không hợp lệ"),
} as const;

/** One page of `rows` (fetched with one row more than `limit`) and the cursor after it. */
const paged = (rows: readonly Row[], limit: number, key: string, digest: string) => {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    page,
    nextCursor: rows.length > limit && last !== undefined ? makeCursor(String(last[key]), digest) : null,
  };
};

interface ListRequest {
  readonly p: Principal;
  readonly year: number;
  readonly commune: string | undefined;
  readonly limit: number;
  readonly after: string;
  readonly digest: string;
}

/** The principal, scope and page of a list request; `filters` are the list's own (bound to its cursor). */
const listRequest = async (
  c: Context,
  data: DataContext,
  year: number,
  q: { communeId?: string | undefined; limit?: number | undefined; cursor?: string | undefined },
  filters: Record<string, unknown>,
): Promise<ListRequest> => {
  const p = await principalOf(c, data.driver, data.origin);
  const commune = communeScope(p, q.communeId);
  const limit = q.limit ?? 100;
  const digest = filterDigest(year, { commune, limit, ...filters });
  const after = q.cursor === undefined ? "" : readCursor(q.cursor, digest);
  return { p, year, commune, limit, after, digest };
};

const read = <T>(data: DataContext, r: ListRequest, fn: (tx: SqlExecutor) => Promise<T>) =>
  scoped(data.driver, r.p, fn);

/** Registers the classification, plan and award read endpoints. */
export const registerRecordRoutes = (app: OpenAPIHono, data: DataContext): void => {
  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/years/{year}/classifications",
      tags: ["Dữ liệu"],
      summary: "Xếp loại phong trào của năm (lần xếp loại đã lưu gần nhất), có bộ lọc và phân trang",
      security: SECURITY,
      request: { params: YearParams, query: z.object({ ...PAGE_QUERY, level: text("level") }) },
      responses: {
        200: {
          description: "Một trang kết quả xếp loại",
          content: { "application/json": { schema: ClassificationPageSchema } },
        },
        ...READ_RESPONSES,
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const q = c.req.valid("query");
      const r = await listRequest(c, data, year, q, { level: q.level });
      const { run, rows } = await read(data, r, async (tx) => {
        const [run] = await tx.query(
          `select id::int as id, created_at, created_by, rule_set_hash from assessment_run
            where year = $1 and kind = 'classification' order by id desc limit 1`,
          [year],
        );
        if (run === undefined) return { run: undefined, rows: [] };
        const rows = await tx.query(
          `select r.unit_id, u.name, u.commune_id, r.overall, r.score::float8 as score, r.criteria
             from assessment_result r join unit_year u on u.year = $2 and u.unit_id = r.unit_id
            where r.run_id = $1 and u.province_id = $3 and ($4::text is null or u.commune_id = $4)
              and ($5::text is null or r.overall = $5) and r.unit_id > $6
            order by r.unit_id limit $7`,
          [run.id, year, r.p.provinceId, r.commune ?? null, q.level ?? null, r.after, r.limit + 1],
        );
        return { run, rows };
      });
      const { page, nextCursor } = paged(rows, r.limit, "unit_id", r.digest);
      return c.json(
        {
          year,
          run:
            run === undefined
              ? null
              : {
                  id: Number(run.id),
                  createdAt: new Date(run.created_at as string).toISOString(),
                  createdBy: String(run.created_by),
                  ruleSetHash: String(run.rule_set_hash),
                },
          units: page.map((row) => ({
            unitId: String(row.unit_id),
            name: String(row.name),
            communeId: row.commune_id === null ? null : String(row.commune_id),
            level: String(row.overall),
            score: row.score === null ? null : Number(row.score),
            criteria: row.criteria as Record<string, string>,
          })),
          nextCursor,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/years/{year}/plans",
      tags: ["Dữ liệu"],
      summary:
        "Kế hoạch, chỉ tiêu của năm (cán bộ cấp xã: kế hoạch của xã mình và của cả tỉnh), có phân trang",
      security: SECURITY,
      request: { params: YearParams, query: z.object(PAGE_QUERY) },
      responses: {
        200: {
          description: "Một trang kế hoạch",
          content: { "application/json": { schema: PlanPageSchema } },
        },
        ...READ_RESPONSES,
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const r = await listRequest(c, data, year, c.req.valid("query"), {});
      // A plan is for a commune (its scope) or for the whole province (no scope, or the province itself).
      const rows = await read(data, r, (tx) =>
        tx.query(
          `select plan_id, doc ->> 'scopeId' as scope_id, doc from plan
            where year = $1 and province_id = $2 and plan_id > $4
              and ($3::text is null or coalesce(doc ->> 'scopeId', $2) in ($3, $2))
            order by plan_id limit $5`,
          [year, r.p.provinceId, r.commune ?? null, r.after, r.limit + 1],
        ),
      );
      const { page, nextCursor } = paged(rows, r.limit, "plan_id", r.digest);
      return c.json(
        {
          year,
          plans: page.map((row) => ({
            planId: String(row.plan_id),
            scopeId: row.scope_id === null ? null : String(row.scope_id),
            plan: row.doc as Record<string, unknown>,
          })),
          nextCursor,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/years/{year}/awards",
      tags: ["Dữ liệu"],
      summary:
        "Khen thưởng của năm (cán bộ cấp xã: khen thưởng tập thể các đơn vị của xã mình), có bộ lọc và phân trang",
      security: SECURITY,
      request: { params: YearParams, query: z.object({ ...PAGE_QUERY, form: text("form") }) },
      responses: {
        200: {
          description: "Một trang khen thưởng",
          content: { "application/json": { schema: AwardPageSchema } },
        },
        ...READ_RESPONSES,
      },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const q = c.req.valid("query");
      const r = await listRequest(c, data, year, q, { form: q.form });
      // With a commune: the awards to units of that commune (row-level security shows a commune officer only
      // their own commune's units).
      const rows = await read(data, r, (tx) =>
        tx.query(
          `select a.award_id, a.form, a.issuer_kind, a.recipient_kind, a.award_date::text as award_date, a.doc
             from award a
            where a.year = $1 and a.province_id = $2 and ($4::text is null or a.form = $4) and a.award_id > $5
              and ($3::text is null or exists (
                select 1 from unit_year u
                 where u.year = a.year and u.unit_id = a.doc -> 'recipient' ->> 'unitId' and u.commune_id = $3))
            order by a.award_id limit $6`,
          [year, r.p.provinceId, r.commune ?? null, q.form ?? null, r.after, r.limit + 1],
        ),
      );
      const { page, nextCursor } = paged(rows, r.limit, "award_id", r.digest);
      return c.json(
        {
          year,
          awards: page.map((row) => ({
            awardId: String(row.award_id),
            form: String(row.form),
            issuerKind: String(row.issuer_kind),
            recipientKind: String(row.recipient_kind),
            date: String(row.award_date),
            award: row.doc as Record<string, unknown>,
          })),
          nextCursor,
        },
        200,
      );
    },
  );
};
