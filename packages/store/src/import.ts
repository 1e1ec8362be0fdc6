/**
 * Import of one evaluation year, all or nothing: one transaction writes the year's units, facts, models,
 * teams, activities, awards, plans and score sheets with COPY, and records who imported what, when, from
 * which file and with which rule-set hash. A year already in the store is replaced only when asked.
 */
import {
  type Activity,
  type AdminUnit,
  AdminUnitSchema,
  type AnnualFacts,
  type AssessedUnit,
  type Award,
  type Dataset,
  type Model,
  type Plan,
  type ScoreSheet,
  type SecurityTeam,
} from "@antq/domain";
import * as z from "zod";
import type { SqlDriver, SqlExecutor } from "./driver.js";
import { StoreError, sqlStateOf } from "./errors.js";
import { copyRows, type RecordSource } from "./internal/copy.js";
import { type PlaceRef, provinceResolver } from "./internal/province-of.js";
import type { RunKind } from "./results.js";

/**
 * Options of {@link importYear}.
 *
 * @example
 * ```ts
 * const o: ImportOptions = { year: 2024, importedBy: "can-bo-01", fileName: "du-lieu-2024.json" };
 * ```
 */
export interface ImportOptions {
  /** The evaluation year the data set is for. */
  readonly year: number;
  /** Replace the year if the store already has it (`--thay-the`). Default false. */
  readonly replace?: boolean;
  /** Who imports (user name, officer id). */
  readonly importedBy: string;
  readonly fileName?: string;
  /** SHA-256 (hex) of the imported file. */
  readonly fileSha256?: string;
  /** Hash of the rule set the data was validated or assessed with. */
  readonly ruleSetHash?: string;
}

/**
 * Rows written per table by one import, and facts/score sheets of other years that were left out.
 *
 * @example
 * ```ts
 * const c: ImportCounts = { units: 2, annualFacts: 2, models: 0, securityTeams: 0, activities: 0, awards: 0, plans: 0, scoreSheets: 0, adminUnits: 0, otherYearRecords: 1 };
 * ```
 */
export interface ImportCounts {
  readonly units: number;
  readonly annualFacts: number;
  readonly models: number;
  readonly securityTeams: number;
  readonly activities: number;
  readonly awards: number;
  readonly plans: number;
  readonly scoreSheets: number;
  readonly adminUnits: number;
  /** Annual facts and score sheets of a year other than the imported one (not stored). */
  readonly otherYearRecords: number;
}

/**
 * What {@link importYear} recorded.
 *
 * @example
 * ```ts
 * // `counts`: what the import of 2024 stored (34 units of two communes of Tiền Giang).
 * const r: ImportResult = { importId: 1, year: 2024, replaced: false, removedRuns: 0, removedRunsByKind: { assessment: 0, classification: 0 }, counts };
 * r.counts.units; //=> 34
 * ```
 */
export interface ImportResult {
  readonly importId: number;
  readonly year: number;
  readonly replaced: boolean;
  /**
   * With `replace`: the stored result runs (assessments, classifications) of the replaced data, deleted with it.
   * They were made from data that no longer exists, so a comparison (`--doi-chieu`) needs results saved again.
   */
  readonly removedRuns: number;
  /** {@link ImportResult.removedRuns} by kind of run: TT 124 assessments and movement classifications. */
  readonly removedRunsByKind: Readonly<Record<RunKind, number>>;
  readonly counts: ImportCounts;
}

const RunCountRow = z.object({ kind: z.enum(["assessment", "classification"]), n: z.number() });
const ExistingRow = z.object({ imported_by: z.string(), at: z.number(), file_name: z.string().nullable() });
const ExistingYearRow = z.object({
  imported_by: z.string().nullable(),
  at: z.number().nullable(),
  file_name: z.string().nullable(),
});

/**
 * The stored year's import, `null` when the year is stored but its import is not visible (under the server's
 * row-level security, another province's import), `undefined` when the year is not stored.
 */
const existingYear = async (sql: SqlExecutor, year: number) => {
  const rows = await sql.query(
    `select l.imported_by, extract(epoch from l.imported_at)::float8 * 1000 as at, l.file_name
       from dataset_year y left join import_log l on l.id = y.import_id where y.year = $1`,
    [year],
  );
  if (rows.length === 0) return undefined;
  const row = ExistingYearRow.parse(rows[0]);
  return row.imported_by === null || row.at === null
    ? null
    : ExistingRow.parse({ imported_by: row.imported_by, at: row.at, file_name: row.file_name });
};

