import { defineConfig } from "tsup";

/** The `antq` binary: one ESM file with a shebang; workspace packages and npm dependencies stay external. */
export default defineConfig({
  entry: { main: "src/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  sourcemap: true,
  clean: true,
  banner: { js: "#!/usr/bin/env node" },
});
