import { formatDate } from "@antq/format-vi";
/**
 * Printable Vietnamese explanations of results (what an officer attaches to the dossier).
 */
import { OUTCOME_LABELS } from "./outcome.js";
import type { EvaluationResult } from "./result.js";
import type { FactLabel } from "./rule.js";

/**
 * Options of {@link renderExplanation}.
 *
 * @example
 * renderExplanation(result, { facts: false });
 */
export interface RenderOptions {
  /** Also print the facts used by each criterion (default true). */
  readonly facts?: boolean;
  /** Also print the rule-set hash and packages (default true). */
  readonly provenance?: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A fact value as an officer reads it: có/không, dd/MM/yyyy dates, Vietnamese labels of codes, labelled parts. */
function formatFact(
  value: unknown,
  label: FactLabel | undefined,
  labels: Readonly<Record<string, FactLabel>> | undefined,
): string {
  if (typeof value === "boolean") return value ? "có" : "không";
  if (typeof value === "number")
    return value.toLocaleString("vi-VN", { useGrouping: Math.abs(value) >= 10_000 });
  if (value === null || value === undefined) return "không có dữ liệu";
  if (Array.isArray(value))
    return value.length === 0 ? "không có" : value.map((v) => formatFact(v, label, labels)).join(", ");
  if (typeof value === "object") {
    return Object.entries(value)
      .map(([k, v]) => `${labels?.[k]?.label ?? k} ${formatFact(v, labels?.[k], labels)}`)
      .join(", ");
  }
  const text = String(value);
  const coded = label?.values?.[text];
  if (coded !== undefined) return coded;
  return ISO_DATE.test(text) ? formatDate(text) : text;
}

/**
 * Renders a result evaluated with `explain: true` as Vietnamese text, one line per criterion, with the reason,
 * its citation and the facts used, then the rule-set hash and packages for replay.
 * Throws a `TypeError` if the result was evaluated without explanations.
 *
 * @example
 * console.log(renderExplanation(compiled.evaluate(unit, { explain: true })));
 * // KẾT QUẢ: Khu dân cư … năm 2025: đạt …
 * // 1. [đạt] tt124.d4.k1 — … Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA.
 */
export function renderExplanation(result: EvaluationResult, options: RenderOptions = {}): string {
  if (result.summary === undefined) {
    throw new TypeError("renderExplanation cần kết quả được đánh giá với { explain: true }.");
  }
  const lines: string[] = [`KẾT QUẢ: ${result.summary}`];
  for (const [i, c] of result.criteria.entries()) {
    lines.push(`${i + 1}. [${OUTCOME_LABELS[c.outcome]}] ${c.label ?? c.id} (${c.id})`);
    lines.push(`   ${c.reason ?? c.code}`);
    if (options.facts !== false && c.facts && Object.keys(c.facts).length > 0) {
      lines.push(
        `   Dữ kiện: ${Object.entries(c.facts)
          .map(
            ([k, v]) => `${c.factLabels?.[k]?.label ?? k}: ${formatFact(v, c.factLabels?.[k], c.factLabels)}`,
          )
          .join("; ")}`,
      );
    }
    const readings = Object.entries(c.readings ?? {});
    if (readings.length > 0) {
      lines.push(
        `   Cách hiểu: ${readings.map(([k, v]) => `${k} = ${v === null ? "chưa quyết định" : v}`).join("; ")}`,
      );
    }
    if (c.source && c.version) {
      lines.push(
        `   Phiên bản từ ${formatDate(c.version.from)}, do gói ${c.source.name}@${c.source.version} cung cấp.`,
      );
    }
  }
  if (options.provenance !== false) {
    lines.push(
      `Bộ quy tắc ${result.ruleSet}, ngày áp dụng ${formatDate(result.asOf)}, mã băm ${result.hash}; gói: ${result.packages
        .map((p) => `${p.name}@${p.version}`)
        .join(", ")}.`,
    );
  }
  return lines.join("\n");
}
