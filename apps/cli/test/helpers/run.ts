import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const appRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const fixtures = join(appRoot, "test/fixtures");
export const binary = join(appRoot, ".e2e-dist/main.js");

/** Result of one `antq` run. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Spawns the built `antq` binary (no TTY, so no progress bar). The commands it suggests are written as an
 * installed antq's (`ANTQ_LENH=antq`, see src/invocation.ts) unless `env` says otherwise; the tests of the
 * invocation itself spawn the binary without it.
 */
export const antq = (
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): RunResult => {
  const result = spawnSync(process.execPath, [binary, ...args], {
    cwd: options.cwd ?? appRoot,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC", ANTQ_DEBUG: "", ANTQ_BO_NHO_MB: "", ANTQ_LENH: "antq", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** A fresh temporary folder inside the test run's scratch folder (removed after the run, see global-setup.ts). */
export const tempDir = (): string => mkdtempSync(join(process.env.ANTQ_TEST_TMP ?? tmpdir(), "antq-e2e-"));

/** True when the text looks like a JavaScript stack trace. */
export const hasStackTrace = (text: string): boolean => /\n\s+at .+:\d+:\d+/.test(text);

/**
 * An empty embedded store at `dir/name`, copied from the one the global setup made with the binary (same
 * schema, no data): for tests that need a store, not its creation (store.e2e.test.ts creates its own).
 */
export const newStore = (dir: string, name = "kho"): string => {
  const target = join(dir, name);
  const template = process.env.ANTQ_TEST_STORE;
  if (template === undefined)
    throw new Error("ANTQ_TEST_STORE is not set: run the tests through vitest's global setup");
  cpSync(template, target, { recursive: true });
  return target;
};
