/**
 * Reading the records of the movement's yearly cycle back from the store for `antq ke-hoach`, `dien-hinh`,
 * `to-bao-ve` and `hoat-dong`: plans (the latest stored version of each, up to the period's end), điển hình
 * registrations, Tổ bảo vệ ANTT, models, activities and awards of the period, scoped to a province with the
 * 2025 lineage (a province of today stands for the provinces it was formed from), as the review queries are.
 */
import {
  type Activity,
  ActivitySchema,
  type AdminUnit,
  AdminUnitSchema,
  type Award,
  AwardSchema,
  type Model,
  ModelSchema,
  type Plan,
  PlanSchema,
  type SecurityTeam,
  SecurityTeamSchema,
  type TypicalRegistration,
  TypicalRegistrationSchema,
} from "@antq/domain";
import * as z from "zod";
import type { SqlDriver } from "./driver.js";
import { storedYearsOf } from "./internal/period-years.js";
import type { ProvinceScope } from "./lineage.js";
import type { Period } from "./queries.js";

/**
 * The cycle records of a period (see {@link cycleRecords}).
 *
 * @example
 * ```ts
 * const teams = (r: CycleRecords) => r.securityTeams.length;
 * ```
 */
export interface CycleRecords {
  /** The stored years of the period. */
  readonly years: readonly number[];
  /** The administrative units kept in the store (besides the shipped provinces), e.g. a city's wards. */
  readonly adminUnits: readonly AdminUnit[];
  /** Each plan once: its latest stored version up to the period's end (a 2023 plan still governs 2025). */
  readonly plans: readonly Plan[];
  readonly typicalRegistrations: readonly TypicalRegistration[];
  /** A team once per stored year (its rating of that year in its record). */
  readonly securityTeams: readonly { readonly year: number; readonly team: SecurityTeam }[];
  readonly models: readonly { readonly year: number; readonly model: Model }[];
  readonly activities: readonly Activity[];
  readonly awards: readonly Award[];
}

const scoped = "($3::text[] is null or province_id = any($3::text[]))";

const docs = async <T>(
  driver: SqlDriver,
  schema: z.ZodType<T>,
  table: string,
  period: Period,
  scope: readonly string[] | null,
  order: string,
): Promise<{ year: number; doc: T }[]> =>
  z
    .array(z.object({ year: z.number(), doc: z.unknown() }))
    .parse(
      await driver.query(
        `select year, doc from ${table} where year between $1 and $2 and ${scoped} order by year, ${order}`,
        [period.from, period.to, scope],
      ),
    )
    .map((r) => ({ year: r.year, doc: schema.parse(r.doc) }));

/**
 * The cycle records of `period` (years inclusive), of every province or of `scope` (with its predecessors):
 * registrations, teams, models, activities and awards placed in the scope at import (records that could not
 * be placed are read only without a scope), plans whose "tỉnh áp dụng" (`scopeId`) is in the scope. Records
 * are in their stored order (year, then id). Throws `INVALID_INPUT` for an empty or reversed period.
 *
 * @example
 * ```ts
 * const r = await cycleRecords(driver, { from: 2023, to: 2025 });
 * r.years; //=> [2023, 2024]
 * r.activities.map((a) => a.id); //=> ["hg-2023-1", "tt-2023-1", "hg-2024-1", "tt-2024-1"]
 * // Tiền Giang (P82) is part of today's Đồng Tháp: its records are in Đồng Tháp's scope.
 * (await cycleRecords(driver, { from: 2023, to: 2024 }, provinceScope("P82-2025"))).activities.length; //=> 4
 * ```
 */
export async function cycleRecords(
  driver: SqlDriver,
  period: Period,
  scope?: ProvinceScope,
): Promise<CycleRecords> {
  const members = scope === undefined ? null : scope.memberIds;
  const years = await storedYearsOf(driver, period);
  const plans = z
    .array(z.object({ doc: z.unknown() }))
    .parse(
      await driver.query(
        "select distinct on (plan_id) doc from plan where year <= $1 order by plan_id, year desc",
        [period.to],
      ),
    )
    .map((r) => PlanSchema.parse(r.doc))
    .filter((p) => members === null || (p.scopeId !== undefined && members.includes(p.scopeId)));
  const registrations = await docs(
    driver,
    TypicalRegistrationSchema,
    "typical_registration",
    period,
    members,
    "registration_id",
  );
  const teams = await docs(driver, SecurityTeamSchema, "security_team_year", period, members, "team_id");
  const models = await docs(driver, ModelSchema, "model_year", period, members, "model_id");
  const activities = await docs(driver, ActivitySchema, "activity", period, members, "activity_id");
  const awards = await docs(driver, AwardSchema, "award", period, members, "award_id");
  const adminUnits = (await driver.query("select doc from admin_unit order by id")).map((r) =>
    AdminUnitSchema.parse(r.doc),
  );
  return {
    years,
    adminUnits,
    plans,
    typicalRegistrations: registrations.map((r) => r.doc),
    securityTeams: teams.map((t) => ({ year: t.year, team: t.doc })),
    models: models.map((m) => ({ year: m.year, model: m.doc })),
    activities: activities.map((a) => a.doc),
    awards: awards.map((a) => a.doc),
  };
}
