import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Builds dist/main.js once before the end-to-end tests spawn it. */
export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  execFileSync(process.execPath, [join(root, "../../node_modules/tsup/dist/cli-default.js")], {
    cwd: root,
    stdio: "pipe",
  });
}