/**
 * `YEAR_EXISTS`: who imported the year (`by`), a year imported by another province that this request may not
 * see nor replace (`null`, under the server's row-level security; `details.otherProvince`), or a concurrent
 * import (`undefined`).
 */
const yearExists = (year: number, by: z.infer<typeof ExistingRow> | null | undefined) =>
  new StoreError(
    "YEAR_EXISTS",
    by === null
      ? `Kho đã có dữ liệu năm ${year} do một tỉnh, thành phố khác nhập; năm này không nhập hay thay thế được từ tỉnh, thành phố của bạn.`
      : by === undefined
        ? `Kho đã có dữ liệu năm ${year} (vừa được nhập bởi một phiên khác). Muốn thay thế dữ liệu năm này, hãy nhập lại với tùy chọn thay thế.`
        : `Kho đã có dữ liệu năm ${year} (do ${by.imported_by} nhập lúc ${new Date(by.at).toISOString()}${by.file_name ? ` từ tệp ${by.file_name}` : ""}). Muốn thay thế dữ liệu năm này, hãy nhập lại với tùy chọn thay thế.`,
    { year, otherProvince: by === null },
  );

/**
 * Imports `dataset` as the record of `options.year` in one transaction. On any failure (constraint
 * violation, lost connection, process killed) the store is left exactly as it was. Throws `YEAR_EXISTS`
 * when the year is already stored and `replace` is not set (also when a concurrent import of the same year
 * committed first), `CONSTRAINT_VIOLATION` for data the schema refuses.
 *
 * @example
 * ```ts
 * const r = await importYear(driver, dataset, { year: 2025, importedBy: "can-bo-01", fileName: "du-lieu-2025.json" });
 * [r.year, r.replaced, r.counts.units]; //=> [2025, false, 36]
 * // The year is stored now: a second import is refused unless `replace` is set.
 * (await importYear(driver, dataset, { year: 2025, importedBy: "can-bo-02" }).catch((e) => e)).code; //=> "YEAR_EXISTS"
 * // Replacing deletes the year's stored result runs with its data (here none were saved).
 * const again = await importYear(driver, dataset, { year: 2025, importedBy: "can-bo-02", replace: true });
 * [again.replaced, again.removedRuns]; //=> [true, 0]
 * ```
 */
export function importYear(
  driver: SqlDriver,
  dataset: Dataset,
  options: ImportOptions,
): Promise<ImportResult> {
  return importYearRecords(driver, dataset, options);
}

/**
 * The records of one year for {@link importYearRecords}: units and annual facts may be given one at a time (a
 * generator or an async iterable, e.g. rows parsed from a file as they are read), so that a million-unit year
 * is never held in memory; the other records are small lists.
 *
 * @example
 * ```ts
 * function* units() { for (const u of readUnits()) yield u; }
 * const records: YearRecords = { units: units(), annualFacts: [] };
 * ```
 */
export interface YearRecords {
  readonly units: RecordSource<AssessedUnit>;
  readonly annualFacts?: RecordSource<AnnualFacts> | undefined;
  readonly adminUnits?: readonly AdminUnit[] | undefined;
  readonly models?: readonly Model[] | undefined;
  readonly securityTeams?: readonly SecurityTeam[] | undefined;
  readonly activities?: readonly Activity[] | undefined;
  readonly awards?: readonly Award[] | undefined;
  readonly plans?: readonly Plan[] | undefined;
  readonly scoreSheets?: readonly ScoreSheet[] | undefined;
}

/**
 * {@link importYear} over records that may arrive one at a time: the units and facts go to the store in COPY
 * chunks as they come (one chunk in memory at a time), inside the one transaction, so the import stays all
 * or nothing. The sources are read once.
 *
 * @example
 * ```ts
 * async function* oneByOne<T>(records: readonly T[]) {
 *   for (const record of records) yield record;
 * }
 * const source = { units: oneByOne(dataset.units), annualFacts: oneByOne(dataset.annualFacts) };
 * const r = await importYearRecords(driver, source, { year: 2025, importedBy: "can-bo-01" });
 * r.counts.units; //=> 36
 * ```
 */
