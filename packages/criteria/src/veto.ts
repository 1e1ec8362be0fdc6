/**
 * Veto criteria ("điều kiện khống chế"): conditions that cap the level whatever the score — for example
 * "not Xuất sắc without the Thông tư 124 “An toàn về ANTT” result". A veto can only lower a level.
 */
import type { Veto } from "./rubric.js";

/**
 * Facts a sheet carries for veto conditions, e.g. `{ tt124: "dat" }` (the Thông tư 124 outcome).
 *
 * @example
 * const facts: SheetFacts = { tt124: "chua_dat", coVuViecNghiemTrong: false };
 * // `veto`: not Xuất sắc unless the Thông tư 124 fact is "dat".
 * evaluateVeto(veto, facts, () => undefined); //=> "hit"
 */
export type SheetFacts = Readonly<Record<string, string | boolean>>;

/**
 * The state of one veto for one sheet: `hit` (caps the level), `clear`, or `unknown` (a fact it needs is
 * missing: the level is not capped but the result is "cần xem xét").
 *
 * @example
 * const s: VetoState = "unknown";
 */
export type VetoState = "hit" | "clear" | "unknown";

/**
 * A veto that was hit or could not be decided.
 *
 * @example
 * // `veto` is the example rubric's Thông tư 124 veto (not Xuất sắc without "An toàn về ANTT").
 * const h: VetoHit = { veto, state: "hit" };
 * h.veto.capLevel; //=> "kha"
 */
export interface VetoHit {
  readonly veto: Veto;
  readonly state: "hit" | "unknown";
}

/**
 * Decides one veto from the sheet's facts and the points awarded to items (`awardedOf(itemId)`).
 *
 * @example
 * const tt124: Veto = { id: "tt124", label: "Chưa đạt An toàn về ANTT", capLevel: "kha", when: { type: "fact-not", fact: "tt124", value: "dat" } };
 * evaluateVeto(tt124, { tt124: "chua_dat" }, () => undefined); //=> "hit"
 * evaluateVeto(tt124, { tt124: "dat" }, () => undefined); //=> "clear"
 * evaluateVeto(tt124, {}, () => undefined); //=> "unknown"
 * const anNinh: Veto = { id: "an-ninh", label: "Mục IV dưới 10 điểm", capLevel: "trung_binh", when: { type: "item-below", item: "IV", min: 100 } };
 * evaluateVeto(anNinh, {}, (item) => (item === "IV" ? 240 : undefined)); //=> "clear"
 */
export function evaluateVeto(
  veto: Veto,
  facts: SheetFacts | undefined,
  awardedOf: (itemId: string) => number | undefined,
): VetoState {
  const w = veto.when;
  if (w.type === "item-below") {
    const a = awardedOf(w.item);
    if (a === undefined) return "unknown";
    return a < w.min ? "hit" : "clear";
  }
  const value = facts?.[w.fact];
  if (value === undefined) return "unknown";
  const equal = value === w.value;
  if (w.type === "fact-is") return equal ? "hit" : "clear";
  return equal ? "clear" : "hit";
}

/**
 * Applies hit vetoes to a level index (0 = best): the result is the worse of the level and every cap.
 * Never returns a better level than the one given.
 *
 * @example
 * const levels = ["xuat_sac", "kha", "trung_binh", "yeu"];
 * applyVetoes(0, [{ veto: v, state: "hit" }], (id) => levels.indexOf(id)); //=> 1
 * applyVetoes(2, [{ veto: v, state: "hit" }], (id) => levels.indexOf(id)); //=> 2
 * applyVetoes(0, [{ veto: v, state: "unknown" }], (id) => levels.indexOf(id)); //=> 0
 */
export function applyVetoes(
  levelIndex: number,
  hits: readonly VetoHit[],
  indexOfLevel: (levelId: string) => number,
): number {
  let out = levelIndex;
  for (const h of hits) {
    if (h.state !== "hit") continue;
    const cap = indexOfLevel(h.veto.capLevel);
    if (cap > out) out = cap;
  }
  return out;
}
