import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Builds the binary once before the end-to-end tests spawn it, into `.e2e-dist/` rather than `dist/`: nx may run
 * this project's `build` target (tsup with `clean`) at the same time, which would delete `dist/` under the tests.
 * Also makes the run's temporary folder (ANTQ_TEST_TMP, see helpers/run.ts `tempDir`), removed at the end, and in
 * it one empty embedded store made by the binary (ANTQ_TEST_STORE, see helpers/run.ts `newStore`): creating a
 * store runs PGlite's initdb and the migrations, 7–12 s each time, which the tests that only need a store copy.
 */
export default function setup(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), "antq-test-"));
  process.env.ANTQ_TEST_TMP = scratch;
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  execFileSync(
    process.execPath,
    [join(root, "../../node_modules/tsup/dist/cli-default.js"), "--out-dir", ".e2e-dist"],
    {
      cwd: root,
      stdio: "pipe",
    },
  );
  const store = join(scratch, "kho-mau");
  execFileSync(process.execPath, [join(root, ".e2e-dist/main.js"), "kho", "--kho", store, "--json"], {
    cwd: root,
    stdio: "pipe",
    env: { ...process.env, ANTQ_DATABASE_URL: "" },
  });
  process.env.ANTQ_TEST_STORE = store;
  return () => rmSync(scratch, { recursive: true, force: true });
}
