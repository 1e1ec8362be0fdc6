#!/usr/bin/env node
/**
 * `npm run smoke:cli` (part of `npm test`, after the build): antq as an officer gets it.
 *
 * 1. From the repository root, `npx antq demo` works (the root `bin` and `prepare`), and the explanation command
 *    it suggests works when pasted as printed.
 * 2. `npm pack` of @antq/cli installs into a throwaway folder outside the workspace (its npm dependencies from the
 *    registry, the workspace packages bundled), and `npx antq demo` runs there.
 *
 * Exit code 1 with the step that failed.
 */
import { execFileSync, execSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const scratch = mkdtempSync(join(tmpdir(), "antq-smoke-cli-"));
const fail = (step, error) => {
  console.error(`✗ smoke:cli: ${step}\n${error?.stdout ?? ""}${error?.stderr ?? error ?? ""}`);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(1);
};
const run = (step, command, cwd) => {
  try {
    return execSync(command, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_OPTIONS: "" },
    });
  } catch (error) {
    return fail(step, error);
  }
};

// 1. npx antq from the repository root, and its hint as printed.
const demoDir = join(scratch, "demo");
const demo = run("npx antq demo từ thư mục gốc", `npx antq demo --ra "${demoDir}"`, root);
if (!demo.includes("Tổng cộng:")) fail("npx antq demo: thiếu dòng tổng cộng", demo);
const hint = /^\s+(npx antq danh-gia .* --giai-thich \S+)$/m.exec(demo)?.[1];
if (!hint) fail("npx antq demo: không có gợi ý bắt đầu bằng “npx antq”", demo);
const explained = run(`gợi ý “${hint}”`, hint, root);
if (!explained.includes("Căn cứ")) fail("gợi ý giải thích không in căn cứ", explained);
console.log("✓ npx antq demo từ thư mục gốc, và gợi ý chạy đúng như in ra");

// 2. The packed CLI, installed like an officer would.
const consumer = join(scratch, "consumer");
try {
  execFileSync("npm", ["pack", "--pack-destination", scratch, "--silent"], {
    cwd: join(root, "apps/cli"),
    stdio: "pipe",
  });
} catch (error) {
  fail("npm pack @antq/cli", error);
}
const tarball = readdirSync(scratch).find((f) => f.endsWith(".tgz"));
execSync(`mkdir -p "${consumer}"`);
writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "antq-smoke-cli", private: true }));
run(
  "npm install @antq/cli (tarball)",
  `npm install "${join(scratch, tarball)}" --no-audit --no-fund --loglevel=error`,
  consumer,
);
const installed = run("npx antq demo (bản đã cài)", "npx antq demo --ra ket-qua", consumer);
if (!installed.includes("Tổng cộng:")) fail("bản đã cài: thiếu dòng tổng cộng", installed);
console.log("✓ @antq/cli đóng gói, cài ngoài kho mã và chạy demo");
rmSync(scratch, { recursive: true, force: true });
