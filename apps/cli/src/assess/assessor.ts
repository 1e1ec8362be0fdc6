/**
 * Applying @antq/rules to a dataset. Two paths, same rules:
 * - in memory (xlsx/json input): `evaluateWithCommunes` over all inputs, with explanations;
 * - streaming (large CSV input): @antq/rules' `createCommuneRollup` evaluates units as they are read and keeps
 *   only each commune's covered-unit statuses; communes are evaluated at the end with those statuses.
 */
import type { AnnualFacts, AssessedUnit } from "@antq/domain";
import {
  type AntoanInput,
  type CommuneRollup,
  type CompiledRuleSet,
  communeKeyOf,
  coveringCommuneOf,
  createCommuneRollup,
  type EvaluationResult,
  evaluateWithCommunes,
} from "@antq/rules";
import { detachRecord, detachString } from "../io/detach.js";
import type { FactsRecord, UnitRecord } from "../sheets/dataset.js";

/** One assessed unit. */
export interface Assessed {
  readonly unit: AssessedUnit;
  readonly facts: AnnualFacts;
  readonly result: EvaluationResult;
  /** True when no facts were given for the year (assessed on "nothing reported"). */
  readonly noFacts: boolean;
}

/** Pairs units with their facts for the year; units without facts get `{ unitId, year }` ("nothing reported"). */
export const pairInputs = (
  units: readonly UnitRecord[],
  facts: readonly FactsRecord[],
  year: number,
): { inputs: AntoanInput[]; noFacts: Set<string> } => {
  const byUnit = new Map<string, AnnualFacts>();
  for (const { facts: f } of facts) if (f.year === year) byUnit.set(f.unitId, f);
  const noFacts = new Set<string>();
  const inputs = units.map(({ unit }) => {
    const f = byUnit.get(unit.id);
    if (!f) noFacts.add(unit.id);
    return { unit, facts: f ?? ({ unitId: unit.id, year } as AnnualFacts) };
  });
  return { inputs, noFacts };
};

/** In-memory assessment with the commune roll-up and explanations. */
export const assessAll = (
  compiled: CompiledRuleSet<AntoanInput>,
  inputs: readonly AntoanInput[],
  noFacts: ReadonlySet<string>,
  explain = true,
): Assessed[] => {
  const results = evaluateWithCommunes(compiled, inputs, { explain });
  return inputs.map((input, i) => ({
    unit: input.unit,
    facts: input.facts,
    result: results[i] as EvaluationResult,
    noFacts: noFacts.has(input.unit.id),
  }));
};

/**
 * Streaming assessment: feed inputs with {@link add}, then call {@link finish} for the communes. What is kept
 * until the end (commune records, each unit's id and commune code in the roll-up) is detached from the
 * input text first (see ../io/detach.ts), so memory grows with the number of units, not the size of the file.
 */
export class StreamingAssessor {
  private readonly rollup: CommuneRollup;
  private readonly communes: AntoanInput[] = [];

  constructor(
    compiled: CompiledRuleSet<AntoanInput>,
    private readonly emit: (assessed: Assessed) => void,
  ) {
    this.rollup = createCommuneRollup(compiled);
  }

  add(input: AntoanInput): void {
    const unit = input.unit;
    if (unit.kind === "commune") {
      this.communes.push(detachRecord(input));
      return;
    }
    const { communeId } = unit.location;
    const kept: AssessedUnit = {
      ...unit,
      id: detachString(unit.id),
      location:
        communeId === undefined ? unit.location : { ...unit.location, communeId: detachString(communeId) },
    };
    const result = this.rollup.addUnit({ unit: kept, facts: input.facts });
    this.emit({ unit, facts: input.facts, result, noFacts: false });
  }

  /** Evaluates the communes one by one (so results can be written out as they come). */
  *communeResults(): Generator<Assessed> {
    for (const input of this.communes.splice(0)) {
      yield {
        unit: input.unit,
        facts: input.facts,
        result: this.rollup.evaluateCommune(input),
        noFacts: false,
      };
    }
  }

  /** Evaluates the communes and emits their results. */
  finish(): void {
    for (const assessed of this.communeResults()) this.emit(assessed);
  }
}

/** Explains one unit: with the commune roll-up when the unit is a commune. */
export const explainUnit = (
  compiled: CompiledRuleSet<AntoanInput>,
  inputs: readonly AntoanInput[],
  target: AntoanInput,
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
