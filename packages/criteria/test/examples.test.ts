/**
 * Documentation checks (`@antq/test-support`): every TSDoc `@example` of @antq/criteria runs against realistic
 * data (the example commune rubric and Xã Tân Tiến's 2024 sheet, An Giang's 2023 plan, the security teams of
 * phường An Hòa, Hậu Giang's 2023 classifications: see `support/example-fixtures.ts`) and checks the results it
 * shows, every public export is documented, and nothing internal is exported.
 */
import { fileURLToPath } from "node:url";
import { describeDocumentation } from "@antq/test-support";
import * as api from "../src/index.js";
import { exampleFixtures } from "./support/example-fixtures.js";

const fixtures = exampleFixtures();

describeDocumentation({
  srcDir: fileURLToPath(new URL("../src/", import.meta.url)),
  scope: { ...api, ...fixtures },
  // In typical-units.ts `result` is a selection of candidates, not a classification result.
  ownScope: async (file) => (file === "typical-units.ts" ? { result: fixtures.selection } : {}),
});
