/**
 * What the store holds and the period questions of reviews: "lượt" (unit-years) per unit kind and outcome,
 * outcomes (classification levels) per year, models and teams per year, activities summed over a period,
 * awards by form, issuer and recipient kind, each with the previous period of the same length. Plain data
 * with English keys; rows are ordered by codes and years, never by Vietnamese names in SQL.
 */
import * as z from "zod";
import type { SqlDriver } from "./driver.js";
import { StoreError } from "./errors.js";
import { crossesReform, type ProvinceScope } from "./lineage.js";

/**
 * A period of evaluation years, both ends included.
 *
 * @example
 * ```ts
 * const p: Period = { from: 2020, to: 2024 };
 * ```
 */
export interface Period {
  readonly from: number;
  readonly to: number;
}

/**
 * The period of the same length just before `p`.
 *
 * @example
 * ```ts
 * previousPeriod({ from: 2020, to: 2024 }); //=> { from: 2015, to: 2019 }
 * ```
 */
export const previousPeriod = (p: Period): Period => ({ from: 2 * p.from - p.to - 1, to: p.from - 1 });

const checkPeriod = (p: Period) => {
  if (!Number.isInteger(p.from) || !Number.isInteger(p.to) || p.from > p.to)
    throw new StoreError("INVALID_INPUT", `Khoảng thời gian ${p.from}–${p.to} không hợp lệ.`, { ...p });
};

/**
 * A figure for a period and the same figure for the previous period.
 *
 * @example
 * ```ts
 * const c: WithPrevious<number> = { period: { from: 2020, to: 2024 }, value: 5, previous: { period: { from: 2015, to: 2019 }, value: 3 } };
 * ```
 */
export interface WithPrevious<T> {
  readonly period: Period;
  readonly value: T;
  readonly previous: { readonly period: Period; readonly value: T };
}

const withPrevious = async <T>(period: Period, fn: (p: Period) => Promise<T>): Promise<WithPrevious<T>> => {
  checkPeriod(period);
  const prev = previousPeriod(period);
  return { period, value: await fn(period), previous: { period: prev, value: await fn(prev) } };
};

/** The `$n::text[]` parameter of a scope: its member ids, or null for the whole store. */
const scopeParam = (scope: ProvinceScope | undefined): readonly string[] | null =>
  scope === undefined ? null : scope.memberIds;

