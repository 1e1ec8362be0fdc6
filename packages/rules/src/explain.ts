import { formatDate } from "@antq/format-vi";
/**
 * Printable Vietnamese explanations of results (what an officer attaches to the dossier).
 */
import { OUTCOME_LABELS } from "./outcome.js";
import type { CriterionResult, EvaluationResult, ReadingLabel } from "./result.js";
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

/** One formatter for every number (`toLocaleString` with options builds a new one per call). */
const NUMBER = new Intl.NumberFormat("vi-VN", { useGrouping: true });
const NUMBER_UNGROUPED = new Intl.NumberFormat("vi-VN", { useGrouping: false });

/**
 * "Cách hiểu Điều 6 khoản 3 điểm h: <choice label>": the option's label (prefixed with "Cách hiểu" when it does
 * not say so) and the chosen choice's label; the ids when the result carries no labels (e.g. read back from JSON
 * written by an older version).
 */
function readingLine(id: string, choice: string | null, label: ReadingLabel | undefined): string {
  const chosen = label === undefined ? choice : label.choice;
  const text = chosen === null ? "chưa quyết định" : chosen;
  if (label === undefined) return `Cách hiểu ${id}: ${text}`;
  const name = label.label.startsWith("Cách hiểu") ? label.label : `Cách hiểu “${label.label}”`;
  return `${name}: ${text}`;
}

/** A fact value as an officer reads it: có/không, dd/MM/yyyy dates, Vietnamese labels of codes, labelled parts. */
function formatFact(
  value: unknown,
  label: FactLabel | undefined,
  labels: Readonly<Record<string, FactLabel>> | undefined,
): string {
  if (typeof value === "boolean") return value ? "có" : "không";
  if (typeof value === "number") return (Math.abs(value) >= 10_000 ? NUMBER : NUMBER_UNGROUPED).format(value);
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
 * The facts a criterion used, each with its Vietnamese label and its value as an officer reads it (có/không,
 * dd/MM/yyyy dates, Vietnamese labels of codes, grouped numbers): the "Dữ kiện" line of
 * {@link renderExplanation} as data, for a screen that lays them out itself. Empty when the criterion carries no
 * facts (a lean result).
 *
 * @example
 * factEntries({ id: "x", outcome: "dat", code: "DAT", facts: { registered: true, households: 12500 },
 *   factLabels: { registered: { label: "Đã đăng ký" }, households: { label: "Số hộ" } } });
 * //=> [{ key: "registered", label: "Đã đăng ký", value: "có" }, { key: "households", label: "Số hộ", value: "12.500" }]
 */
export function factEntries(
  criterion: Pick<CriterionResult, "facts" | "factLabels">,
): { readonly key: string; readonly label: string; readonly value: string }[] {
  const labels = criterion.factLabels;
  return Object.entries(criterion.facts ?? {}).map(([key, v]) => ({
    key,
    label: labels?.[key]?.label ?? key,
    value: formatFact(v, labels?.[key], labels),
  }));
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
        `   Dữ kiện: ${factEntries(c)
          .map((f) => `${f.label}: ${f.value}`)
          .join("; ")}`,
      );
    }
    for (const [id, choice] of Object.entries(c.readings ?? {}))
      lines.push(`   ${readingLine(id, choice, c.readingLabels?.[id])}`);
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
