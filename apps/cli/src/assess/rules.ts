/**
 * Loading the "An toàn về ANTT" rule set from @antq/rules: province overlays (`--tinh`), interpretation
 * readings (flags) and compilation for a year or a date. Errors become Vietnamese typed errors.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type CompiledRuleSet, type Overlay, overlaysIn, type Readings } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import { compileSecurityOrder } from "@antq/sheets";
import * as Effect from "effect/Effect";
import { InvalidInputError } from "../errors.js";

/** Loads province overlays from module paths or package names; each module exports one or more overlays. */
export const loadOverlays = (
  specifiers: readonly string[],
): Effect.Effect<Overlay<SecurityOrderInput>[], InvalidInputError> =>
  Effect.tryPromise({
    try: async () => {
      const overlays: Overlay<SecurityOrderInput>[] = [];
      for (const specifier of specifiers) {
        const local = isAbsolute(specifier) || specifier.startsWith(".") || existsSync(specifier);
        let url: string;
        if (local) {
          const path = resolve(specifier);
          if (!existsSync(path)) throw new Error(`không tìm thấy tệp gói tỉnh "${specifier}"`);
          url = pathToFileURL(path).href;
        } else {
          try {
            url = pathToFileURL(createRequire(join(process.cwd(), "noop.js")).resolve(specifier)).href;
          } catch {
            url = specifier;
          }
        }
        let module: Record<string, unknown>;
        try {
          module = (await import(url)) as Record<string, unknown>;
        } catch (error) {
          throw new Error(
            `không nạp được gói tỉnh "${specifier}"${error instanceof Error && /Cannot find/.test(error.message) ? " (không tìm thấy gói)" : ""}`,
          );
        }
        const unique = overlaysIn<SecurityOrderInput>(module);
        if (unique.length === 0) {
          throw new Error(
            `gói "${specifier}" không xuất (export) gói bổ sung nào tạo bằng defineOverlay của @antq/rules`,
          );
        }
        overlays.push(...unique);
      }
      return overlays;
    },
    catch: (error) =>
      new InvalidInputError({
        message: `Gói quy định của tỉnh (--tinh): ${error instanceof Error ? error.message : String(error)}`,
      }),
  });

/** What selects the rule set: the year (or date), the province overlays (`--tinh`) and the readings. */
export interface RuleOptions {
  readonly year?: number;
  readonly asOf?: string;
  readonly provinces: readonly string[];
  readonly readings: Readings;
}

/**
 * Loads the overlays, checks the readings and compiles: the rule set of a command's flags. Plain data in,
 * so that a worker thread can compile the same rule set (see ./parallel.ts).
 */
export const prepareRules = (
  options: RuleOptions,
): Effect.Effect<CompiledRuleSet<SecurityOrderInput>, InvalidInputError> =>
  Effect.gen(function* () {
    const compiled = compileSecurityOrder({ ...options, overlays: yield* loadOverlays(options.provinces) });
    if (!compiled.ok) return yield* new InvalidInputError({ message: compiled.issues[0]?.message ?? "" });
    return compiled.value;
  });
