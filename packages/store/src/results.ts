/**
 * Assessment results stored with their provenance (rule-set hash, package versions, interpretation
 * options), so that a past year can be replayed and compared with a re-evaluation.
 */
import * as z from "zod";
import type { SqlDriver } from "./driver.js";
import { StoreError } from "./errors.js";
import { copyRows } from "./internal/copy.js";

/**
 * One unit's result: the overall outcome code (e.g. `"dat"`, `"khong-dat"`, a classification level), an
 * optional score and the outcome code of each criterion.
 *
 * @example
 * ```ts
 * const r: UnitResult = { unitId: "kdc-ap-my-loi", overall: "dat", criteria: { "1": "dat", "2": "dat" } };
 * ```
 */
export interface UnitResult {
  readonly unitId: string;
  readonly overall: string;
  readonly score?: number;
  readonly criteria: Readonly<Record<string, string>>;
}

/**
 * What a stored run holds: TT 124 assessment outcomes of the year's units (they become the units' outcomes
 * read by the period queries) or the movement classification levels of the year's score sheets.
 *
 * @example
 * ```ts
 * const k: RunKind = "classification";
 * ```
 */
export type RunKind = "assessment" | "classification";

/**
 * An assessment run of one year: who ran it, with which rules (hash), package versions and interpretation
 * options, and the results.
 *
 * @example
 * ```ts
 * const run: AssessmentRunInput = {
 *   year: 2024, createdBy: "can-bo-01", ruleSetHash: "sha256:ab12", versions: { "@antq/rules": "0.1.0" },
 *   options: { strict: true }, results: [{ unitId: "kdc-1", overall: "dat", criteria: { "1": "dat" } }],
 * };
 * ```
 */
export interface AssessmentRunInput {
  readonly year: number;
  /** Default `"assessment"`. */
  readonly kind?: RunKind;
  readonly createdBy: string;
  readonly ruleSetHash: string;
  readonly versions: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, unknown>>;
  readonly results: readonly UnitResult[];
}

/**
 * A stored run with its id and time.
 *
 * @example
 * ```ts
 * const id = (r: AssessmentRun) => r.id;
 * ```
 */
export interface AssessmentRun extends AssessmentRunInput {
  readonly kind: RunKind;
  readonly id: number;
  readonly createdAt: string;
}

const RunRow = z.object({
  id: z.number(),
  kind: z.enum(["assessment", "classification"]),
  year: z.number(),
  created_by: z.string(),
  at: z.number(),
  rule_set_hash: z.string(),
  versions: z.record(z.string(), z.string()),
  options: z.record(z.string(), z.unknown()),
});
const ResultRow = z.object({
  unit_id: z.string(),
  overall: z.string(),
  score: z.union([z.number(), z.string()]).nullable(),
  criteria: z.record(z.string(), z.string()),
});

/**
 * Saves a run of a stored year (one transaction) and returns its id. Throws `YEAR_MISSING` when the year
 * was not imported.
 *
 * @example
 * ```ts
 * // `driver`: a store holding 2023; `run`: the assessment of its 28 units by can-bo-02.
 * const id = await saveAssessmentRun(driver, run);
 * (await latestAssessmentRun(driver, 2023))?.id === id; //=> true
 * (await saveAssessmentRun(driver, { ...run, year: 2019 }).catch((e) => e)).code; //=> "YEAR_MISSING"
 * ```
 */
export async function saveAssessmentRun(driver: SqlDriver, run: AssessmentRunInput): Promise<number> {
  return driver.transaction(async (tx) => {
    const year = await tx.query("select 1 from dataset_year where year = $1 for share", [run.year]);
    if (year.length === 0)
      throw new StoreError(
        "YEAR_MISSING",
        `Kho chưa có dữ liệu năm ${run.year}; hãy nhập dữ liệu năm này trước.`,
        {
          year: run.year,
        },
      );
    const kind = run.kind ?? "assessment";
    const rows = await tx.query(
      `insert into assessment_run (year, kind, created_by, rule_set_hash, versions, options)
       values ($1, $2, $3, $4, $5, $6) returning id::int as id`,
      [
        run.year,
        kind,
        run.createdBy,
        run.ruleSetHash,
        JSON.stringify(run.versions),
        JSON.stringify(run.options),
      ],
    );
    const id = z.object({ id: z.number() }).parse(rows[0]).id;
    await copyRows(
      tx,
      "assessment_result",
      ["run_id", "unit_id", "overall", "score", "criteria"],
      run.results,
      (r) => [id, r.unitId, r.overall, r.score ?? null, r.criteria],
    );
    if (kind !== "assessment") return id;
    // The new run is the year's latest: its outcomes become the units' outcomes (read by the period queries).
    await tx.query("update unit_year set outcome = null where year = $1 and outcome is not null", [run.year]);
    await tx.query(
      `update unit_year u set outcome = r.overall from assessment_result r
        where r.run_id = $2 and u.year = $1 and u.unit_id = r.unit_id`,
      [run.year, id],
    );
    return id;
  });
}

/**
 * The latest run of a year (of one kind, default assessments) with its results (units in the store's order of
 * unit id), or undefined.
 *
 * @example
 * ```ts
 * // `driver`: a store holding 2023, not assessed yet; `run`: the assessment of its 28 units by can-bo-02.
 * await latestAssessmentRun(driver, 2023); //=> undefined
 * await saveAssessmentRun(driver, run);
 * const latest = await latestAssessmentRun(driver, 2023);
 * // The rules it was made with, and its results.
 * [latest?.ruleSetHash, latest?.createdBy, latest?.results.length]; //=> ["fnv1a64:5d1c0b7e2a9f4c31", "can-bo-02", 28]
 * ```
 */
