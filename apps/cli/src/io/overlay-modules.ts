/**
 * Province packages (`--tinh`): ES modules, given as a file path or an npm package name, that export overlays
 * made with @antq/rules' `defineOverlay`, on the "An toàn về ANTT" rule set (`danh-gia`, `quy-dinh`) or on the
 * classification configuration (`phan-loai`). Loaded the same way for both; every failure names the package.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Overlay, overlaysIn } from "@antq/rules";
import * as Effect from "effect/Effect";
import { InvalidInputError } from "../errors.js";

/** The URL of a package: a file (relative to the working folder) or a package installed where antq runs. */
const moduleUrl = (specifier: string): string => {
  if (isAbsolute(specifier) || specifier.startsWith(".") || existsSync(specifier)) {
    const path = resolve(specifier);
    if (!existsSync(path)) throw new Error(`không tìm thấy tệp gói tỉnh "${specifier}"`);
    return pathToFileURL(path).href;
  }
  try {
    return pathToFileURL(createRequire(join(process.cwd(), "noop.js")).resolve(specifier)).href;
  } catch {
    return specifier;
  }
};

/**
 * Loads the overlays every package exports, in the order given, each with the package it came from; fails
 * with "`subject`: …" (exit 2) when a package cannot be found or loaded, or exports none.
 *
 * @example
 * ```ts
 * const loaded = yield* loadOverlayModules<SecurityOrderInput>(["./goi-tinh.mjs"], "Gói quy định của tỉnh (--tinh)");
 * loaded.map((l) => l.source); // ["./goi-tinh.mjs"]
 * ```
 */
export const loadOverlayModules = <T>(
  specifiers: readonly string[],
  subject: string,
): Effect.Effect<{ readonly overlay: Overlay<T>; readonly source: string }[], InvalidInputError> =>
  Effect.tryPromise({
    try: async () => {
      const loaded: { overlay: Overlay<T>; source: string }[] = [];
      for (const specifier of specifiers) {
        const url = moduleUrl(specifier);
        let module: Record<string, unknown>;
        try {
          module = (await import(url)) as Record<string, unknown>;
        } catch (error) {
          const missing = error instanceof Error && /Cannot find/.test(error.message);
          throw new Error(`không nạp được gói tỉnh "${specifier}"${missing ? " (không tìm thấy gói)" : ""}`);
        }
        const overlays = overlaysIn<T>(module);
        if (overlays.length === 0)
          throw new Error(
            `gói "${specifier}" không xuất (export) gói bổ sung nào tạo bằng defineOverlay của @antq/rules`,
          );
        for (const overlay of overlays) loaded.push({ overlay, source: specifier });
      }
      return loaded;
    },
    catch: (error) =>
      new InvalidInputError({
        message: `${subject}: ${error instanceof Error ? error.message : String(error)}`,
      }),
  });
