/**
 * The embedded store in a real browser (PGlite in IndexedDB): Debian's chromium driven by vitest's browser
 * mode (playwright provider, no downloaded browser), as @antq/sheets does. Only test/browser/ runs here; the
 * other tests need Node (data folders, processes, a PostgreSQL server). `.ci/run` installs chromium;
 * CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import { chromiumBrowser } from "../../vitest.browser.shared.ts";
import { sharedProjectConfig } from "../../vitest.shared.ts";

export default mergeConfig(
  sharedProjectConfig,
  defineConfig({
    optimizeDeps: { include: ["zod"], exclude: ["@electric-sql/pglite"] },
    test: {
      name: "@antq/store (chromium)",
      // mergeConfig adds to the shared include list: the Node-only tests are excluded instead.
      exclude: ["test/*.test.ts", "**/node_modules/**"],
      outputFile: { json: ".vitest/results-browser.json" },
      browser: chromiumBrowser(),
    },
  }),
);
