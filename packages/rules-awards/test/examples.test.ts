/**
 * Every TSDoc `@example` of the rule set runs (the engine's mechanism, test/support/tsdoc-examples.ts of
 * @antq/rules), with the engine, the domain, this package and a golden proposal (`proposal`) in scope; the README
 * blocks run too.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as domain from "@antq/domain";
import * as engine from "@antq/rules";
import { describe, it } from "vitest";
import { exampleBlocks, markdownBlocks, runExample } from "../../rules/test/support/tsdoc-examples.js";
import * as api from "../src/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const suite = JSON.parse(readFileSync(new URL("../golden/khen-thuong.json", import.meta.url), "utf8")) as {
  cases: { id: string; input: unknown }[];
};
const fixtures = {
  proposal: domain.unwrap(api.parseAwardProposal(suite.cases.find((c) => c.id.startsWith("B1-"))?.input)),
};

describe("TSDoc examples", () => {
  for (const b of exampleBlocks(SRC)) {
    it(`${b.file}:${b.line}`, async () => {
      const own = (await import(`../src/${b.file.replace(/\.ts$/, ".js")}`)) as Record<string, unknown>;
      runExample(b, { ...engine, ...api, ...own, ...fixtures });
    });
  }
});

describe("README examples", () => {
  const root = fileURLToPath(new URL("../", import.meta.url));
  for (const b of markdownBlocks(`${root}README.md`, "README.md")) {
    it(`${b.file}:${b.line}`, () => runExample(b, { ...domain, ...engine, ...api, ...fixtures }));
  }
});
