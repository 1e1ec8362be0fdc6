/**
 * Loading province overlays at start-up from module specifiers (package names or file paths): every export
 * made with @antq/rules' `defineOverlay` is taken. The server never loads code named in a request.
 */
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Overlay, overlaysIn } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";

/** The overlays exported by the modules, unique by id, in order. Throws a Vietnamese error. */
export const loadOverlayModules = async (
  specifiers: readonly string[],
): Promise<Overlay<SecurityOrderInput>[]> => {
  const found = new Map<string, Overlay<SecurityOrderInput>>();
  for (const specifier of specifiers) {
    const local = isAbsolute(specifier) || specifier.startsWith(".");
    let module: Record<string, unknown>;
    try {
      module = (await import(local ? pathToFileURL(resolve(specifier)).href : specifier)) as Record<
        string,
        unknown
      >;
    } catch {
      throw new Error(`không nạp được gói quy định của tỉnh "${specifier}" (ANTQ_OVERLAYS).`);
    }
    const overlays = overlaysIn<SecurityOrderInput>(module);
    if (overlays.length === 0)
      throw new Error(
        `gói "${specifier}" không xuất gói bổ sung nào tạo bằng defineOverlay của @antq/rules.`,
      );
    for (const overlay of overlays) found.set(overlay.id, overlay);
  }
  return [...found.values()];
};
