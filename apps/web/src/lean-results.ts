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
 * Each unit's outcome and its criteria's outcomes, in input order, in byte arrays, filled one result at a time
 * ({@link LeanResults.set}) so that the results need not all exist at once. The criteria of a unit keep their
 * order (the order of its result), so that {@link LeanResults.criteriaOf} gives what the result gave.
 *
 * @example
 * ```ts
 * const lean = new LeanResults(1);
 * lean.set(0, { outcome: "dat", criteria: [{ id: "a", outcome: "dat" }] });
 * [lean.length, lean.outcome(0), lean.criteriaOf(0)]; //=> [1, "dat", { a: "dat" }]
 * ```
 */
export class LeanResults {
  private readonly outcomes: Uint8Array;
  /** The distinct lists of criterion ids (a unit kind's criteria, usually), and each unit's list. */
  private readonly shapes: (readonly string[])[] = [];
  private readonly shapeIndex = new Map<string, number>();
  private readonly shapeOf: Uint32Array;
  /** `width` bytes per unit: its criteria's outcomes in the order of its shape (grown when a result has more). */
  private criteria: Uint8Array;
  private width = 0;

  constructor(readonly length: number) {
    this.outcomes = new Uint8Array(length);
    this.shapeOf = new Uint32Array(length);
    this.criteria = new Uint8Array(0);
  }

  /** The lean form of `results`, in their order. */
  static of(results: readonly LeanInput[]): LeanResults {
    const lean = new LeanResults(results.length);
    results.forEach((r, i) => {
      lean.set(i, r);
    });
    return lean;
  }

  /** Keeps the outcome and criteria outcomes of unit `i`'s result. */
  set(i: number, result: LeanInput): void {
    const { criteria } = result;
    if (criteria.length > this.width) this.widen(criteria.length);
    this.outcomes[i] = code(result.outcome);
    const key = criteria.map((c) => c.id).join("\u0000");
    let shape = this.shapeIndex.get(key);
    if (shape === undefined) {
      shape = this.shapes.length;
      this.shapes.push(criteria.map((c) => c.id));
      this.shapeIndex.set(key, shape);
    }
    this.shapeOf[i] = shape;
    const at = i * this.width;
    criteria.forEach((c, k) => {
      this.criteria[at + k] = code(c.outcome);
    });
  }

  private widen(width: number): void {
    const wider = new Uint8Array(this.length * width);
    for (let i = 0; i < this.length; i++)
      wider.set(this.criteria.subarray(i * this.width, (i + 1) * this.width), i * width);
    this.criteria = wider;
    this.width = width;
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
