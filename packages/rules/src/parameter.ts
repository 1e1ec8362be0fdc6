/**
 * Parameters: named values (thresholds, windows, authorities) that change by effective date, each dated
 * value carrying its own legal basis (OpenFisca-style, rules-engines.md §5.1 #1).
 */
import { assertIsoDate, inRange } from "./internal/date.js";
import { assertId } from "./internal/ids.js";
import type { LegalBasis } from "./legal-basis.js";
import type { PackageRef } from "./package-ref.js";

/**
 * One dated value of a parameter. `from`/`to` are inclusive calendar dates; `to` absent = still in force.
 * `review` (Vietnamese) marks a value whose text is not known: results that use it are "cần xem xét".
 *
 * @example
 * const v: ParameterValue<number> = { from: "2022-02-10", value: 70, basis: cite("124/2021/TT-BCA", { article: 5, clause: 4 }) };
 */
export interface ParameterValue<T = unknown> {
  readonly from: string;
  readonly to?: string;
  readonly value: T;
  readonly basis: LegalBasis;
  readonly review?: string;
  readonly note?: string;
  /** Set by composition: the package that supplied this value. */
  readonly source?: PackageRef;
}

/**
 * A parameter with dated values.
 *
 * @example
 * const p: Parameter<number> = defineParameter({ id: "x", label: "Ngưỡng", values: [] });
 */
export interface Parameter<T = unknown> {
  readonly type: "parameter";
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly unit?: string;
  readonly values: readonly ParameterValue<T>[];
  /** Set by composition: the package that declared the parameter. */
  readonly source?: PackageRef;
}

/**
 * Input of {@link defineParameter}.
 *
 * @example
 * const def: ParameterDefinition<number> = { id: "nguong", label: "Ngưỡng", values: [] };
 */
export interface ParameterDefinition<T> {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly unit?: string;
  readonly values: readonly ParameterValue<T>[];
}

/**
 * Defines a parameter; throws on malformed ids or dates (programmer error). Gaps and overlaps between values
 * are reported by `validateRuleSet`, not thrown, so users can run the checks themselves.
 *
 * @example
 * const ratio = defineParameter({
 *   id: "tt124.ty_le_cong_nhan_toi_thieu",
 *   label: "Tỷ lệ tối thiểu đơn vị được công nhận",
 *   unit: "phần trăm",
 *   values: [{ from: "2022-02-10", value: 70, basis: cite("124/2021/TT-BCA", { article: 5, clause: 4 }) }],
 * });
 */
export function defineParameter<T>(definition: ParameterDefinition<T>): Parameter<T> {
  assertId(definition.id, "id của tham số");
  for (const v of definition.values) {
    assertIsoDate(v.from, `Tham số ${definition.id}: from`);
    if (v.to !== undefined) assertIsoDate(v.to, `Tham số ${definition.id}: to`);
  }
  const values = [...definition.values].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return Object.freeze({ ...definition, type: "parameter" as const, values: Object.freeze(values) });
}

/**
 * The value of a parameter in force on `date`, or `undefined`.
 *
 * @example
 * parameterValueAt(ratio, "2024-11-15")?.value; //=> 70
 */
export function parameterValueAt<T>(parameter: Parameter<T>, date: string): ParameterValue<T> | undefined {
  for (const v of parameter.values) if (inRange(date, v.from, v.to)) return v;
  return undefined;
}
