import { playwright } from "@vitest/browser-playwright";
/**
 * Vitest browser mode on Debian's chromium (playwright provider, no downloaded browser), for the packages whose
 * tests also run in a real browser. `.ci/run` installs chromium; CHROMIUM_PATH overrides /usr/bin/chromium.
 */
export const chromiumBrowser = () => ({
  enabled: true,
  headless: true,
  instances: [{ browser: "chromium" as const }],
  provider: playwright({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  }),
});
