import { defineRuleFor } from "@antq/rules";
import type { SecurityOrderInput } from "../tt124/input.js";

/** `defineRule` for this standard's input: the findings are inferred, so `decide` returns only declared codes. */
export const defineSecurityRule = defineRuleFor<SecurityOrderInput>();