const byCodes =
  (...keys: string[]) =>
  (a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const k of keys) {
      const x = String(a[k] ?? "");
      const y = String(b[k] ?? "");
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

/**
 * "Lượt" counts: unit-years per unit kind and overall outcome (of each year's latest assessment run; `null`
 * when the year has no result for the unit).
 *
 * @example
 * ```ts
 * const r: UnitYearCounts = { rows: [{ kind: "agency", outcome: "dat", unitYears: 1454 }], unitYears: 1730, crossesReform: true, reformYears: [2024, 2025] };
 * ```
 */
export interface UnitYearCounts {
  readonly rows: readonly {
    readonly kind: string;
    readonly outcome: string | null;
    readonly unitYears: number;
  }[];
  readonly unitYears: number;
  /** True when some of the counted years add up units of the provinces merged in 2025. */
  readonly crossesReform: boolean;
  /** The years of the period that cross the reform (empty without a merged scope). */
  readonly reformYears: readonly number[];
}

const CountRow = z.object({ kind: z.string(), outcome: z.string().nullable(), unit_years: z.number() });

/**
 * Unit-years per kind and outcome over `period` (optionally within a province scope, see
 * {@link provinceScope}), with the previous period.
 *
 * @example
 * ```ts
 * // Đồng Tháp after the 2025 merger covers the former Tiền Giang (P82): its 2023 and 2024 data count.
 * const r = await unitYearCounts(driver, { from: 2021, to: 2025 }, provinceScope("P82-2025"));
 * [r.value.unitYears, r.previous.value.unitYears]; //=> [62, 0]
 * [r.value.crossesReform, r.value.reformYears]; //=> [true, [2023, 2024]]
 * r.value.rows.filter((x) => x.kind === "residential-area");
 * //=> [{ kind: "residential-area", outcome: null, unitYears: 16 }, { kind: "residential-area", outcome: "chua_dat", unitYears: 3 }, { kind: "residential-area", outcome: "dat", unitYears: 13 }]
 * ```
 */
export function unitYearCounts(
  driver: SqlDriver,
  period: Period,
  scope?: ProvinceScope,
): Promise<WithPrevious<UnitYearCounts>> {
  return withPrevious(period, async (p) => {
    const rows = z.array(CountRow).parse(
      await driver.query(
        `select kind, outcome, count(*)::int as unit_years from unit_year
          where year between $1 and $2 and ($3::text[] is null or province_id = any($3::text[]))
          group by kind, outcome`,
        [p.from, p.to, scopeParam(scope)],
      ),
    );
    const years = z
      .array(z.object({ year: z.number() }))
      .parse(
        await driver.query("select year from dataset_year where year between $1 and $2 order by year", [
          p.from,
          p.to,
        ]),
      )
      .map((r) => r.year);
    const reformYears = years.filter((y) => crossesReform(scope, y));
    return {
      rows: rows
        .map((r) => ({ kind: r.kind, outcome: r.outcome, unitYears: r.unit_years }))
        .sort(byCodes("kind", "outcome")),
      unitYears: rows.reduce((s, r) => s + r.unit_years, 0),
      crossesReform: reformYears.length > 0,
      reformYears,
    };
  });
}

/**
 * Units per overall outcome (classification level) for each year of a period (latest run of each year).
 *
 * @example
 * ```ts
 * // 2024 was assessed, 2023 not (a year without a run has no outcomes).
 * const rows = await outcomesByYear(driver, { from: 2023, to: 2024 });
 * rows.filter((r) => r.year === 2024 && r.outcome === "chua_dat").map((r) => `${r.kind}: ${r.units}`);
 * //=> ["agency: 1", "education: 1", "enterprise: 1", "residential-area: 3"]
 * rows.some((r) => r.year === 2023); //=> false
 * ```
 */
export async function outcomesByYear(
  driver: SqlDriver,
  period: Period,
  scope?: ProvinceScope,
): Promise<{ year: number; kind: string; outcome: string; units: number; crossesReform: boolean }[]> {
  checkPeriod(period);
  const rows = z
    .array(z.object({ year: z.number(), kind: z.string(), outcome: z.string(), units: z.number() }))
    .parse(
      await driver.query(
        `select year, kind, outcome, count(*)::int as units from unit_year
          where year between $1 and $2 and outcome is not null
            and ($3::text[] is null or province_id = any($3::text[]))
          group by year, kind, outcome`,
        [period.from, period.to, scopeParam(scope)],
      ),
    );
  return rows
    .map((r) => ({ ...r, crossesReform: crossesReform(scope, r.year) }))
    .sort((a, b) => a.year - b.year || byCodes("kind", "outcome")(a, b));
}

/**
 * Models (by kind) and security teams recorded for each year of a period, optionally within a province
 * scope (records placed in the scope's provinces, see {@link provinceScope}); `crossesReform` flags the years
 * whose figures add up provinces merged in 2025.
 *
 * @example
 * ```ts
 * const rows = await modelsAndTeamsByYear(driver, { from: 2020, to: 2024 });
 * rows.map((r) => [r.year, r.models]); //=> [[2023, 12], [2024, 18]]
 * rows[1]?.modelsByKind; //=> { "school-safety": 6, "security-camera": 2, "self-managed-team": 10 }
 * ```
 */
export async function modelsAndTeamsByYear(
  driver: SqlDriver,
  period: Period,
  scope?: ProvinceScope,
): Promise<
  {
    year: number;
    models: number;
    modelsByKind: Record<string, number>;
    securityTeams: number;
    crossesReform: boolean;
  }[]
> {
  checkPeriod(period);
  const models = z.array(z.object({ year: z.number(), kind: z.string(), n: z.number() })).parse(
    await driver.query(
      `select year, kind, count(*)::int as n from model_year
          where year between $1 and $2 and ($3::text[] is null or province_id = any($3::text[]))
          group by year, kind`,
      [period.from, period.to, scopeParam(scope)],
    ),
  );
  const teams = z.array(z.object({ year: z.number(), n: z.number() })).parse(
    await driver.query(
      `select year, count(*)::int as n from security_team_year
          where year between $1 and $2 and ($3::text[] is null or province_id = any($3::text[]))
          group by year`,
      [period.from, period.to, scopeParam(scope)],
    ),
  );
  const years = z
    .array(z.object({ year: z.number() }))
    .parse(
      await driver.query("select year from dataset_year where year between $1 and $2 order by year", [
        period.from,
        period.to,
      ]),
    );
  return years.map(({ year }) => {
    const modelsByKind: Record<string, number> = {};
    for (const m of models.filter((r) => r.year === year).sort(byCodes("kind"))) modelsByKind[m.kind] = m.n;
    return {
      year,
      models: Object.values(modelsByKind).reduce((s, n) => s + n, 0),
      modelsByKind,
      securityTeams: teams.find((t) => t.year === year)?.n ?? 0,
      crossesReform: crossesReform(scope, year),
    };
  });
}

/**
 * Activities over a period, per kind: how many records and the sum of each numeric field (sessions,
 * attendees, cases…), with the previous period; optionally within a province scope (see {@link provinceScope}).
 *
 * @example
 * ```ts
 * const r = await activityTotals(driver, { from: 2020, to: 2024 });
 * r.value.find((a) => a.kind === "propaganda"); //=> { kind: "propaganda", activities: 2, totals: { attendees: 687, leaflets: 3000, sessions: 8 } }
 * r.previous.period; //=> { from: 2015, to: 2019 }
 * ```
 */
export function activityTotals(
  driver: SqlDriver,
  period: Period,
  scope?: ProvinceScope,
): Promise<WithPrevious<{ kind: string; activities: number; totals: Record<string, number> }[]>> {
  return withPrevious(period, async (p) => {
    const counts = z.array(z.object({ kind: z.string(), n: z.number() })).parse(
      await driver.query(
        `select kind, count(*)::int as n from activity
            where year between $1 and $2 and ($3::text[] is null or province_id = any($3::text[]))
            group by kind`,
        [p.from, p.to, scopeParam(scope)],
      ),
    );
    const sums = z.array(z.object({ kind: z.string(), field: z.string(), total: z.number() })).parse(
      await driver.query(
        `select a.kind, f.key as field, sum((f.value)::text::numeric)::float8 as total
             from activity a cross join lateral jsonb_each(a.doc) f
            where a.year between $1 and $2 and jsonb_typeof(f.value) = 'number'
              and ($3::text[] is null or a.province_id = any($3::text[]))
            group by a.kind, f.key`,
        [p.from, p.to, scopeParam(scope)],
      ),
    );
    return counts.sort(byCodes("kind")).map((c) => {
      const totals: Record<string, number> = {};
      for (const s of sums.filter((r) => r.kind === c.kind).sort(byCodes("field"))) totals[s.field] = s.total;
      return { kind: c.kind, activities: c.n, totals };
    });
  });
}

/**
 * Awards over a period by form, issuer kind and recipient kind, with the previous period; optionally within a
 * province scope (see {@link provinceScope}).
 *
 * @example
 * ```ts
 * const r = await awardCounts(driver, { from: 2020, to: 2024 }, provinceScope("P82-2025"));
 * r.value.filter((a) => a.recipientKind === "collective");
 * //=> [{ form: "certificate-of-merit", issuerKind: "provincial-people-committee", recipientKind: "collective", awards: 2 }]
 * ```
 */
export function awardCounts(
  driver: SqlDriver,
  period: Period,
  scope?: ProvinceScope,
): Promise<WithPrevious<{ form: string; issuerKind: string; recipientKind: string; awards: number }[]>> {
  return withPrevious(period, async (p) =>
    z
      .array(
        z.object({ form: z.string(), issuer_kind: z.string(), recipient_kind: z.string(), n: z.number() }),
      )
      .parse(
        await driver.query(
          `select form, issuer_kind, recipient_kind, count(*)::int as n from award
            where year between $1 and $2 and ($3::text[] is null or province_id = any($3::text[]))
            group by form, issuer_kind, recipient_kind`,
          [p.from, p.to, scopeParam(scope)],
        ),
      )
      .map((r) => ({ form: r.form, issuerKind: r.issuer_kind, recipientKind: r.recipient_kind, awards: r.n }))
      .sort(byCodes("form", "issuerKind", "recipientKind")),
  );
}
