#!/usr/bin/env node
/**
 * Pack-and-install smoke test (monorepo guide §2.9).
 *
 * 1. `npm pack` every public package under packages/ (they must already be built).
 * 2. Install all tarballs together into a throwaway consumer outside the workspace.
 * 3. `import` each in ESM, `require()` each from CommonJS (Node >= 20.19), and check that the
 *    named exports match the package's source index.
 * 4. Typecheck a consumer that imports every package with `module` nodenext, node20, and
 *    preserve + bundler resolution, with skipLibCheck off so shipped .d.ts files are checked too.
 *
 * Exit code 1 with a message naming the package and step on any failure.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const keep = process.argv.includes("--keep");

const run = (cmd, args, cwd, step) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    console.error(`✗ smoke: ${step} thất bại\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    process.exit(1);
  }
};

const packages = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(root, "packages", entry.name))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }))
  .filter(({ manifest }) => !manifest.private);

/** Names exported by a package's public entry, read from the built declaration file. */
const expectedExports = ({ dir, manifest }) => {
  const entry = manifest.exports?.["."]?.default;
  if (typeof entry !== "string" || !existsSync(join(dir, entry))) {
    console.error(
      `✗ smoke: ${manifest.name}: exports["."].default = ${JSON.stringify(entry)} không trỏ tới tệp có thật (chưa build, hoặc exports sai).`,
    );
    process.exit(1);
  }
  const source = readFileSync(join(dir, entry), "utf8");
  const names = new Set();
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1].split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  return [...names].sort();
};

const work = mkdtempSync(join(tmpdir(), "antq-smoke-"));
const packDir = join(work, "packs");
const consumer = join(work, "consumer");
mkdirSync(packDir);
mkdirSync(consumer);

const tarballs = {};
for (const pkg of packages) {
  const out = run(
    "npm",
    ["pack", "--json", "--pack-destination", packDir],
    pkg.dir,
    `npm pack ${pkg.manifest.name}`,
  );
  const [info] = JSON.parse(out);
  tarballs[pkg.manifest.name] = `file:${join(packDir, info.filename)}`;
  console.log(
    `• ${pkg.manifest.name}@${pkg.manifest.version}: ${info.entryCount} tệp, ${(info.size / 1024).toFixed(1)} KiB`,
  );
}

writeFileSync(
  join(consumer, "package.json"),
  JSON.stringify({ name: "antq-smoke-consumer", private: true, dependencies: tarballs }, null, 2),
);
run(
  "npm",
  ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--loglevel=error"],
  consumer,
  "npm install các gói đã đóng",
);

const expectations = Object.fromEntries(packages.map((pkg) => [pkg.manifest.name, expectedExports(pkg)]));
const names = Object.keys(expectations);
const compare = (label) => `
const expected = ${JSON.stringify(expectations)};
for (const [name, mod] of loaded) {
  const actual = Object.keys(mod).filter((k) => k !== "default" && k !== "module.exports").sort();
  const missing = expected[name].filter((k) => !actual.includes(k));
  if (actual.length === 0 || missing.length > 0) {
    console.error("${label} " + name + ": thiếu export " + JSON.stringify(missing) + ", có " + actual.length);
    process.exit(1);
  }
}
console.log("✓ ${label}: " + loaded.length + " gói");`;

writeFileSync(
  join(consumer, "esm.mjs"),
  `const loaded = [];\nfor (const name of ${JSON.stringify(names)}) loaded.push([name, await import(name)]);\n${compare("import (ESM)")}`,
);
writeFileSync(
  join(consumer, "cjs.cjs"),
  `const loaded = ${JSON.stringify(names)}.map((name) => [name, require(name)]);\n${compare("require (CJS)")}`,
);
process.stdout.write(run("node", ["esm.mjs"], consumer, "import ESM"));
process.stdout.write(run("node", ["--no-warnings", "cjs.cjs"], consumer, "require CJS"));

writeFileSync(
  join(consumer, "index.ts"),
  `${names.map((name, i) => `import * as pkg${i} from "${name}";`).join("\n")}\nexport const all = [${names.map((_, i) => `pkg${i}`).join(", ")}];\n`,
);
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const settings = [
  ["nodenext", "nodenext"],
  ["node20", "nodenext"],
  ["preserve", "bundler"],
];
for (const [module, moduleResolution] of settings) {
  writeFileSync(
    join(consumer, `tsconfig.${module}.json`),
    JSON.stringify({
      compilerOptions: {
        module,
        moduleResolution,
        target: "ES2022",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      files: ["index.ts"],
    }),
  );
  run(
    "node",
    [tsc, "-p", `tsconfig.${module}.json`],
    consumer,
    `tsc module=${module} moduleResolution=${moduleResolution}`,
  );
  console.log(`✓ tsc module=${module}, moduleResolution=${moduleResolution}`);
}

if (keep) console.log(`Giữ lại thư mục thử: ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(`✓ smoke: ${names.length} gói cài, import, require và kiểm tra kiểu thành công`);
