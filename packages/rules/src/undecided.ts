/**
 * Which "cần xem xét" results come from an interpretation option left undecided (e.g. "kiềm chế, kéo giảm",
 * TT 124 Điều 4 khoản 4 điểm a), found by assessing again under each reading: a result counts when it is "cần
 * xem xét" as assessed and decided ("đạt" or "chưa đạt") under some choice of the undecided options. Uses only
 * what @antq/rules exposes (the composed rule set's interpretations and `compiled.reading`).
 */
import type { AssessedUnitKind } from "@antq/domain";
import type { CompiledRuleSet, Interpretation, Outcome, Readings } from "@antq/rules";

/** An undecided option and how many "cần xem xét" results choosing it alone decides. */
export interface UndecidedOption {
  readonly id: string;
  readonly label: string;
  readonly choices: readonly { readonly id: string; readonly label: string }[];
  /** Results decided by choosing this option alone (the other undecided options left as they are). */
  readonly decides: number;
}

/** What the undecided options do to the results of a run. */
export interface UndecidedReport {
  /** The options in force without a reading, which some "cần xem xét" result depends on. */
  readonly options: readonly UndecidedOption[];
  /** "Cần xem xét" results that a choice of the undecided options decides. */
  readonly results: number;
  /** The same per unit kind. */
  readonly byKind: Readonly<Partial<Record<AssessedUnitKind, number>>>;
}

/** Cap on the combinations of choices assessed (each is one assessment of every unit). */
const MAX_COMBINATIONS = 16;

/** The interpretation options of the compiled (composed) rule set that are in force without a reading. */
export const undecidedOptions = <I>(compiled: CompiledRuleSet<I>): readonly Interpretation[] =>
  compiled.ruleSet.interpretations.filter((i) => compiled.reading(i.id) === null);

const combinations = (options: readonly Interpretation[]): Readings[] => {
  let out: Record<string, string>[] = [{}];
  for (const option of options) {
    out = out.flatMap((readings) => option.choices.map((c) => ({ ...readings, [option.id]: c.id })));
    if (out.length > MAX_COMBINATIONS) return out.slice(0, MAX_COMBINATIONS);
  }
  return out;
};

/**
 * Compares the outcomes of a run with those under each reading of its undecided options.
 * `outcomesWith(readings)` assesses every unit again with these readings added (same order as `outcomes`).
 *
 * @example
 * ```ts
 * const report = undecidedReport(compiled, outcomes, kinds, (r) => reassess(r));
 * report.results; // e.g. 20 results "cần xem xét" that a reading decides
 * ```
 */
export const undecidedReport = <I>(
  compiled: CompiledRuleSet<I>,
  outcomes: readonly Outcome[],
  kinds: readonly AssessedUnitKind[],
  outcomesWith: (readings: Readings) => readonly Outcome[],
): UndecidedReport => {
  const pending = outcomes.flatMap((o, i) => (o === "can_xem_xet" ? [i] : []));
  const options = undecidedOptions(compiled);
  if (pending.length === 0 || options.length === 0) return { options: [], results: 0, byKind: {} };
  const decidedBy = (readings: Readings): Set<number> => {
    const other = outcomesWith(readings);
    return new Set(pending.filter((i) => other[i] !== "can_xem_xet"));
  };
  const decided = new Set<number>();
  for (const readings of combinations(options)) for (const i of decidedBy(readings)) decided.add(i);
  if (decided.size === 0) return { options: [], results: 0, byKind: {} };
  const listed = options.map((option) => {
    const alone = new Set<number>();
    for (const choice of option.choices) for (const i of decidedBy({ [option.id]: choice.id })) alone.add(i);
    return {
      id: option.id,
      label: option.label,
      choices: option.choices.map((c) => ({ id: c.id, label: c.label })),
      decides: alone.size,
    };
  });
  const byKind: Partial<Record<AssessedUnitKind, number>> = {};
  for (const i of decided) {
    const kind = kinds[i] as AssessedUnitKind;
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  // An option that decides nothing on its own still matters when it does so together with another one.
  const involved = listed.filter((o) => o.decides > 0);
  return { options: involved.length > 0 ? involved : listed, results: decided.size, byKind };
};

/**
 * The console lines about undecided options: how many results they leave "cần xem xét", which option decides
 * them (label and choices) and how to set it without JavaScript. Empty when no result depends on one. For a
 * streamed run (`report` undefined) the options are listed with the number of "cần xem xét" results, which
 * they may explain.
 *
 * @example
 * ```ts
 * undecidedLines(report, 20, (kind) => ASSESSED_UNIT_KIND_LABELS_VI[kind]);
 * ```
 */
export const undecidedLines = (
  report: UndecidedReport,
  kindLabel: (kind: AssessedUnitKind) => string,
): string[] => {
  if (report.results === 0) return [];
  const kinds = Object.entries(report.byKind)
    .map(([kind, n]) => `${kindLabel(kind as AssessedUnitKind).toLocaleLowerCase("vi")} ${n}`)
    .join(", ");
  const example = report.options.map((o) => `--cach-hieu ${o.id}=${o.choices[0]?.id ?? ""}`).join(" ");
  const settings = JSON.stringify({
    cachHieu: Object.fromEntries(report.options.map((o) => [o.id, o.choices[0]?.id ?? null])),
  });
  return [
    `CÁCH HIỂU CHƯA QUYẾT ĐỊNH: ${report.results} kết quả "cần xem xét" (${kinds}) sẽ thành "đạt" hoặc "chưa đạt" khi chọn cách hiểu:`,
    ...report.options.map(
      (o) =>
        `  • ${o.label} — mã ${o.id}${o.decides > 0 ? ` (riêng lựa chọn này quyết định ${o.decides} kết quả)` : ""}: ${o.choices.map((c) => `${c.id} = ${c.label}`).join("; ")}`,
    ),
    `  Chọn trên dòng lệnh: ${example}`,
    `  Hoặc một lần cho cả tỉnh trong tệp cấu hình (JSON), dùng với --cau-hinh tinh.json: ${settings}`,
  ];
};

/**
 * For a CSV read as a stream, whose units are not kept for a second assessment: the undecided options in force,
 * with the number of "cần xem xét" results, some of which they may explain. Empty when there is none of either.
 *
 * @example
 * ```ts
 * streamedUndecidedLines(compiled, 12_345); // ["12.345 kết quả "cần xem xét"; một phần có thể do …", …]
 * ```
 */
export const streamedUndecidedLines = <I>(compiled: CompiledRuleSet<I>, pending: number): string[] => {
  const options = undecidedOptions(compiled);
  if (pending === 0 || options.length === 0) return [];
  return [
    `CÁCH HIỂU CHƯA QUYẾT ĐỊNH: ${pending.toLocaleString("vi-VN")} kết quả "cần xem xét"; một phần có thể do các cách hiểu chưa chọn (đánh giá tệp Excel/JSON để biết chính xác số kết quả):`,
    ...options.map(
      (o) => `  • ${o.label} — mã ${o.id}: ${o.choices.map((c) => `${c.id} = ${c.label}`).join("; ")}`,
    ),
    `  Chọn bằng --cach-hieu <mã>=<lựa chọn>, hoặc trong tệp cấu hình --cau-hinh tinh.json: {"cachHieu": {"<mã>": "<lựa chọn>"}}`,
  ];
};
