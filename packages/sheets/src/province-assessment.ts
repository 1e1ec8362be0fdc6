/**
 * Applying the "An toàn về ANTT" rules (@antq/rules-antt) to a whole dataset, with the commune roll-up of
 * Thông tư 124 Điều 5 khoản 4 (a commune's ratio counts the results of the units under its competence):
 * - in memory: {@link ProvinceAssessment} evaluates every unit once without explanations (outcomes and counts)
 *   and explains them again one unit at a time when results are written, so a province of 100 000 units never
 *   holds 100 000 explanations;
 * - streamed: the communes of a file read in parts are evaluated at the end, each with the statuses every part
 *   recorded for it ({@link communeResults});
 * - one unit: {@link explainUnit}, with the roll-up when it is a commune.
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
import { Summary } from "./summary.js";
import type { Assessed } from "./unit-rows.js";

/**
 * An in-memory assessment with the commune roll-up: the outcomes of every input in input order
 * ({@link ProvinceAssessment.results}, {@link ProvinceAssessment.outcomes}), and the explained results computed
 * again one unit at a time ({@link ProvinceAssessment.explained}). Units listed in `noFacts` are marked as
 * assessed without facts of the year (see {@link pairInputs}).
 *
 * @example
 * ```ts
 * const { inputs, noFacts } = pairInputs(
 *   province.units.map((unit) => ({ unit, source: { file: "du-lieu.json" } })),
 *   province.facts.map((facts) => ({ facts, source: { file: "du-lieu.json" } })),
 *   2024,
 * );
 * const assessment = new ProvinceAssessment(compiled, inputs, noFacts);
 * const commune = [...assessment.outcomes()].find((a) => a.unit.kind === "commune");
 * [commune?.unit.name, commune?.result.outcome]; //=> ["Xã Tân Phước", "can_xem_xet"]
 * [...assessment.explained("commune")][0]?.result.summary !== undefined; //=> true
 * ```
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
      if (input.unit.kind !== "commune") results[i] = this.rollup.addUnit(unpacked(input));
    });
    inputs.forEach((input, i) => {
      if (input.unit.kind === "commune") results[i] = this.rollup.evaluateCommune(unpacked(input));
    });
    this.results = results;
  }

  /** The units with their outcome (no explanation), in input order; packed facts are unpacked when read. */
  *outcomes(): Generator<Assessed> {
    for (let i = 0; i < this.inputs.length; i++) {
      const input = this.inputs[i] as SecurityOrderInput;
      const result = this.results[i] as EvaluationResult;
      const noFacts = this.noFacts.has(input.unit.id);
      yield {
        unit: input.unit,
        get facts() {
          return input.facts;
        },
        result,
        noFacts,
      };
    }
  }

  /** The units (all, or those of one kind) with their explained results, computed one at a time. */
  *explained(kind?: AssessedUnitKind): Generator<Assessed> {
    for (let i = 0; i < this.inputs.length; i++) {
      const packed = this.inputs[i] as SecurityOrderInput;
      if (kind !== undefined && packed.unit.kind !== kind) continue;
      const input = unpacked(packed);
      const result =
        input.unit.kind === "commune"
          ? this.rollup.evaluateCommune(input, { explain: true })
          : this.compiled.evaluate(input, { explain: true });
      yield { unit: input.unit, facts: input.facts, result, noFacts: this.noFacts.has(input.unit.id) };
    }
  }
}

/**
 * The input with its facts read once: a packed record ({@link pairInputs}) is unpacked on every read of
 * `facts`, and the rules read them once per criterion.
 */
const unpacked = (input: SecurityOrderInput): SecurityOrderInput => ({ ...input });

/**
 * The statuses recorded by commune key: a Map, or a part received from another thread (decoded on demand).
 *
 * @example
 * ```ts
 * const rollup = createCommuneRollup(compiled);
 * for (const a of assessedUnits) if (a.unit.kind !== "commune") rollup.addUnit(a);
 * const statuses: StatusesByCommune = rollup.recordedStatuses();
 * statuses.get("C28000")?.length; //=> 15
 * ```
 */
export type StatusesByCommune = Pick<ReadonlyMap<string, readonly CoveredUnitStatus[]>, "get" | "keys">;

/**
 * What a streamed part leaves for the communes: their records and its units' statuses by commune key.
 *
 * @example
 * ```ts
 * const rollup = createCommuneRollup(compiled);
 * const communes = assessedUnits.filter((a) => a.unit.kind === "commune");
 * for (const a of assessedUnits) if (a.unit.kind !== "commune") rollup.addUnit(a);
 * const part: StreamedPart = { communes, statuses: rollup.recordedStatuses() };
 * [...communeResults(compiled, [part])].map((a) => a.result.outcome); //=> ["can_xem_xet"]
 * ```
 */
