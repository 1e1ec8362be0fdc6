/**
 * Uploading a year (JSON dataset of @antq/domain), all or nothing, audited in the same transaction:
 *
 * - province administrators and officers import the province's whole year with @antq/store's `importYear`
 *   (`replace=true` to replace it); every unit must be of their province;
 * - a commune officer submits the annual facts of their own commune's units (already in the record); a
 *   dataset naming a unit of another commune is refused as a whole, with each offending record located.
 */
import { type Dataset, formatIssuePath, parseDataset } from "@antq/domain";
import { importYear, isStoreError, type SqlDriver, type SqlExecutor } from "@antq/store";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { type Principal, requireWrite } from "../access.js";
import { audit, scoped } from "../db.js";
import { principalOf } from "../principal.js";
import { jsonPointer, ProblemError, type ProblemIssue, problemContent } from "../problem.js";
import type { DataContext } from "../server-context.js";
import { assertOpen } from "../workflow.js";
import { SECURITY } from "./accounts.js";

const UploadResultSchema = z
  .object({
    year: z.int(),
    mode: z.enum(["province-import", "commune-facts"]),
    units: z.int().nonnegative().meta({ title: "Số đơn vị" }),
    annualFacts: z.int().nonnegative().meta({ title: "Số bộ dữ kiện năm" }),
  })
  .openapi("UploadResult");

const located = (path: (string | number)[], code: string, message: string): ProblemIssue => ({
  code,
  path: `dataset.${formatIssuePath(path)}`,
  pointer: jsonPointer(["dataset", ...path]),
  message,
});

/** The driver of one open transaction, so that the store's own transaction runs inside the request's. */
const inTransaction = (driver: SqlDriver, tx: SqlExecutor): SqlDriver => ({
  engine: driver.engine,
  query: (text, params) => tx.query(text, params),
  exec: (text) => tx.exec(text),
  copyCsv: (table, columns, csv) => tx.copyCsv(table, columns, csv),
  transaction: (fn) => fn(tx),
  close: async () => {},
});

const importProvinceYear = async (
  driver: SqlDriver,
  p: Principal,
  dataset: Dataset,
  year: number,
  replace: boolean,
) => {
  const foreign = dataset.units.flatMap((u, i) =>
    u.location.provinceId === p.provinceId
      ? []
      : [
          located(
            ["units", i, "location", "provinceId"],
            "OUT_OF_SCOPE",
            `Đơn vị "${u.id}" (units[${i}]) thuộc tỉnh ${u.location.provinceId}, không phải tỉnh ${p.provinceId} của tài khoản.`,
          ),
        ],
  );
  if (foreign.length > 0)
    throw new ProblemError(
      "FORBIDDEN",
      `Bộ dữ liệu có ${foreign.length} đơn vị ngoài tỉnh của tài khoản.`,
      foreign,
    );
  return driver.transaction(async (tx) => {
    const locked = await tx.query(
      "select commune_id from commune_year_status where year = $1 and province_id = $2 and status = 'approved'",
      [year, p.provinceId],
    );
    await assertOpen(
      tx,
      year,
      locked.map((r) => String(r.commune_id)),
    );
    const before = await tx.query("select count(*)::int as units from unit_year where year = $1", [year]);
    const result = await importYear(inTransaction(driver, tx), dataset, {
      year,
      replace,
      importedBy: p.login,
    });
    await tx.query(
      "insert into audit_log (actor, action, entity, entity_id, province_id, before, after) values ($1, $2, 'year', $3, $4, $5::jsonb, $6::jsonb)",
      [
        p.login,
        replace ? "replace" : "import",
        String(year),
        p.provinceId,
        JSON.stringify({ units: Number(before[0]?.units ?? 0) }),
        JSON.stringify(result.counts),
      ],
    );
    return { units: result.counts.units, annualFacts: result.counts.annualFacts };
  });
};

