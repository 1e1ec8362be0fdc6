/**
 * Every TSDoc `@example` of the standard runs (the engine's mechanism, test/support/tsdoc-examples.ts of
 * @antq/rules), with the public API of both packages, the block's own module and a few golden inputs in scope.
 */
import { fileURLToPath } from "node:url";
import * as domain from "@antq/domain";
import * as engine from "@antq/rules";
import { describe, it } from "vitest";
import { exampleBlocks, markdownBlocks, runExample } from "../../rules/test/support/tsdoc-examples.js";
import * as vinhLong from "../examples/overlay-vinh-long/src/index.js";
import * as api from "../src/index.js";
import { exampleFixtures } from "./fixtures/examples.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const blocks = exampleBlocks(SRC);

describe("TSDoc examples", () => {
  for (const b of blocks) {
    it(`${b.file}:${b.line}`, async () => {
      const own = (await import(`../src/${b.file.replace(/\.ts$/, ".js")}`)) as Record<string, unknown>;
      runExample(b, { ...engine, ...api, ...own, ...exampleFixtures() });
    });
  }
});

describe("README examples", () => {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const files = ["README.md", "examples/overlay-template/README.md", "examples/overlay-vinh-long/README.md"];
  for (const file of files) {
    for (const b of markdownBlocks(root + file, file)) {
      it(`${b.file}:${b.line}`, () =>
        runExample(b, { ...domain, ...engine, ...api, ...vinhLong, ...exampleFixtures() }));
    }
  }
});
