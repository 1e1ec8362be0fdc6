/**
 * Component tests of the main screens in Debian's chromium (vitest browser mode, playwright provider, no
 * downloaded browser): the screens rendered with what the worker's modules compute on the CLI's fixtures.
 * `.ci/run` installs chromium; CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions } from "vite";
import { defineConfig, mergeConfig } from "vitest/config";
import { chromiumBrowser } from "../../vitest.browser.shared.ts";
import { sharedProjectConfig } from "../../vitest.shared.ts";

export default mergeConfig(
  sharedProjectConfig,
  defineConfig({
    plugins: [react()],
    // The shared resolve conditions include "node"; fflate's node build needs worker_threads, so the browser
    // gets its browser build, as the app's bundler picks it.
    resolve: {
      conditions: ["@antq/source", ...defaultClientConditions],
      alias: [
        {
          find: /^fflate$/,
          replacement: fileURLToPath(new URL("../../node_modules/fflate/esm/browser.js", import.meta.url)),
        },
      ],
    },
    optimizeDeps: { include: ["zod", "papaparse", "react", "react-dom/client", "fflate", "axe-core"] },
    test: {
      name: "@antq/web (chromium)",
      include: ["test/browser/**/*.test.tsx"],
      exclude: ["test/*.test.ts", "**/node_modules/**"],
      outputFile: { json: ".vitest/results-browser.json" },
      browser: chromiumBrowser(),
    },
  }),
);
