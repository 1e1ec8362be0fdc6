/**
 * The outcomes of an assessment as the rules worker keeps them: one byte per unit for its outcome and one byte
 * per criterion it was assessed on, instead of 100 000 result objects with their criteria. Explanations are not
 * kept: the worker evaluates the unit an officer opens again with explanations (./engine.ts `explain`).
 */
import { type EvaluationResult, OUTCOMES, type Outcome } from "@antq/rules";

const code = (outcome: Outcome): number => {
  const at = OUTCOMES.indexOf(outcome);
  if (at < 0) throw new Error(`Unknown outcome "${outcome}"`);
  return at;
};

/** What {@link LeanResults} reads of a result: its outcome and its criteria's ids and outcomes. */
export type LeanInput = Pick<EvaluationResult, "outcome"> & {
  readonly criteria: readonly { readonly id: string; readonly outcome: Outcome }[];
};

/**
 * Each unit's outcome and its criteria's outcomes, in input order, in byte arrays. The criteria of a unit keep
 * their order (the order of its result), so that {@link LeanResults.criteriaOf} gives what the result gave.
 *
 * @example
 * ```ts
 * const lean = new LeanResults([{ outcome: "dat", criteria: [{ id: "a", outcome: "dat" }] }]);
 * [lean.length, lean.outcome(0), lean.criteriaOf(0)]; //=> [1, "dat", { a: "dat" }]
 * ```
 */
export class LeanResults {
  readonly length: number;
  private readonly outcomes: Uint8Array;
  /** The distinct lists of criterion ids (a unit kind's criteria, usually), and each unit's list. */
  private readonly shapes: (readonly string[])[] = [];
  private readonly shapeOf: Uint32Array;
  /** `width` bytes per unit: its criteria's outcomes in the order of its shape. */
  private readonly criteria: Uint8Array;
  private readonly width: number;

  constructor(results: readonly LeanInput[]) {
    this.length = results.length;
    this.outcomes = new Uint8Array(results.length);
    this.shapeOf = new Uint32Array(results.length);
    let width = 0;
    for (const r of results) width = Math.max(width, r.criteria.length);
    this.width = width;
    this.criteria = new Uint8Array(results.length * width);
    const shapeIndex = new Map<string, number>();
    results.forEach((r, i) => {
      this.outcomes[i] = code(r.outcome);
      const key = r.criteria.map((c) => c.id).join("\u0000");
      let shape = shapeIndex.get(key);
      if (shape === undefined) {
        shape = this.shapes.length;
        this.shapes.push(r.criteria.map((c) => c.id));
        shapeIndex.set(key, shape);
      }
      this.shapeOf[i] = shape;
      r.criteria.forEach((c, k) => {
        this.criteria[i * width + k] = code(c.outcome);
      });
    });
  }

  /** The outcome of unit `i`. */
  outcome(i: number): Outcome {
    return OUTCOMES[this.outcomes[i] as number] as Outcome;
  }

  /** The outcome of each criterion of unit `i`, by criterion id, in the order of its result. */
  criteriaOf(i: number): Record<string, Outcome> {
    const ids = this.shapes[this.shapeOf[i] as number] as readonly string[];
    const out: Record<string, Outcome> = {};
    ids.forEach((id, k) => {
      out[id] = OUTCOMES[this.criteria[i * this.width + k] as number] as Outcome;
    });
    return out;
  }
}
