#!/usr/bin/env node
/**
 * `node tools/scripts/render-xlsx.mjs <tệp.xlsx> [thư-mục-ra] [--trang N]`: prints a workbook the way an officer
 * would, with LibreOffice headless (`soffice`, Debian: libreoffice-calc-nogui) to PDF, and the first N pages
 * (default 4) to PNG with poppler's `pdftoppm`, so that the print setup can be looked at. Prints one JSON line:
 * `{ pdf, pages, pngs }`. Exits 1 when LibreOffice or poppler is missing.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const pagesFlag = args.indexOf("--trang");
const wanted = pagesFlag >= 0 ? Number(args[pagesFlag + 1]) : 4;
const [input, outArg] = args.filter((a, i) => !a.startsWith("--") && (pagesFlag < 0 || i !== pagesFlag + 1));
if (!input) {
  console.error("Cách dùng: node tools/scripts/render-xlsx.mjs <tệp.xlsx> [thư-mục-ra] [--trang N]");
  process.exit(2);
}
const out = resolve(outArg ?? join(tmpdir(), `antq-render-${basename(input, extname(input))}`));
mkdirSync(out, { recursive: true });
// A profile of our own: other LibreOffice processes on the machine do not block this one.
const profile = mkdtempSync(join(tmpdir(), "antq-lo-profile-"));
try {
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      out,
      resolve(input),
    ],
    { stdio: "pipe", timeout: 300_000 },
  );
} catch (error) {
  console.error(`Không in được bằng LibreOffice (soffice): ${error.message}`);
  process.exit(1);
} finally {
  rmSync(profile, { recursive: true, force: true });
}
const pdf = join(out, `${basename(input, extname(input))}.pdf`);
const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
execFileSync("pdftoppm", [
  "-png",
  "-r",
  "60",
  "-f",
  "1",
  "-l",
  String(Math.min(wanted, pages)),
  pdf,
  join(out, "trang"),
]);
const pngs = readdirSync(out)
  .filter((f) => f.startsWith("trang") && f.endsWith(".png"))
  .sort()
  .map((f) => join(out, f));
console.log(JSON.stringify({ pdf, pages, pngs }));
