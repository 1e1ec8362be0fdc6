import type { Options } from "tsup";

/**
 * Build settings shared by every published `@antq/*` package: ESM-only,
 * declarations, source maps, Node 20 target (monorepo guide §2.4).
 */
export const libraryBuild = (overrides: Options = {}): Options => ({
  entry: ["src/index.ts"],
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "neutral",
  treeshake: true,
  ...overrides,
});