export async function importYearRecords(
  driver: SqlDriver,
  dataset: YearRecords,
  options: ImportOptions,
): Promise<ImportResult> {
  const { year } = options;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new StoreError("INVALID_INPUT", `Năm đánh giá "${year}" không hợp lệ (từ 2000 đến 2100).`, {
      year,
    });
  try {
    return await driver.transaction((tx) => writeYear(tx, dataset, options));
  } catch (cause) {
    if (cause instanceof StoreError) throw cause;
    const state = sqlStateOf(cause);
    if (state === "23505" && /dataset_year/.test(String((cause as Error).message ?? "")))
      throw yearExists(year, await existingYear(driver, year).catch(() => undefined));
    if (state?.startsWith("23") || state?.startsWith("22"))
      throw new StoreError(
        "CONSTRAINT_VIOLATION",
        `Không nhập được dữ liệu năm ${year}: ${(cause as Error).message}. Kho giữ nguyên như trước khi nhập.`,
        { year, sqlState: state },
        cause,
      );
    throw cause;
  }
}

async function writeYear(tx: SqlExecutor, d: YearRecords, o: ImportOptions): Promise<ImportResult> {
  const { year } = o;
  const existing = await existingYear(tx, year);
  if (existing !== undefined && o.replace !== true) throw yearExists(year, existing);
  const removedRunsByKind = { assessment: 0, classification: 0 };
  if (existing !== undefined) {
    const runs = await tx.query(
      "select kind, count(*)::int as n from assessment_run where year = $1 group by kind",
      [year],
    );
    for (const r of z.array(RunCountRow).parse(runs)) removedRunsByKind[r.kind] = r.n;
    await tx.query("delete from dataset_year where year = $1", [year]);
  }

  const sheets = (d.scoreSheets ?? []).filter((s) => s.year === year);
  const logRows = await tx.query(
    `insert into import_log (year, imported_by, file_name, file_sha256, rule_set_hash, replaced, counts)
     values ($1, $2, $3, $4, $5, $6, '{}') returning id::int as id`,
    [
      year,
      o.importedBy,
      o.fileName ?? null,
      o.fileSha256 ?? null,
      o.ruleSetHash ?? null,
      existing !== undefined,
    ],
  );
  const importId = z.object({ id: z.number() }).parse(logRows[0]).id;
  await tx.query("insert into dataset_year (year, import_id) values ($1, $2)", [year, importId]);

  // Only the provinces of the units the small records name are kept while the units stream by.
  const named = new Set<string>();
  for (const m of d.models ?? []) if (m.hostUnitId !== undefined) named.add(m.hostUnitId);
  for (const a of d.activities ?? []) if (a.unitId !== undefined) named.add(a.unitId);
  for (const a of d.awards ?? [])
    if (a.recipient.kind === "collective" && a.recipient.unitId !== undefined) named.add(a.recipient.unitId);
  const unitProvince = new Map<string, string>();
  const provinces = new Set<string>();
  const units = await copyRows(
    tx,
    "unit_year",
    ["year", "unit_id", "kind", "name", "province_id", "commune_id", "doc"],
    d.units,
    (u) => {
      provinces.add(u.location.provinceId);
      if (named.has(u.id)) unitProvince.set(u.id, u.location.provinceId);
      return [year, u.id, u.kind, u.name, u.location.provinceId, u.location.communeId ?? null, u];
    },
  );
  let otherYearFacts = 0;
  const annualFacts = await copyRows(
    tx,
    "annual_facts",
    ["year", "unit_id", "doc"],
    d.annualFacts ?? [],
    (f) => {
      if (f.year === year) return [year, f.unitId, f];
      otherYearFacts++;
      return undefined;
    },
  );
  await writeAdminUnits(tx, d.adminUnits ?? [], provinces);
  const stored = await tx.query("select doc from admin_unit");
  const provinceOf = provinceResolver(
    unitProvince,
    provinces,
    stored.map((r) => AdminUnitSchema.parse(r.doc)),
  );
  await copyRows(
    tx,
    "model_year",
    ["year", "model_id", "kind", "host_unit_id", "province_id", "doc"],
    d.models ?? [],
    (m) => [
      year,
      m.id,
      m.kind,
      m.hostUnitId ?? null,
      provinceOf({ unitId: m.hostUnitId, adminUnitId: m.hostAdminUnitId }),
      m,
    ],
  );
  await copyRows(
    tx,
    "security_team_year",
    ["year", "team_id", "commune_id", "province_id", "doc"],
    d.securityTeams ?? [],
    (t) => [year, t.id, t.communeId, provinceOf({ adminUnitId: t.communeId }), t],
  );
  await copyRows(
    tx,
    "activity",
    ["year", "activity_id", "kind", "unit_id", "admin_unit_id", "province_id", "doc"],
    d.activities ?? [],
    (a) => [year, a.id, a.kind, a.unitId ?? null, a.adminUnitId ?? null, provinceOf(a), a],
  );
  await copyRows(
    tx,
    "award",
    ["year", "award_id", "form", "issuer_kind", "recipient_kind", "award_date", "province_id", "doc"],
    d.awards ?? [],
    (a) => [
      year,
      a.id,
      a.form,
      a.issuer.kind,
      a.recipient.kind,
      a.date,
      provinceOf({ unitId: a.recipient.kind === "collective" ? a.recipient.unitId : undefined }),
      a,
    ],
  );
  await copyRows(tx, "plan", ["year", "plan_id", "doc"], d.plans ?? [], (p) => [year, p.id, p]);
  await copyRows(tx, "score_sheet", ["year", "ordinal", "doc"], sheets.entries(), ([i, s]) => [year, i, s]);
  const counts: ImportCounts = {
    units,
    annualFacts,
    models: d.models?.length ?? 0,
    securityTeams: d.securityTeams?.length ?? 0,
    activities: d.activities?.length ?? 0,
    awards: d.awards?.length ?? 0,
    plans: d.plans?.length ?? 0,
    scoreSheets: sheets.length,
    adminUnits: d.adminUnits?.length ?? 0,
    otherYearRecords: otherYearFacts + (d.scoreSheets?.length ?? 0) - sheets.length,
  };
  // The import's province: the request's (the column default, under the server), else the year's one province.
  await tx.query("update import_log set counts = $2, province_id = coalesce(province_id, $3) where id = $1", [
    importId,
    JSON.stringify(counts),
    provinces.size === 1 ? ([...provinces][0] ?? null) : null,
  ]);
  const removedRuns = removedRunsByKind.assessment + removedRunsByKind.classification;
  return { importId, year, replaced: existing !== undefined, removedRuns, removedRunsByKind, counts };
}

