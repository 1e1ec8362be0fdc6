/**
 * Data endpoints on @antq/store, scoped by the principal (handlers) and by row-level security (database):
 * the units of a year with their stored outcome (filters, opaque cursors), one unit with its facts, and
 * changing a unit's facts (audited, before/after, in the same transaction).
 */
import { AnnualFactsSchema, AssessedUnitKindSchema } from "@antq/domain";
import { OutcomeSchema } from "@antq/rules";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { communeScope, requireWrite } from "../access.js";
import { filterDigest, makeCursor, readCursor } from "../cursor.js";
import { audit, scoped } from "../db.js";
import { principalOf } from "../principal.js";
import { ProblemError, problemContent } from "../problem.js";
import type { DataContext } from "../server-context.js";
import { assertOpen } from "../workflow.js";
import { SECURITY } from "./accounts.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const YearParam = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2100)
  .openapi({ param: { name: "year", in: "path" }, example: 2024 });
const UnitIdParam = z
  .string()
  .min(1)
  .max(200)
  .openapi({ param: { name: "unitId", in: "path" }, example: "kdc-ap-my-loi" });

const ListQuerySchema = z.object({
  communeId: z
    .string()
    .max(50)
    .optional()
    .openapi({ param: { name: "communeId", in: "query" } }),
  kind: AssessedUnitKindSchema.optional().openapi({ param: { name: "kind", in: "query" } }),
  outcome: OutcomeSchema.optional().openapi({ param: { name: "outcome", in: "query" } }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .openapi({ param: { name: "limit", in: "query" } }),
  cursor: z
    .string()
    .max(500)
    .optional()
    .openapi({ param: { name: "cursor", in: "query" } }),
});

const UnitRowSchema = z
  .object({
    unitId: z.string(),
    name: z.string(),
    kind: AssessedUnitKindSchema,
    communeId: z.string().nullable(),
    outcome: OutcomeSchema.nullable().meta({ title: "Kết quả đã lưu (lần đánh giá gần nhất)" }),
  })
  .openapi("StoredUnit");

const UnitPageSchema = z
  .object({
    year: z.int(),
    units: z.array(UnitRowSchema),
    nextCursor: z.string().nullable().meta({ title: "Con trỏ trang sau (null: hết)" }),
  })
  .openapi("StoredUnitPage");

const UnitDetailSchema = z
  .object({
    year: z.int(),
    unit: z.record(z.string(), z.unknown()).meta({ title: "Đơn vị (dạng @antq/domain)" }),
    facts: z.record(z.string(), z.unknown()).nullable().meta({ title: "Dữ kiện năm (dạng @antq/domain)" }),
    outcome: OutcomeSchema.nullable(),
  })
  .openapi("StoredUnitDetail");

const FactsBodySchema = z.object({ facts: AnnualFactsSchema }).openapi("FactsUpdate");

const CountsSchema = z
  .object({
    from: z.int(),
    to: z.int(),
    communeId: z.string().nullable(),
    rows: z.array(
      z.object({
        year: z.int(),
        kind: AssessedUnitKindSchema,
        outcome: OutcomeSchema.nullable().meta({ title: "Kết quả (null: chưa đánh giá)" }),
        units: z.int().nonnegative().meta({ title: "Số lượt đơn vị" }),
      }),
    ),
  })
  .openapi("OutcomeCounts");

/** Registers the data endpoints. */
export const registerDataRoutes = (app: OpenAPIHono, data: DataContext): void => {
  const who = (c: Parameters<typeof principalOf>[0]) => principalOf(c, data.driver, data.origin);

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/dashboard/outcomes",
      tags: ["Dữ liệu"],
      summary: "Số lượt đơn vị theo năm, loại đơn vị và kết quả trong một giai đoạn (cho bảng điều khiển)",
      security: SECURITY,
      request: {
        query: z.object({
          from: z.coerce
            .number()
            .int()
            .min(2000)
            .max(2100)
            .openapi({ param: { name: "from", in: "query" } }),
          to: z.coerce
            .number()
            .int()
            .min(2000)
            .max(2100)
            .openapi({ param: { name: "to", in: "query" } }),
          communeId: z
            .string()
            .max(50)
            .optional()
            .openapi({ param: { name: "communeId", in: "query" } }),
        }),
      },
      responses: {
        200: json(CountsSchema, "Số đếm"),
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("Ngoài phạm vi được xem"),
        422: problemContent("Tham số không hợp lệ"),
      },
    }),
    async (c) => {
      const p = await who(c);
      const { from, to, communeId } = c.req.valid("query");
      if (to < from || to - from > 30)
        throw new ProblemError(
          "INVALID_INPUT",
          "Giai đoạn không hợp lệ: từ năm phải ≤ đến năm, tối đa 31 năm.",
          [
            {
              code: "INVALID_PERIOD",
              path: "to",
              pointer: "/to",
              message: `Đến năm ${to} không hợp lệ với từ năm ${from}.`,
            },
          ],
        );
      const commune = communeScope(p, communeId);
      const rows = await scoped(data.driver, p, (tx) =>
        tx.query(
          `select year, kind, outcome, count(*)::int as units from unit_year
            where year between $1 and $2 and province_id = $3 and ($4::text is null or commune_id = $4)
            group by year, kind, outcome order by year, kind, outcome`,
          [from, to, p.provinceId, commune ?? null],
        ),
      );
      return c.json(
        {
          from,
          to,
          communeId: commune ?? null,
          rows: rows.map((r) => ({
            year: Number(r.year),
            kind: AssessedUnitKindSchema.parse(r.kind),
            outcome: r.outcome === null ? null : OutcomeSchema.parse(r.outcome),
            units: Number(r.units),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/years/{year}/units",
      tags: ["Dữ liệu"],
      summary: "Các đơn vị của một năm trong phạm vi được xem, có bộ lọc và phân trang",
      security: SECURITY,
      request: { params: z.object({ year: YearParam }), query: ListQuerySchema },
      responses: {
        200: json(UnitPageSchema, "Một trang đơn vị"),
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("Ngoài phạm vi được xem"),
        422: problemContent("Tham số không hợp lệ"),
      },
    }),
    async (c) => {
      const p = await who(c);
      const { year } = c.req.valid("param");
      const query = c.req.valid("query");
      const commune = communeScope(p, query.communeId);
      const limit = query.limit ?? 100;
      const digest = filterDigest(year, { commune, kind: query.kind, outcome: query.outcome, limit });
      const after = query.cursor === undefined ? "" : readCursor(query.cursor, digest);
      const rows = await scoped(data.driver, p, (tx) =>
        tx.query(
          `select unit_id, name, kind, commune_id, outcome from unit_year
            where year = $1 and province_id = $2 and ($3::text is null or commune_id = $3)
              and ($4::text is null or kind = $4) and ($5::text is null or outcome = $5) and unit_id > $6
            order by unit_id limit $7`,
          [year, p.provinceId, commune ?? null, query.kind ?? null, query.outcome ?? null, after, limit + 1],
        ),
      );
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return c.json(
        {
          year,
          units: page.map((r) => ({
            unitId: String(r.unit_id),
            name: String(r.name),
            kind: AssessedUnitKindSchema.parse(r.kind),
            communeId: r.commune_id === null ? null : String(r.commune_id),
            outcome: r.outcome === null ? null : OutcomeSchema.parse(r.outcome),
          })),
          nextCursor:
            rows.length > limit && last !== undefined ? makeCursor(String(last.unit_id), digest) : null,
        },
        200,
      );
    },
  );

  const unitRoute = createRoute({
    method: "get",
    path: "/v1/years/{year}/units/{unitId}",
    tags: ["Dữ liệu"],
    summary: "Một đơn vị với dữ kiện năm và kết quả đã lưu",
    security: SECURITY,
    request: { params: z.object({ year: YearParam, unitId: UnitIdParam }) },
    responses: {
      200: json(UnitDetailSchema, "Đơn vị"),
      401: problemContent("Chưa đăng nhập"),
      404: problemContent("Không có đơn vị này trong phạm vi được xem"),
      422: problemContent("Tham số không hợp lệ"),
    },
  });
  const notFound = (year: number, unitId: string) =>
    new ProblemError(
      "NOT_FOUND",
      `Không có đơn vị "${unitId}" năm ${year} trong phạm vi tài khoản được xem.`,
    );

  app.openapi(unitRoute, async (c) => {
    const p = await who(c);
    const { year, unitId } = c.req.valid("param");
    const rows = await scoped(data.driver, p, (tx) =>
      tx.query(
        `select u.doc as unit, f.doc as facts, u.outcome from unit_year u
           left join annual_facts f on f.year = u.year and f.unit_id = u.unit_id
          where u.year = $1 and u.unit_id = $2 and u.province_id = $3 and ($4::text is null or u.commune_id = $4)`,
        [year, unitId, p.provinceId, p.role === "commune_officer" ? p.communeId : null],
      ),
    );
    const row = rows[0];
    if (row === undefined) throw notFound(year, unitId);
    return c.json(
      {
        year,
        unit: row.unit as Record<string, unknown>,
        facts: (row.facts ?? null) as Record<string, unknown> | null,
        outcome: row.outcome === null ? null : OutcomeSchema.parse(row.outcome),
      },
      200,
    );
  });

  app.openapi(
    createRoute({
      method: "put",
      path: "/v1/years/{year}/units/{unitId}/facts",
      tags: ["Dữ liệu"],
      summary: "Sửa dữ kiện năm của một đơn vị (ghi nhật ký: ai, lúc nào, trước/sau)",
      security: SECURITY,
      request: {
        params: z.object({ year: YearParam, unitId: UnitIdParam }),
        body: { required: true, content: { "application/json": { schema: FactsBodySchema } } },
      },
      responses: {
        200: json(UnitDetailSchema, "Đơn vị sau khi sửa"),
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("Không có quyền"),
        404: problemContent("Không có đơn vị này trong phạm vi được xem"),
        409: problemContent("Năm của xã đã được duyệt và khoá"),
        415: problemContent("Kiểu dữ liệu không được hỗ trợ"),
        422: problemContent("Dữ liệu không hợp lệ"),
      },
    }),
    async (c) => {
      const p = await who(c);
      requireWrite(p);
      const { year, unitId } = c.req.valid("param");
      const { facts } = c.req.valid("json");
      if (facts.unitId !== unitId || facts.year !== year)
        throw new ProblemError(
          "INVALID_INPUT",
          "Dữ kiện gửi lên không phải của đơn vị và năm trên đường dẫn.",
          [
            {
              code: "FACTS_MISMATCH",
              path: "facts.unitId",
              pointer: "/facts/unitId",
              message: `Dữ kiện (facts.unitId, facts.year) là của "${facts.unitId}" năm ${facts.year}, không phải "${unitId}" năm ${year}.`,
            },
          ],
        );
      const result = await scoped(data.driver, p, async (tx) => {
        const rows = await tx.query(
          `select u.doc as unit, u.commune_id, u.outcome, f.doc as facts from unit_year u
             left join annual_facts f on f.year = u.year and f.unit_id = u.unit_id
            where u.year = $1 and u.unit_id = $2 and u.province_id = $3 and ($4::text is null or u.commune_id = $4)
            for update of u`,
          [year, unitId, p.provinceId, p.role === "commune_officer" ? p.communeId : null],
        );
        const row = rows[0];
        if (row === undefined) throw notFound(year, unitId);
        await assertOpen(tx, year, [row.commune_id === null ? null : String(row.commune_id)]);
        await tx.query(
          `insert into annual_facts (year, unit_id, doc) values ($1, $2, $3::jsonb)
           on conflict (year, unit_id) do update set doc = excluded.doc`,
          [year, unitId, JSON.stringify(facts)],
        );
        await audit(tx, {
          actor: p,
          action: "update",
          entity: "annual_facts",
          entityId: `${year}/${unitId}`,
          communeId: row.commune_id === null ? null : String(row.commune_id),
          before: row.facts ?? null,
          after: facts,
        });
        return row;
      });
      return c.json(
        {
          year,
          unit: result.unit as Record<string, unknown>,
          facts: facts as unknown as Record<string, unknown>,
          outcome: result.outcome === null ? null : OutcomeSchema.parse(result.outcome),
        },
        200,
      );
    },
  );
};
