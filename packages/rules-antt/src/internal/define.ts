import { defineRuleFor, type RuleVersion } from "@antq/rules";
import type { SecurityOrderInput } from "../tt124/input.js";

/** `defineRule` for this standard's input: the findings are inferred, so `decide` returns only declared codes. */
export const defineSecurityRule = defineRuleFor<SecurityOrderInput>();

/**
 * One dated version of a rule of this standard, checked on its own (its `decide` returns only its own findings)
 * and then widened, so that a rule can hold versions with different findings (a Thông tư 23 version and a
 * Thông tư 124 one under the same id).
 */
export function securityVersion<const F extends string>(
  version: RuleVersion<SecurityOrderInput, F>,
): RuleVersion<SecurityOrderInput> {
  return version as unknown as RuleVersion<SecurityOrderInput>;
}
