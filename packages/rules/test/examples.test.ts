/** Every TSDoc `@example` of the engine runs (see support/tsdoc-examples.ts), against a small example rule set. */
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import * as api from "../src/index.js";
import { exampleFixtures } from "./support/example-fixtures.js";
import { exampleBlocks, runExample } from "./support/tsdoc-examples.js";

const blocks = exampleBlocks(fileURLToPath(new URL("../src/", import.meta.url)));

describe("TSDoc examples", () => {
  const scope = { ...api, ...exampleFixtures() };
  for (const b of blocks) it(`${b.file}:${b.line}`, () => runExample(b, scope));
});
