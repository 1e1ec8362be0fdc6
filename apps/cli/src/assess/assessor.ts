/**
 * Applying @antq/rules to a dataset. Two paths, same rules:
 * - in memory (xlsx/json input): `evaluateWithCommunes` over all inputs, with explanations;
 * - streaming (large CSV input): units are evaluated as they are read and only each commune's covered-unit
 *   statuses are kept; communes are evaluated at the end with those statuses. This composes the same
 *   exported pieces `evaluateWithCommunes` uses (`coveringCommuneOf`, `coveredUnitStatus`, `communeKeyOf`).
 */
import type { AnnualFacts, AssessedUnit } from "@antq/domain";
import {
  type AntoanInput,
  type CompiledRuleSet,
  type CoveredUnitStatus,
  communeKeyOf,
  coveredUnitStatus,
  coveringCommuneOf,
  type EvaluationResult,
  evaluateWithCommunes,
} from "@antq/rules";
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

/** Streaming assessment: feed inputs with {@link add}, then call {@link finish} for the communes. */
export class StreamingAssessor {
  private readonly statuses = new Map<string, CoveredUnitStatus[]>();
  private readonly communes: AntoanInput[] = [];

  constructor(
    private readonly compiled: CompiledRuleSet<AntoanInput>,
    private readonly emit: (assessed: Assessed) => void,
  ) {}

  add(input: AntoanInput): void {
    if (input.unit.kind === "commune") {
      this.communes.push(input);
      return;
    }
    const result = this.compiled.evaluate(input);
    const key = coveringCommuneOf(input.unit);
    if (key !== undefined) {
      let list = this.statuses.get(key);
      if (!list) {
        list = [];
        this.statuses.set(key, list);
      }
      list.push(coveredUnitStatus(input, result));
    }
    this.emit({ unit: input.unit, facts: input.facts, result, noFacts: false });
  }

  /** Evaluates the communes one by one (so results can be written out as they come). */
  *communeResults(): Generator<Assessed> {
    const communes = this.communes.splice(0);
    for (const input of communes) {
      const key = communeKeyOf(input.unit);
      const covered = input.coveredUnits ?? (key === undefined ? undefined : (this.statuses.get(key) ?? []));
      const result = this.compiled.evaluate(
        covered === undefined ? input : { ...input, coveredUnits: covered },
      );
      yield { unit: input.unit, facts: input.facts, result, noFacts: false };
    }
    this.statuses.clear();
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
  const covered: CoveredUnitStatus[] = [];
  for (const input of inputs) {
    if (input.unit.kind === "commune" || key === undefined || coveringCommuneOf(input.unit) !== key) continue;
    covered.push(coveredUnitStatus(input, compiled.evaluate(input)));
  }
  return compiled.evaluate(target.coveredUnits ? target : { ...target, coveredUnits: covered }, {
    explain: true,
  });
};
