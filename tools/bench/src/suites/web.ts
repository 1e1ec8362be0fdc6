/**
 * apps/web end to end (issue 18): a workbook of 20 000 units in the template layout (@antq/datagen, seed 138)
 * dropped on the BUILT site in Debian chromium (playwright-core, 1366×768), timed from the file given to the page
 * until the totals are on screen, against `antq danh-gia` on the same file in the same run (a Node process, as
 * an officer runs it). Target: ≤ 2× the CLI. Also reported: the longest main-thread task during the assessment
 * (long-task observer, target ≤ 200 ms), the tab's JS heap, and the initial bundle gzipped (target ≤ 500 kB).
 * The timing is taken in `report()` because the browser is driven asynchronously; rounds alternate the two sides.
 * The longest tasks are attributed with the Long Animation Frames API (the script, function and invoker of the
 * worst frame). Then a workbook of 100 000 units is assessed once in a fresh tab, with the tab's memory
 * sampled every 200 ms: the resident memory (VmRSS, Linux /proc) of the tab's renderer process, which holds the
 * page and its rules worker (target: never above 1 GiB; also its peak while the file is read and its size once
 * the results are shown), and the page's JS heap (CDP Performance.getMetrics).
 * Set ANTQ_BENCH_WEB_UNITS to run a smaller workbook, ANTQ_BENCH_WEB_BIG_UNITS for the memory run (0: skip),
 * CHROMIUM_PATH for another browser.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
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
import { writeTemplateWorkbook } from "../fixtures/template-workbook.js";
import type { BenchSuite } from "../harness.js";

const UNITS = Number(process.env.ANTQ_BENCH_WEB_UNITS ?? 20_000);
const BIG_UNITS = Number(process.env.ANTQ_BENCH_WEB_BIG_UNITS ?? 100_000);
const GIB = 2 ** 30;
const ROUNDS = 3;
const webDir = join(repoRoot, "apps/web");
const dist = join(webDir, "dist");
const work = mkdtempSync(join(tmpdir(), "antq-bench-web-"));
const xlsx = join(work, "du-lieu-20k.xlsx");
const site = join(work, "site");
const bigXlsx = join(work, "du-lieu-100k.xlsx");
const run = nodeRunner(work);
const chromiumExecutable = chromiumPath();

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (x: number) => `${x.toLocaleString("vi-VN", { maximumFractionDigits: 0 })} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} kB`;

/** The processes under `root` (Linux /proc). */
const descendants = (root: number): number[] => {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    for (const c of children.get(pid) ?? []) {
      out.push(c);
      queue.push(c);
    }
  }
  return out;
};

/** The largest resident memory (bytes) of the browser's renderer processes: the tab's, with its worker. */
const rendererRss = (browserPid: number): number => {
  let most = 0;
  for (const pid of descendants(browserPid)) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer")) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      most = Math.max(most, kb * 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return most;
};

/** Long animation frames (≥ 50 ms) of the page, with their scripts (Long Animation Frames API). */
const OBSERVE_FRAMES = `
  window.__longest = 0;
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: "longtask" });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__frames.push({
        duration: Math.round(e.duration),
        blocking: Math.round(e.blockingDuration),
        scripts: e.scripts.map((s) => ({
          duration: Math.round(s.duration),
          invoker: s.invoker,
          fn: s.sourceFunctionName,
          url: (s.sourceURL || "").replace(/^.*\\/assets\\//, ""),
          at: s.sourceCharPosition,
        })),
      });
  }).observe({ type: "long-animation-frame" });
`;
type Frame = {
  duration: number;
  blocking: number;
  scripts: { duration: number; invoker: string; fn: string; url: string; at: number }[];
};
const describeFrame = (f: Frame | undefined) =>
  f === undefined
    ? "không có khung hình dài"
    : `${ms(f.duration)} (chặn ${ms(f.blocking)}): ${
        f.scripts
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 3)
          .map((s) => `${s.invoker} → ${s.fn || "?"} ${s.url}:${s.at} ${ms(s.duration)}`)
          .join("; ") || "(không có tập lệnh: vẽ, bố cục)"
      }`;

