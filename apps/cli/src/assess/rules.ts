/**
 * Loading the "An toàn về ANTT" rule set from @antq/rules: province overlays (`--tinh`), interpretation
 * readings (flags) and compilation for a year or a date. Errors become Vietnamese typed errors.
 */
import type { CompiledRuleSet, Overlay, Readings } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import { compileSecurityOrder } from "@antq/sheets";
import * as Effect from "effect/Effect";
import { InvalidInputError } from "../errors.js";
import { loadOverlayModules } from "../io/overlay-modules.js";

/** Loads the "An toàn về ANTT" overlays of the province packages (`--tinh`). */
export const loadOverlays = (
  specifiers: readonly string[],
): Effect.Effect<Overlay<SecurityOrderInput>[], InvalidInputError> =>
  loadOverlayModules<SecurityOrderInput>(specifiers, "Gói quy định của tỉnh (--tinh)").pipe(
    Effect.map((loaded) => loaded.map((l) => l.overlay)),
  );

/** What selects the rule set: the year (or date), the province overlays (`--tinh`) and the readings. */
export interface RuleOptions {
  readonly year?: number;
  readonly asOf?: string;
  readonly provinces: readonly string[];
  readonly readings: Readings;
}

/**
 * Loads the overlays (unless the caller has them), checks the readings and compiles: the rule set of a
 * command's flags. Plain data in, so that a worker thread can compile the same rule set (see ./parallel.ts).
 */
export const prepareRules = (
  options: RuleOptions,
  loaded?: readonly Overlay<SecurityOrderInput>[],
): Effect.Effect<CompiledRuleSet<SecurityOrderInput>, InvalidInputError> =>
  Effect.gen(function* () {
    const overlays = loaded ?? (yield* loadOverlays(options.provinces));
    const compiled = compileSecurityOrder({ ...options, overlays });
    if (!compiled.ok) return yield* new InvalidInputError({ message: compiled.issues[0]?.message ?? "" });
    return compiled.value;
  });
