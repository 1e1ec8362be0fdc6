/**
 * `antq phuc-vu` end to end: the built CLI starts the built server (apps/server, found through
 * ANTQ_SERVER_ENTRY) on a throw-away PGlite folder and a free port, answers an API call, and stops cleanly on
 * SIGINT (as Ctrl+C), with exit code 0.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { antq, appRoot, binary, newStore, tempDir } from "./helpers/run.js";

const serverRoot = join(appRoot, "../server");
let serverEntry: string;
const running: ChildProcess[] = [];

/** Starts `antq phuc-vu` and resolves with the process, its URL and its output so far. */
const start = (store: string) =>
  new Promise<{ child: ChildProcess; url: string; output: () => string }>((resolve, reject) => {
    const child = spawn(process.execPath, [binary, "phuc-vu", "--cong", "0", "--kho", store], {
      env: { ...process.env, ANTQ_SERVER_ENTRY: serverEntry, ANTQ_ADMIN_PASSWORD: "", ANTQ_DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.push(child);
    let output = "";
    const timer = setTimeout(() => reject(new Error(`không khởi động được:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /đang phục vụ tại (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => reject(new Error(`dừng sớm với mã ${code}:\n${output}`)));
  });

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on("exit", (code) => resolve(code));
  });

describe("antq phuc-vu", () => {
  beforeAll(() => {
    // The server's own build, into a folder of its own (nx may be rebuilding apps/server/dist meanwhile), inside
    // apps/server so that its npm dependencies resolve.
    const out = join(serverRoot, ".e2e-dist");
    execFileSync(
      process.execPath,
      [join(appRoot, "../../node_modules/tsup/dist/cli-default.js"), "--out-dir", out],
      { cwd: serverRoot, stdio: "pipe" },
    );
    serverEntry = join(out, "main.js");
  }, 120_000);
  afterAll(() => {
    for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
  });

  it("starts the server on PGlite, answers /v1/rulesets and stops on Ctrl+C with code 0", async () => {
    const store = newStore(tempDir());
    const { child, url, output } = await start(store);
    expect(output()).toMatch(/đã tạo tài khoản quản trị cấp tỉnh "quan-tri" \(tỉnh P82\), mật khẩu: \S+/);
    const response = await fetch(`${url}/v1/rulesets`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ruleSets: { id: string; versions: unknown[] }[] };
    expect(body.ruleSets[0]?.id).toBe("an-toan-antt");
    expect(body.ruleSets[0]?.versions.length).toBeGreaterThan(1);
    child.kill("SIGINT");
    expect(await exited(child)).toBe(0);
    await expect(fetch(`${url}/v1/rulesets`)).rejects.toThrow();
  }, 180_000);

  it("says in Vietnamese when the server is not installed, with exit code 1", () => {
    const result = antq(["phuc-vu", "--cong", "0"], {
      env: { ANTQ_SERVER_ENTRY: join(tempDir(), "khong-co.js") },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Chưa cài máy chủ antq (@antq/server)");
  });
});