const submitCommuneFacts = (driver: SqlDriver, p: Principal, dataset: Dataset, year: number) =>
  scoped(driver, p, async (tx) => {
    const issues: ProblemIssue[] = [];
    dataset.units.forEach((u, i) => {
      if (u.location.communeId !== p.communeId)
        issues.push(
          located(
            ["units", i, "location", "communeId"],
            "OUT_OF_SCOPE",
            `Đơn vị "${u.id}" (units[${i}]) thuộc xã ${u.location.communeId ?? "(không rõ)"}, không phải xã ${p.communeId} của tài khoản.`,
          ),
        );
    });
    const facts = dataset.annualFacts ?? [];
    // Row-level security shows only the officer's commune: a unit not found here is another commune's or unknown.
    const visible = new Set(
      (
        await tx.query("select unit_id from unit_year where year = $1 and unit_id = any($2::text[])", [
          year,
          facts.map((f) => f.unitId),
        ])
      ).map((r) => String(r.unit_id)),
    );
    facts.forEach((f, i) => {
      if (f.year !== year)
        issues.push(
          located(
            ["annualFacts", i, "year"],
            "WRONG_YEAR",
            `Dữ kiện annualFacts[${i}] là của năm ${f.year}, không phải năm ${year}.`,
          ),
        );
      else if (!visible.has(f.unitId))
        issues.push(
          located(
            ["annualFacts", i, "unitId"],
            "OUT_OF_SCOPE",
            `Đơn vị "${f.unitId}" (annualFacts[${i}].unitId) không thuộc xã ${p.communeId} trong kho năm ${year}.`,
          ),
        );
    });
    if (issues.length === 0) await assertOpen(tx, year, [p.communeId]);
    if (issues.length > 0)
      throw new ProblemError(
        "FORBIDDEN",
        `Bộ dữ liệu có ${issues.length} bản ghi ngoài phạm vi xã của tài khoản; không ghi gì.`,
        issues,
      );
    for (const f of facts) {
      const [old] = await tx.query("select doc from annual_facts where year = $1 and unit_id = $2", [
        year,
        f.unitId,
      ]);
      await tx.query(
        "insert into annual_facts (year, unit_id, doc) values ($1, $2, $3::jsonb) on conflict (year, unit_id) do update set doc = excluded.doc",
        [year, f.unitId, JSON.stringify(f)],
      );
      await audit(tx, {
        actor: p,
        action: "submit",
        entity: "annual_facts",
        entityId: `${year}/${f.unitId}`,
        communeId: p.communeId,
        before: old?.doc ?? null,
        after: f,
      });
    }
    return { units: 0, annualFacts: facts.length };
  });

/** Registers the upload endpoint. */
export const registerUploadRoutes = (app: OpenAPIHono, data: DataContext): void => {
  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/years/{year}/dataset",
      tags: ["Dữ liệu"],
      summary: "Nộp dữ liệu một năm (JSON theo lược đồ dataset): cả tỉnh, hoặc dữ kiện năm của xã mình",
      description:
        "Tất cả hoặc không có gì: dữ liệu lỗi được trả về với vị trí từng lỗi và không ghi gì. Ghi nhật ký trong cùng giao dịch.",
      security: SECURITY,
      request: {
        params: z.object({
          year: z.coerce
            .number()
            .int()
            .min(2000)
            .max(2100)
            .openapi({ param: { name: "year", in: "path" } }),
        }),
        query: z.object({
          replace: z
            .enum(["true", "false"])
            .optional()
            .openapi({ param: { name: "replace", in: "query" } }),
        }),
        body: {
          required: true,
          content: {
            "application/json": { schema: z.record(z.string(), z.unknown()).openapi("DatasetUpload") },
          },
        },
      },
      responses: {
        201: { description: "Đã ghi", content: { "application/json": { schema: UploadResultSchema } } },
        400: problemContent("Không phải JSON hợp lệ"),
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("Không có quyền hoặc dữ liệu ngoài phạm vi"),
        409: problemContent("Năm đã có dữ liệu (dùng replace=true)"),
        413: problemContent("Dữ liệu quá lớn"),
        415: problemContent("Kiểu dữ liệu không được hỗ trợ"),
        422: problemContent("Dữ liệu không hợp lệ (có vị trí từng lỗi)"),
      },
    }),
    async (c) => {
      const p = await principalOf(c, data.driver, data.origin);
      requireWrite(p);
      const { year } = c.req.valid("param");
      const replace = c.req.valid("query").replace === "true";
      const parsed = parseDataset(c.req.valid("json"), { checkAdminReferences: false });
      if (!parsed.ok)
        throw new ProblemError(
          "INVALID_INPUT",
          `Bộ dữ liệu có ${parsed.issues.length} lỗi; không ghi gì.`,
          parsed.issues.map((i) => ({
            code: i.code,
            path: `dataset.${i.pathText}`,
            pointer: jsonPointer(["dataset", ...i.path]),
            message: i.message,
          })),
        );
      try {
        const counts =
          p.role === "commune_officer"
            ? await submitCommuneFacts(data.driver, p, parsed.value, year)
            : await importProvinceYear(data.driver, p, parsed.value, year, replace);
        return c.json(
          {
            year,
            mode: p.role === "commune_officer" ? ("commune-facts" as const) : ("province-import" as const),
            ...counts,
          },
          201,
        );
      } catch (error) {
        if (isStoreError(error) && error.code === "YEAR_EXISTS")
          throw new ProblemError("CONFLICT", error.message);
        if (isStoreError(error) && (error.code === "INVALID_INPUT" || error.code === "CONSTRAINT_VIOLATION"))
          throw new ProblemError("INVALID_INPUT", error.message);
        throw error;
      }
    },
  );
};
