import { defineConfig } from "tsup";

/** Benchmarks run against the built packages (their `dist`), as users get them. */
export default defineConfig({
  entry: ["src/main.ts", "src/suites/*.ts", "src/report-e2e.ts"],
  format: ["esm"],
  platform: "node",
  target: "node20",
  clean: true,
  skipNodeModulesBundle: true,
  // Test helpers are TypeScript source only: bundled into the suites.
  noExternal: ["@antq/test-support"],
});
