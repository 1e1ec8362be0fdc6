#!/usr/bin/env node
/**
 * Prints one line per project and a workspace total from the vitest JSON reports that every project writes to
 * `.vitest/results.json` (nx restores them from its cache too), ending with "N passed, N failed".
 * Exits 1 when a report is missing or counts a failure, so a project that silently ran no test is noticed.
 * Each failed test is listed at the end with the start of its error (also those of the browser reports,
 * `.vitest/results-browser.json`), so that the last lines of a failed CI run name what failed: `npm test` runs
 * this script after a failed nx run too.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
const failures = [];
/** The failed tests of a vitest JSON report, as "project › file › test" and the first lines of the error. */
const collectFailures = (name, dir, r) => {
  for (const file of r.testResults) {
    const failedTests = file.assertionResults.filter((t) => t.status === "failed");
    if (failedTests.length === 0 && file.status === "failed")
      failures.push({ where: `${name} › ${file.name.replace(`${dir}/`, "")}`, error: file.message ?? "" });
    for (const t of failedTests)
      failures.push({
        where: `${name} › ${file.name.replace(`${dir}/`, "")} › ${t.fullName}`,
        error: (t.failureMessages ?? []).join("\n"),
      });
  }
};
for (const group of ["packages", "apps", "tools"]) {
  for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
    const dir = join(root, group, entry.name);
    const manifest = join(dir, "package.json");
    if (!entry.isDirectory() || !existsSync(manifest)) continue;
    const { name, scripts = {} } = JSON.parse(readFileSync(manifest, "utf8"));
    if (!scripts.test) continue;
    const report = join(dir, ".vitest", "results.json");
    if (!existsSync(report)) {
      problems.push(`${name}: không có báo cáo kiểm thử (${report})`);
      continue;
    }
    const r = JSON.parse(readFileSync(report, "utf8"));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
    if (r.numTotalTests === 0) problems.push(`${name}: không chạy kiểm thử nào`);
    collectFailures(name, dir, r);
    const browser = join(dir, ".vitest", "results-browser.json");
    if (existsSync(browser))
      collectFailures(`${name} (chromium)`, dir, JSON.parse(readFileSync(browser, "utf8")));
    console.log(`  ${name}: ${r.numPassedTests} đạt, ${r.numFailedTests} lỗi (${r.testResults.length} tệp)`);
  }
}
for (const { where, error } of failures) {
  console.log(`✗ ${where}`);
  for (const line of error.split("\n").slice(0, 12)) console.log(`    ${line}`);
}
for (const problem of problems) console.log(`✗ ${problem}`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || problems.length > 0 ? 1 : 0;
