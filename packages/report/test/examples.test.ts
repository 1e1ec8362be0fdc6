/**
 * Documentation checks (`@antq/test-support`): every TSDoc `@example` of the three entry points runs and checks
 * the results it shows, every public export of `src/index.ts`, `src/node.ts` and `src/topics.ts` is documented,
 * and nothing internal is exported.
 */
import { fileURLToPath } from "node:url";
import { describeDocumentation } from "@antq/test-support";
import * as api from "../src/index.js";
import * as nodeApi from "../src/node.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

describeDocumentation({
  srcDir: SRC,
  scope: { ...api, ...nodeApi },
  entries: [`${SRC}index.ts`, `${SRC}node.ts`, `${SRC}topics.ts`],
});
