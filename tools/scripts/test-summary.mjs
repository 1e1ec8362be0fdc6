#!/usr/bin/env node
/**
 * Prints one line per project and a workspace total from the vitest JSON reports that every project writes to
 * `.vitest/results.json` (nx restores them from its cache too), ending with "N passed, N failed".
 * Exits 1 when a report is missing or counts a failure, so a project that silently ran no test is noticed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
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
    console.log(`  ${name}: ${r.numPassedTests} đạt, ${r.numFailedTests} lỗi (${r.testResults.length} tệp)`);
  }
}
for (const problem of problems) console.log(`✗ ${problem}`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || problems.length > 0 ? 1 : 0;
