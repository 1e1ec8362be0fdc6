#!/usr/bin/env node
/**
 * Visual check of the report (outside `npm test`): writes the sample report (scripts/sample.ts), converts
 * the DOCX and the XLSX annexes to PDF with LibreOffice headless, checks the fonts and page 1's text, and
 * renders every page to PNG for a person to look at.
 *
 *   apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation2
 *   node packages/report/scripts/render.mjs [out-dir]
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(process.argv[2] ?? join(pkg, "out"));
const bundle = join(pkg, ".tmp", "sample.mjs");

await build({
  entryPoints: [join(pkg, "scripts", "sample.ts")],
  outfile: bundle,
  bundle: true,
  platform: "node",
  format: "esm",
  conditions: ["@antq/source"],
  external: ["@resvg/resvg-js", "docx", "exceljs", "echarts", "zod"],
  logLevel: "warning",
});
execFileSync(process.execPath, [bundle, out], { stdio: "inherit", cwd: pkg });

const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
for (const file of ["bao-cao.docx", "phu-luc.xlsx"]) {
  run("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", out, join(out, file)]);
}
// The annex needs LibreOffice Calc (libreoffice-calc-nogui); without it only the report is rendered.
const annexPdf = existsSync(join(out, "phu-luc.pdf"));
const pdf = join(out, "bao-cao.pdf");
const fonts = run("pdffonts", [pdf]);
if (!/LiberationSerif|TimesNewRoman/.test(fonts)) throw new Error(`Phông chữ không như mong đợi:\n${fonts}`);
const page1 = run("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"]);
if (!page1.includes("Độc lập - Tự do - Hạnh phúc")) throw new Error("Trang 1 thiếu Tiêu ngữ.");
const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1] ?? 0);
const page2 = pages > 1 ? run("pdftotext", ["-f", "2", "-l", "2", "-layout", pdf, "-"]) : "";
if (pages > 1 && page2.trimStart().split("\n")[0]?.trim() !== "2")
  throw new Error("Trang 2 không có số trang ở đầu.");
run("pdftoppm", ["-r", "80", "-png", pdf, join(out, "trang")]);
if (annexPdf) run("pdftoppm", ["-r", "60", "-png", join(out, "phu-luc.pdf"), join(out, "phu-luc")]);
else
  console.log(
    "Không có LibreOffice Calc: bỏ qua bản in thử Phụ lục (apt-get install libreoffice-calc-nogui).",
  );
console.log(`${pages} trang; phông: ${[...new Set(fonts.match(/Liberation\S+/g) ?? [])].join(", ")}`);
console.log(
  readdirSync(out)
    .filter((f) => f.endsWith(".png"))
    .map((f) => join(out, f))
    .join("\n"),
);
