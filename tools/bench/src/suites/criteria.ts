/**
 * @antq/criteria: scoring 300 000 score sheets of the example commune rubric (QĐ 510 example configuration:
 * 10 items, sub-items under a cap, per-event deductions, four bands, two veto criteria) against a
 * hand-written scorer of the same rubric, in the same run (target: within 2×, i.e. speedup ≥ 0.5).
 * Both sides produce the verified total, the self total and the level after vetoes, and are cross-checked
 * on every sheet before timing. Ours also validates every line, flags caps and builds review notes.
 */
import {
  type CompiledRubric,
  compileRubric,
  exampleRubric,
  type ScoreEntry,
  type ScoreSheet,
  scoreSheet,
} from "@antq/criteria";
import { createRandom } from "@antq/datagen";
import type { BenchSuite } from "../harness.js";

const SHEETS = 300_000;

let compiled: CompiledRubric;
let sheets: ScoreSheet[] = [];

/** Hand-written baseline for the example commune rubric: plain object look-ups and arithmetic. */
interface Leaf {
  readonly max: number;
  readonly perEvent: number;
  readonly slot: number;
}
let leaves: Record<string, Leaf> = {};
let slotMax: number[] = [];
/** Deduction items start at their maximum (no events reported = full points). */
let slotStart: number[] = [];
let slotGroup: number[] = [];
let groupMax: number[] = [];
let maxTotal = 0;
let securityGroup = 0;

/** Verified total, self total and level of one sheet, packed in one number for the cross-check. */
function pack(level: number, total: number, selfTotal: number): number {
  return (level * 10_000 + total) * 10_000 + selfTotal;
}

function baselineLevel(sheet: ScoreSheet): number {
  const slots = slotStart.slice();
  const selfSlots = slotStart.slice();
  for (const e of sheet.entries) {
    const leaf = leaves[e.item];
    if (leaf === undefined) continue;
    if (leaf.perEvent > 0) {
      const ev = e.verifiedEvents ?? e.selfEvents ?? 0;
      slots[leaf.slot] = (slots[leaf.slot] as number) - Math.min(leaf.max, ev * leaf.perEvent);
      selfSlots[leaf.slot] =
        (selfSlots[leaf.slot] as number) - Math.min(leaf.max, (e.selfEvents ?? 0) * leaf.perEvent);
    } else {
      const v = e.verified ?? e.self ?? 0;
      const sv = e.self ?? 0;
      slots[leaf.slot] = (slots[leaf.slot] as number) + (v > leaf.max ? leaf.max : v);
      selfSlots[leaf.slot] = (selfSlots[leaf.slot] as number) + (sv > leaf.max ? leaf.max : sv);
    }
  }
  const groups = new Array<number>(groupMax.length).fill(0);
  const selfGroups = new Array<number>(groupMax.length).fill(0);
  for (let s = 0; s < slots.length; s++) {
    const g = slotGroup[s] as number;
    groups[g] = (groups[g] as number) + Math.min(slots[s] as number, slotMax[s] as number);
    selfGroups[g] = (selfGroups[g] as number) + Math.min(selfSlots[s] as number, slotMax[s] as number);
  }
  let total = 0;
  let selfTotal = 0;
  for (let g = 0; g < groups.length; g++) {
    total += Math.min(groups[g] as number, groupMax[g] as number);
    selfTotal += Math.min(selfGroups[g] as number, groupMax[g] as number);
  }
  if (total > maxTotal) total = maxTotal;
  if (selfTotal > maxTotal) selfTotal = maxTotal;
  let level = total >= 900 ? 0 : total >= 700 ? 1 : total >= 500 ? 2 : 3;
  if (sheet.facts?.tt124 !== "dat" && level < 1) level = 1;
  if (Math.min(groups[securityGroup] as number, groupMax[securityGroup] as number) < 100 && level < 2)
    level = 2;
  return pack(level, total, selfTotal);
}

function subjectLevel(sheet: ScoreSheet): number {
  const r = scoreSheet(compiled, sheet);
  if (!r.ok) throw new Error("invalid sheet");
  const v = r.value;
  return pack(compiled.rubric.levels.indexOf(v.level), v.total, v.selfTotal);
}

export const suite: BenchSuite = {
  name: "@antq/criteria",
  setup() {
    const rubric = exampleRubric("commune");
    compiled = compileRubric(rubric);
    // baseline tables: one slot per top-level item, the group of each slot
    leaves = {};
    slotMax = [];
    slotStart = [];
    slotGroup = [];
    groupMax = rubric.groups.map((g) => g.max);
    maxTotal = rubric.max;
    securityGroup = rubric.groups.findIndex((g) => g.id === "IV");
    rubric.groups.forEach((g, gi) => {
      for (const item of g.items) {
        const slot = slotMax.length;
        slotMax.push(item.max);
        slotStart.push(item.mode === "deduction" && !item.children ? item.max : 0);
        slotGroup.push(gi);
        for (const l of item.children ?? [item]) {
          leaves[l.id] = { max: l.max, perEvent: l.mode === "deduction" ? (l.perEvent ?? 0) : 0, slot };
        }
      }
    });
    const rng = createRandom(20241115);
    const rnd = () => rng.next();
    const leafNodes = [...compiled.leafIndex.values()].map((i) => compiled.nodes[i]!);
    sheets = [];
    for (let s = 0; s < SHEETS; s++) {
      const entries: ScoreEntry[] = [];
      for (const n of leafNodes) {
        if (rnd() < 0.03) continue; // a few items left unscored
        if (n.mode === "deduction") {
          const ev = rnd() < 0.7 ? 0 : Math.floor(rnd() * 4);
          entries.push({ item: n.id, selfEvents: ev, verifiedEvents: rnd() < 0.9 ? ev : ev + 1 });
        } else {
          const self = Math.floor(rnd() * (n.max + 1));
          const verified =
            rnd() < 0.1 ? undefined : Math.min(n.max + 5, Math.floor(self * (0.8 + rnd() * 0.3)));
          entries.push(verified === undefined ? { item: n.id, self } : { item: n.id, self, verified });
        }
      }
      // shuffle a little so look-ups are by id, not by position
      if (rnd() < 0.5) entries.reverse();
      sheets.push({
        unitId: `xa-${s}`,
        year: 2024,
        rubricId: rubric.id,
        entries,
        facts: { tt124: rnd() < 0.85 ? "dat" : "chua_dat" },
      });
    }
  },
  comparisons: () => [
    {
      title: "chấm 300.000 phiếu điểm cấp xã (bảng điểm ví dụ QĐ 510) so với hàm viết tay",
      itemsPerRun: SHEETS,
      minSpeedup: 0.5,
      crossCheck() {
        for (const s of sheets) {
          const a = subjectLevel(s);
          const b = baselineLevel(s);
          if (a !== b) throw new Error(`Kết quả khác nhau cho ${s.unitId}: ${a} ≠ ${b}`);
        }
      },
      subject: {
        name: "@antq/criteria scoreSheet",
        run: () => {
          let acc = 0;
          for (const s of sheets) acc += subjectLevel(s);
          return acc;
        },
      },
      baseline: {
        name: "hàm viết tay",
        run: () => {
          let acc = 0;
          for (const s of sheets) acc += baselineLevel(s);
          return acc;
        },
      },
    },
  ],
};
