/**
 * Uploading a year (a JSON dataset of @antq/domain, or a workbook in antq's templates read by
 * @antq/sheets/xlsx), all or nothing, audited in the same transaction:
 *
 * - province administrators and officers import the province's whole year with @antq/store's `importYear`
 *   (`replace=true` to replace it); every unit must be of their province;
 * - a commune officer submits the annual facts of their own commune's units (already in the record); a
 *   dataset naming a unit of another commune is refused as a whole, with each offending record located.
 */
import { type AnnualFacts, type Dataset, formatIssuePath, parseDataset } from "@antq/domain";
import { DatasetBuilder, type SourceRef } from "@antq/sheets";
import { readXlsxInto, XlsxFileError } from "@antq/sheets/xlsx";
import { importYear, isStoreError, type SqlDriver, type SqlExecutor, sqlStateOf } from "@antq/store";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type Principal, requireWrite } from "../access.js";
import { scoped, transactionDriver } from "../db.js";
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

/**
 * Where each record of an uploaded dataset came from (the sheet and row of a workbook), by its index. A JSON
 * dataset has none: its issues are located by their path alone (administrative units come only from JSON).
 */
interface Sources {
  readonly units?: readonly SourceRef[];
  readonly annualFacts?: readonly SourceRef[];
  readonly adminUnits?: readonly SourceRef[];
}

/** The sheet and row of a record read from a workbook, for an issue's location. */
const cellOf = (source: SourceRef | undefined) =>
  source?.sheet === undefined ? {} : { sheet: source.sheet, ...(source.row ? { row: source.row } : {}) };

const located = (
  path: [keyof Sources, number, ...(string | number)[]],
  code: string,
  message: string,
  sources: Sources = {},
): ProblemIssue => ({
  code,
  path: `dataset.${formatIssuePath(path)}`,
  pointer: jsonPointer(["dataset", ...path]),
  message,
  ...cellOf(sources[path[0]]?.[path[1]]),
});

/**
 * Refuses (403, nothing written) a dataset whose administrative units are already in the store but not of the
 * request's province (another province imported them), naming each one; row-level security would refuse the
 * import anyway (store migration 0010), but without saying which unit. Store migration 0011's function answers
 * for the ids asked about only, since the request cannot see those rows.
 */
const assertOwnAdminUnits = async (tx: SqlExecutor, dataset: Dataset): Promise<void> => {
  const adminUnits = dataset.adminUnits ?? [];
  if (adminUnits.length === 0) return;
  const rows = await tx.query(
    "select antq_admin_units_not_in_province(array(select jsonb_array_elements_text($1::jsonb))) as id",
    [JSON.stringify(adminUnits.map((a) => a.id))],
  );
  const taken = new Set(rows.map((r) => String(r.id)));
  const refused = adminUnits.flatMap((a, i) =>
    taken.has(a.id)
      ? [
          located(
            ["adminUnits", i, "id"],
            "OUT_OF_SCOPE",
            `Đơn vị hành chính "${a.id}" (${a.name}, adminUnits[${i}]) đã có trong kho nhưng không thuộc tỉnh, thành phố của tài khoản; một tỉnh không ghi đè đơn vị hành chính của tỉnh khác. Hãy bỏ đơn vị này khỏi dữ liệu, hoặc kiểm tra lại mã.`,
          ),
        ]
      : [],
  );
  if (refused.length > 0)
    throw new ProblemError(
      "FORBIDDEN",
      `Bộ dữ liệu có ${refused.length} đơn vị hành chính thuộc tỉnh, thành phố khác; không có gì được lưu.`,
      refused,
    );
};