/**
 * Administrative units are shared by every year, each placed in a province: the request's (under the
 * server's row-level security, where an upsert meeting another province's unit is refused), else the one
 * province of the importing year's units, else the top of the unit's chain of parents. Sorted so that
 * concurrent imports lock them in one order.
 */
async function writeAdminUnits(
  tx: SqlExecutor,
  adminUnits: readonly AdminUnit[],
  yearProvinces: ReadonlySet<string>,
): Promise<void> {
  if (adminUnits.length === 0) return;
  const single = yearProvinces.size === 1 ? ([...yearProvinces][0] ?? null) : null;
  let placeOf: (ref: PlaceRef) => string | null = () => single;
  if (single === null) {
    const stored = (await tx.query("select doc from admin_unit")).map((r) => AdminUnitSchema.parse(r.doc));
    placeOf = provinceResolver(new Map(), new Set(), [...stored, ...adminUnits]);
  }
  for (const a of [...adminUnits].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)))
    await tx.query(
      `insert into admin_unit (id, code, type, parent_id, valid_from, valid_to, doc, province_id)
       values ($1, $2, $3, $4, $5, $6, $7, coalesce(nullif(current_setting('antq.province', true), ''), $8))
       on conflict (id) do update set code = excluded.code, type = excluded.type, parent_id = excluded.parent_id,
         valid_from = excluded.valid_from, valid_to = excluded.valid_to, doc = excluded.doc,
         province_id = excluded.province_id`,
      [
        a.id,
        a.code,
        a.type,
        a.parentId ?? null,
        a.validFrom ?? null,
        a.validTo ?? null,
        JSON.stringify(a),
        placeOf({ adminUnitId: a.id }),
      ],
    );
}
