/**
 * The undecided-readings report of `danh-gia` (issue 14): a province of 100 000 demo-like units (@antq/datagen,
 * seed 138, evaluation year 2024, the TT 124 defaults, so "kiềm chế, kéo giảm" is undecided) assessed with the
 * commune roll-up and then searched for the "cần xem xét" results that a reading decides
 * (`findUndecidedWithCommunes`), against the same assessment without the report, in the same run. Target: the
 * report adds at most 25 % to the assessment time (ratio ≥ 0.8).
 *
 * The report's figures are printed too, with the time of the first version's way (every unit assessed again
 * under every combination of the undecided options, then under each option alone), timed once.
 */
import { generateUnits } from "@antq/datagen";
import { type CompiledRuleSet, compile, type Readings, undecidedOptions } from "@antq/rules";
import {
  evaluateWithCommunes,
  findUndecidedWithCommunes,
  type SecurityOrderInput,
  securityOrderRuleSet,
} from "@antq/rules-antt";
import type { BenchSuite } from "../harness.js";

const UNITS = Number(process.env.ANTQ_BENCH_UNDECIDED_UNITS ?? 100_000);
const YEAR = 2024;

let compiled: CompiledRuleSet<SecurityOrderInput>;
let inputs: SecurityOrderInput[] = [];
let sink: unknown;

const assess = () => evaluateWithCommunes(compiled, inputs);

export const suite: BenchSuite = {
  name: "cách hiểu chưa quyết định (danh-gia)",
  setup() {
    compiled = compile(securityOrderRuleSet, { year: YEAR });
    inputs = [];
    for (const record of generateUnits({ seed: 138, year: YEAR, communes: Math.ceil(UNITS / 10) })) {
      inputs.push(record as SecurityOrderInput);
      if (inputs.length >= UNITS && record.unit.kind === "commune") break;
    }
  },
  comparisons: () => [
    {
      title: `TT 124, ${inputs.length.toLocaleString("vi-VN")} đơn vị: đánh giá + báo cáo cách hiểu chưa quyết định (so với chỉ đánh giá)`,
      subject: {
        name: "đánh giá + findUndecidedWithCommunes",
        run: () => {
          const results = assess();
          sink = findUndecidedWithCommunes(compiled, inputs, results);
          return sink;
        },
      },
      baseline: { name: "chỉ đánh giá (evaluateWithCommunes)", run: () => (sink = assess()) },
      // Issue 14: the report adds ≤ 25 % to the assessment time.
      minSpeedup: 0.8,
      itemsPerRun: inputs.length,
      iterations: 1,
      rounds: 7,
    },
  ],
  report() {
    const results = assess();
    const t0 = performance.now();
    const report = findUndecidedWithCommunes(compiled, inputs, results);
    const reportMs = performance.now() - t0;
    // The first version: the whole province again under every combination, then under each option alone.
    const options = undecidedOptions(compiled);
    let combos: Readings[] = [{}];
    for (const o of options) combos = combos.flatMap((r) => o.choices.map((c) => ({ ...r, [o.id]: c.id })));
    const alone = options.flatMap((o) => o.choices.map((c) => ({ [o.id]: c.id })));
    const t1 = performance.now();
    const decided = new Set<number>();
    for (const readings of [...combos.slice(0, 16), ...alone]) {
      const other = evaluateWithCommunes(compile(securityOrderRuleSet, { year: YEAR, readings }), inputs);
      results.forEach((r, i) => {
        if (r.outcome === "can_xem_xet" && other[i]?.outcome !== "can_xem_xet") decided.add(i);
      });
    }
    const bruteMs = performance.now() - t1;
    const pending = results.filter((r) => r.outcome === "can_xem_xet").length;
    return {
      "kết quả cần xem xét": pending.toLocaleString("vi-VN"),
      "do cách hiểu chưa quyết định": `${report.results.toLocaleString("vi-VN")} (${JSON.stringify(report.byKind)})`,
      "đánh giá lại": `${report.reassessed.toLocaleString("vi-VN")} đơn vị`,
      "thời gian báo cáo (một lần)": `${reportMs.toFixed(0)} ms`,
      "cách cũ: đánh giá lại cả tỉnh": `${combos.slice(0, 16).length + alone.length} lần, ${bruteMs.toFixed(0)} ms, cùng ${decided.size === report.results ? "kết quả" : `KHÁC: ${decided.size}`}`,
    };
  },
};