export interface StreamedPart {
  readonly communes: Iterable<SecurityOrderInput>;
  readonly statuses: StatusesByCommune;
}

/**
 * Where a {@link StreamingAssessor} keeps the communes until the end: an array by default; in Node a list kept
 * serialised outside the heap.
 *
 * @example
 * ```ts
 * const kept: CommuneList = [];
 * kept.push(assessedUnits.find((a) => a.unit.kind === "commune")!);
 * [...kept].length; //=> 1
 * ```
 */
export interface CommuneList extends Iterable<SecurityOrderInput> {
  push(input: SecurityOrderInput): unknown;
}

/**
 * Streaming assessment: feed inputs with {@link StreamingAssessor.add}; the non-commune units are evaluated at
 * once, counted in {@link StreamingAssessor.summary} and handed to `emit`, the communes are kept for the end
 * ({@link StreamingAssessor.leftForCommunes}, then `finishStreamedAssessment` or {@link communeResults}). Of the
 * other units the roll-up keeps one small status, so memory grows with the number of units, not the size of the
 * file.
 *
 * @example
 * ```ts
 * const emitted: string[] = [];
 * const assessor = new StreamingAssessor(compiled, (a) => emitted.push(a.result.outcome));
 * for (const input of assessedUnits) assessor.add(input);
 * const [commune] = communeResults(compiled, [assessor.leftForCommunes()]);
 * [emitted.length, commune?.result.outcome]; //=> [assessedUnits.length - 1, "can_xem_xet"]
 * [assessor.summary.all.total, [...assessor.years]]; //=> [assessedUnits.length - 1, [2024]]
 * ```
 */
export class StreamingAssessor<L extends CommuneList = SecurityOrderInput[]> {
  /** The counts of the units assessed so far; the communes are counted when they are evaluated, at the end. */
  readonly summary = new Summary();
  /** The years of the facts added, communes included (to check a given year against the data). */
  readonly years = new Set<number>();
  private readonly rollup: CommuneRollup;
  private readonly communes: L;

  constructor(
    compiled: CompiledRuleSet<SecurityOrderInput>,
    private readonly emit: (assessed: Assessed) => void,
    communes?: L,
  ) {
    this.rollup = createCommuneRollup(compiled);
    this.communes = communes ?? ([] as SecurityOrderInput[] as unknown as L);
  }

  /** Assesses a unit now, or keeps a commune for the end. */
  add(input: SecurityOrderInput): void {
    this.years.add(input.facts.year);
    if (input.unit.kind === "commune") {
      this.communes.push(input);
      return;
    }
    const result = this.rollup.addUnit(input);
    this.summary.add(input.unit, result);
    this.emit({ unit: input.unit, facts: input.facts, result, noFacts: false });
  }

  /** The communes read and the statuses of the units read, by commune key. */
  leftForCommunes(): StreamedPart & { readonly communes: L } {
    return { communes: this.communes, statuses: this.rollup.recordedStatuses() };
  }
}

/**
 * Evaluates the communes of a streamed file, one at a time, from its parts in file order: each with the
 * statuses every part recorded for it, in file order (TT 124 Điều 5 khoản 4), as one roll-up over the whole
 * file would (an input that carries its own `coveredUnits` keeps them, as in @antq/rules' roll-up).
 *
 * @example
 * ```ts
 * // The commune's units read in two parts (e.g. two threads): the same result as one roll-up.
 * const part = (units: typeof assessedUnits): StreamedPart => {
 *   const rollup = createCommuneRollup(compiled);
 *   for (const a of units) if (a.unit.kind !== "commune") rollup.addUnit(a);
 *   return { communes: units.filter((a) => a.unit.kind === "commune"), statuses: rollup.recordedStatuses() };
 * };
 * const [commune] = communeResults(compiled, [part(assessedUnits.slice(0, 10)), part(assessedUnits.slice(10))]);
 * [commune?.unit.name, commune?.result.outcome]; //=> ["Xã Tân Phước", "can_xem_xet"]
 * ```
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

/**
 * Explains one unit of `inputs`: with the commune roll-up over the units under its competence when the unit is
 * a commune.
 *
 * @example
 * ```ts
 * const commune = assessedUnits.find((a) => a.unit.kind === "commune")!;
 * explainUnit(compiled, assessedUnits, commune).outcome; //=> "can_xem_xet"
 * explainUnit(compiled, assessedUnits, assessed).outcome; //=> "dat"
 * ```
 */
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