const importProvinceYear = async (
  driver: SqlDriver,
  p: Principal,
  dataset: Dataset,
  year: number,
  replace: boolean,
  sources: Sources,
) => {
  const foreign = dataset.units.flatMap((u, i) =>
    u.location.provinceId === p.provinceId
      ? []
      : [
          located(
            ["units", i, "location", "provinceId"],
            "OUT_OF_SCOPE",
            `Đơn vị "${u.id}" (units[${i}]) thuộc tỉnh ${u.location.provinceId}, không phải tỉnh ${p.provinceId} của tài khoản.`,
            sources,
          ),
        ],
  );
  if (foreign.length > 0)
    throw new ProblemError(
      "FORBIDDEN",
      `Bộ dữ liệu có ${foreign.length} đơn vị ngoài tỉnh của tài khoản.`,
      foreign,
    );
  // As antq_app under row-level security like every other write: were the check above bypassed, PostgreSQL
  // would still refuse another province's rows (store migrations 0006 and 0009).
  return scoped(driver, p, async (tx) => {
    const locked = await tx.query(
      "select commune_id from commune_year_status where year = $1 and province_id = $2 and status = 'approved'",
      [year, p.provinceId],
    );
    await assertOpen(
      tx,
      year,
      locked.map((r) => String(r.commune_id)),
    );
    await assertOwnAdminUnits(tx, dataset);
    const before = await tx.query("select count(*)::int as units from unit_year where year = $1", [year]);
    const result = await importYear(transactionDriver(driver, tx), dataset, {
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

/**
 * Writes a commune's facts set-based: one multi-row upsert and one audit insert (one entry per unit, with
 * the facts before and after) in one statement, inside the request's transaction. Its sub-statements see
 * the same snapshot, so `before` is the stored facts as they were before this upload. A unit given twice
 * keeps its last facts.
 */
const upsertFactsAudited = async (
  tx: SqlExecutor,
  p: Principal,
  year: number,
  facts: readonly AnnualFacts[],
): Promise<void> => {
  if (facts.length === 0) return;
  const last = [...new Map(facts.map((f) => [f.unitId, f])).values()];
  await tx.query(
    `with incoming as (
       select x.ord, x.fact ->> 'unitId' as unit_id, x.fact as doc
         from jsonb_array_elements($2::jsonb) with ordinality as x(fact, ord)
     ), old as (
       select f.unit_id, f.doc from annual_facts f join incoming i on f.year = $1 and f.unit_id = i.unit_id
     ), written as (
       insert into annual_facts (year, unit_id, doc) select $1, unit_id, doc from incoming
       on conflict (year, unit_id) do update set doc = excluded.doc
     )
     insert into audit_log (actor, action, entity, entity_id, province_id, commune_id, before, after)
     select $3, 'submit', 'annual_facts', $1::text || '/' || i.unit_id, $4, $5, coalesce(o.doc, 'null'::jsonb), i.doc
       from incoming i left join old o on o.unit_id = i.unit_id order by i.ord`,
    [year, JSON.stringify(last), p.login, p.provinceId, p.communeId],
  );
};

const submitCommuneFacts = (
  driver: SqlDriver,
  p: Principal,
  dataset: Dataset,
  year: number,
  sources: Sources,
) =>
  scoped(driver, p, async (tx) => {
    const issues: ProblemIssue[] = [];
    dataset.units.forEach((u, i) => {
      if (u.location.communeId !== p.communeId)
        issues.push(
          located(
            ["units", i, "location", "communeId"],
            "OUT_OF_SCOPE",
            `Đơn vị "${u.id}" (units[${i}]) thuộc xã ${u.location.communeId ?? "(không rõ)"}, không phải xã ${p.communeId} của tài khoản.`,
            sources,
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
            sources,
          ),
        );
      else if (!visible.has(f.unitId))
        issues.push(
          located(
            ["annualFacts", i, "unitId"],
            "OUT_OF_SCOPE",
            `Đơn vị "${f.unitId}" (annualFacts[${i}].unitId) không thuộc xã ${p.communeId} trong kho năm ${year}.`,
            sources,
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
    await upsertFactsAudited(tx, p, year, facts);
    return { units: 0, annualFacts: facts.length };
  });

const YEAR_PARAM = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .openapi({ param: { name: "year", in: "path" } }),
});

const REPLACE_QUERY = {
  replace: z
    .enum(["true", "false"])
    .optional()
    .openapi({ param: { name: "replace", in: "query" } }),
};

const UPLOAD_RESPONSES = {
  201: { description: "Đã ghi", content: { "application/json": { schema: UploadResultSchema } } },
  400: problemContent("Không phải JSON hợp lệ"),
  401: problemContent("Chưa đăng nhập"),
  403: problemContent("Không có quyền hoặc dữ liệu ngoài phạm vi"),
  409: problemContent("Năm đã có dữ liệu (dùng replace=true) hoặc đã được duyệt và khoá"),
  413: problemContent("Dữ liệu quá lớn"),
  415: problemContent("Kiểu dữ liệu không được hỗ trợ"),
  422: problemContent("Dữ liệu không hợp lệ (có vị trí từng lỗi)"),
} as const;

/** Stores a validated dataset: the province's year, or a commune officer's own facts; answers 201. */
const storeDataset = async (
  c: Context,
  data: DataContext,
  p: Principal,
  dataset: Dataset,
  year: number,
  replace: boolean,
  sources: Sources = {},
) => {
  try {
    const counts =
      p.role === "commune_officer"
        ? await submitCommuneFacts(data.driver, p, dataset, year, sources)
        : await importProvinceYear(data.driver, p, dataset, year, replace, sources);
    return c.json(
      {
        year,
        mode: p.role === "commune_officer" ? ("commune-facts" as const) : ("province-import" as const),
        ...counts,
      },
      201,
    );
  } catch (error) {
    // The store says to import again with the replace option; this API's is the query parameter `replace`
    // (not for a year of another province, which no option replaces).
    if (isStoreError(error) && error.code === "YEAR_EXISTS")
      throw new ProblemError(
        "CONFLICT",
        error.details.otherProvince === true
          ? error.message
          : `${error.message} Tùy chọn thay thế: tham số replace=true.`,
      );
    if (isStoreError(error) && (error.code === "INVALID_INPUT" || error.code === "CONSTRAINT_VIOLATION"))
      throw new ProblemError("INVALID_INPUT", error.message);
    // Row-level security refused a row of another province that the checks above do not see (an
    // administrative unit another province imported, store migration 0010): nothing was written.
    if (sqlStateOf(error) === "42501")
      throw new ProblemError(
        "FORBIDDEN",
        "Bộ dữ liệu ghi vào dữ liệu của tỉnh khác (ví dụ một đơn vị hành chính do tỉnh khác nhập); không có gì được lưu.",
      );
    throw error;
  }
};

/** The media type of an .xlsx workbook. */
export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The file name shown in messages: the last segment of what the client sent (`?file=`), never a path; it is
 * never used to open anything.
 */
const displayName = (name: string | undefined): string => {
  const base =
    (name ?? "")
      .split(/[\\/]/)
      .pop()
      ?.normalize("NFC")
      .replace(/\p{Cc}/gu, "")
      .trim() ?? "";
  return base === "" || base === "." || base === ".." ? "tệp tải lên.xlsx" : base.slice(0, 200);
};

/**
 * Reads a workbook in antq's templates into a dataset, or throws a 422 problem with every error located at
 * its sheet, row and column (a file that is not a readable .xlsx, or over the zip limits, is one issue).
 */
const workbookDataset = async (bytes: Uint8Array, file: string) => {
  const builder = new DatasetBuilder();
  try {
    await readXlsxInto(builder, bytes, { file });
  } catch (error) {
    if (error instanceof XlsxFileError)
      throw new ProblemError("INVALID_INPUT", `${file}: ${error.message}`, [
        { code: error.code, path: "", pointer: "", message: error.message },
      ]);
    throw error;
  }
  const read = builder.finish();
  const errors = read.issues.filter((i) => i.severity === "error");
  if (errors.length > 0 || read.omittedIssues.errors > 0) {
    const total = errors.length + read.omittedIssues.errors;
    throw new ProblemError(
      "INVALID_INPUT",
      `Tệp ${file} có ${total} lỗi${total > errors.length ? ` (liệt kê ${errors.length} lỗi đầu)` : ""}; không ghi gì.`,
      errors.map((i) => ({
        code: i.code,
        path: i.path ?? "",
        pointer: "",
        message: i.message,
        ...(i.sheet !== undefined ? { sheet: i.sheet } : {}),
        ...(i.row !== undefined ? { row: i.row } : {}),
        ...(i.column !== undefined ? { column: i.column } : {}),
      })),
    );
  }
  if (read.units.length === 0 && read.facts.length === 0)
    throw new ProblemError(
      "INVALID_INPUT",
      `Tệp ${file} không có đơn vị hay dữ kiện năm nào theo các mẫu của antq; không ghi gì.`,
    );
  const dataset: Dataset = {
    schemaVersion: 1,
    units: read.units.map((r) => r.unit),
    annualFacts: read.facts.map((r) => r.facts),
  };
  return {
    dataset,
    sources: { units: read.units.map((r) => r.source), annualFacts: read.facts.map((r) => r.source) },
  };
};

/** Registers the upload endpoints. */
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
        params: YEAR_PARAM,
        query: z.object(REPLACE_QUERY),
        body: {
          required: true,
          content: {
            "application/json": { schema: z.record(z.string(), z.unknown()).openapi("DatasetUpload") },
          },
        },
      },
      responses: UPLOAD_RESPONSES,
    }),
    async (c) => {
      const p = await principalOf(c, data.driver, data.origin);
      requireWrite(p);
      const { year } = c.req.valid("param");
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
      return storeDataset(c, data, p, parsed.value, year, c.req.valid("query").replace === "true");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/years/{year}/workbook",
      tags: ["Dữ liệu"],
      summary: "Nộp dữ liệu một năm bằng tệp Excel (.xlsx) theo mẫu của antq (antq mau)",
      description: `Thân yêu cầu là chính tệp .xlsx (Content-Type: ${XLSX_MEDIA_TYPE}); tên tệp (tuỳ chọn, chỉ để hiển thị) ở tham số file. Tệp được đọc trong giới hạn kích thước và tỉ lệ nén (chống zip bomb). Như khi nộp JSON: tất cả hoặc không có gì; mỗi lỗi có trang tính, dòng, cột.`,
      security: SECURITY,
      request: {
        params: YEAR_PARAM,
        query: z.object({
          ...REPLACE_QUERY,
          file: z
            .string()
            .max(255)
            .optional()
            .openapi({
              param: { name: "file", in: "query" },
              description: "Tên tệp để hiển thị trong thông báo",
            }),
        }),
        body: {
          required: true,
          content: { [XLSX_MEDIA_TYPE]: { schema: z.string().openapi({ format: "binary" }) } },
        },
      },
      responses: UPLOAD_RESPONSES,
    }),
    async (c) => {
      const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
      if (mediaType !== XLSX_MEDIA_TYPE)
        throw new ProblemError(
          "UNSUPPORTED_MEDIA_TYPE",
          `Gửi chính tệp .xlsx với Content-Type: ${XLSX_MEDIA_TYPE}.`,
        );
      const p = await principalOf(c, data.driver, data.origin);
      requireWrite(p);
      const { year } = c.req.valid("param");
      const query = c.req.valid("query");
      const file = displayName(query.file);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const { dataset, sources } = await workbookDataset(bytes, file);
      return storeDataset(c, data, p, dataset, year, query.replace === "true", sources);
    },
  );
};
