/**
 * The running summary of an assessment: outcome counts for all units, per unit kind and per commune (the
 * commune's own result beside the counts of all units on its territory and of those under its competence, which
 * its Điều 5 khoản 4 ratio counts). The commune is {@link communeIdOf},
 * the denominator of "X/Y đạt" is `inScope`.
 */
import { ASSESSED_UNIT_KIND_LABELS_VI, type AssessedUnit, type AssessedUnitKind } from "@antq/domain";
import type { EvaluationResult, Outcome } from "@antq/rules";
import { coveringCommuneOf } from "@antq/rules-antt";
import { detachString } from "./detach.js";
import { addOutcome, addTally, emptyTally, type Tally } from "./tally.js";
import { communeIdOf } from "./unit-rows.js";

/**
 * Summary of one commune.
 *
 * @example
 * ```ts
 * const commune: CommuneSummary | undefined = summary.byCommune.get("C28000");
 * commune?.all.total; //=> 19
 * commune?.covered.total; //=> 15
 * ```
 */
export interface CommuneSummary {
  readonly key: string;
  name: string | undefined;
  /** The commune's own result, when the commune itself was assessed. */
  outcome: Outcome | undefined;
  readonly all: Tally;
  /**
   * The units under the commune's competence, those its own Điều 5 khoản 4 ratio counts (khu dân cư; cơ quan,
   * doanh nghiệp, cơ sở giáo dục managed by or delegated to the commune): @antq/rules-antt's `coveringCommuneOf`.
   */
  readonly covered: Tally;
  readonly byKind: Map<AssessedUnitKind, Tally>;
}

/**
 * The counts of a {@link Summary} as plain data, as a worker thread sends them.
 *
 * @example
 * ```ts
 * const counts: SummaryCounts = { all: summary.all, byKind: summary.byKind, byCommune: summary.byCommune };
 * const whole = new Summary();
 * whole.absorb(counts); // a part read by another thread
 * whole.all; //=> summary.all
 * ```
 */
export type SummaryCounts = Pick<Summary, "all" | "byKind" | "byCommune">;

const addByKind = (into: Map<AssessedUnitKind, Tally>, from: ReadonlyMap<AssessedUnitKind, Tally>) => {
  for (const [kind, tally] of from) {
    const mine = into.get(kind) ?? emptyTally();
    addTally(mine, tally);
    into.set(kind, mine);
  }
};

/**
 * Running summary of an assessment.
 *
 * @example
 * ```ts
 * const summary = new Summary();
 * for (const { unit, result } of assessedUnits) summary.add(unit, result);
 * summary.kinds(); //=> ["residential-area", "commune", "agency", "enterprise", "education"]
 * summary.all.total; //=> 20
 * summary.byCommune.get("C28000")?.name; //=> "Xã Tân Phước"
 * ```
 */
export class Summary {
  readonly all = emptyTally();
  readonly byKind = new Map<AssessedUnitKind, Tally>();
  readonly byCommune = new Map<string, CommuneSummary>();

  private commune(key: string): CommuneSummary {
    let c = this.byCommune.get(key);
    if (!c) {
      // Kept for the whole run: detached from the input text (see ./detach.ts).
      c = {
        key: detachString(key),
        name: undefined,
        outcome: undefined,
        all: emptyTally(),
        covered: emptyTally(),
        byKind: new Map(),
      };
      this.byCommune.set(key, c);
    }
    return c;
  }

  /**
   * The summary of assessed units (each with its result), in their order.
   *
   * @example
   * ```ts
   * Summary.of(assessedUnits).all.dat; //=> 16
   * ```
   */
  static of(assessed: Iterable<{ readonly unit: AssessedUnit; readonly result: EvaluationResult }>): Summary {
    const summary = new Summary();
    for (const { unit, result } of assessed) summary.add(unit, result);
    return summary;
  }

  /** Adds one result. */
  add(unit: AssessedUnit, result: EvaluationResult): void {
    addOutcome(this.all, result.outcome);
    const kindTally = this.byKind.get(unit.kind) ?? emptyTally();
    addOutcome(kindTally, result.outcome);
    this.byKind.set(unit.kind, kindTally);
    // A commune's own result, or a unit counted on the territory of its commune (whether or not under the
    // commune's competence, TT 124 Điều 10).
    const key = communeIdOf(unit);
    if (key === undefined) return;
    if (unit.kind === "commune") {
      const c = this.commune(key);
      c.name = detachString(unit.name);
      c.outcome = result.outcome;
      return;
    }
    const c = this.commune(key);
    addOutcome(c.all, result.outcome);
    if (coveringCommuneOf(unit) !== undefined) addOutcome(c.covered, result.outcome);
    const t = c.byKind.get(unit.kind) ?? emptyTally();
    addOutcome(t, result.outcome);
    c.byKind.set(unit.kind, t);
  }

  /**
   * Adds the counts of another part of the same input (read in parallel, parts added in file order, so that
   * communes keep the order in which they first appear).
   */
  absorb(other: SummaryCounts): void {
    addTally(this.all, other.all);
    addByKind(this.byKind, other.byKind);
    for (const [key, from] of other.byCommune) {
      const c = this.commune(key);
      if (from.name !== undefined) c.name = from.name;
      if (from.outcome !== undefined) c.outcome = from.outcome;
      addTally(c.all, from.all);
      addTally(c.covered, from.covered);
      addByKind(c.byKind, from.byKind);
    }
  }

  /** Kinds present, in the domain's order. */
  kinds(): AssessedUnitKind[] {
    return (Object.keys(ASSESSED_UNIT_KIND_LABELS_VI) as AssessedUnitKind[]).filter((k) =>
      this.byKind.has(k),
    );
  }
}
