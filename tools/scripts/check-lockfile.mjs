#!/usr/bin/env node
/**
 * Proves `npm ci` succeeds from the committed lockfile on a clean machine (monorepo guide, pitfall 1):
 * copies every manifest and the lockfile into a scratch folder and runs a real `npm ci --ignore-scripts`
 * there. Run it after every dependency change: `npm run check:lockfile`.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const scratch = mkdtempSync(join(tmpdir(), "antq-lockfile-"));
const copy = (relative) => {
  mkdirSync(dirname(join(scratch, relative)), { recursive: true });
  cpSync(join(root, relative), join(scratch, relative));
};
copy("package.json");
copy("package-lock.json");
for (const group of ["packages", "apps", "tools"]) {
  for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
    const manifest = join(group, entry.name, "package.json");
    if (entry.isDirectory() && existsSync(join(root, manifest))) copy(manifest);
  }
}
try {
  execFileSync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: scratch,
    stdio: "inherit",
  });
  console.log("✓ npm ci thành công từ package-lock.json đã commit");
} catch {
  console.error("✗ npm ci thất bại từ package-lock.json đã commit: chạy lại npm install và commit lockfile.");
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
