import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as {
  version: string;
};

/**
 * The server: one ESM entry with a shebang. npm dependencies stay external; the workspace packages (@antq/*)
 * are bundled from source through the `@antq/source` condition, as the CLI does.
 */
export default defineConfig({
  entry: { main: "src/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  sourcemap: true,
  clean: true,
  banner: { js: "#!/usr/bin/env node" },
  noExternal: [/^@antq\//],
  define: { __ANTQ_SERVER_VERSION__: JSON.stringify(version) },
  esbuildOptions(options) {
    options.conditions = ["@antq/source", "import", "default"];
  },
});
