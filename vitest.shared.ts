/**
 * Shared vitest settings for every workspace project.
 *
 * Each project has its own `vitest.config.ts` that merges this one (see
 * monorepo guide, pitfall 7: a package without its own config picks up the
 * root one). Workspace imports resolve to TypeScript source through the
 * `@antq/source` export condition, so tests never need a build first.
 */
import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

export const sourceConditions = ["@antq/source", ...defaultServerConditions];

export const sharedProjectConfig = defineConfig({
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // The JSON report feeds tools/scripts/test-summary.mjs, which prints one total line for the whole workspace.
    reporters: ["default", "json"],
    outputFile: { json: ".vitest/results.json" },
    env: { TZ: "UTC" },
    // A hang guard, not a speed target (speed lives in tools/bench): property tests and end-to-end tests must
    // not fail only because CI's two cores are busy with other nx tasks.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
