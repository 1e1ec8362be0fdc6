/**
 * What the store holds: the years with their record counts and the import that wrote them, and the whole
 * import history (including replaced imports).
 */
import * as z from "zod";
import type { SqlDriver } from "./driver.js";

/**
 * One import as recorded.
 *
 * @example
 * ```ts
 * const i: ImportRecord = { id: 1, year: 2024, importedAt: "2026-12-04T08:00:00.000Z", importedBy: "can-bo-01", fileName: "du-lieu.json", fileSha256: null, ruleSetHash: null, replaced: false, counts: { units: 12 } };
 * ```
 */
export interface ImportRecord {
  readonly id: number;
  readonly year: number;
  readonly importedAt: string;
  readonly importedBy: string;
  readonly fileName: string | null;
  readonly fileSha256: string | null;
  readonly ruleSetHash: string | null;
  readonly replaced: boolean;
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * A year held by the store: the import in force and how many assessment runs were saved for it.
 *
 * @example
 * ```ts
 * const y = (s: StoreSummary) => s.years.map((x) => x.year);
 * ```
 */
export interface StoreYear {
  readonly year: number;
  readonly import: ImportRecord;
  /** The TT 124 assessment runs saved for the year. */
  readonly assessmentRuns: number;
  /** The movement classification runs saved for the year. */
  readonly classificationRuns: number;
}

/**
 * Schema `version: 1`: the years and the import history (oldest first).
 *
 * @example
 * ```ts
 * const s: StoreSummary = { version: 1, years: [], imports: [] };
 * ```
 */
export interface StoreSummary {
  readonly version: 1;
  readonly years: readonly StoreYear[];
  readonly imports: readonly ImportRecord[];
}

const ImportRow = z.object({
  id: z.number(),
  year: z.number(),
  at: z.number(),
  imported_by: z.string(),
  file_name: z.string().nullable(),
  file_sha256: z.string().nullable(),
  rule_set_hash: z.string().nullable(),
  replaced: z.boolean(),
  counts: z.record(z.string(), z.number()),
});

/**
 * Reads the summary of the store.
 *
 * @example
 * ```ts
 * const { years } = await storeSummary(driver);
 * years.map((y) => `${y.year}: ${y.import.counts.units} đơn vị, ${y.assessmentRuns} lần đánh giá`);
 * //=> ["2023: 28 đơn vị, 0 lần đánh giá", "2024: 34 đơn vị, 1 lần đánh giá"]
 * ```
 */
export async function storeSummary(driver: SqlDriver): Promise<StoreSummary> {
  const imports = z
    .array(ImportRow)
    .parse(
      await driver.query(
        `select id::int as id, year, extract(epoch from imported_at)::float8 * 1000 as at, imported_by, file_name,
                file_sha256, rule_set_hash, replaced, counts from import_log order by id`,
      ),
    )
    .map(
      (r): ImportRecord => ({
        id: r.id,
        year: r.year,
        importedAt: new Date(r.at).toISOString(),
        importedBy: r.imported_by,
        fileName: r.file_name,
        fileSha256: r.file_sha256,
        ruleSetHash: r.rule_set_hash,
        replaced: r.replaced,
        counts: r.counts,
      }),
    );
  const YearRow = z.object({
    year: z.number(),
    import_id: z.number(),
    assessments: z.number(),
    classifications: z.number(),
  });
  const years = z.array(YearRow).parse(
    await driver.query(
      `select y.year, y.import_id::int as import_id,
                (select count(*)::int from assessment_run r where r.year = y.year and r.kind = 'assessment')
                  as assessments,
                (select count(*)::int from assessment_run r where r.year = y.year and r.kind = 'classification')
                  as classifications
           from dataset_year y order by y.year`,
    ),
  );
  const byId = new Map(imports.map((i) => [i.id, i]));
  return {
    version: 1,
    years: years.flatMap((y) => {
      const imp = byId.get(y.import_id);
      if (imp === undefined) return [];
      return [
        { year: y.year, import: imp, assessmentRuns: y.assessments, classificationRuns: y.classifications },
      ];
    }),
    imports,
  };
}
