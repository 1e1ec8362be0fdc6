#!/usr/bin/env node
/**
 * Keeps the Node requirement honest: the root `engines.node`, `.nvmrc`, the README's "Requires Node.js ≥ …", the
 * published packages' `engines.node` and the engine ranges of every runtime dependency in the lockfile must agree
 * (a dependency that asks for a newer Node makes npm warn on the machines antq supports). Dev-only packages are
 * listed but do not fail the check. Run by `npm test` (`npm run check:engines`).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import semver from "semver";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const read = (path) => readFileSync(join(root, path), "utf8");
const problems = [];

const range = JSON.parse(read("package.json")).engines?.node;
const minimum = range ? semver.minVersion(range) : null;
if (!minimum) problems.push(`root package.json: engines.node missing or unreadable (${range})`);
else {
  const stated = /Requires Node\.js ≥ (\d+\.\d+(?:\.\d+)?)/.exec(read("README.md"))?.[1];
  if (!stated || semver.coerce(stated)?.version !== minimum.version)
    problems.push(`README.md says Node.js ≥ ${stated ?? "(nothing)"}, package.json engines say ${range}`);
  const nvmrc = existsSync(join(root, ".nvmrc")) ? read(".nvmrc").trim() : undefined;
  if (nvmrc && !semver.satisfies(nvmrc, range)) problems.push(`.nvmrc ${nvmrc} is outside engines ${range}`);
  for (const group of ["packages", "apps", "tools"]) {
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      const manifest = join(group, entry.name, "package.json");
      if (!entry.isDirectory() || !existsSync(join(root, manifest))) continue;
      const pkg = JSON.parse(read(manifest));
      if (pkg.private) continue;
      if (pkg.engines?.node !== range)
        problems.push(`${manifest}: engines.node ${pkg.engines?.node} differs from the root's ${range}`);
    }
  }
  const lock = JSON.parse(read("package-lock.json"));
  for (const [path, info] of Object.entries(lock.packages)) {
    const wanted = info.engines?.node;
    if (!path || !wanted || info.link) continue;
    if (semver.satisfies(minimum, wanted)) continue;
    if (info.dev || info.optional) console.log(`(dev) ${path} asks for Node ${wanted}`);
    else problems.push(`${path} asks for Node ${wanted}, antq promises ${range}`);
  }
}
if (problems.length > 0) {
  console.error(`Node requirement does not agree:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`Node requirement agrees: ${range} (README, .nvmrc, packages, runtime dependencies).`);
