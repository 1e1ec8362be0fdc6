import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type CompiledRuleSet,
  compile,
  composeRuleSet,
  type GoldenChange,
  runGoldenSuite,
  validateRuleSet,
} from "@antq/rules";
import { describe, expect, it } from "vitest";
import { VINH_LONG_PACKAGE, vinhLongOverlay } from "../examples/overlay-vinh-long/src/index.js";
import { type SecurityOrderInput, securityOrderRuleSet } from "../src/index.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const exampleDir = join(root, "examples", "overlay-vinh-long");

function compiler(overlays = [vinhLongOverlay]) {
  const cache = new Map<string, CompiledRuleSet<SecurityOrderInput>>();
  return (at: { asOf: string } | { year: number }) => {
    const key = JSON.stringify(at);
    let c = cache.get(key);
    if (!c) {
      c = compile(securityOrderRuleSet, { ...at, overlays });
      cache.set(key, c);
    }
    return c;
  };
}

describe("example overlay (examples/overlay-vinh-long)", () => {
  it("composes without conflicts and passes the static checks", () => {
    const composed = composeRuleSet(securityOrderRuleSet, [vinhLongOverlay]);
    expect(composed.ok).toBe(true);
    if (composed.ok) expect(validateRuleSet(composed.value)).toEqual([]);
  });

  it("re-runs the national golden tests; every difference is declared in golden/national-changes.json", () => {
    const national = loadSuite(join(root, "golden", "tt124.json"));
    const changes = JSON.parse(readFileSync(join(exampleDir, "golden", "national-changes.json"), "utf8")) as {
      changes: Record<string, GoldenChange>;
    };
    const report = runGoldenSuite(national, { compile: compiler(), parseInput, changes: changes.changes });
    expect(report.failures).toEqual([]);
    expect(report.unknownChanges).toEqual([]);
    // a declared change must really be a change: without it the national expectation fails
    const stale = runGoldenSuite(
      { ...national, cases: national.cases.filter((c) => report.changed.includes(c.id)) },
      { compile: compiler(), parseInput },
    );
    const failedIds = new Set(stale.failures.map((f) => f.caseId));
    expect(report.changed.filter((id) => !failedIds.has(id))).toEqual([]);
  });

  it("passes its own golden tests (T29 of regulations.md §8)", () => {
    const own = loadSuite(join(exampleDir, "golden", "vinh-long.json"));
    const report = runGoldenSuite(own, { compile: compiler(), parseInput });
    expect(report.failures).toEqual([]);
    expect(report.passed).toBe(own.cases.length);
  });

  it("records which package supplied each rule", () => {
    const own = loadSuite(join(exampleDir, "golden", "vinh-long.json"));
    const c = compiler()({ year: 2025 });
    const r = c.evaluate(parseInput(own.cases[0]?.input), { explain: true });
    expect(r.packages.map((p) => p.name)).toEqual(["@antq/rules-antt", VINH_LONG_PACKAGE.name]);
    expect(r.criteria.find((x) => x.id === "vinh-long.xa.khong_co_tu_diem_ma_tuy")?.source).toEqual(
      VINH_LONG_PACKAGE,
    );
    expect(r.criteria.find((x) => x.id === "tt124.d5.k1")?.source?.name).toBe("@antq/rules-antt");
    expect(c.metadata.overlays.map((o) => o.id)).toEqual(["vinh-long-vi-du"]);
  });

  it("does nothing before its effective date", () => {
    expect(compiler()({ year: 2024 }).parameter("tt124.d5.k4.ty_le_toi_thieu")?.value).toBe(70);
    expect(compiler()({ year: 2025 }).parameter("tt124.d5.k4.ty_le_toi_thieu")?.value).toBe(80);
    expect(compiler()({ year: 2024 }).rules.some((r) => r.rule.id.startsWith("vinh-long."))).toBe(false);
  });
});
