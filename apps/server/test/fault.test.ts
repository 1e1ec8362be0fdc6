/**
 * Fault test (opt-in, it restarts the PostgreSQL server): ANTQ_FAULT_PG="<pg_ctl>|<data dir>|<url>", and when
 * run as root ANTQ_FAULT_PG_USER=postgres. Requests in flight while PostgreSQL restarts get 503 problems (or
 * succeed), the server recovers by itself, and an upload running across the restart is applied whole or not
 * at all.
 */
import { execFileSync } from "node:child_process";
import type { Dataset } from "@antq/domain";
import { importYear, migrate } from "@antq/store";
import { postgresDriver } from "@antq/store/node";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { hashPassword } from "../src/auth.js";
import { sampleDataset, testApp } from "./support.js";

const spec = process.env.ANTQ_FAULT_PG ?? "";
const [pgCtl, dataDir, url] = spec.split("|");

describe.skipIf(spec === "")("PostgreSQL restarts during requests", () => {
  it("answers 503 while it is down, recovers, and applies an upload whole or not at all", async () => {
    const name = `antq_fault_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(url as string);
    u.pathname = `/${name}`;
    const driver = await postgresDriver(u.toString());
    await migrate(driver);
    await importYear(driver, sampleDataset() as unknown as Dataset, { year: 2024, importedBy: "test" });
    await driver.query(
      "insert into account (login, display_name, password_hash, role, province_id) values ('admin.p82', 'A', $1, 'province_admin', 'P82')",
      [await hashPassword("mật khẩu đủ dài 2024")],
    );
    const app = testApp({ data: { driver, secureCookies: false } });
    const login = await app.request("/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: "admin.p82", password: "mật khẩu đủ dài 2024" }),
    });
    const cookie = `antq_session=${/antq_session=([^;]+)/.exec(login.headers.get("set-cookie") ?? "")?.[1]}`;
    const headers = { cookie, origin: "http://localhost", "content-type": "application/json" };
    const smaller = sampleDataset();
    smaller.units = smaller.units.filter((x) => x.id !== "kdc-ap-binh-an");
    smaller.annualFacts = smaller.annualFacts.filter((f) => f.unitId !== "kdc-ap-binh-an");

    const statuses: number[] = [];
    let running = true;
    const reader = (async () => {
      while (running) {
        const r = await app.request("/v1/years/2024/units", { headers });
        statuses.push(r.status);
        if (r.status !== 200) expect(((await r.json()) as { code: string }).code).toBe("UNAVAILABLE");
      }
    })();
    const upload = app.request("/v1/years/2024/dataset?replace=true", {
      method: "POST",
      headers,
      body: JSON.stringify(smaller),
    });
    const asUser = process.env.ANTQ_FAULT_PG_USER;
    const restart = [pgCtl as string, "-D", dataDir as string, "-m", "fast", "-w", "restart"];
    if (asUser) execFileSync("runuser", ["-u", asUser, "--", ...restart], { stdio: "ignore" });
    else execFileSync(restart[0] as string, restart.slice(1), { stdio: "ignore" });
    const uploaded = await upload;
    expect([201, 503]).toContain(uploaded.status);
    // Recovery: requests succeed again without restarting the server.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const r = await app.request("/v1/years/2024/units", { headers });
      if (r.status === 200) break;
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    running = false;
    await reader;
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    const [units] = await driver.query("select count(*)::int as n from unit_year where year = 2024");
    const [audits] = await driver.query("select count(*)::int as n from audit_log where entity = 'year'");
    // Whole or nothing: the smaller year and its audit entry, or the old year and no entry.
    expect([
      [7, 1],
      [8, 0],
    ]).toContainEqual([Number(units?.n), Number(audits?.n)]);
    expect(uploaded.status === 201 ? [7, 1] : [8, 0]).toEqual([Number(units?.n), Number(audits?.n)]);
    console.log(
      `fault: ${statuses.length} reads (${statuses.filter((s) => s === 503).length} × 503), upload ${uploaded.status}`,
    );
    await driver.close();
  }, 120_000);
});
