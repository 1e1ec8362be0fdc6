/**
 * Debian's chromium for the browser tests and benchmarks (vitest browser mode, playwright-core end to end, the
 * `web` bench suite): where it is, and the launch arguments that keep it quiet on a closed network. One place,
 * so that the three launchers cannot drift apart.
 */

/**
 * The chromium executable: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` (installed by `.ci/run`).
 *
 * @example
 * ```ts
 * chromiumPath({ CHROMIUM_PATH: "/opt/chromium/chrome" }); //=> "/opt/chromium/chrome"
 * chromiumPath({}); //=> "/usr/bin/chromium"
 * ```
 */
export const chromiumPath = (env: Readonly<Record<string, string | undefined>> = process.env): string =>
  env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Launch arguments: no sandbox (containers), no GPU, no background or update traffic (the machine has no
 * network beyond loopback, and a test must see only the page's own requests).
 *
 * @example
 * ```ts
 * CHROMIUM_ARGS.includes("--disable-background-networking"); //=> true
 * ```
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
