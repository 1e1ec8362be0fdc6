/**
 * The assessment of @antq/sheets (`ProvinceAssessment`, `StreamingAssessor`, `communeResults`, `explainUnit`),
 * re-exported for the commands; a large CSV's communes are kept serialised outside the heap
 * (../io/packed-list.ts) until the end ({@link streamingAssessor}).
 */
import type { CompiledRuleSet } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import { type Assessed, StreamingAssessor } from "@antq/sheets";
import { PackedList } from "../io/packed-list.js";

export type { Assessed, StatusesByCommune, StreamedPart } from "@antq/sheets";
export { communeResults, explainUnit, ProvinceAssessment, pairInputs } from "@antq/sheets";

/**
 * A streaming assessor whose communes are kept in a {@link PackedList} (free of the input text, outside the
 * heap, transferable to the main thread).
 *
 * @example
 * ```ts
 * const assessor = streamingAssessor(compiled, (a) => writer.write(unitResultRow(a, labels)));
 * ```
 */
export const streamingAssessor = (
  compiled: CompiledRuleSet<SecurityOrderInput>,
  emit: (assessed: Assessed) => void,
): StreamingAssessor<PackedList<SecurityOrderInput>> =>
  new StreamingAssessor(compiled, emit, new PackedList<SecurityOrderInput>());
