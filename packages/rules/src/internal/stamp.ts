import type { PackageRef } from "../package-ref.js";
import type { Parameter } from "../parameter.js";
import type { Rule } from "../rule.js";

export function stampRule<I>(rule: Rule<I>, pkg: PackageRef): Rule<I> {
  return {
    ...rule,
    source: rule.source ?? pkg,
    versions: rule.versions.map((v) => (v.source ? v : { ...v, source: pkg })),
  };
}

export function stampParameter(parameter: Parameter, pkg: PackageRef): Parameter {
  return {
    ...parameter,
    source: parameter.source ?? pkg,
    values: parameter.values.map((v) => (v.source ? v : { ...v, source: pkg })),
  };
}
