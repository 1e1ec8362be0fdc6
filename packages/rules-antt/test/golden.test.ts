import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CompiledRuleSet, compile, runGoldenSuite } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { type SecurityOrderInput, securityOrderRuleSet } from "../src/index.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("golden tests (golden/tt124.json)", () => {
  const suite = loadSuite(join(root, "golden", "tt124.json"));
  const cache = new Map<string, CompiledRuleSet<SecurityOrderInput>>();
  const compileAt = (at: { asOf: string } | { year: number }) => {
    const key = JSON.stringify(at);
    let c = cache.get(key);
    if (!c) {
      c = compile(securityOrderRuleSet, at);
      cache.set(key, c);
    }
    return c;
  };

  it("covers the scenarios of regulations.md §8 (T28 and T29 live in their own files)", () => {
    const ids = new Set(suite.cases.map((c) => c.id.split("-")[0]?.replace(/b$/, "")));
    for (let n = 1; n <= 30; n++) {
      if (n === 28 || n === 29) continue;
      expect(ids.has(`T${n}`), `T${n}`).toBe(true);
    }
  });

  for (const c of suite.cases) {
    it(`${c.id}: ${c.title}`, () => {
      const report = runGoldenSuite({ ...suite, cases: [c] }, { compile: compileAt, parseInput });
      expect(report.failures).toEqual([]);
    });
  }
});
