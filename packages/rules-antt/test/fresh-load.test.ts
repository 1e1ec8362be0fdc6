/**
 * The national rule set loaded inside a test rather than at the top of the file. A mistake in a rule's definition
 * (read when its module loads) then fails this test, instead of failing every test file's imports, which
 * `npm run mutation` (Stryker's vitest runner) does not count as a failing test. Nothing from `src` is imported
 * statically here (the golden fixtures import types only).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, runGoldenSuite, validateRuleSet } from "@antq/rules";
import { expect, it } from "vitest";
import type { SecurityOrderInput } from "../src/index.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

it("the rule set loaded fresh passes the static checks and every golden scenario", async () => {
  const { securityOrderRuleSet } = await import("../src/index.js");
  expect(validateRuleSet(securityOrderRuleSet)).toEqual([]);
  const suite = loadSuite(join(root, "golden", "tt124.json"));
  const compiled = new Map<string, ReturnType<typeof compile<SecurityOrderInput>>>();
  const compileAt = (at: { asOf: string } | { year: number }) => {
    const key = JSON.stringify(at);
    const c = compiled.get(key) ?? compile(securityOrderRuleSet, at);
    compiled.set(key, c);
    return c;
  };
  const report = runGoldenSuite(suite, { compile: compileAt, parseInput });
  expect(report.failures).toEqual([]);
  expect(report.passed).toBe(suite.cases.length);
});
