/**
 * The texts of an assessment's results as people read them, in the terminal and in the result workbook: the
 * title, the rule-set lines, "X/Y đạt (Z%)" and the summary lines by kind and by commune.
 */

import { ASSESSED_UNIT_KIND_LABELS_VI } from "@antq/domain";
import { formatDate, formatNumber, formatPercentOf } from "@antq/format-vi";
import {
  type CompiledRuleSet,
  type EvaluationResult,
  OUTCOME_LABELS,
  renderExplanation,
  type UndecidedReadingsReport,
} from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import type { Summary } from "./summary.js";
import { emptyTally, inScope, type Tally } from "./tally.js";
import { streamedUndecidedLines, undecidedLines } from "./undecided-text.js";

/**
 * "1.454/1.730 đạt (84,0%)": passed over the units in scope; "—" when no unit is in scope.
 *
 * @example
 * ```ts
 * ratioText({ total: 5, dat: 3, chua_dat: 1, can_xem_xet: 0, khong_ap_dung: 1 }); //=> "3/4 đạt (75,0%)"
 * ```
 */
export const ratioText = (t: Tally): string => {
  const y = inScope(t);
  return y === 0 ? "—" : `${formatNumber(t.dat)}/${formatNumber(y)} đạt (${formatPercentOf(t.dat, y)})`;
};

/**
 * Title of the assessment.
 *
 * @example
 * ```ts
 * resultTitle(2024); //=> 'KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN "AN TOÀN VỀ AN NINH, TRẬT TỰ" NĂM 2024'
 * ```
 */
export const resultTitle = (year: number): string =>
  `KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN "AN TOÀN VỀ AN NINH, TRẬT TỰ" NĂM ${year}`;

/**
 * Information lines about the rule set (shown in the summary sheet and in the terminal).
 *
 * @example
 * ```ts
 * const lines = (compiled: CompiledRuleSet<SecurityOrderInput>) => ruleSetLines(compiled, {});
 * ```
 */
export const ruleSetLines = (
  compiled: CompiledRuleSet<SecurityOrderInput>,
  readings: Readonly<Record<string, string | null>>,
): string[] => [
  `Bộ quy tắc: ${compiled.label} (${compiled.id}), áp dụng tại ngày ${formatDate(compiled.asOf)}`,
  `Gói quy định: ${compiled.packages.map((p) => `${p.name}@${p.version}`).join(", ")}`,
  `Mã băm bộ quy tắc: ${compiled.hash}`,
  ...(Object.keys(readings).length > 0
    ? [
        `Cách hiểu đã chọn: ${Object.entries(readings)
          .map(([k, v]) => `${k} = ${v ?? "chưa quyết định"}`)
          .join("; ")}`,
      ]
    : []),
];

/**
 * Terminal lines of the summary (Vietnamese), by kind and by commune (the first 20).
 *
 * @example
 * ```ts
 * summaryLines(new Summary())[0]; //=> "Theo loại đơn vị:"
 * ```
 */
export const summaryLines = (summary: Summary): string[] => {
  const lines = ["Theo loại đơn vị:"];
  for (const kind of summary.kinds()) {
    const t = summary.byKind.get(kind) ?? emptyTally();
    lines.push(
      `  • ${ASSESSED_UNIT_KIND_LABELS_VI[kind]}: ${ratioText(t)}; chưa đạt ${formatNumber(t.chua_dat)}, cần xem xét ${formatNumber(t.can_xem_xet)}, không áp dụng ${formatNumber(t.khong_ap_dung)}`,
    );
  }
  lines.push(`  • Tổng cộng: ${ratioText(summary.all)}`);
  const communes = [...summary.byCommune.values()].sort((a, b) => a.key.localeCompare(b.key));
  if (communes.length > 0) {
    lines.push("Theo xã, phường, đặc khu:");
    const shown = communes.slice(0, 20);
    for (const c of shown) {
      lines.push(
        `  • ${c.name ?? c.key}${c.outcome ? ` — ${OUTCOME_LABELS[c.outcome]}` : ""}: các đơn vị trên địa bàn ${ratioText(c.all)}; thuộc phạm vi của xã (tỷ lệ khoản 4 Điều 5) ${ratioText(c.covered)}`,
      );
    }
    if (communes.length > shown.length) {
      lines.push(
        `  … và ${formatNumber(communes.length - shown.length)} xã, phường, đặc khu khác (xem trang "Tổng hợp").`,
      );
    }
  }
  return lines;
};

/**
 * What an assessment prints once its results are written: the title, the rule set in force, the summary, what
 * undecided interpretation options leave "cần xem xét" (from the run's report, or, for a file read as a stream,
 * from the "cần xem xét" count), and the files written.
 *
 * @example
 * ```ts
 * const lines = assessmentLines({ year: 2024, compiled, readings: {}, summary, written: ["ket-qua-danh-gia-2024.xlsx"] });
 * lines[0]; //=> 'KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN "AN TOÀN VỀ AN NINH, TRẬT TỰ" NĂM 2024'
 * lines.at(-1); //=> "Đã ghi: ket-qua-danh-gia-2024.xlsx"
 * ```
 */
export const assessmentLines = (run: {
  readonly year: number;
  readonly compiled: CompiledRuleSet<SecurityOrderInput>;
  readonly readings: Readonly<Record<string, string | null>>;
  readonly summary: Summary;
  readonly undecided?: UndecidedReadingsReport | undefined;
  readonly written: readonly string[];
}): string[] => [
  resultTitle(run.year),
  ...ruleSetLines(run.compiled, run.readings),
  ...summaryLines(run.summary),
  ...(run.undecided
    ? undecidedLines(run.undecided, (k) => ASSESSED_UNIT_KIND_LABELS_VI[k])
    : streamedUndecidedLines(run.compiled, run.summary.all.can_xem_xet)),
  `Đã ghi: ${run.written.join(", ")}`,
];

/**
 * One unit's explained result as an officer reads it: "<tên> (<mã>) — năm <năm>", then every criterion with its
 * facts, legal basis and the package that gave it (@antq/rules' `renderExplanation`).
 *
 * @example
 * ```ts
 * explanationText(unit, 2024, result).startsWith(`${unit.name} (${unit.id}) — năm 2024\n`); //=> true
 * ```
 */
export const explanationText = (
  unit: { readonly id: string; readonly name: string },
  year: number,
  result: EvaluationResult,
): string =>
  `${unit.name} (${unit.id}) — năm ${year}\n${renderExplanation(result, { facts: true, provenance: true })}`;
