import { defineProject, mergeConfig } from "vitest/config";
import { sharedProjectConfig } from "../../vitest.shared.ts";

export default mergeConfig(
  sharedProjectConfig,
  defineProject({
    test: {
      name: "@antq/store",
      globalSetup: ["test/global-setup.ts"],
      // The browser tests run in chromium (vitest.browser.config.ts).
      exclude: ["test/browser/**", "**/node_modules/**"],
    },
  }),
);
