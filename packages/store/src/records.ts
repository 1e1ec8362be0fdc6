/**
 * Reading a stored year back: the whole data set as imported (for replaying a past year's assessment) and
 * the units of a year sorted by Vietnamese name with `@antq/format-vi` (PGlite has no Vietnamese collation,
 * so names are never sorted in SQL).
 */
import {
  ActivitySchema,
  AdminUnitSchema,
  AnnualFactsSchema,
  type AssessedUnit,
  AssessedUnitSchema,
  AwardSchema,
  type Dataset,
  ModelSchema,
  PlanSchema,
  ScoreSheetSchema,
  SecurityTeamSchema,
} from "@antq/domain";
import { compareVietnamese } from "@antq/format-vi";
import type * as z from "zod";
import type { SqlDriver } from "./driver.js";
import { StoreError } from "./errors.js";
import type { ProvinceScope } from "./lineage.js";

const docs = async <T>(
  driver: SqlDriver,
  schema: z.ZodType<T>,
  text: string,
  params: unknown[],
): Promise<T[]> => (await driver.query(text, params)).map((r) => schema.parse(r.doc));

/**
 * The data set of a stored year, exactly as imported (records in their stored order by id). Throws
 * `YEAR_MISSING` when the year is not in the store.
 *
 * @example
 * ```ts
 * const d2023 = await loadYear(driver, 2023);
 * d2023.units.length; //=> 28
 * (await loadYear(driver, 2019).catch((e) => e)).code; //=> "YEAR_MISSING"
 * ```
 */
export async function loadYear(driver: SqlDriver, year: number): Promise<Dataset> {
  const present = await driver.query("select 1 from dataset_year where year = $1", [year]);
  if (present.length === 0)
    throw new StoreError("YEAR_MISSING", `Kho chưa có dữ liệu năm ${year}.`, { year });
  const y = [year];
  const adminUnits = await docs(driver, AdminUnitSchema, "select doc from admin_unit order by id", []);
  return {
    schemaVersion: 1,
    ...(adminUnits.length > 0 ? { adminUnits } : {}),
    units: await docs(
      driver,
      AssessedUnitSchema,
      "select doc from unit_year where year = $1 order by unit_id",
      y,
    ),
    annualFacts: await docs(
      driver,
      AnnualFactsSchema,
      "select doc from annual_facts where year = $1 order by unit_id",
      y,
    ),
    models: await docs(
      driver,
      ModelSchema,
      "select doc from model_year where year = $1 order by model_id",
      y,
    ),
    securityTeams: await docs(
      driver,
      SecurityTeamSchema,
      "select doc from security_team_year where year = $1 order by team_id",
      y,
    ),
    activities: await docs(
      driver,
      ActivitySchema,
      "select doc from activity where year = $1 order by activity_id",
      y,
    ),
    awards: await docs(driver, AwardSchema, "select doc from award where year = $1 order by award_id", y),
    plans: await docs(driver, PlanSchema, "select doc from plan where year = $1 order by plan_id", y),
    scoreSheets: await docs(
      driver,
      ScoreSheetSchema,
      "select doc from score_sheet where year = $1 order by ordinal",
      y,
    ),
  };
}

/**
 * The units of a year (optionally of a province scope), sorted by name in Vietnamese order, then id.
 *
 * @example
 * ```ts
 * // Vietnamese order: "Ấp Điềm Hy" after "Ấp Bình Phục Nhứt", "Xã …" last.
 * (await unitsOfYear(driver, 2024)).map((u) => u.name).slice(6, 9); //=> ["Ấp 7", "Ấp Bình Phục Nhứt", "Ấp Điềm Hy"]
 * (await unitsOfYear(driver, 2024)).map((u) => u.name).slice(-2); //=> ["Xã Mỹ Lợi", "Xã Tân Phước"]
 * ```
 */
export async function unitsOfYear(
  driver: SqlDriver,
  year: number,
  scope?: ProvinceScope,
): Promise<AssessedUnit[]> {
  const units = await docs(
    driver,
    AssessedUnitSchema,
    "select doc from unit_year where year = $1 and ($2::text[] is null or province_id = any($2::text[]))",
    [year, scope === undefined ? null : [...scope.memberIds]],
  );
  return units.sort((a, b) => compareVietnamese(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
