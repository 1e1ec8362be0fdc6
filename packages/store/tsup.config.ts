import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.ts";

export default defineConfig(
  libraryBuild({
    entry: { index: "src/index.ts", "node/index": "src/node/index.ts" },
    external: ["@electric-sql/pglite", "pg", "pg-copy-streams"],
  }),
);
