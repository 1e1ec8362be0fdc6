import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { processExists } from "../src/io/temporary-files.js";
import { antq, appRoot, binary, tempDir } from "./helpers/run.js";

const isTemporary = (name: string) => /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/.test(name);

/** Waits until `check` holds, polling every 50 ms; false after `ms`. */
const until = async (check: () => boolean, ms: number): Promise<boolean> => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(50);
  }
  return check();
};

/** The pids of the processes whose parent is `pid` (Linux /proc). */
const childrenOf = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
};

describe.skipIf(process.platform !== "linux")("SIGKILL of the antq launcher", () => {
  let input: string;
  beforeAll(() => {
    const dir = tempDir();
    // Large enough that the assessment runs for a few seconds.
    expect(antq(["demo", "--csv-phang", "20000", "--ra", dir, "--json"]).code).toBe(0);
    input = join(dir, "don-vi-va-du-kien.csv");
  }, 120_000);

  const start = (out: string, detached: boolean) =>
    spawn(process.execPath, [binary, "danh-gia", input, "--nam", "2024", "--ra", join(out, "kq.xlsx")], {
      cwd: appRoot,
      detached,
      stdio: "ignore",
      env: { ...process.env, ANTQ_BO_NHO_MB: "", ANTQ_SO_LUONG: "1" },
    });

  it("stops the child too: no antq process and no output, final or temporary, remains", async () => {
    const out = tempDir();
    const launcher = start(out, false);
    const pid = launcher.pid as number;
    // Mid-run: the child is writing its per-unit results to a temporary file.
    expect(await until(() => readdirSync(out).some(isTemporary), 60_000)).toBe(true);
    const children = childrenOf(pid);
    expect(children.length).toBe(1);
    launcher.kill("SIGKILL");
    expect(await until(() => !children.some(processExists), 10_000)).toBe(true);
    await sleep(300);
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);

  it("leaves the temporary files of a killed group to the next run, which removes them", async () => {
    const out = tempDir();
    const launcher = start(out, true);
    const pid = launcher.pid as number;
    expect(await until(() => readdirSync(out).some(isTemporary), 60_000)).toBe(true);
    const children = childrenOf(pid);
    process.kill(-pid, "SIGKILL");
    expect(await until(() => ![pid, ...children].some(processExists), 10_000)).toBe(true);
    const left = readdirSync(out).filter(isTemporary);
    expect(left.length).toBeGreaterThan(0);
    // A temporary file of a live process (this test runner) is not touched.
    const live = `.kq.xlsx.${process.pid}.0123abcd.tmp`;
    writeFileSync(join(out, live), "");
    const next = antq(["kiem-tra", input, "--json"], { cwd: out });
    expect(next.code).toBe(0);
    expect(readdirSync(out)).toEqual([live]);
  }, 120_000);
});
