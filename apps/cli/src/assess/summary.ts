/**
 * Counting results for the summary sheet: per unit kind and per commune, "X/Y đạt (Z%)" where Y counts the
 * units the regulation applies to (results other than "không áp dụng"). Counting only; every outcome comes
 * from @antq/rules.
 */
import { ASSESSED_UNIT_KIND_LABELS_VI, type AssessedUnit, type AssessedUnitKind } from "@antq/domain";
import { communeKeyOf, type EvaluationResult, type Outcome } from "@antq/rules";
import { detachString } from "@antq/sheets";
import { formatNumber, formatPercentOf } from "../format.js";
import { lazyList } from "../io/json-stream.js";

/** Outcome counts. */
export interface Tally {
  total: number;
  dat: number;
  chua_dat: number;
  can_xem_xet: number;
  khong_ap_dung: number;
}

export const emptyTally = (): Tally => ({ total: 0, dat: 0, chua_dat: 0, can_xem_xet: 0, khong_ap_dung: 0 });

const add = (tally: Tally, outcome: Outcome) => {
  tally.total++;
  tally[outcome]++;
};

const addTally = (tally: Tally, other: Tally) => {
  tally.total += other.total;
  tally.dat += other.dat;
  tally.chua_dat += other.chua_dat;
  tally.can_xem_xet += other.can_xem_xet;
  tally.khong_ap_dung += other.khong_ap_dung;
};

const addByKind = (into: Map<AssessedUnitKind, Tally>, from: ReadonlyMap<AssessedUnitKind, Tally>) => {
  for (const [kind, tally] of from) {
    const mine = into.get(kind) ?? emptyTally();
    addTally(mine, tally);
    into.set(kind, mine);
  }
};

/** Units the regulation applies to (the denominator of "X/Y đạt"). */
export const inScope = (t: Tally): number => t.total - t.khong_ap_dung;

/** "1.454/1.730 đạt (84,0%)"; "—" when no unit is in scope. */
export const ratioText = (t: Tally): string => {
  const y = inScope(t);
  return y === 0 ? "—" : `${formatNumber(t.dat)}/${formatNumber(y)} đạt (${formatPercentOf(t.dat, y)})`;
};

const tallyJson = (t: Tally) => ({ ...t, trongPhamVi: inScope(t), tyLe: ratioText(t) });

function* communesJson(communes: Iterable<CommuneSummary>) {
  for (const c of communes) {
    yield {
      maXa: c.key,
      tenXa: c.name ?? null,
      ketQuaXa: c.outcome ?? null,
      ...tallyJson(c.all),
      theoLoai: Object.fromEntries([...c.byKind].map(([k, t]) => [k, tallyJson(t)])),
    };
  }
}

/** Summary of one commune. */
export interface CommuneSummary {
  readonly key: string;
  name: string | undefined;
  /** The commune's own result, when the commune itself was assessed. */
  outcome: Outcome | undefined;
  readonly all: Tally;
  readonly byKind: Map<AssessedUnitKind, Tally>;
}

/** The counts of a {@link Summary} as plain data, as a worker thread sends them (see ./parallel.ts). */
export type SummaryCounts = Pick<Summary, "all" | "byKind" | "byCommune">;

/** Running summary of an assessment. */
export class Summary {
  readonly all = emptyTally();
  readonly byKind = new Map<AssessedUnitKind, Tally>();
  readonly byCommune = new Map<string, CommuneSummary>();

  private commune(key: string): CommuneSummary {
    let c = this.byCommune.get(key);
    if (!c) {
      // Kept for the whole run: detached from the input text (see ../io/detach.ts).
      c = {
        key: detachString(key),
        name: undefined,
        outcome: undefined,
        all: emptyTally(),
        byKind: new Map(),
      };
      this.byCommune.set(key, c);
    }
    return c;
  }

  /** Adds one result. */
  add(unit: AssessedUnit, result: EvaluationResult): void {
    add(this.all, result.outcome);
    const kindTally = this.byKind.get(unit.kind) ?? emptyTally();
    add(kindTally, result.outcome);
    this.byKind.set(unit.kind, kindTally);
    if (unit.kind === "commune") {
      const key = communeKeyOf(unit);
      if (key !== undefined) {
        const c = this.commune(key);
        c.name = detachString(unit.name);
        c.outcome = result.outcome;
      }
      return;
    }
    const key = unit.location.communeId;
    if (key === undefined) return;
    const c = this.commune(key);
    add(c.all, result.outcome);
    const t = c.byKind.get(unit.kind) ?? emptyTally();
    add(t, result.outcome);
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
      addByKind(c.byKind, from.byKind);
    }
  }

  /** Kinds present, in the domain's order. */
  kinds(): AssessedUnitKind[] {
    return (Object.keys(ASSESSED_UNIT_KIND_LABELS_VI) as AssessedUnitKind[]).filter((k) =>
      this.byKind.has(k),
    );
  }

  /**
   * Plain JSON for `--json` and the JSON output file. The per-commune list is lazy (one entry per commune,
   * tens of thousands for a national file): streamed by io/json-stream.ts, an array for JSON.stringify.
   */
  toJSON() {
    return {
      tatCa: tallyJson(this.all),
      theoLoai: this.kinds().map((kind) => ({
        loai: kind,
        ten: ASSESSED_UNIT_KIND_LABELS_VI[kind],
        ...tallyJson(this.byKind.get(kind) ?? emptyTally()),
      })),
      theoXa: lazyList(() => communesJson(this.byCommune.values())),
    };
  }
}
