/**
 * Which year a data set is about, inferred from the years of its annual facts records, so that an assessment
 * run without an explicit year never falls back silently on the calendar year.
 */

/**
 * The year of a data set, inferred from the years of its facts records (see {@link inferAssessmentYear}):
 * - `single`: every record is of one year;
 * - `none`: no record has a year (nothing to infer);
 * - `several`: records of more than one year (the caller must be told which one), listed in ascending order.
 *
 * @example
 * ```ts
 * const describe = (y: InferredYear) => (y.kind === "single" ? `năm ${y.year}` : y.kind);
 * describe(inferAssessmentYear([2024, 2024])); //=> "năm 2024"
 * ```
 */
export type InferredYear =
  | { readonly kind: "single"; readonly year: number }
  | { readonly kind: "none" }
  | { readonly kind: "several"; readonly years: readonly number[] };

/**
 * Infers the assessment year from the years of the facts records: unambiguous only when every record is of
 * one year. Non-integer values are ignored (they are reported by validation elsewhere).
 *
 * @example
 * ```ts
 * inferAssessmentYear([2024, 2024, 2024]); //=> { kind: "single", year: 2024 }
 * inferAssessmentYear([2025, 2024, 2025]); //=> { kind: "several", years: [2024, 2025] }
 * inferAssessmentYear([]); //=> { kind: "none" }
 * ```
 */
export const inferAssessmentYear = (years: Iterable<number>): InferredYear => {
  const seen = new Set<number>();
  for (const year of years) if (Number.isInteger(year)) seen.add(year);
  if (seen.size === 0) return { kind: "none" };
  const sorted = [...seen].sort((a, b) => a - b);
  if (sorted.length === 1) return { kind: "single", year: sorted[0] as number };
  return { kind: "several", years: sorted };
};
