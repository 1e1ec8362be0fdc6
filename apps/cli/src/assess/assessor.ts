/**
 * The streaming side of an assessment that needs Node: {@link StreamingAssessor} keeps the communes of a large
 * CSV serialised outside the heap (../io/packed-list.ts) until the end. The in-memory assessment, the commune
 * results of a streamed file and the explanation of one unit are @antq/sheets' (`ProvinceAssessment`,
 * `communeResults`, `explainUnit`), re-exported here for the commands.
 */
import type { CompiledRuleSet } from "@antq/rules";
import { type CommuneRollup, createCommuneRollup, type SecurityOrderInput } from "@antq/rules-antt";
import type { Assessed, StreamedPart } from "@antq/sheets";
import { PackedList } from "../io/packed-list.js";

export type { Assessed, StatusesByCommune, StreamedPart } from "@antq/sheets";
export { communeResults, explainUnit, ProvinceAssessment, pairInputs } from "@antq/sheets";

/**
 * Streaming assessment: feed inputs with {@link add}; the non-commune units are evaluated at once, the
 * communes are kept for the end ({@link leftForCommunes}, then {@link communeResults}). Commune records are
 * kept serialised (../io/packed-list.ts), free of the input text and outside the heap; of the other units
 * the roll-up keeps one small status, with the id and commune code that `DatasetBuilder.onPair` hands over
 * detached. Memory thus grows with the number of units, not the size of the file.
 */
export class StreamingAssessor {
  private readonly rollup: CommuneRollup;
  private readonly communes = new PackedList<SecurityOrderInput>();

  constructor(
    compiled: CompiledRuleSet<SecurityOrderInput>,
    private readonly emit: (assessed: Assessed) => void,
  ) {
    this.rollup = createCommuneRollup(compiled);
  }

  add(input: SecurityOrderInput): void {
    if (input.unit.kind === "commune") {
      this.communes.push(input);
      return;
    }
    const result = this.rollup.addUnit(input);
    this.emit({ unit: input.unit, facts: input.facts, result, noFacts: false });
  }

  /** The communes read and the statuses of the units read, by commune key. */
  leftForCommunes(): StreamedPart & { readonly communes: PackedList<SecurityOrderInput> } {
    return { communes: this.communes, statuses: this.rollup.recordedStatuses() };
  }
}
