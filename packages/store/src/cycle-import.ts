/**
 * Writing the records of the movement's yearly cycle that `importYearRecords` does not know yet — the điển
 * hình registrations (Đăng ký điển hình, migration 0005) and the award proposals (Danh sách đề nghị khen
 * thưởng, migration 0008) — inside the same all-or-nothing transaction as the rest of the year (plans, models,
 * Tổ bảo vệ ANTT, activities and awards are written by `importYearRecords`).
 */
import { AdminUnitSchema, type TypicalRegistration } from "@antq/domain";
import type { AwardProposal } from "@antq/rules-awards";
import * as z from "zod";
import { writeAwardProposals } from "./award-proposals.js";
import type { SqlDriver, SqlExecutor } from "./driver.js";
import {
  type ImportCounts,
  type ImportOptions,
  type ImportResult,
  importYearRecords,
  type YearRecords,
} from "./import.js";
import { copyRows } from "./internal/copy.js";
import { type PlaceRef, provinceResolver } from "./internal/province-of.js";

/**
 * A year's records with its điển hình registrations and award proposals.
 *
 * @example
 * ```ts
 * const records: CycleYearRecords = { units: [], typicalRegistrations: [], awardProposals: [] };
 * ```
 */
export interface CycleYearRecords extends YearRecords {
  readonly typicalRegistrations?: readonly TypicalRegistration[] | undefined;
  /** Proposals for the year's achievements (`year`); those of another year are not stored. */
  readonly awardProposals?: readonly AwardProposal[] | undefined;
}

/**
 * What {@link importCycleYear} stored: `importYearRecords`' counts plus the registrations and award proposals
 * of the year (those of other years are skipped and counted in `otherYearRecords`).
 *
 * @example
 * ```ts
 * const counts = (r: CycleImportResult) => [r.counts.typicalRegistrations, r.counts.awardProposals];
 * ```
 */
export interface CycleImportResult extends ImportResult {
  readonly counts: ImportCounts & { readonly typicalRegistrations: number; readonly awardProposals: number };
}

const UnitProvince = z.object({ unit_id: z.string(), province_id: z.string() });

/** The province of a year's record: its unit's, else its administrative unit's, else the year's one province. */
async function yearProvinceResolver(
  tx: SqlExecutor,
  year: number,
  unitIds: readonly string[],
): Promise<(ref: PlaceRef) => string | null> {
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
  return provinceResolver(
    new Map(units.map((u) => [u.unit_id, u.province_id])),
    new Set(provinces.map((p) => p.province_id)),
    admin.map((r) => AdminUnitSchema.parse(r.doc)),
  );
}

/** Stores the registrations of `year`, each placed in a province; returns how many. */
async function writeRegistrations(
  tx: SqlExecutor,
  year: number,
  registrations: readonly TypicalRegistration[],
  provinceOf: (ref: PlaceRef) => string | null,
): Promise<number> {
  if (registrations.length === 0) return 0;
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
 * `importYearRecords` with the year's điển hình registrations and award proposals, in one transaction: when
 * anything fails the store is left as it was. Registrations and proposals of another year than `options.year`
 * are not stored (counted in `otherYearRecords`, as annual facts of another year are).
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
  const allProposals = records.awardProposals ?? [];
  const proposals = allProposals.filter((p) => p.year === options.year);
  let stored = 0;
  let storedProposals = 0;
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
        const unitIds = [
          ...mine.flatMap((r) => (r.unitId === undefined ? [] : [r.unitId])),
          ...proposals.flatMap((p) =>
            p.recipient.kind === "collective" && p.recipient.unitId !== undefined ? [p.recipient.unitId] : [],
          ),
        ];
        const provinceOf = await yearProvinceResolver(tx, options.year, [...new Set(unitIds)]);
        stored = await writeRegistrations(tx, options.year, mine, provinceOf);
        storedProposals = await writeAwardProposals(tx, options.year, proposals, provinceOf);
        const id = (result as Partial<ImportResult> | undefined)?.importId;
        if (id !== undefined)
          await tx.query(
            "update import_log set counts = counts || jsonb_build_object('typicalRegistrations', $2::int, 'awardProposals', $3::int) where id = $1",
            [id, stored, storedProposals],
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
      awardProposals: storedProposals,
      otherYearRecords:
        result.counts.otherYearRecords + all.length - mine.length + allProposals.length - proposals.length,
    },
  };
}
