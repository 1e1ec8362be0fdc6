/**
 * The end-to-end tests' chromium (Debian's, via @antq/test-support): whether they run, how it is launched, and an
 * officer's page (1366×768, Vietnamese locale, downloads on) whose requests are recorded for the same-origin
 * checks. One place for e2e, the province build and the server e2e.
 */
import { existsSync } from "node:fs";
import { CHROMIUM_ARGS, chromiumPath } from "@antq/test-support/chromium";
import { type Browser, type BrowserContext, chromium } from "playwright-core";

const executablePath = chromiumPath();
const mustRun = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";

/** The browser tests are skipped only when chromium is missing outside CI; under `CI=true` they must run. */
export const skipBrowserTests = !existsSync(executablePath) && !mustRun;
if (skipBrowserTests) {
  console.warn(
    `[@antq/web] Bỏ qua kiểm thử trên trình duyệt: không có chromium tại ${executablePath} (cài: apt-get install chromium; dưới CI=true kiểm thử này bắt buộc).`,
  );
}

/** Launches Debian's chromium with the quiet arguments of @antq/test-support. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });

/** A context as an officer's laptop has it (1366×768, vi-VN, downloads), each request's URL pushed to `requests`. */
export const officeContext = async (browser: Browser, requests: string[]): Promise<BrowserContext> => {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: "vi-VN",
  });
  context.on("request", (r) => requests.push(r.url()));
  return context;
};
