#!/usr/bin/env node
/**
 * `npm start`: builds the `antq` command and runs its demo on a seeded sample province, so a newcomer sees
 * a real result right after `npm ci`. Extra arguments are passed to `antq demo`.
 */
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const step = (cmd, args) => {
  const result = spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NX_DAEMON: "false" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
step("npx", ["nx", "run", "@antq/cli:build", "--outputStyle=static", "--skipNxCache=false"]);
step("node", [join(root, "apps/cli/dist/main.js"), "demo", ...process.argv.slice(2)]);
