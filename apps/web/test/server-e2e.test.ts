/**
 * The web app served by the province's antq server (the built `antq-server` on a PGlite folder, the built
 * site at `/` of the same origin), in Debian chromium. The folder holds the demo year as `antq nhap` and
 * `antq danh-gia --tu-kho --luu-kho` stored it (the server does not assess yet), so the page must show the
 * CLI's totals from the server's record. A province administrator (the server's own first-start account)
 * signs in in the page, sees those totals, downloads the province's report (its figures are the CLI's),
 * uploads the demo workbook (the CLI's units, kind by kind, on the server), reads the units back; a bad
 * workbook is refused with the server's located Vietnamese problem and nothing changes. A commune officer
 * (created through the server's API) sees only their commune, in the page and in every response, and is
 * refused another commune's data. Every request stays on the page's origin, with no CSP violation.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AssessedUnit, Dataset } from "@antq/domain";
import { buildDataWorkbook, workbookBytes } from "@antq/sheets/xlsx";
import { strFromU8, unzipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, officeContext, skipBrowserTests } from "./chromium.js";
import { CLI, cliJson } from "./demo-data.js";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const shots = fileURLToPath(new URL("../test-results", import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const serverMain = join(
  createRequire(import.meta.url).resolve("@antq/server/package.json"),
  "..",
  "dist",
  "main.js",
);

const ADMIN = { login: "quan-tri", password: "mat-khau-quan-tri-tinh-82" };
const OFFICER = { login: "can-bo-tan-phuoc", password: "mat-khau-can-bo-xa-28000" };
const OWN = "C28000";
const OTHER = "C28001";

/** Starts the built server; resolves with its URL once it listens. */
const startServer = (env: Record<string, string>) =>
  new Promise<{ child: ChildProcess; url: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [serverMain], {
      env: { ...process.env, ANTQ_DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`máy chủ không khởi động được:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /đang phục vụ tại (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.on("exit", (code) => reject(new Error(`máy chủ dừng sớm (mã ${code}):\n${output}`)));
  });

describe.skipIf(skipBrowserTests)("web app on the province's antq server", () => {
  let server: ChildProcess;
  let url: string;
  let browser: Browser;
  let xlsx: string;
  /** `antq danh-gia --tu-kho --nam <year> --luu-kho --json` on the server's folder. */
  let expected: {
    year: number;
    summary: {
      all: { total: number; passed: number; inScope: number };
      byKind: { kind: string; total: number; passed: number; inScope: number }[];
    };
  };
  let dataset: Dataset;
  const requests: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (!existsSync(join(dist, "index.html")))
      throw new Error("Cần dựng trang web trước (npx nx build @antq/web)");
    if (!existsSync(serverMain))
      throw new Error(`Cần dựng máy chủ trước (npx nx build @antq/server): ${serverMain}`);
    if (!existsSync(CLI)) throw new Error(`Cần dựng CLI trước (npx nx build @antq/cli): thiếu ${CLI}`);
    const dir = mkdtempSync(join(tmpdir(), "antq-web-server-"));
    const cli = (args: string[]) =>
      execFileSync(process.execPath, [CLI, ...args], { cwd: dir, stdio: "pipe" });
    cli(["demo", "--ra", join(dir, "demo"), "--json"]);
    xlsx = join(dir, "demo", "du-lieu-mau.xlsx");
    dataset = JSON.parse(readFileSync(join(dir, "demo", "du-lieu-mau.json"), "utf8")) as Dataset;
    const year = dataset.annualFacts?.[0]?.year ?? 0;
    const kho = join(dir, "kho");
    cli(["nhap", xlsx, "--nam", String(year), "--kho", kho]);
    expected = cliJson(
      ["danh-gia", "--tu-kho", "--nam", String(year), "--luu-kho", "--kho", kho, "--json"],
      dir,
    ) as typeof expected;
    ({ child: server, url } = await startServer({
      ANTQ_DATA_DIR: kho,
      ANTQ_HOST: "127.0.0.1",
      ANTQ_PORT: "0",
      ANTQ_PROVINCE: "P82",
      ANTQ_ADMIN_LOGIN: ADMIN.login,
      ANTQ_ADMIN_PASSWORD: ADMIN.password,
      // The page is on http://127.0.0.1 in the test; a province serves it over HTTPS with secure cookies.
      ANTQ_INSECURE_COOKIES: "1",
      ANTQ_WEB_DIR: dist,
    }));
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
  });

  const open = async (): Promise<Page> => {
    const context = await officeContext(browser, requests);
    contexts.push(context);
    const page = await context.newPage();
    page.on("console", (m) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${url}/`);
    await page.getByRole("button", { name: "Kho, báo cáo" }).click();
    await page.getByRole("heading", { name: "Đăng nhập máy chủ antq của tỉnh" }).waitFor();
    return page;
  };
  /** axe-core: no serious or critical violation; and the screen saved at the top of the page. */
  const check = async (page: Page, name: string) => {
    await page.evaluate(axeSource);
    const result = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] })`)) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
    expect(
      result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${name}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, `${name}.png`) });
  };
  const signIn = async (page: Page, who: { login: string; password: string }) => {
    await page.getByLabel("Tên đăng nhập").fill(who.login);
    await page.getByLabel("Mật khẩu").fill(who.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
  };
  const upload = async (page: Page, year: number, file: string | { name: string; buffer: Buffer }) => {
    await page.getByLabel("Năm", { exact: true }).fill(String(year));
    await page
      .locator('input[type="file"]')
      .setInputFiles(
        typeof file === "string"
          ? file
          : { name: file.name, mimeType: "application/octet-stream", buffer: file.buffer },
      );
    await page.getByRole("button", { name: "Nộp lên máy chủ" }).click();
  };
  const yearRow = (page: Page, year: number) =>
    page.locator(`[data-testid="server-years"] tr[data-year="${year}"]`);
  const totalsByKind = () => Object.fromEntries(expected.summary.byKind.map((k) => [k.kind, k.total]));
  const kind = (id: string) =>
    expected.summary.byKind.find((k) => k.kind === id) ?? { passed: 0, inScope: 0, total: 0 };
  const unitsOf = (communeId: string) =>
    dataset.units.filter((u: AssessedUnit) => u.location.communeId === communeId).map((u) => u.id);

  it("a province administrator signs in, sees antq danh-gia's totals, downloads the report, uploads the demo workbook", async () => {
    const page = await open();
    // The page says where the data goes: to this server, nowhere else.
    await page.getByText("kho dữ liệu trên máy chủ của tỉnh").waitFor({ state: "attached" });
    await page.getByText("được gửi tới máy chủ của tỉnh đã phục vụ trang này").waitFor();
    await check(page, "10-dang-nhap-may-chu");
    // The server's own answer to a wrong password, in Vietnamese.
    await signIn(page, { login: ADMIN.login, password: "sai-mat-khau" });
    await expect(page.getByRole("alert").innerText()).resolves.toBe(
      "Chưa đăng nhập: Tên đăng nhập hoặc mật khẩu không đúng.",
    );
    await signIn(page, ADMIN);
    await expect(page.getByTestId("signed-in").innerText()).resolves.toContain(
      "quan-tri — Quản trị cấp tỉnh, tỉnh P82",
    );
    const { year, summary } = expected;
    // The server's record, assessed by the CLI: the page shows antq danh-gia's totals.
    const row = yearRow(page, year);
    await row.waitFor();
    expect(Number(await row.getAttribute("data-unit-years"))).toBe(summary.all.total);
    expect(Number(await row.getAttribute("data-dat"))).toBe(summary.all.passed);
    expect(Number(await row.getAttribute("data-in-scope"))).toBe(summary.all.inScope);
    expect(await row.locator("td.ratio").innerText()).toMatch(
      new RegExp(`^${summary.all.passed}/${summary.all.inScope} \\(`),
    );
    expect(JSON.parse((await row.getAttribute("data-by-kind")) ?? "{}")).toEqual(totalsByKind());
    await check(page, "11-kho-may-chu-tinh");

    // The province's report, made by the server from its record: the CLI's figures, kind by kind.
    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải báo cáo (Word)" }).click(),
    ]);
    expect(docx.suggestedFilename()).toBe(`bao-cao-${year}.docx`);
    const text = strFromU8(
      unzipSync(readFileSync((await docx.path()) as string))["word/document.xml"] ?? new Uint8Array(),
    ).replace(/<[^>]+>/g, "");
    expect(text).toContain(`Kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${year}`);
    const areas = kind("residential-area");
    const communes = kind("commune");
    const others = ["agency", "enterprise", "education"].map(kind);
    const sum = (key: "passed" | "inScope") => others.reduce((n, k) => n + k[key], 0);
    expect(text).toContain(`toàn tỉnh có ${areas.passed}/${areas.inScope} khu dân cư đạt`);
    expect(text).toContain(
      `toàn tỉnh có ${communes.passed}/${communes.inScope} xã, phường, thị trấn, đặc khu đạt`,
    );
    expect(text).toContain(
      `toàn tỉnh có ${sum("passed")}/${sum("inScope")} cơ quan, doanh nghiệp, nhà trường đạt`,
    );
    const [annex] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải phụ lục (Excel)" }).click(),
    ]);
    expect(annex.suggestedFilename()).toBe(`bao-cao-${year}-phu-luc.xlsx`);
    expect(
      readFileSync((await annex.path()) as string)
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");

    // The officer uploads the demo workbook again: the year is replaced (its stored results with it).
    const stored = page.waitForResponse((r) => r.url().includes(`/v1/years/${year}/workbook`));
    await upload(page, year, xlsx);
    expect(await (await stored).json()).toEqual({
      year,
      mode: "province-import",
      units: summary.all.total,
      annualFacts: dataset.annualFacts?.length,
    });
    await page.getByText(`Đã lưu năm ${year} trên máy chủ: ${summary.all.total} đơn vị`).waitFor();
    await expect.poll(() => row.getAttribute("data-dat")).toBe("0");
    expect(Number(await row.getAttribute("data-unit-years"))).toBe(summary.all.total);
    expect(JSON.parse((await row.getAttribute("data-by-kind")) ?? "{}")).toEqual(totalsByKind());

    // "Đánh giá năm này trên máy chủ": the server assesses its record and stores the run, with the CLI's totals.
    const assessed = page.waitForResponse((r) => r.url().includes(`/v1/years/${year}/assessments`));
    await page.getByRole("button", { name: `Đánh giá năm ${year} trên máy chủ` }).click();
    expect((await assessed).status()).toBe(201);
    const run = page.getByTestId("server-run");
    await run.waitFor();
    expect(Number(await run.getAttribute("data-dat"))).toBe(summary.all.passed);
    expect(Number(await run.getAttribute("data-units"))).toBe(summary.all.total);
    expect(await run.locator(".total").innerText()).toContain(
      `${summary.all.passed}/${summary.all.inScope} đạt (`,
    );
    await expect.poll(() => row.getAttribute("data-dat")).toBe(String(summary.all.passed));
    await check(page, "11b-danh-gia-tren-may-chu");

    // The units read back, page after page.
    await page.getByRole("button", { name: `Xem đơn vị năm ${year}` }).click();
    await page.getByTestId("server-units").waitFor();
    expect(await page.locator('[data-testid="server-units"] tbody tr').count()).toBe(200);
    await page.getByRole("button", { name: "Xem thêm" }).click();
    await expect
      .poll(() => page.locator('[data-testid="server-units"] tbody tr').count())
      .toBe(summary.all.total);
    const listed = await page
      .locator('[data-testid="server-units"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-unit")));
    expect(listed.sort()).toEqual(dataset.units.map((u) => u.id).sort());

    // A workbook naming a unit of another province: the server's located problem, and nothing changed.
    const foreign = dataset.units.map((u, n) =>
      n === 3 ? ({ ...u, location: { ...u.location, provinceId: "P01" } } as AssessedUnit) : u,
    );
    const refused = page.waitForResponse((r) => r.url().includes(`/v1/years/${year}/workbook`));
    await upload(page, year, {
      name: "tinh-khac.xlsx",
      buffer: Buffer.from(await workbookBytes(buildDataWorkbook(foreign, dataset.annualFacts ?? []))),
    });
    const problem = (await (await refused).json()) as {
      title: string;
      issues: { sheet?: string; row?: number }[];
    };
    expect((await refused).status()).toBeGreaterThanOrEqual(400);
    const alert = page.getByTestId("server-problem");
    await alert.waitFor();
    const shown = await alert.innerText();
    expect(shown).toContain(problem.title);
    const located = problem.issues.find((i) => i.sheet !== undefined && i.row !== undefined);
    expect(located).toBeDefined();
    expect(shown).toContain(`trang tính “${located?.sheet}”, dòng ${located?.row}`);
    await page.getByRole("button", { name: `Xem đơn vị năm ${year}` }).click();
    await page.getByRole("button", { name: "Xem thêm" }).click();
    await expect
      .poll(() => page.locator('[data-testid="server-units"] tbody tr').count())
      .toBe(summary.all.total);
    await page
      .screenshot({ path: join(dist, "..", "test-results", "9-may-chu-tinh.png") })
      .catch(() => undefined);
  });

  it("a commune officer sees only their commune, in the page and in every response", async () => {
    const { year } = expected;
    // The account, created by the administrator through the server's API (same origin: CSRF passes).
    const login = await fetch(`${url}/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const created = await fetch(`${url}/v1/accounts`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: url },
      body: JSON.stringify({
        ...OFFICER,
        displayName: "Cán bộ xã Tân Phước",
        role: "commune_officer",
        communeId: OWN,
      }),
    });
    expect(created.status).toBe(201);

    const page = await open();
    const unitPages: { communeId: string | null }[][] = [];
    page.on("response", async (r) => {
      if (/\/v1\/years\/\d+\/units\?/.test(r.url()))
        unitPages.push(((await r.json()) as { units: { communeId: string | null }[] }).units);
    });
    await signIn(page, OFFICER);
    await expect(page.getByTestId("signed-in").innerText()).resolves.toContain(
      `${OFFICER.login} — Cán bộ cấp xã, xã ${OWN}, tỉnh P82`,
    );
    const own = unitsOf(OWN);
    const row = yearRow(page, year);
    await row.waitFor();
    expect(Number(await row.getAttribute("data-unit-years"))).toBe(own.length);
    await page.getByRole("button", { name: `Xem đơn vị năm ${year}` }).click();
    await page.getByTestId("server-units").waitFor();
    const listed = await page
      .locator('[data-testid="server-units"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-unit"), r.getAttribute("data-commune")]));
    expect(listed.map(([id]) => id).sort()).toEqual([...own].sort());
    expect(new Set(listed.map(([, c]) => c))).toEqual(new Set([OWN]));
    expect(unitPages.length).toBeGreaterThan(0);
    for (const units of unitPages) for (const u of units) expect(u.communeId).toBe(OWN);
    // No province report for a commune account.
    expect(await page.getByRole("button", { name: "Tải báo cáo (Word)" }).count()).toBe(0);

    // Another commune's data, asked straight from the page with the officer's session: refused.
    const other = unitsOf(OTHER)[0];
    const statuses = await page.evaluate(
      async ([y, c, u]) =>
        Promise.all(
          [
            `/v1/dashboard/outcomes?from=${y}&to=${y}&communeId=${c}`,
            `/v1/years/${y}/units/${u}`,
            `/v1/reports/docx?from=${y}&to=${y}`,
          ].map(async (path) => (await fetch(path)).status),
        ),
      [year, OTHER, other] as const,
    );
    expect(statuses[0]).toBe(403);
    expect([403, 404]).toContain(statuses[1]);
    expect(statuses[2]).toBe(403);

    // The whole province's workbook from a commune account: refused at the other communes' rows.
    await upload(page, year, xlsx);
    const alert = page.getByTestId("server-problem");
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/trang tính “[^”]+”, dòng \d+/);
    await check(page, "12-kho-may-chu-xa");

    // A commune account does not store the province's run: the page says why, and so does the server (403).
    await page.getByText("Chỉ tài khoản cấp tỉnh đánh giá và lưu kết quả").waitFor();
    const refusedRun = page.waitForResponse((r) => r.url().includes(`/v1/years/${year}/assessments`));
    await page.getByRole("button", { name: `Đánh giá năm ${year} trên máy chủ` }).click();
    expect((await refusedRun).status()).toBe(403);
    await page
      .getByTestId("server-problem")
      .filter({ hasText: "Cán bộ cấp xã không lưu kết quả đánh giá" })
      .waitFor();
    await check(page, "12b-danh-gia-xa-bi-tu-choi");

    // Signing out ends the session: the form again, and the server no longer knows the page.
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.getByRole("heading", { name: "Đăng nhập máy chủ antq của tỉnh" }).waitFor();
    expect(await page.evaluate(async () => (await fetch("/v1/me")).status)).toBe(401);
  });

  it("made every request to the page's own origin, with no CSP violation or page error", () => {
    expect(requests.length).toBeGreaterThan(10);
    const origin = new URL(url).origin;
    expect(
      requests.filter((r) => !r.startsWith(`${origin}/`) && !r.startsWith("blob:") && !r.startsWith("data:")),
    ).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
