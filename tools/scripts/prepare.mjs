#!/usr/bin/env node
/**
 * `npm ci` / `npm install` at the repository root end here (the root `prepare` script): builds the `antq` command
 * (apps/cli/dist, about a second with tsup) so that `npx antq …` works from the repository root right away.
 * Skipped when tsup is not installed (e.g. `npm ci --omit=dev`).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const tsup = join(root, "node_modules/tsup/dist/cli-default.js");
if (!existsSync(tsup)) {
  console.log("antq: tsup chưa được cài, bỏ qua bước dựng lệnh antq (chạy npm run build sau).");
  process.exit(0);
}
const result = spawnSync(process.execPath, [tsup, "--silent"], {
  cwd: join(root, "apps/cli"),
  stdio: "inherit",
});
if (result.status !== 0) {
  console.error("antq: không dựng được lệnh antq (apps/cli); xem lỗi ở trên.");
  process.exit(result.status ?? 1);
}
console.log("antq: đã dựng lệnh antq; thử: npx antq demo");
