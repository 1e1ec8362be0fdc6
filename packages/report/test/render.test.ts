/**
 * Visual check of the documents as a reader's office suite prints them: the report (DOCX) and its annexes
 * (XLSX) converted to PDF by LibreOffice headless, read back with poppler, and page images rendered. Skipped
 * only outside CI when LibreOffice is missing (`.ci/run` installs it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { unwrap } from "@antq/format-vi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildReport,
  computeReviewFigures,
  renderCharts,
  writeAnnexXlsx,
  writeReportDocx,
} from "../src/index.js";
import { pngChartRenderer } from "../src/node.js";
import { meta, records } from "./fixtures/seed-province.js";

const hasLibreOffice = spawnSync("soffice", ["--version"]).status === 0;
const required = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 240_000 });

describe.skipIf(!hasLibreOffice && !required)("rendered by LibreOffice", { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "antq-report-render-"));
  const profile = mkdtempSync(join(tmpdir(), "antq-lo-profile-"));
  beforeAll(async () => {
    const content = buildReport(
      unwrap(computeReviewFigures(records, { fromYear: 2014, toYear: 2019 })),
      meta,
    );
    const images = await renderCharts(content, pngChartRenderer());
    writeFileSync(join(dir, "bao-cao.docx"), await writeReportDocx(content, { chartImages: images }));
    writeFileSync(join(dir, "phu-luc.xlsx"), (await writeAnnexXlsx(content)).bytes);
    for (const file of ["bao-cao.docx", "phu-luc.xlsx"])
      run("soffice", [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        join(dir, file),
      ]);
  }, 300_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it("prints the report in Times New Roman (or its metric twin), with the Tiêu ngữ and page numbers from page 2", () => {
    const pdf = join(dir, "bao-cao.pdf");
    expect(run("pdffonts", [pdf])).toMatch(/LiberationSerif|TimesNewRoman/);
    expect(run("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"])).toContain(
      "Độc lập - Tự do - Hạnh phúc",
    );
    expect(
      run("pdftotext", ["-f", "2", "-l", "2", "-layout", pdf, "-"]).trimStart().split("\n")[0]?.trim(),
    ).toBe("2");
  });

  it("prints the annex with Vietnamese numbers, years without grouping and page numbers", () => {
    const pdf = join(dir, "phu-luc.pdf");
    expect(existsSync(pdf), "LibreOffice Calc (libreoffice-calc-nogui) did not convert the annex").toBe(true);
    const text = run("pdftotext", ["-layout", pdf, "-"]);
    for (let n = 1; n <= 10; n++) expect(text).toContain(`PHỤ LỤC ${n}\n`);
    const pl2 = run("pdftotext", ["-f", "3", "-l", "3", "-layout", pdf, "-"]);
    expect(pl2).toMatch(/Cộng \(lượt\)[^\n]*1\.730\s+1\.454\s+84,0/);
    expect(pl2).toMatch(/\n\s*2019\s/);
    expect(text).not.toMatch(/\b1,730\b|\b2,019\b/);
    expect(text).toContain("Trang 1/");
  });

  it("renders every page of both documents to images", () => {
    run("pdftoppm", ["-r", "40", "-png", join(dir, "bao-cao.pdf"), join(dir, "trang")]);
    run("pdftoppm", [
      "-r",
      "40",
      "-png",
      "-f",
      "1",
      "-l",
      "3",
      join(dir, "phu-luc.pdf"),
      join(dir, "phu-luc"),
    ]);
    const pngs = readdirSync(dir).filter((f) => f.endsWith(".png"));
    expect(pngs.filter((f) => f.startsWith("trang")).length).toBeGreaterThanOrEqual(3);
    expect(pngs.filter((f) => f.startsWith("phu-luc")).length).toBe(3);
  });
});
