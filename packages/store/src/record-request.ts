/**
 * What `danh-gia` and `phan-loai` ask of the multi-year record (`--tu-kho`, `--luu-kho`, `--doi-chieu`), and
 * what the record gives each for a year (its data, last year's counts, the stored run to compare with, who
 * replaced the year).
 */
import type { Dataset, ScoreSheet } from "@antq/domain";
import type { SqlDriver } from "./driver.js";
import { type PreviousYearRecord, previousYearRecord } from "./previous-year.js";
import { loadYear } from "./records.js";
import { type AssessmentRun, latestAssessmentRun, type RunKind } from "./results.js";
import { type YearReplacement, yearReplacement } from "./run-text.js";

/**
 * What the record flags ask for: the year's data from the store (`--tu-kho`), the results saved (`--luu-kho`)
 * or compared with the stored ones (`--doi-chieu`).
 *
 * @example
 * ```ts
 * const request: RecordRequest = { fromStore: true, save: true, compare: false };
 * ```
 */
export interface RecordRequest {
  readonly fromStore: boolean;
  readonly save: boolean;
  readonly compare: boolean;
}

/**
 * The label of a stored year in messages and result files ("kho ~/.antq, năm 2024").
 *
 * @example
 * ```ts
 * storedYearLabel("~/.antq", 2024); //=> "kho ~/.antq, năm 2024"
 * ```
 */
export const storedYearLabel = (where: string, year: number): string => `kho ${where}, năm ${year}`;

/**
 * What the record gives an assessment of a year.
 *
 * @example
 * ```ts
 * const input: AssessmentRecord = await assessmentRecord(driver, 2024, { fromStore: true, save: false, compare: false });
 * [input.dataset?.units.length !== 0, input.previous.year, input.stored]; //=> [true, 2023, undefined]
 * ```
 */
export interface AssessmentRecord {
  /** The year's data (with `--tu-kho` only). */
  readonly dataset: Dataset | undefined;
  /** Last year's counts (TT 124 Điều 4 khoản 4 điểm a). */
  readonly previous: PreviousYearRecord;
  /** With `--doi-chieu`: the year's latest stored run of the kind. */
  readonly stored: AssessmentRun | undefined;
  /** With `--doi-chieu` and nothing stored: who replaced the year's data, if it was replaced. */
  readonly replacedBy: YearReplacement | undefined;
}

/** Who replaced the year's data, asked only when a comparison finds nothing stored. */
const replacement = (driver: SqlDriver, year: number, request: RecordRequest, stored: unknown) =>
  request.compare && stored === undefined ? yearReplacement(driver, year) : Promise.resolve(undefined);

/**
 * Reads what an assessment (or a run of `kind`) of `year` needs from the record: the year itself only with
 * `--tu-kho`, the stored run only with `--doi-chieu`.
 *
 * @example
 * ```ts
 * const r = await assessmentRecord(driver, 2024, { fromStore: false, save: false, compare: true });
 * [r.dataset, r.previous.year, r.stored?.year]; //=> [undefined, 2023, 2024]
 * ```
 */
export async function assessmentRecord(
  driver: SqlDriver,
  year: number,
  request: RecordRequest,
  kind: RunKind = "assessment",
): Promise<AssessmentRecord> {
  const dataset = request.fromStore ? await loadYear(driver, year) : undefined;
  const stored = request.compare ? await latestAssessmentRun(driver, year, kind) : undefined;
  const previous = await previousYearRecord(driver, year);
  return { dataset, previous, stored, replacedBy: await replacement(driver, year, request, stored) };
}

/**
 * What the record gives a classification of a year.
 *
 * @example
 * ```ts
 * const c: ClassificationRecord = await classificationRecord(driver, 2024, { fromStore: true, save: false, compare: false });
 * c.assessmentRun !== undefined; //=> true
 * ```
 */
export interface ClassificationRecord {
  /** The year's score sheets. */
  readonly sheets: readonly ScoreSheet[];
  /** The overall TT 124 outcome of each unit in the year's latest stored assessment. */
  readonly tt124: Map<string, string>;
  /** The id of that assessment run. */
  readonly assessmentRun: number | undefined;
  /** With `--doi-chieu`: the year's latest stored classification. */
  readonly stored: AssessmentRun | undefined;
  readonly replacedBy: YearReplacement | undefined;
}

/**
 * Reads the year's score sheets and its latest stored TT 124 outcomes (and, with `--doi-chieu`, its latest
 * stored classification) from the record.
 *
 * @example
 * ```ts
 * const c = await classificationRecord(driver, 2024, { fromStore: true, save: false, compare: true });
 * [c.tt124.size > 0, c.stored, c.replacedBy]; //=> [true, undefined, undefined]
 * ```
 */
export async function classificationRecord(
  driver: SqlDriver,
  year: number,
  request: RecordRequest,
): Promise<ClassificationRecord> {
  const dataset = await loadYear(driver, year);
  const assessment = await latestAssessmentRun(driver, year);
  const stored = request.compare ? await latestAssessmentRun(driver, year, "classification") : undefined;
  return {
    sheets: dataset.scoreSheets ?? [],
    tt124: new Map((assessment?.results ?? []).map((r) => [r.unitId, r.overall])),
    assessmentRun: assessment?.id,
    stored,
    replacedBy: await replacement(driver, year, request, stored),
  };
}
