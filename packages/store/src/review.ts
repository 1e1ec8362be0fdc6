/**
 * The records of a review period, read back for `@antq/report`: every unit-year with its outcome (of its
 * year's latest assessment run), the units, models, teams, activities, awards and administrative units of the
 * period, and each unit-year's counts of crimes and violations. Plain data with English keys, shaped so that
 * `@antq/report`'s `fromStoredReview` turns it into the report's input without either package knowing the
 * other (the store stays free of report code, the report free of SQL).
 */
import {
  type Activity,
  ActivitySchema,
  type AdminUnit,
  AdminUnitSchema,
  type AssessedUnit,
  type Award,
  AwardSchema,
  type Model,
  ModelSchema,
  type SecurityTeam,
  SecurityTeamSchema,
} from "@antq/domain";
import * as z from "zod";
import type { SqlDriver } from "./driver.js";
import { storedYearsOf } from "./internal/period-years.js";
import type { ProvinceScope } from "./lineage.js";
import type { Period } from "./queries.js";

/**
 * A unit as the review needs it (its latest record in the period): id, kind, name, where it is.
 *
 * @example
 * ```ts
 * const u: ReviewUnitRow = { id: "dn-1", kind: "enterprise", name: "Công ty TNHH số 1", location: { provinceId: "P-BA", communeId: "X-2" } };
 * ```
 */
export interface ReviewUnitRow {
  readonly id: string;
  readonly kind: AssessedUnit["kind"];
  readonly name: string;
  readonly location: { readonly provinceId: string; readonly communeId?: string };
  /** For a commune unit, the administrative unit it is. */
  readonly adminUnitId?: string;
}

/**
 * One unit-year's outcome: the overall code of the year's latest assessment run (`"dat"`, `"khong-dat"`),
 * the classification level the run recorded under the `classification` criterion (when it classified the
 * unit) and the commune the unit was recorded under that year (before or after the 2025 reform).
 *
 * @example
 * ```ts
 * const o: ReviewOutcomeRow = { unitId: "dn-1", year: 2019, overall: "dat", classification: "good", communeId: "X-2" };
 * ```
 */
export interface ReviewOutcomeRow {
  readonly unitId: string;
  readonly year: number;
  readonly overall: string;
  readonly classification?: string;
  readonly communeId?: string;
}

/**
 * Crimes, social-evil cases and other violations recorded in one unit-year's annual facts (the counts when
 * given, otherwise the number of listed crimes).
 *
 * @example
 * ```ts
 * const v: ViolationRow = { unitId: "kdc-1", year: 2024, crimes: 2, socialEvilCases: 1, otherViolationCases: 0 };
 * ```
 */
export interface ViolationRow {
  readonly unitId: string;
  readonly year: number;
  readonly crimes: number;
  readonly socialEvilCases: number;
  readonly otherViolationCases: number;
}

/**
 * What {@link reviewRecords} returns.
 *
 * @example
 * ```ts
 * const n = (r: StoredReview) => r.outcomes.length; // unit-years with an outcome ("lượt")
 * ```
 */
export interface StoredReview {
  readonly period: Period;
  /** The years of the period held by the store. */
  readonly years: readonly number[];
  readonly units: readonly ReviewUnitRow[];
  readonly outcomes: readonly ReviewOutcomeRow[];
  readonly models: readonly Model[];
  readonly securityTeams: readonly SecurityTeam[];
  readonly activities: readonly Activity[];
  readonly awards: readonly Award[];
  readonly adminUnits: readonly AdminUnit[];
  readonly violations: readonly ViolationRow[];
}

const UnitRow = z.object({
  unit_id: z.string(),
  kind: z.string(),
  name: z.string(),
  province_id: z.string(),
  commune_id: z.string().nullable(),
  admin_unit_id: z.string().nullable(),
});
const OutcomeRow = z.object({
  unit_id: z.string(),
  year: z.number(),
  outcome: z.string(),
  classification: z.string().nullable(),
  commune_id: z.string().nullable(),
});
const ViolationSqlRow = z.object({
  unit_id: z.string(),
  year: z.number(),
  crimes: z.number(),
  social: z.number(),
  other: z.number(),
});

const scopeParam = (scope: ProvinceScope | undefined) => (scope === undefined ? null : [...scope.memberIds]);

