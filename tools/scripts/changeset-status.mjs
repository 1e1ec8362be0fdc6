#!/usr/bin/env node
/**
 * Fails when a published package changed without a changeset.
 *
 * On a branch: `changeset status --since=<base>` (base: $CHANGESET_SINCE, else origin/main, else main).
 * On main itself there is nothing to compare against, so only the pending changeset files are validated.
 */
import { execFileSync, spawnSync } from "node:child_process";

const git = (...args) => {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
};

const base =
  process.env.CHANGESET_SINCE ??
  (git("rev-parse", "--verify", "--quiet", "origin/main") ? "origin/main" : "main");
const onBase = git("rev-parse", "HEAD") !== "" && git("rev-parse", "HEAD") === git("rev-parse", base);
const args = onBase ? ["status"] : ["status", `--since=${base}`];
if (onBase) console.log(`changeset status: HEAD là ${base}; chỉ kiểm tra các changeset đang chờ.`);
const result = spawnSync("npx", ["changeset", ...args], { stdio: "inherit" });
process.exit(result.status ?? 1);
