/**
 * Writing the records of the movement's yearly cycle that `importYearRecords` does not know yet — the điển
 * hình registrations (Đăng ký điển hình, migration 0005) — inside the same all-or-nothing transaction as the
 * rest of the year (plans, models, Tổ bảo vệ ANTT, activities and awards are written by `importYearRecords`).
 */
import { AdminUnitSchema, type TypicalRegistration } from "@antq/domain";
import * as z from "zod";
import type { SqlDriver, SqlExecutor } from "./driver.js";
import {
  type ImportCounts,
  type ImportOptions,
  type ImportResult,
  importYearRecords,
  type YearRecords,
} from "./import.js";
import { copyRows } from "./internal/copy.js";
import { provinceResolver } from "./internal/province-of.js";

/**
 * A year's records with its điển hình registrations.
 *
 * @example
 * ```ts
 * const records: CycleYearRecords = { units: [], typicalRegistrations: [] };
 * ```
 */
export interface CycleYearRecords extends YearRecords {
  readonly typicalRegistrations?: readonly TypicalRegistration[] | undefined;
}

/**
 * What {@link importCycleYear} stored: `importYearRecords`' counts plus the registrations of the year (those of
 * other years are skipped and counted in `otherYearRecords`).
 *
 * @example
 * ```ts
 * const counts = (r: CycleImportResult) => r.counts.typicalRegistrations;
 * ```
 */
export interface CycleImportResult extends ImportResult {
  readonly counts: ImportCounts & { readonly typicalRegistrations: number };
}

const UnitProvince = z.object({ unit_id: z.string(), province_id: z.string() });

/** Stores the registrations of `year`, each placed in a province; returns how many. */
async function writeRegistrations(
  tx: SqlExecutor,
  year: number,
  registrations: readonly TypicalRegistration[],
): Promise<number> {
  if (registrations.length === 0) return 0;
  const unitIds = [...new Set(registrations.flatMap((r) => (r.unitId === undefined ? [] : [r.unitId])))];
  const units = z
    .array(UnitProvince)
    .parse(
      await tx.query(
        "select unit_id, province_id from unit_year where year = $1 and unit_id = any($2::text[])",
        [year, unitIds],
      ),
    );
  const provinces = z
    .array(z.object({ province_id: z.string() }))
    .parse(await tx.query("select distinct province_id from unit_year where year = $1", [year]));
  const admin = await tx.query("select doc from admin_unit");
  const provinceOf = provinceResolver(
    new Map(units.map((u) => [u.unit_id, u.province_id])),
    new Set(provinces.map((p) => p.province_id)),
    admin.map((r) => AdminUnitSchema.parse(r.doc)),
  );
  return copyRows(
    tx,
    "typical_registration",
    [
      "year",
      "registration_id",
      "plan_id",
      "programme",
      "subject",
      "status",
      "unit_id",
      "admin_unit_id",
      "province_id",
      "doc",
    ],
    registrations,
    (r) => [
      year,
      r.id,
      r.planId ?? null,
      r.programme,
      r.subject,
      r.status,
      r.unitId ?? null,
      r.adminUnitId ?? null,
      provinceOf(r),
      r,
    ],
  );
}

/**
 * `importYearRecords` with the year's điển hình registrations, in one transaction: when anything fails the
 * store is left as it was. Registrations of another year than `options.year` are not stored (counted in
 * `otherYearRecords`, as annual facts of another year are).
 *
 * @example
 * ```ts
 * const r = await importCycleYear(driver, { ...dataset, typicalRegistrations: [] }, { year: 2025, importedBy: "can-bo-01" });
 * r.counts.typicalRegistrations; //=> 0
 * ```
 */
export async function importCycleYear(
  driver: SqlDriver,
  records: CycleYearRecords,
  options: ImportOptions,
): Promise<CycleImportResult> {
  const all = records.typicalRegistrations ?? [];
  const mine = all.filter((r) => r.year === options.year);
  let stored = 0;
  // The registrations are written at the end of importYearRecords' own transaction (before it commits).
  const hooked: SqlDriver = {
    engine: driver.engine,
    query: (text, params) => driver.query(text, params),
    exec: (text) => driver.exec(text),
    copyCsv: (table, columns, csv) => driver.copyCsv(table, columns, csv),
    close: () => driver.close(),
    transaction: (fn) =>
      driver.transaction(async (tx) => {
        const result = await fn(tx);
        stored = await writeRegistrations(tx, options.year, mine);
        const id = (result as Partial<ImportResult> | undefined)?.importId;
        if (id !== undefined)
          await tx.query(
            "update import_log set counts = counts || jsonb_build_object('typicalRegistrations', $2::int) where id = $1",
            [id, stored],
          );
        return result;
      }),
  };
  const result = await importYearRecords(hooked, records, options);
  return {
    ...result,
    counts: {
      ...result.counts,
      typicalRegistrations: stored,
      otherYearRecords: result.counts.otherYearRecords + all.length - mine.length,
    },
  };
}
