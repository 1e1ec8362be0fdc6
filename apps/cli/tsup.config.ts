import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

/**
 * The `antq` binary: a small launcher (main.js, Node built-ins only) and the program (cli.js), ESM with a
 * shebang. The workspace packages (@antq/*) are bundled from source through the `@antq/source` condition, so
 * `node dist/main.js` works without building every package first. So are Effect and zod, which every command
 * loads: taken from node_modules they were some 300 files to resolve and read at each start (`antq --version`
 * took 0,9 s of CPU, bundled 0,55 s; every command starts that much sooner, more on Windows). The libraries
 * loaded only when a command needs them (exceljs, docx, ECharts, resvg, PGlite, pg) stay external. Source maps
 * are built for debugging in the repository (`node --enable-source-maps dist/main.js`) but not published
 * (package.json `files`): they were 11 of the package's 14 MB that `npx antq` downloads.
 */
export default defineConfig({
  entry: { main: "src/main.ts", cli: "src/cli.ts", "part-worker": "src/assess/part-worker.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  sourcemap: true,
  clean: true,
  banner: { js: "#!/usr/bin/env node" },
  noExternal: [/^@antq\//, /^effect(\/|$)/, /^zod(\/|$)/, /^@effect\/platform-node-shared(\/|$)/],
  define: { __ANTQ_VERSION__: JSON.stringify(version) },
  esbuildOptions(options) {
    options.conditions = ["@antq/source", "import", "default"];
  },
});