/** The gzipped size of what index.html loads before any interaction (entry script, preloads, styles). */
const initialBundle = () => {
  const html = readFileSync(join(site, "index.html"), "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const sizes = files.map((f) => gzipSync(readFileSync(join(site, f)), { level: 9 }).length);
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
    // The input workbooks as `antq demo` writes one (@antq/sheets/xlsx buildDataWorkbook).
    const write = async (file: string, count: number) => {
      const units: AssessedUnit[] = [];
      const facts: AnnualFacts[] = [];
      for (const g of generateUnits({ seed: 138, year: 2024, communes: Math.ceil(count / 15) })) {
        if (units.length >= count) break;
        units.push(g.unit as AssessedUnit);
        facts.push(g.facts as AnnualFacts);
      }
      writeFileSync(file, await workbookBytes(buildDataWorkbook(units, facts)));
      console.log(
        `   Tệp vào: ${units.length.toLocaleString("vi-VN")} đơn vị, ${facts.length.toLocaleString("vi-VN")} dòng dữ kiện, ${(statSync(file).size / 2 ** 20).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MiB`,
      );
    };
    await write(xlsx, UNITS);
    // The 100 000-unit workbook is written by the streaming writer of the cli-xlsx suite (exceljs in memory
    // would need gigabytes here), in the same template layout.
    if (BIG_UNITS > 0) {
      const rows = await writeTemplateWorkbook(bigXlsx, BIG_UNITS, { seed: 138, year: 2024 });
      console.log(
        `   Tệp vào (bộ nhớ): ${BIG_UNITS.toLocaleString("vi-VN")} đơn vị, ${Object.values(rows)
          .reduce((a, b) => a + b, 0)
          .toLocaleString(
            "vi-VN",
          )} dòng, ${(statSync(bigXlsx).size / 2 ** 20).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MiB`,
      );
    }
    // The site is served from a copy, so that a rebuild of apps/web during the run cannot change it.
    cpSync(dist, site, { recursive: true });
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
    const { server, url } = await serveSite(site);
    const bundle = initialBundle();
    // A browser server, so that its process (and the tab's renderer under it) can be measured.
    const browserServer = await chromium.launchServer({
      executablePath: chromiumExecutable,
      args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"],
    });
    const browserPid = browserServer.process().pid as number;
    const browser = await chromium.connect(browserServer.wsEndpoint());
    const cli: number[] = [];
    const web: number[] = [];
    const longest: number[] = [];
    const heaps: number[] = [];
    const frames: Frame[] = [];
    let big:
      | { ms: number; total: string; rss: number; heap: number; readRss: number; after: number }
      | undefined;
    let bigError = "";
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
          await page.evaluate(OBSERVE_FRAMES);
          const start = performance.now();
          await page.locator('input[type="file"]').setInputFiles(xlsx);
          await page.getByRole("button", { name: "Đánh giá năm 2024" }).click({ timeout: 600_000 });
          await page.getByTestId("total").waitFor({ timeout: 600_000 });
          web.push(performance.now() - start);
          webTotal = await page.getByTestId("total").innerText();
          longest.push(Number(await page.evaluate("window.__longest")));
          frames.push(...((await page.evaluate("window.__frames")) as Frame[]));
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
      if (BIG_UNITS > 0) {
        // The memory run: one fresh tab, the renderer's memory sampled while it reads and assesses.
        const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send("Performance.enable");
        let rss = 0;
        let heap = 0;
        // The peak while the file is read (until the assess button is enabled), apart from the whole run's.
        let reading = true;
        let readRss = 0;
        const sample = async () => {
          const now = rendererRss(browserPid);
          rss = Math.max(rss, now);
          if (reading) readRss = Math.max(readRss, now);
          const { metrics } = await cdp.send("Performance.getMetrics");
          heap = Math.max(heap, metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0);
        };
        const timer = setInterval(() => void sample().catch(() => {}), 200);
        try {
          await page.goto(`${url}/`);
          const start = performance.now();
          await page.locator('input[type="file"]').setInputFiles(bigXlsx);
          const assess = page.getByRole("button", { name: "Đánh giá năm 2024" });
          // A trial click waits until the button is enabled (the file read) without clicking it.
          await assess.click({ trial: true, timeout: 1_800_000 });
          await sample();
          reading = false;
          await assess.click({ timeout: 1_800_000 });
          await page.getByTestId("total").waitFor({ timeout: 1_800_000 });
          const elapsed = performance.now() - start;
          await sample();
          big = {
            ms: elapsed,
            total: await page.getByTestId("total").innerText(),
            rss,
            heap,
            readRss,
            after: rendererRss(browserPid),
          };
        } catch (error) {
          bigError = `${error instanceof Error ? error.message.split("\n")[0] : String(error)} (bộ nhớ lớn nhất đo được ${(rss / 2 ** 20).toFixed(0)} MiB)`;
        } finally {
          clearInterval(timer);
          await page.close();
        }
      }
    } finally {
      await browser.close();
      await browserServer.close();
      server.close();
      rmSync(work, { recursive: true, force: true });
    }
    const ratio = median(web) / median(cli);
    const worstTask = Math.max(...longest);
    return {
      [`Từ lúc thả tệp đến khi có kết quả trên trang (${UNITS.toLocaleString("vi-VN")} đơn vị, trung vị ${ROUNDS} lần)`]: `${ms(median(web))} (${web.map(ms).join("; ")})`,
      "antq danh-gia cùng tệp, cùng lần chạy (tiến trình Node)": `${ms(median(cli))} (${cli.map(ms).join("; ")})`,
      "Tỷ lệ trang web / CLI": `${ratio.toLocaleString("vi-VN", { maximumFractionDigits: 2 })}× (mục tiêu ≤ 2×: ${ratio <= 2 ? "ĐẠT" : "CHƯA ĐẠT"})`,
      "Cùng tổng số": `${webTotal.includes(cliTotal.split(" ")[0] ?? "?") ? "có" : "KHÔNG"} (web: ${webTotal}; CLI: ${cliTotal})`,
      "Tác vụ dài nhất trên luồng chính": `${ms(worstTask)} (mục tiêu ≤ 200 ms: ${worstTask <= 200 ? "ĐẠT" : "CHƯA ĐẠT"})`,
      "Bộ nhớ JS của trang sau khi đánh giá (luồng chính)": `${(Math.max(...heaps) / 2 ** 20).toLocaleString("vi-VN", { maximumFractionDigits: 0 })} MiB`,
      "Khung hình dài nhất (Long Animation Frames: tập lệnh, hàm, nơi gọi)": describeFrame(
        [...frames].sort((a, b) => b.duration - a.duration)[0],
      ),
      ...(BIG_UNITS > 0
        ? {
            [`Tệp ${BIG_UNITS.toLocaleString("vi-VN")} đơn vị: bộ nhớ của thẻ (VmRSS tiến trình renderer, gồm trang và luồng quy tắc)`]:
              big === undefined
                ? `KHÔNG HOÀN THÀNH: ${bigError} (mục tiêu ≤ 1 GiB: CHƯA ĐẠT)`
                : `${(big.rss / 2 ** 20).toLocaleString("vi-VN", { maximumFractionDigits: 0 })} MiB lớn nhất (mục tiêu ≤ 1 GiB: ${big.rss <= GIB ? "ĐẠT" : "CHƯA ĐẠT"}); lớn nhất khi đọc tệp ${(big.readRss / 2 ** 20).toLocaleString("vi-VN", { maximumFractionDigits: 0 })} MiB; khi có kết quả ${(big.after / 2 ** 20).toLocaleString("vi-VN", { maximumFractionDigits: 0 })} MiB; heap JS của trang ${(big.heap / 2 ** 20).toLocaleString("vi-VN", { maximumFractionDigits: 0 })} MiB; xong sau ${ms(big.ms)}; ${big.total}`,
          }
        : {}),
      "Gói tải ban đầu (gzip)": `${kb(bundle.gzip)} — ${bundle.files.join(", ")} (mục tiêu ≤ 500 kB: ${bundle.gzip <= 500_000 ? "ĐẠT" : "CHƯA ĐẠT"})`,
    };
  },
};
