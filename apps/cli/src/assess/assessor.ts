/**
 * Applying @antq/rules to a dataset. Two paths, same rules:
 * - in memory (xlsx/json input): {@link ProvinceAssessment}, the commune roll-up over all inputs, with
 *   explanations computed again one unit at a time when the result files are written;
 * - streaming (large CSV input): @antq/rules' `createCommuneRollup` evaluates units as they are read and keeps
 *   only each commune's covered-unit statuses; communes are evaluated at the end with those statuses.
 */
import type { AssessedUnitKind } from "@antq/domain";
import type { CompiledRuleSet, EvaluationResult } from "@antq/rules";
import {
  type CommuneRollup,
  type CoveredUnitStatus,
  communeKeyOf,
  coveringCommuneOf,
  createCommuneRollup,
  type SecurityOrderInput,
} from "@antq/rules-antt";
import type { Assessed } from "@antq/sheets";
import { PackedList } from "../io/packed-list.js";

export type { Assessed } from "@antq/sheets";

export { pairInputs } from "@antq/sheets";

/**
 * In-memory assessment (xlsx/json input) with the commune roll-up. Every unit is evaluated once without
 * explanations, which gives the outcomes and the counts; explanations (summary, reasons, citations) are
 * computed again, one unit at a time, while the result files are written ({@link explained}). A province of
 * 100 000 units thus never holds 100 000 explanations.
 */
export class ProvinceAssessment {
  /** Outcomes without explanations, in input order. */
  readonly results: EvaluationResult[];
  private readonly rollup: CommuneRollup;

  constructor(
    private readonly compiled: CompiledRuleSet<SecurityOrderInput>,
    private readonly inputs: readonly SecurityOrderInput[],
    private readonly noFacts: ReadonlySet<string>,
  ) {
    this.rollup = createCommuneRollup(compiled);
    const results = new Array<EvaluationResult>(inputs.length);
    inputs.forEach((input, i) => {
      if (input.unit.kind !== "commune") results[i] = this.rollup.addUnit(input);
    });
    inputs.forEach((input, i) => {
      if (input.unit.kind === "commune") results[i] = this.rollup.evaluateCommune(input);
    });
    this.results = results;
  }

  /** The units with their outcome (no explanation), in input order. */
  *outcomes(): Generator<Assessed> {
    for (let i = 0; i < this.inputs.length; i++) yield this.assessed(i, this.results[i] as EvaluationResult);
  }

  /** The units (all, or those of one kind) with their explained results, computed one at a time. */
  *explained(kind?: AssessedUnitKind): Generator<Assessed> {
    for (let i = 0; i < this.inputs.length; i++) {
      const input = this.inputs[i] as SecurityOrderInput;
      if (kind !== undefined && input.unit.kind !== kind) continue;
      const result =
        input.unit.kind === "commune"
          ? this.rollup.evaluateCommune(input, { explain: true })
          : this.compiled.evaluate(input, { explain: true });
      yield this.assessed(i, result);
    }
  }

  private assessed(i: number, result: EvaluationResult): Assessed {
    const input = this.inputs[i] as SecurityOrderInput;
    return { unit: input.unit, facts: input.facts, result, noFacts: this.noFacts.has(input.unit.id) };
  }
}

/** The statuses recorded by commune key: a Map, or a part received from another thread (decoded on demand). */
export type StatusesByCommune = Pick<ReadonlyMap<string, readonly CoveredUnitStatus[]>, "get" | "keys">;

/** What a streamed part leaves for the communes: their records and its units' statuses by commune key. */
export interface StreamedPart {
  readonly communes: Iterable<SecurityOrderInput>;
  readonly statuses: StatusesByCommune;
}

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

/**
 * Evaluates the communes of a streamed file, one at a time, from its parts in file order: each with the
 * statuses every part recorded for it, in file order (TT 124 Điều 5 khoản 4), as one roll-up over the whole
 * file would (an input that carries its own `coveredUnits` keeps them, as in @antq/rules' roll-up).
 */
export function* communeResults(
  compiled: CompiledRuleSet<SecurityOrderInput>,
  parts: readonly StreamedPart[],
): Generator<Assessed> {
  const rollup = createCommuneRollup(compiled);
  for (const part of parts) {
    for (const input of part.communes) {
      const key = communeKeyOf(input.unit);
      const covered =
        input.coveredUnits ??
        (key === undefined ? undefined : parts.flatMap((p) => p.statuses.get(key) ?? []));
      const result = rollup.evaluateCommune(covered ? { ...input, coveredUnits: covered } : input);
      yield { unit: input.unit, facts: input.facts, result, noFacts: false };
    }
  }
}
/** Explains one unit: with the commune roll-up when the unit is a commune. */
export const explainUnit = (
  compiled: CompiledRuleSet<SecurityOrderInput>,
  inputs: readonly SecurityOrderInput[],
  target: SecurityOrderInput,
): EvaluationResult => {
  if (target.unit.kind !== "commune") return compiled.evaluate(target, { explain: true });
  const key = communeKeyOf(target.unit);
  const rollup = createCommuneRollup(compiled);
  for (const input of inputs) {
    if (input.unit.kind !== "commune" && key !== undefined && coveringCommuneOf(input.unit) === key) {
      rollup.addUnit(input);
    }
  }
  return rollup.evaluateCommune(target, { explain: true });
};