export async function latestAssessmentRun(
  driver: SqlDriver,
  year: number,
  kind: RunKind = "assessment",
): Promise<AssessmentRun | undefined> {
  const runs = await driver.query(
    `select id::int as id, kind, year, created_by, extract(epoch from created_at)::float8 * 1000 as at,
            rule_set_hash, versions, options
       from assessment_run where year = $1 and kind = $2 order by id desc limit 1`,
    [year, kind],
  );
  if (runs.length === 0) return undefined;
  const run = RunRow.parse(runs[0]);
  const results = z
    .array(ResultRow)
    .parse(
      await driver.query(
        "select unit_id, overall, score::float8 as score, criteria from assessment_result where run_id = $1 order by unit_id",
        [run.id],
      ),
    );
  return {
    id: run.id,
    kind: run.kind,
    year: run.year,
    createdBy: run.created_by,
    createdAt: new Date(run.at).toISOString(),
    ruleSetHash: run.rule_set_hash,
    versions: run.versions,
    options: run.options,
    results: results.map((r) => ({
      unitId: r.unit_id,
      overall: r.overall,
      ...(r.score === null ? {} : { score: Number(r.score) }),
      criteria: r.criteria,
    })),
  };
}

/**
 * One difference between a stored run and a re-evaluation.
 *
 * @example
 * ```ts
 * const d: ResultDifference = { unitId: "kdc-1", field: "overall", stored: "dat", current: "khong-dat" };
 * ```
 */
export interface ResultDifference {
  readonly unitId: string;
  /** `"overall"`, `"criteria.<id>"`, `"unit"` (present on one side only). */
  readonly field: string;
  readonly stored: string | undefined;
  readonly current: string | undefined;
}

/**
 * Compares stored results with a re-evaluation, unit by unit and criterion by criterion. Pure.
 *
 * @example
 * ```ts
 * const differences = compareResults(
 *   [{ unitId: "kdc-ap-my-loi", overall: "dat", criteria: { "1": "dat" } }],
 *   [{ unitId: "kdc-ap-my-loi", overall: "khong-dat", criteria: { "1": "khong-dat" } }],
 * );
 * differences.map((d) => d.field); //=> ["overall", "criteria.1"]
 * compareResults([{ unitId: "a", overall: "dat", criteria: {} }], []).length; //=> 1
 * ```
 */
export function compareResults(
  stored: readonly UnitResult[],
  current: readonly UnitResult[],
): ResultDifference[] {
  const out: ResultDifference[] = [];
  const now = new Map(current.map((r) => [r.unitId, r]));
  const seen = new Set<string>();
  for (const s of stored) {
    seen.add(s.unitId);
    const c = now.get(s.unitId);
    if (c === undefined) {
      out.push({ unitId: s.unitId, field: "unit", stored: s.overall, current: undefined });
      continue;
    }
    if (s.overall !== c.overall)
      out.push({ unitId: s.unitId, field: "overall", stored: s.overall, current: c.overall });
    for (const key of new Set([...Object.keys(s.criteria), ...Object.keys(c.criteria)]))
      if (s.criteria[key] !== c.criteria[key])
        out.push({
          unitId: s.unitId,
          field: `criteria.${key}`,
          stored: s.criteria[key],
          current: c.criteria[key],
        });
  }
  for (const c of current)
    if (!seen.has(c.unitId))
      out.push({ unitId: c.unitId, field: "unit", stored: undefined, current: c.overall });
  return out;
}

/**
 * One difference of provenance between a stored run and a re-evaluation: the rule-set hash, a package
 * version (`"versions.<package>"`) or an interpretation option (`"options.<key>"`, compared as JSON).
 *
 * @example
 * ```ts
 * const d: ProvenanceDifference = { field: "versions.@antq/rules-antt", stored: "0.1.0", current: "0.2.0" };
 * ```
 */
export interface ProvenanceDifference {
  readonly field: string;
  readonly stored: string | undefined;
  readonly current: string | undefined;
}

const asText = (v: unknown): string | undefined => (v === undefined ? undefined : JSON.stringify(v));

/**
 * What differs in provenance between a stored run and a re-evaluation (why their results may differ). Pure.
 *
 * @example
 * ```ts
 * compareProvenance({ ruleSetHash: "a", versions: { rules: "0.1.0" }, options: {} }, { ruleSetHash: "b", versions: { rules: "0.2.0" }, options: {} }).map((d) => d.field); //=> ["ruleSetHash", "versions.rules"]
 * ```
 */
export function compareProvenance(
  stored: Pick<AssessmentRunInput, "ruleSetHash" | "versions" | "options">,
  current: Pick<AssessmentRunInput, "ruleSetHash" | "versions" | "options">,
): ProvenanceDifference[] {
  const out: ProvenanceDifference[] = [];
  if (stored.ruleSetHash !== current.ruleSetHash)
    out.push({ field: "ruleSetHash", stored: stored.ruleSetHash, current: current.ruleSetHash });
  for (const key of [...new Set([...Object.keys(stored.versions), ...Object.keys(current.versions)])].sort())
    if (stored.versions[key] !== current.versions[key])
      out.push({ field: `versions.${key}`, stored: stored.versions[key], current: current.versions[key] });
  for (const key of [...new Set([...Object.keys(stored.options), ...Object.keys(current.options)])].sort()) {
    const a = asText(canonical(stored.options[key]));
    const b = asText(canonical(current.options[key]));
    if (a !== b) out.push({ field: `options.${key}`, stored: a, current: b });
  }
  return out;
}

/** A JSON value with its object keys sorted (jsonb does not keep key order). */
const canonical = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(canonical);
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
};
