/**
 * Documentation checks (`@antq/test-support`): every TSDoc `@example` of `@antq/sheets` and `@antq/sheets/xlsx`
 * runs with the public API of both entry points, the block's own module and realistic fixtures in scope
 * (`example-fixtures.ts`: a generated commune of Tiền Giang with its facts and Thông tư 124 results, two
 * communes' score sheets, An Giang's plan) and checks the results it shows; the README's ```ts blocks run;
 * every public export of both entry points is documented with an `@example` and nothing internal is exported.
 */
import { fileURLToPath } from "node:url";
import * as domain from "@antq/domain";
import { createCommuneRollup } from "@antq/rules-antt";
import { describeDocumentation, publicApiProblems } from "@antq/test-support";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as api from "../src/index.js";
import * as xlsxApi from "../src/xlsx/index.js";
import { exampleFixtures } from "./example-fixtures.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

describeDocumentation({
  srcDir: SRC,
  scope: { ...domain, z, createCommuneRollup, ...api, ...xlsxApi, ...exampleFixtures() },
  ownScope: async (file) =>
    (await import(`../src/${file.replace(/\.ts$/, ".js")}`)) as Record<string, unknown>,
  entries: [`${SRC}xlsx/index.ts`],
  markdown: { [fileURLToPath(new URL("../README.md", import.meta.url))]: "README.md" },
});

describe("public API of index.ts", () => {
  it("every export documented with an @example, nothing internal", () => {
    expect(publicApiProblems(SRC)).toEqual([]);
  });
});
