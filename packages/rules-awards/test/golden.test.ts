import { readFileSync } from "node:fs";
import { unwrap } from "@antq/domain";
import { type CompiledRuleSet, compile, type Overlay, parseGoldenSuite, runGoldenSuite } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { type AwardProposal, awardRuleSet, parseAwardProposal, parseProvinceConfig } from "../src/index.js";

const golden = (name: string) => new URL(`../golden/${name}`, import.meta.url);
const load = (name: string) => {
  const parsed = parseGoldenSuite(JSON.parse(readFileSync(golden(name), "utf8")));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join("\n"));
  return parsed.value;
};

function run(name: string, overlays: readonly Overlay<AwardProposal>[]) {
  const suite = load(name);
  const cache = new Map<string, CompiledRuleSet<AwardProposal>>();
  const compileAt = (at: { asOf: string } | { year: number }) => {
    const key = JSON.stringify(at);
    let c = cache.get(key);
    if (!c) {
      c = compile(awardRuleSet, { ...at, overlays });
      cache.set(key, c);
    }
    return c;
  };
  for (const c of suite.cases) {
    it(`${c.id}: ${c.title}`, () => {
      const report = runGoldenSuite(
        { ...suite, cases: [c] },
        { compile: compileAt, parseInput: (json) => unwrap(parseAwardProposal(json)) },
      );
      expect(report.failures).toEqual([]);
    });
  }
  return suite;
}

describe("golden/khen-thuong.json (national)", () => {
  const suite = run("khen-thuong.json", []);
  it("has boundary cases at every version switch", () => {
    const dates = new Set(suite.cases.filter((c) => c.tags?.includes("chuyen-phien-ban")).map((c) => c.asOf));
    for (const d of ["2023-12-31", "2024-01-01", "2025-06-30", "2025-07-01"])
      expect(dates.has(d), d).toBe(true);
  });
});

describe("golden/khen-thuong-vi-du-tinh.json (example province configuration)", () => {
  const config = unwrap(
    parseProvinceConfig(JSON.parse(readFileSync(golden("vi-du-cau-hinh-tinh.json"), "utf8"))),
  );
  run("khen-thuong-vi-du-tinh.json", [config]);
});
