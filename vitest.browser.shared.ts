import { playwright } from "@vitest/browser-playwright";
import { CHROMIUM_ARGS, chromiumPath } from "./tools/test-support/src/chromium.ts";
/**
 * Vitest browser mode on Debian's chromium (playwright provider, no downloaded browser), for the packages whose
 * tests also run in a real browser. `.ci/run` installs chromium; CHROMIUM_PATH overrides /usr/bin/chromium.
 * The launch arguments are @antq/test-support's, imported by relative path: vite bundles a config file and
 * leaves bare imports to Node, which cannot load that package's .ts source.
 */
export const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  instances: [{ browser: "chromium" as const }],
  provider: playwright({
    launchOptions: {
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
  }),
});
