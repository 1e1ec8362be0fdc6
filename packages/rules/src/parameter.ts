/**
 * Parameters: named values (thresholds, windows, authorities) that change by effective date, each dated
 * value carrying its own legal basis (OpenFisca-style, rules-engines.md §5.1 #1).
 */
import type { z } from "zod";
import { assertIsoDate, inRange } from "./internal/date.js";
import { assertId } from "./internal/ids.js";
import type { Issue } from "./issue.js";
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
  /**
   * Optional zod schema every value must satisfy; checked by `validateRuleSet` (and so by `compile`) and by
   * `composeRuleSet` for overlay values (code `INVALID_PARAMETER_VALUE`). Not part of the metadata or hash.
   */
  readonly schema?: z.ZodType<T>;
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
  /** Optional zod schema of the values (see {@link Parameter.schema}). */
  readonly schema?: z.ZodType<T>;
  readonly values: readonly ParameterValue<T>[];
}

/**
 * Defines a parameter; throws on malformed ids or dates (programmer error). Gaps and overlaps between values
 * and values that fail the optional `schema` are reported by `validateRuleSet`, not thrown, so users can run
 * the checks themselves.
 *
 * @example
 * const ratio = defineParameter({
 *   id: "tt124.ty_le_cong_nhan_toi_thieu",
 *   label: "Tỷ lệ tối thiểu đơn vị được công nhận",
 *   unit: "phần trăm",
 *   schema: z.number().int().min(0).max(100),
 *   values: [{ from: "2022-02-10", value: 70, basis: cite("124/2021/TT-BCA", { article: 5, clause: 4 }) }],
 * });
 */
export function defineParameter<T>(definition: ParameterDefinition<T>): Parameter<T> {
  assertId(definition.id, "id của tham số");
  for (const v of definition.values) {
    assertIsoDate(v.from, `Tham số ${definition.id}: from`);
    if (v.to !== undefined) assertIsoDate(v.to, `Tham số ${definition.id}: to`);
  }
  const values = [...definition.values].sort((a, b) =>
    a.from < b.from
      ? -1
      : // Stryker disable next-line ConditionalExpression,EqualityOperator: start dates differ, and V8's sort of so few entries only asks whether the result is negative
        a.from > b.from
        ? 1
        : 0,
  );
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

/**
 * Checks dated values against a parameter's `schema` (none = nothing to check). Issues have code
 * `INVALID_PARAMETER_VALUE`, a Vietnamese message naming the parameter, the date and the place in the value,
 * and a path below `path` (`[...path, valueIndex, "value", ...placeInValue]`).
 *
 * @example
 * parameterValueIssues(ratio, [{ from: "2025-01-01", value: "bảy mươi", basis }], ["setParameters", 0, "values"]);
 * //=> [{ code: "INVALID_PARAMETER_VALUE", message: "Tham số tt124.ty_le… (từ 2025-01-01): giá trị không hợp lệ …", path: [...] }]
 */
export function parameterValueIssues(
  parameter: Pick<Parameter, "id" | "schema">,
  values: readonly Pick<ParameterValue, "from" | "value">[],
  path: readonly (string | number)[],
): Issue[] {
  const schema = parameter.schema;
  if (schema === undefined) return [];
  const issues: Issue[] = [];
  for (const [i, v] of values.entries()) {
    const r = schema.safeParse(v.value);
    if (r.success) continue;
    for (const zi of r.error.issues) {
      // Stryker disable next-line MethodExpression,ConditionalExpression: zod puts no symbol keys in the paths of plain values
      const inner = zi.path.filter((x): x is string | number => typeof x !== "symbol");
      issues.push({
        code: "INVALID_PARAMETER_VALUE",
        message: `Tham số ${parameter.id} (từ ${v.from}): giá trị không hợp lệ tại ${inner.length > 0 ? inner.join(".") : "(gốc)"}: ${zi.message}`,
        path: [...path, i, "value", ...inner],
      });
    }
  }
  return issues;
}
