/**
 * Loading the "An toàn về ANTT" rule set from @antq/rules: province overlays (`--tinh`), interpretation
 * readings (flags) and compilation for a year or a date. Errors become Vietnamese typed errors.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type CompiledRuleSet,
  compile,
  composeRuleSet,
  type Overlay,
  type Readings,
  RuleSetError,
  readingsProblem,
} from "@antq/rules";
import { type SecurityOrderInput, securityOrderRuleSet } from "@antq/rules-antt";
import * as Effect from "effect/Effect";
import { InvalidInputError } from "../errors.js";

/** The interpretation options of the base rule set, for flags and help. */
export const baseInterpretations = securityOrderRuleSet.interpretations;

/**
 * Flag name of an interpretation id: "hieu-" and its last segment ("tt124.dac_khu" → "hieu-dac-khu"); a
 * generic last segment ("cach_hieu") is replaced by the article path ("tt124.d6.k3.h.cach_hieu" → "hieu-d6-k3-h").
 */
export const interpretationFlagName = (id: string): string => {
  const parts = id.split(".");
  const last = parts[parts.length - 1] ?? id;
  const name = last === "cach_hieu" ? parts.slice(1, -1).join("-") : last;
  return `hieu-${name.replace(/[._]/g, "-")}`;
};

const isOverlay = (value: unknown): value is Overlay<SecurityOrderInput> =>
  typeof value === "object" && value !== null && (value as { type?: unknown }).type === "overlay";

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
        const found = Object.values(module)
          .flatMap((v) => (Array.isArray(v) ? v : [v]))
          .filter(isOverlay);
        const unique = [...new Map(found.map((o) => [o.id, o])).values()];
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

/** Checks reading ids and choices against the rule set (with overlays); Vietnamese message on mismatch. */
export const checkReadings = (
  readings: Readings,
  overlays: readonly Overlay<SecurityOrderInput>[],
): Effect.Effect<void, InvalidInputError> =>
  Effect.gen(function* () {
    const composed = composeRuleSet(securityOrderRuleSet, overlays);
    const interpretations = composed.ok
      ? composed.value.interpretations
      : securityOrderRuleSet.interpretations;
    const problem = readingsProblem(readings, interpretations);
    if (problem !== undefined) return yield* new InvalidInputError({ message: problem.message });
  });

/** Compiles the rule set for a year or date with overlays and readings. */
export const compileRules = (options: {
  readonly year?: number;
  readonly asOf?: string;
  readonly overlays: readonly Overlay<SecurityOrderInput>[];
  readonly readings: Readings;
}): Effect.Effect<CompiledRuleSet<SecurityOrderInput>, InvalidInputError> =>
  Effect.try({
    try: () =>
      compile(securityOrderRuleSet, {
        ...(options.asOf !== undefined ? { asOf: options.asOf } : { year: options.year as number }),
        overlays: options.overlays,
        readings: options.readings,
      }),
    catch: (error) =>
      new InvalidInputError({
        message:
          error instanceof RuleSetError
            ? `Bộ quy tắc sau khi áp dụng gói của tỉnh không hợp lệ:\n${error.issues.map((i) => `  • ${i.message}`).join("\n")}`
            : `Không lập được bộ quy tắc: ${error instanceof Error ? error.message : String(error)}`,
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
    const overlays = yield* loadOverlays(options.provinces);
    yield* checkReadings(options.readings, overlays);
    return yield* compileRules({
      ...(options.asOf !== undefined ? { asOf: options.asOf } : { year: options.year as number }),
      overlays,
      readings: options.readings,
    });
  });
