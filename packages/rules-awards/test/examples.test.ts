/**
 * Documentation checks (`@antq/test-support`): every TSDoc `@example` of the rule set runs with the engine, the
 * domain, this package, the block's own module and a golden proposal (`proposal`) in scope; the README blocks run
 * too; every public export is documented and nothing internal is exported.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as domain from "@antq/domain";
import * as engine from "@antq/rules";
import { describeDocumentation } from "@antq/test-support";
import * as api from "../src/index.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const suite = JSON.parse(readFileSync(`${root}golden/khen-thuong.json`, "utf8")) as {
  cases: { id: string; input: unknown }[];
};
const proposal = domain.unwrap(
  api.parseAwardProposal(suite.cases.find((c) => c.id.startsWith("B1-"))?.input),
);

describeDocumentation({
  srcDir: `${root}src/`,
  scope: { ...domain, ...engine, ...api, proposal },
  ownScope: async (file) =>
    (await import(`../src/${file.replace(/\.ts$/, ".js")}`)) as Record<string, unknown>,
  markdown: { [`${root}README.md`]: "README.md" },
});
