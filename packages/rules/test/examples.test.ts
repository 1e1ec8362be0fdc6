/**
 * Documentation checks (`@antq/test-support`): every TSDoc `@example` of the engine runs against a small example
 * rule set, every public export is documented, and nothing internal is exported.
 */
import { fileURLToPath } from "node:url";
import { describeDocumentation } from "@antq/test-support";
import * as api from "../src/index.js";
import { exampleFixtures } from "./support/example-fixtures.js";

describeDocumentation({
  srcDir: fileURLToPath(new URL("../src/", import.meta.url)),
  scope: { ...api, ...exampleFixtures() },
});