/**
 * The records of `period` (both years included), optionally within a province scope (the province and the
 * provinces it was formed from, see `provinceScope`): units and unit-year outcomes of the scope; models,
 * teams, activities and awards placed in the scope's provinces at import (records kept once, in their latest
 * year when stored in several; records that could not be placed count only without a scope); all
 * administrative units (under the server's row-level security, those of the request's province). Units
 * without a result in their year are left out of `outcomes` (not counted as "lượt"). Throws `INVALID_INPUT`
 * for a reversed period.
 *
 * @example
 * ```ts
 * const r = await reviewRecords(driver, { from: 2014, to: 2019 });
 * r.outcomes.filter((o) => o.overall === "dat").length; // 1454
 * ```
 */
export async function reviewRecords(
  driver: SqlDriver,
  period: Period,
  scope?: ProvinceScope,
): Promise<StoredReview> {
  const p = [period.from, period.to, scopeParam(scope)];
  const years = await storedYearsOf(driver, period);
  const units = z.array(UnitRow).parse(
    await driver.query(
      `select distinct on (unit_id) unit_id, kind, name, province_id, commune_id, doc->>'adminUnitId' as admin_unit_id
         from unit_year
        where year between $1 and $2 and ($3::text[] is null or province_id = any($3::text[]))
        order by unit_id, year desc`,
      p,
    ),
  );
  const outcomes = z.array(OutcomeRow).parse(
    await driver.query(
      `select u.unit_id, u.year, u.outcome, u.commune_id, r.criteria->>'classification' as classification
         from unit_year u
         left join (select year, max(id) as run_id from assessment_run group by year) l on l.year = u.year
         left join assessment_result r on r.run_id = l.run_id and r.unit_id = u.unit_id
        where u.year between $1 and $2 and u.outcome is not null
          and ($3::text[] is null or u.province_id = any($3::text[]))
        order by u.year, u.unit_id`,
      p,
    ),
  );
  const violations = z.array(ViolationSqlRow).parse(
    await driver.query(
      `select f.unit_id, f.year,
              coalesce((f.doc->'violationCounts'->>'crimes')::int, jsonb_array_length(coalesce(f.doc->'crimes', '[]'::jsonb))) as crimes,
              coalesce((f.doc->'violationCounts'->>'socialEvilCases')::int, 0) as social,
              coalesce((f.doc->'violationCounts'->>'otherViolationCases')::int, 0) as other
         from annual_facts f join unit_year u on u.year = f.year and u.unit_id = f.unit_id
        where f.year between $1 and $2 and ($3::text[] is null or u.province_id = any($3::text[]))
          and (f.doc ? 'violationCounts' or f.doc ? 'crimes')
        order by f.year, f.unit_id`,
      p,
    ),
  );
  // Models, teams, activities and awards are placed in a province at import (migration 0004, from the unit they
  // name or their administrative unit); a scope keeps only its own, so no province counts another's records.
  const latest = async <T>(schema: z.ZodType<T>, table: string, id: string) =>
    (
      await driver.query(
        `select distinct on (${id}) doc from ${table} t
          where t.year between $1 and $2 and ($3::text[] is null or t.province_id = any($3::text[]))
          order by ${id}, year desc`,
        p,
      )
    ).map((r) => schema.parse(r.doc));
  return {
    period,
    years,
    units: units.map((u) => ({
      id: u.unit_id,
      kind: u.kind as AssessedUnit["kind"],
      name: u.name,
      location:
        u.commune_id === null
          ? { provinceId: u.province_id }
          : { provinceId: u.province_id, communeId: u.commune_id },
      ...(u.admin_unit_id === null ? {} : { adminUnitId: u.admin_unit_id }),
    })),
    outcomes: outcomes.map((o) => ({
      unitId: o.unit_id,
      year: o.year,
      overall: o.outcome,
      ...(o.classification === null ? {} : { classification: o.classification }),
      ...(o.commune_id === null ? {} : { communeId: o.commune_id }),
    })),
    models: await latest(ModelSchema, "model_year", "model_id"),
    securityTeams: await latest(SecurityTeamSchema, "security_team_year", "team_id"),
    activities: await latest(ActivitySchema, "activity", "activity_id"),
    awards: await latest(AwardSchema, "award", "award_id"),
    adminUnits: (await driver.query("select doc from admin_unit order by id")).map((r) =>
      AdminUnitSchema.parse(r.doc),
    ),
    violations: violations.map((v) => ({
      unitId: v.unit_id,
      year: v.year,
      crimes: v.crimes,
      socialEvilCases: v.social,
      otherViolationCases: v.other,
    })),
  };
}
