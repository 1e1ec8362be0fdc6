/**
 * The end of an assessment streamed in parts (one, or one per thread, in file order): the communes evaluated
 * with the statuses of every part, and the counts of the whole file.
 */
import type { CompiledRuleSet } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import { type Dataset, mergeStreamedDatasets } from "./dataset.js";
import { communeResults, type StreamedPart } from "./province-assessment.js";
import { Summary, type SummaryCounts } from "./summary.js";
import type { Assessed } from "./unit-rows.js";

/**
 * What a part of a streamed file hands to {@link finishStreamedAssessment}: the counts of its units
 * (`StreamingAssessor.summary`), what it left for the communes (`StreamingAssessor.leftForCommunes()`), its
 * dataset and the years of its facts.
 *
 * @example
 * ```ts
 * const assessor = new StreamingAssessor(compiled, () => {});
 * for (const input of assessedUnits) assessor.add(input);
 * const part: AssessedPart = {
 *   summary: assessor.summary,
 *   left: assessor.leftForCommunes(),
 *   dataset: new DatasetBuilder().finish(),
 *   years: assessor.years,
 * };
 * part.summary.all.total; //=> assessedUnits.length - 1
 * ```
 */
export interface AssessedPart {
  readonly summary: SummaryCounts;
  readonly left: StreamedPart;
  readonly dataset: Dataset;
  readonly years: Iterable<number>;
}

/**
 * Ends a streamed assessment: evaluates the communes of the parts (in file order, each with the statuses every
 * part recorded for it: {@link communeResults}), hands each to `emit` as it is evaluated (awaited: it writes the
 * commune's result row), and returns the summary of every unit (the parts' counts, then the communes' own
 * results), the parts' datasets as one ({@link mergeStreamedDatasets}, keeping `maxStoredIssues` issues) and
 * the years of the facts read.
 *
 * @example
 * ```ts
 * const assessor = new StreamingAssessor(compiled, () => {});
 * for (const input of assessedUnits) assessor.add(input);
 * const left = assessor.leftForCommunes();
 * const part = { summary: assessor.summary, left, dataset: new DatasetBuilder().finish(), years: assessor.years };
 * const communes: string[] = [];
 * const end = await finishStreamedAssessment(compiled, [part], {
 *   emit: (a) => void communes.push(`${a.unit.name}: ${a.result.outcome}`),
 *   maxStoredIssues: 1000,
 * });
 * communes; //=> ["Xã Tân Phước: can_xem_xet"]
 * [end.summary.all.total, end.summary.byCommune.get("C28000")?.outcome]; //=> [assessedUnits.length, "can_xem_xet"]
 * ```
 */
export const finishStreamedAssessment = async (
  compiled: CompiledRuleSet<SecurityOrderInput>,
  parts: readonly AssessedPart[],
  options: {
    readonly emit: (assessed: Assessed) => void | Promise<void>;
    readonly maxStoredIssues: number;
  },
): Promise<{ readonly summary: Summary; readonly dataset: Dataset; readonly years: ReadonlySet<number> }> => {
  const summary = new Summary();
  for (const part of parts) summary.absorb(part.summary);
  for (const assessed of communeResults(
    compiled,
    parts.map((p) => p.left),
  )) {
    summary.add(assessed.unit, assessed.result);
    await options.emit(assessed);
  }
  const dataset = mergeStreamedDatasets(
    parts.map((p) => p.dataset),
    options.maxStoredIssues,
  );
  return { summary, dataset, years: new Set(parts.flatMap((p) => [...p.years])) };
};
