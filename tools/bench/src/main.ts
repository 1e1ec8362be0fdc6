/**
 * `npm run bench [-- <suite> ...]`: runs the benchmark suites built into dist/suites/ and prints one
 * line per comparison. Exit code 1 when a target is missed, so a release check can call it.
 * Every suite runs in a fresh Node process (`--suite <name>`), so one suite's data and JIT state never
 * weigh on another's timings.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BenchResult, type BenchSuite, formatResult, measure } from "./harness.js";

const suitesDir = join(dirname(fileURLToPath(import.meta.url)), "suites");
const args = process.argv.slice(2);
const only = args[0] === "--suite" ? args[1] : undefined;
const wanted = new Set(only === undefined ? args : [only]);

const available = readdirSync(suitesDir)
  .filter((file) => file.endsWith(".js"))
  .map((file) => file.slice(0, -3))
  .sort();

const unknown = [...wanted].filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Không có bộ đo: ${unknown.join(", ")}. Có: ${available.join(", ")}.`);
  process.exit(2);
}

if (only === undefined) {
  let failed = 0;
  const selected = available.filter((name) => wanted.size === 0 || wanted.has(name));
  console.log(
    `Node ${process.version}, ${process.platform}/${process.arch}; ${selected.length} bộ đo, mỗi bộ một tiến trình`,
  );
  for (const name of selected) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--suite", name],
      {
        stdio: "inherit",
      },
    );
    if (child.status !== 0) failed++;
  }
  console.log(`\n${selected.length - failed}/${selected.length} bộ đo đạt mọi mục tiêu.`);
  process.exit(failed > 0 ? 1 : 0);
}

/**
 * The verdicts a suite writes in its report lines ("mục tiêu ≤ 200 ms: ĐẠT", "mục tiêu ≤ 1 GiB: CHƯA ĐẠT"),
 * counted with the comparisons so that the closing line and the exit code include them.
 */
const verdictsIn = (line: string): boolean[] =>
  [...line.matchAll(/mục tiêu[^:]*: (CHƯA ĐẠT|CHƯA|ĐẠT)/gu)].map((m) => m[1] === "ĐẠT");

const results: BenchResult[] = [];
const reportVerdicts: boolean[] = [];
for (const name of available) {
  if (wanted.size > 0 && !wanted.has(name)) continue;
  const { suite } = (await import(pathToFileURL(join(suitesDir, `${name}.js`)).href)) as {
    suite: BenchSuite;
  };
  console.log(`\n▶ ${suite.name}`);
  await suite.setup?.();
  const comparisons = typeof suite.comparisons === "function" ? suite.comparisons() : suite.comparisons;
  for (const comparison of comparisons) {
    const result = measure(suite.name, comparison);
    results.push(result);
    console.log(formatResult(result));
  }
  const extra = await suite.report?.();
  for (const [key, value] of Object.entries(extra ?? {})) {
    console.log(`   ${key}: ${value}`);
    reportVerdicts.push(...verdictsIn(value));
  }
}

const missed = results.filter((r) => !r.passed).length + reportVerdicts.filter((passed) => !passed).length;
const total = results.length + reportVerdicts.length;
console.log(`\n${total - missed}/${total} mục tiêu đạt.`);
process.exitCode = missed > 0 ? 1 : 0;
