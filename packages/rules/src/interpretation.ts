/**
 * Interpretation options: the open readings of the regulation (regulations.md §1.5–1.12) as named choices
 * with a documented default. A `null` default means "undecided": a result that depends on it is
 * "cần xem xét" unless the caller (or a province overlay) picks a reading.
 */
import { assertId } from "./internal/ids.js";
import type { LegalBasis } from "./legal-basis.js";
import type { PackageRef } from "./package-ref.js";

/**
 * One reading of an ambiguous provision.
 *
 * @example
 * const strict: InterpretationChoice = { id: "giam", label: "Phải giảm so với năm trước" };
 */
export interface InterpretationChoice {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
}

/**
 * A named interpretation option.
 *
 * @example
 * const opt: Interpretation = defineInterpretation({ id: "x", label: "Cách hiểu ví dụ", basis, choices: [{ id: "a", label: "Cách A" }, { id: "b", label: "Cách B" }], default: null });
 */
export interface Interpretation {
  readonly type: "interpretation";
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly basis: LegalBasis;
  readonly choices: readonly InterpretationChoice[];
  /** The documented default choice id, or `null` = undecided (results depending on it are "cần xem xét"). */
  readonly default: string | null;
  /** Set by composition: the package that declared the option. */
  readonly source?: PackageRef;
  /** Dated defaults set by overlays; the one in force wins over `default`. */
  readonly datedDefaults?: readonly DatedDefault[];
}

/**
 * A default reading set by an overlay for a period.
 *
 * @example
 * const d: DatedDefault = { from: "2024-01-01", default: "khong_tang", basis, source: { name: "x", version: "1.0.0" } };
 */
export interface DatedDefault {
  readonly from: string;
  readonly to?: string;
  readonly default: string | null;
  readonly basis: LegalBasis;
  readonly source?: PackageRef;
}

/**
 * The default reading in force on `date` (an overlay's dated default, else the documented default) and
 * the package that set it.
 *
 * @example
 * defaultReadingAt(option, "2025-11-15"); //=> { choice: null, source: { name: "@antq/rules", … } }
 */
export function defaultReadingAt(
  option: Interpretation,
  date: string,
): { readonly choice: string | null; readonly source: PackageRef | undefined } {
  // Stryker disable next-line ArrayDeclaration: a non-date entry has no `from` and never matches
  for (const d of option.datedDefaults ?? []) {
    if (d.from <= date && (d.to === undefined || date <= d.to))
      return { choice: d.default, source: d.source };
  }
  return { choice: option.default, source: option.source };
}

/**
 * Input of {@link defineInterpretation}.
 *
 * @example
 * const def: InterpretationDefinition = { id: "x", label: "Cách hiểu", basis, choices, default: null };
 */
export type InterpretationDefinition = Omit<Interpretation, "type" | "source" | "datedDefaults">;

/**
 * Defines an interpretation option; throws if the default is not one of the choices.
 *
 * @example
 * const giam = defineInterpretation({
 *   id: "tt124.d4.k4.a.kiem_che_keo_giam",
 *   label: "Cách hiểu “kiềm chế, kéo giảm … so với năm trước”",
 *   basis: cite("124/2021/TT-BCA", { article: 4, clause: 4, point: "a" }),
 *   choices: [
 *     { id: "giam", label: "Phải giảm so với năm trước" },
 *     { id: "khong_tang", label: "Không tăng so với năm trước" },
 *   ],
 *   default: null,
 * });
 */
export function defineInterpretation(definition: InterpretationDefinition): Interpretation {
  assertId(definition.id, "id của cách hiểu");
  const ids = new Set<string>();
  for (const c of definition.choices) {
    assertId(c.id, `Lựa chọn của cách hiểu ${definition.id}`);
    if (ids.has(c.id)) throw new TypeError(`Cách hiểu ${definition.id}: lựa chọn "${c.id}" bị trùng.`);
    ids.add(c.id);
  }
  if (definition.default !== null && !ids.has(definition.default)) {
    throw new TypeError(
      `Cách hiểu ${definition.id}: mặc định "${definition.default}" không nằm trong các lựa chọn.`,
    );
  }
  return Object.freeze({ ...definition, type: "interpretation" as const });
}

/**
 * Per-call (or per-overlay) readings: option id → choice id, or `null` to leave it undecided.
 *
 * @example
 * const readings: Readings = { "tt124.d4.k4.a.kiem_che_keo_giam": "khong_tang" };
 */
export type Readings = Readonly<Record<string, string | null>>;

/**
 * The reading of one interpretation option outside a compiled set: the caller's choice when `readings` has
 * the option's id (`null` = leave it undecided), else the default in force on `asOf` (see
 * {@link defaultReadingAt}). Throws a `RangeError` when the chosen reading is not one of the option's choices,
 * as `compile` does.
 *
 * @example
 * readingOf(TEAM_CAP_READING, { "hd01.ty_le_xuat_sac": "chi_hoan_thanh_tot" }, "2025-11-14"); //=> "chi_hoan_thanh_tot"
 * readingOf(TEAM_CAP_READING, undefined, "2025-11-14"); //=> null (undecided by default)
 */
export function readingOf(
  option: Interpretation,
  readings: Readings | undefined,
  asOf: string,
): string | null {
  const choice =
    readings !== undefined && Object.hasOwn(readings, option.id)
      ? (readings[option.id] as string | null)
      : defaultReadingAt(option, asOf).choice;
  if (choice !== null && !option.choices.some((c) => c.id === choice)) {
    throw new RangeError(`Cách hiểu “${option.id}” không có lựa chọn “${choice}”.`);
  }
  return choice;
}
