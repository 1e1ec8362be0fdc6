import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.ts";

export default defineConfig(
  libraryBuild({ entry: { index: "src/index.ts", "xlsx/index": "src/xlsx/index.ts" } }),
);
