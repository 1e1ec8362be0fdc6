import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Builds the binary once before the end-to-end tests spawn it, into `.e2e-dist/` rather than `dist/`: nx may run
 * this project's `build` target (tsup with `clean`) at the same time, which would delete `dist/` under the tests.
 * Also makes the run's temporary folder (ANTQ_TEST_TMP, see helpers/run.ts `tempDir`), removed at the end.
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
  return () => rmSync(scratch, { recursive: true, force: true });
}
