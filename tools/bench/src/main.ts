/**
 * `npm run bench [-- <suite> ...]`: runs the benchmark suites built into dist/suites/ and prints one
 * line per comparison. Exit code 1 when a target is missed, so a release check can call it.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BenchResult, type BenchSuite, formatResult, measure } from "./harness.js";

const suitesDir = join(dirname(fileURLToPath(import.meta.url)), "suites");
const wanted = new Set(process.argv.slice(2));

const available = readdirSync(suitesDir)
  .filter((file) => file.endsWith(".js"))
  .map((file) => file.slice(0, -3))
  .sort();

const unknown = [...wanted].filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Không có bộ đo: ${unknown.join(", ")}. Có: ${available.join(", ")}.`);
  process.exit(2);
}

const results: BenchResult[] = [];
console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
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
  for (const [key, value] of Object.entries(extra ?? {})) console.log(`   ${key}: ${value}`);
}

const missed = results.filter((r) => !r.passed);
console.log(`\n${results.length - missed.length}/${results.length} mục tiêu đạt.`);
process.exitCode = missed.length > 0 ? 1 : 0;
