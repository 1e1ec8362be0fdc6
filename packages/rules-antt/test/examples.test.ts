/**
 * Documentation checks (`@antq/test-support`, as for @antq/rules): every TSDoc `@example` runs with the public API
 * of both packages, the block's own module and a few golden inputs in scope; the README blocks of the package and
 * of both overlay examples run too; every public export is documented and nothing internal is exported.
 */
import { fileURLToPath } from "node:url";
import * as domain from "@antq/domain";
import * as engine from "@antq/rules";
import { describeDocumentation } from "@antq/test-support";
import * as vinhLong from "../examples/overlay-vinh-long/src/index.js";
import * as api from "../src/index.js";
import { exampleFixtures } from "./fixtures/examples.js";

const root = fileURLToPath(new URL("../", import.meta.url));
describeDocumentation({
  srcDir: `${root}src/`,
  scope: { ...domain, ...engine, ...api, ...vinhLong, ...exampleFixtures() },
  ownScope: async (file) =>
    (await import(`../src/${file.replace(/\.ts$/, ".js")}`)) as Record<string, unknown>,
  markdown: Object.fromEntries(
    ["README.md", "examples/overlay-template/README.md", "examples/overlay-vinh-long/README.md"].map((f) => [
      root + f,
      f,
    ]),
  ),
});
