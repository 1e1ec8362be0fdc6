import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { antq, binary, tempDir } from "./helpers/run.js";

/** `script` (util-linux) gives the binary a terminal, so that the progress bar is drawn. */
const hasScript = spawnSync("script", ["--version"]).status === 0;

describe.skipIf(!hasScript)("progress on a terminal (built binary)", () => {
  it("shows a percentage and the time left while checking a large CSV", () => {
    const dir = tempDir();
    expect(antq(["demo", "--csv-phang", "20000", "--ra", dir, "--json"]).code).toBe(0);
    const csv = join(dir, "don-vi-va-du-kien.csv");
    const run = spawnSync(
      "script",
      ["-qec", `"${process.execPath}" "${binary}" kiem-tra "${csv}"`, "/dev/null"],
      {
        encoding: "utf8",
        env: { ...process.env, ANTQ_BO_NHO_MB: "" },
      },
    );
    expect(run.status).toBe(0);
    const frames = run.stdout.split("\r").filter((f) => f.includes("Đang kiểm tra ["));
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.some((f) => /\d+% · [\d.]+\/≈[\d.]+ dòng/.test(f))).toBe(true);
    // The time left appears once the pace is known (after a second), if the run lasts that long.
    if (frames.length > 12) expect(frames.some((f) => f.includes("còn khoảng"))).toBe(true);
  }, 120_000);
});
