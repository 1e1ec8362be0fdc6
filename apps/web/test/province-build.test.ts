/**
 * The province build of the site (`ANTQ_GOI_TINH`, apps/web/README.md): the site built again with the Vĩnh Long
 * example rule package and a classification package (An Giang's commune deadline), into a folder of its own,
 * then opened in Debian chromium at 1366×768 under the site's CSP. "Tra cứu quy định" lists both packages as in
 * force, the rules explorer composes the overlay in, and classifying score sheets gives `antq phan-loai --tinh`'s
 * JSON on the same package. The national build (dist/) is the other tests'; this one only adds a second
 * `vite build` (no minification, no source maps) and one page.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vinhLongOverlay as vinhLong } from "../../../packages/rules-antt/examples/overlay-vinh-long/src/index.js";
import { serveSite } from "../scripts/server.mjs";
import { seriousViolations } from "./axe.js";
import { launchChromium, officeContext, skipBrowserTests } from "./chromium.js";
import { cliFixture, cliJsonAsync } from "./demo-data.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const shots = join(root, "test-results");

/** The packages of the build, as a province names them (paths relative to apps/web). */
const PACKAGES = [
  "../../packages/rules-antt/examples/overlay-vinh-long/src/index.ts",
  "../cli/test/fixtures/phan-loai-an-giang.mjs",
];
const SCORES = cliFixture("hop-le/bang-diem-2024.json");

describe.skipIf(skipBrowserTests)("the province build (ANTQ_GOI_TINH)", { timeout: 300_000 }, () => {
  let out: string;
  let browser: Browser;
  let server: Server;
  let page: Page;
  let cli: Promise<unknown>;
  const requests: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "antq-web-tinh-"));
    cli = cliJsonAsync(
      [
        "phan-loai",
        SCORES,
        "--tinh",
        join(root, PACKAGES[1] as string),
        "--json",
        "--ra",
        join(out, "pl.xlsx"),
      ],
      out,
    );
    cli.catch(() => {});
    const { build } = await import("vite");
    const previous = process.env.ANTQ_GOI_TINH;
    process.env.ANTQ_GOI_TINH = PACKAGES.join(",");
    try {
      await build({
        root,
        configFile: join(root, "vite.config.ts"),
        logLevel: "error",
        build: { outDir: join(out, "site"), emptyOutDir: true, minify: false, reportCompressedSize: false },
      });
    } finally {
      if (previous === undefined) delete process.env.ANTQ_GOI_TINH;
      else process.env.ANTQ_GOI_TINH = previous;
    }
    mkdirSync(shots, { recursive: true });
    let url: string;
    ({ server, url } = (await serveSite(join(out, "site"))) as { server: Server; url: string });
    browser = await launchChromium();
    const context = await officeContext(browser, requests);
    page = await context.newPage();
    page.on("console", (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(`${url}/`);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const axe = async (name: string) => expect(await seriousViolations(page, name)).toEqual([]);

  it("bundles the packages into the rules worker", () => {
    const assets = readdirSync(join(out, "site", "assets")).filter((f) => f.endsWith(".js"));
    const holding = (text: string) =>
      assets.filter((f) => readFileSync(join(out, "site", "assets", f), "utf8").includes(text));
    expect(holding(vinhLong.id)).not.toEqual([]);
    expect(holding("tinh-an-giang.qd510")).not.toEqual([]);
  });

  it("lists the packages in force in Tra cứu quy định, the overlay composed into the rules", async () => {
    await page.getByRole("button", { name: "Tra cứu quy định" }).click();
    const province = page.getByTestId("province");
    await province.locator(`[data-overlay="${vinhLong.id}"]`).waitFor();
    expect(await province.innerText()).toContain("Bản web này được dựng kèm gói quy định của tỉnh");
    expect(await province.innerText()).toContain(vinhLong.label);
    await page.getByRole("heading", { name: /^Tiêu chí \(\d+\)$/ }).waitFor();
    expect(await page.locator("main").innerText()).toContain(
      `Gói quy định của tỉnh đang áp dụng: ${vinhLong.label}`,
    );
    const cycle = page.getByTestId("cycle-in-force");
    await cycle.waitFor();
    expect(await cycle.innerText()).toContain(
      "Phân loại phong trào: cấu hình của tỉnh — Thời hạn báo cáo phân loại phong trào của tỉnh An Giang (@antq/criteria-an-giang 1.0.0)",
    );
    await page.getByTestId("cycle-settings").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, "5c-goi-tinh.png") });
    await axe("Tra cứu quy định (bản của tỉnh)");
  });

  it("classifies with the province's package as antq phan-loai --tinh does", async () => {
    await page.getByRole("button", { name: "Phân loại", exact: true }).click();
    expect(await page.getByTestId("classification-config").innerText()).toContain("cấu hình của tỉnh");
    await page.locator('input[type="file"]').first().setInputFiles(SCORES);
    await page.getByTestId("classification-total").waitFor();
    expect(await page.getByTestId("classification-result-config").innerText()).toContain(
      "Phân loại theo: cấu hình của tỉnh — Thời hạn báo cáo phân loại phong trào của tỉnh An Giang",
    );
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải kết quả phân loại (JSON)" }).click(),
    ]);
    const mine = JSON.parse(readFileSync((await download.path()) as string, "utf8")) as {
      overlays: { source: string }[];
    };
    const theirs = (await cli) as typeof mine;
    // The package is named as each was given it: the CLI's path, the build's ANTQ_GOI_TINH entry.
    expect(mine.overlays.map((o) => o.source)).toEqual([PACKAGES[1]]);
    const unsourced = (d: typeof mine) => ({ ...d, overlays: d.overlays.map((o) => ({ ...o, source: "" })) });
    expect(unsourced(mine)).toEqual(unsourced(theirs));
    await page.screenshot({ path: join(shots, "8b-phan-loai-goi-tinh.png") });
    await axe("Phân loại (bản của tỉnh)");
  });

  it("made no request to another origin and broke no CSP rule", () => {
    const origin = new URL(page.url()).origin;
    expect(
      requests.filter((r) => !r.startsWith(origin) && !r.startsWith("blob:") && !r.startsWith("data:")),
    ).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
