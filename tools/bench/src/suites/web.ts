/**
 * apps/web end to end (issue 18): a workbook of 20 000 units in the template layout (@antq/datagen, seed 138)
 * dropped on the BUILT site in Debian chromium (playwright-core, 1366×768), timed from the file given to the page
 * until the totals are on screen, against `antq danh-gia` on the same file in the same run (a Node process, as
 * an officer runs it). Target: ≤ 2× the CLI. Also reported: the longest main-thread task during the assessment
 * (long-task observer, target ≤ 200 ms), the tab's JS heap, and the initial bundle gzipped (target ≤ 500 kB).
 * The timing is taken in `report()` because the browser is driven asynchronously; rounds alternate the two sides.
 * Set ANTQ_BENCH_WEB_UNITS to run a smaller workbook, CHROMIUM_PATH for another browser.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { generateUnits } from "@antq/datagen";
import type { AnnualFacts, AssessedUnit } from "@antq/domain";
import { buildDataWorkbook, workbookBytes } from "@antq/sheets/xlsx";
import { CHROMIUM_ARGS, chromiumPath } from "@antq/test-support/chromium";
import { antqBinary as antq, ensureCliBuilt, nodeRunner, repoRoot } from "../cli-process.js";
import type { BenchSuite } from "../harness.js";

const UNITS = Number(process.env.ANTQ_BENCH_WEB_UNITS ?? 20_000);
const ROUNDS = 3;
const webDir = join(repoRoot, "apps/web");
const dist = join(webDir, "dist");
const work = mkdtempSync(join(tmpdir(), "antq-bench-web-"));
const xlsx = join(work, "du-lieu-20k.xlsx");
const run = nodeRunner(work);
const chromiumExecutable = chromiumPath();

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toLocaleString("vi-VN", { maximumFractionDigits: 0 })} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} kB`;

/** The gzipped size of what index.html loads before any interaction (entry script, preloads, styles). */
const initialBundle = () => {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const sizes = files.map((f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length);
  const all = sizes.reduce((a, b) => a + b, gzipSync(html).length);
  return { files, gzip: all };
};

export const suite: BenchSuite = {
  name: "web",
  async setup() {
    ensureCliBuilt();
    if (!existsSync(join(dist, "index.html"))) {
      spawnSync(process.execPath, [join(repoRoot, "node_modules/vite/bin/vite.js"), "build"], {
        cwd: webDir,
        stdio: "inherit",
      });
    }
    // The input workbook as `antq demo` writes one (@antq/sheets/xlsx buildDataWorkbook), of UNITS units.
    const units: AssessedUnit[] = [];
    const facts: AnnualFacts[] = [];
    for (const g of generateUnits({ seed: 138, year: 2024, communes: Math.ceil(UNITS / 15) })) {
      if (units.length >= UNITS) break;
      units.push(g.unit as AssessedUnit);
      facts.push(g.facts as AnnualFacts);
    }
    writeFileSync(xlsx, await workbookBytes(buildDataWorkbook(units, facts)));
    console.log(
      `   Tệp vào: ${units.length.toLocaleString("vi-VN")} đơn vị, ${facts.length.toLocaleString("vi-VN")} dòng dữ kiện, ${(statSync(xlsx).size / 2 ** 20).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MiB`,
    );
  },
  comparisons: [],
  async report() {
    if (!existsSync(chromiumExecutable)) {
      rmSync(work, { recursive: true, force: true });
      return { "Bỏ qua": `không có chromium tại ${chromiumExecutable}` };
    }
    const { chromium } = await import("playwright-core");
    const { serveSite } = (await import(pathToFileURL(join(webDir, "scripts/server.mjs")).href)) as {
      serveSite: (root: string) => Promise<{ server: Server; url: string }>;
    };
    const { server, url } = await serveSite(dist);
    const browser = await chromium.launch({
      executablePath: chromiumExecutable,
      args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"],
    });
    const cli: number[] = [];
    const web: number[] = [];
    const longest: number[] = [];
    const heaps: number[] = [];
    let webTotal = "";
    let cliTotal = "";
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const timeCli = () => {
          const start = performance.now();
          const out = run([
            antq,
            "danh-gia",
            xlsx,
            "--nam",
            "2024",
            "--ra",
            join(work, "ket-qua.xlsx"),
          ]).stdout;
          cli.push(performance.now() - start);
          cliTotal = /Tổng cộng: ([^\n]+)/.exec(out)?.[1] ?? "";
        };
        const timeWeb = async () => {
          const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
          await page.goto(`${url}/`);
          await page.evaluate(`
            window.__longest = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
            }).observe({ type: "longtask" });
          `);
          const start = performance.now();
          await page.locator('input[type="file"]').setInputFiles(xlsx);
          await page.getByRole("button", { name: "Đánh giá năm 2024" }).click({ timeout: 600_000 });
          await page.getByTestId("total").waitFor({ timeout: 600_000 });
          web.push(performance.now() - start);
          webTotal = await page.getByTestId("total").innerText();
          longest.push(Number(await page.evaluate("window.__longest")));
          heaps.push(
            Number(await page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0")),
          );
          await page.close();
        };
        if (round % 2 === 0) {
          timeCli();
          await timeWeb();
        } else {
          await timeWeb();
          timeCli();
        }
      }
    } finally {
      await browser.close();
      server.close();
      rmSync(work, { recursive: true, force: true });
    }
    const ratio = median(web) / median(cli);
    const bundle = initialBundle();
    const worstTask = Math.max(...longest);
    return {
      [`Từ lúc thả tệp đến khi có kết quả trên trang (${UNITS.toLocaleString("vi-VN")} đơn vị, trung vị ${ROUNDS} lần)`]: `${ms(median(web))} (${web.map(ms).join("; ")})`,
      "antq danh-gia cùng tệp, cùng lần chạy (tiến trình Node)": `${ms(median(cli))} (${cli.map(ms).join("; ")})`,
      "Tỷ lệ trang web / CLI": `${ratio.toLocaleString("vi-VN", { maximumFractionDigits: 2 })}× (mục tiêu ≤ 2×: ${ratio <= 2 ? "ĐẠT" : "CHƯA ĐẠT"})`,
      "Cùng tổng số": `${webTotal.includes(cliTotal.split(" ")[0] ?? "?") ? "có" : "KHÔNG"} (web: ${webTotal}; CLI: ${cliTotal})`,
      "Tác vụ dài nhất trên luồng chính": `${ms(worstTask)} (mục tiêu ≤ 200 ms: ${worstTask <= 200 ? "ĐẠT" : "CHƯA ĐẠT"})`,
      "Bộ nhớ JS của trang sau khi đánh giá (luồng chính)": `${(Math.max(...heaps) / 2 ** 20).toLocaleString("vi-VN", { maximumFractionDigits: 0 })} MiB`,
      "Gói tải ban đầu (gzip)": `${kb(bundle.gzip)} — ${bundle.files.join(", ")} (mục tiêu ≤ 500 kB: ${bundle.gzip <= 500_000 ? "ĐẠT" : "CHƯA ĐẠT"})`,
    };
  },
};
