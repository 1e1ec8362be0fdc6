/**
 * The same tests in a real browser: Debian's chromium driven by vitest's browser mode (playwright provider,
 * no downloaded browser). Every test file runs, except those that read the package's own files with node:fs
 * (the schemas and the documentation checks, whose examples and README blocks run in Node).
 * `.ci/run` installs chromium; CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import { chromiumBrowser } from "../../vitest.browser.shared.ts";
import { sharedProjectConfig } from "../../vitest.shared.ts";

export default mergeConfig(
  sharedProjectConfig,
  defineConfig({
    optimizeDeps: { include: ["zod", "papaparse", "fast-check"] },
    // The shared resolve conditions include "node" (for the source condition); fflate's node build needs
    // worker_threads, so the browser gets its browser build, as a web app's bundler would pick.
    resolve: {
      alias: [
        {
          find: /^fflate$/,
          replacement: fileURLToPath(new URL("../../node_modules/fflate/esm/browser.js", import.meta.url)),
        },
      ],
    },
    test: {
      name: "@antq/sheets (chromium)",
      exclude: ["test/schemas.test.ts", "test/examples.test.ts"],
      outputFile: { json: ".vitest/results-browser.json" },
      browser: chromiumBrowser(),
    },
  }),
);
