import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

/**
 * The `antq` binary: a small launcher (main.js, Node built-ins only) and the program (cli.js), ESM with a
 * shebang. npm dependencies (effect, exceljs, zod, csv-*) stay
 * external; the workspace packages (@antq/*) are bundled from source through the `@antq/source`
 * condition, so `node dist/main.js` works without building every package first.
 */
export default defineConfig({
  entry: { main: "src/main.ts", cli: "src/cli.ts", "part-worker": "src/assess/part-worker.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  sourcemap: true,
  clean: true,
  banner: { js: "#!/usr/bin/env node" },
  noExternal: [/^@antq\//],
  define: { __ANTQ_VERSION__: JSON.stringify(version) },
  esbuildOptions(options) {
    options.conditions = ["@antq/source", "import", "default"];
  },
});
