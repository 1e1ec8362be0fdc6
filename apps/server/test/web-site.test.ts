/**
 * The web app served by the server on its own origin (src/web-site.ts): the page and its assets with the
 * page's CSP, the app's routes answered with the page, the API paths untouched (their own CSP and problems),
 * and no file outside the site, whatever the path.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { findWebRoot, pagePolicy } from "../src/web-site.js";

const root = mkdtempSync(join(tmpdir(), "antq-server-web-"));
const site = join(root, "site");
mkdirSync(join(site, "assets"), { recursive: true });
const PAGE_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
writeFileSync(
  join(site, "index.html"),
  `<!doctype html><html lang="vi"><head><meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" /><title>antq trên máy chủ</title></head></html>`,
);
writeFileSync(join(site, "assets", "app-1a2b.js"), "export const a = 1;");
writeFileSync(join(site, "assets", "pglite.wasm"), new Uint8Array([0, 97, 115, 109]));
writeFileSync(join(root, "bi-mat.txt"), "không được lộ");

const app = createApp({ webRoot: site });
let server: ReturnType<typeof serve>;
let port = 0;
beforeAll(
  () =>
    new Promise<void>((done) => {
      server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
        port = info.port;
        done();
      });
    }),
);
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** A raw request: fetch would normalise dot segments away before sending them. */
const raw = (path: string, method = "GET") =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", fail);
    req.end();
  });

describe("the web app on the server's origin", () => {
  it("serves the page at / and at the app's routes, with the page's CSP", async () => {
    for (const path of ["/", "/ket-qua", "/index.html"]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("content-security-policy")).toBe(`${PAGE_CSP}; frame-ancestors 'none'`);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await response.text()).toContain("antq trên máy chủ");
    }
  });

  it("sends the policy the page declares, with frame-ancestors; a page without one gets a strict one", () => {
    const built = readFileSync(fileURLToPath(new URL("../../web/index.html", import.meta.url)), "utf8");
    const policy = pagePolicy(built);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy.endsWith("; frame-ancestors 'none'")).toBe(true);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    expect(pagePolicy("<!doctype html><title>x</title>")).toBe(
      "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it("serves assets with their type and a long cache; a missing asset is the API's 404 problem", async () => {
    const js = await app.request("/assets/app-1a2b.js");
    expect(js.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(js.headers.get("cache-control")).toContain("immutable");
    expect(await js.text()).toBe("export const a = 1;");
    const wasm = await app.request("/assets/pglite.wasm");
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
    const head = await app.request("/assets/app-1a2b.js", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("19");
    const missing = await app.request("/assets/khong-co.js");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  it("leaves the API alone: /v1, /openapi.json and /docs answer as before, with the API's CSP", async () => {
    const rules = await app.request("/v1/rulesets");
    expect(rules.status).toBe(200);
    expect(rules.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect((await app.request("/openapi.json")).status).toBe(200);
    const docs = await app.request("/docs");
    expect(await docs.text()).not.toContain("antq trên máy chủ");
    const unknown = await app.request("/v1/khong-co");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    // Not a file either: a POST to the page's path is the API's.
    expect((await app.request("/", { method: "POST" })).status).toBe(404);
  });

  it("never serves a file outside the site", async () => {
    for (const path of [
      "/../bi-mat.txt",
      "/assets/../../bi-mat.txt",
      "/%2e%2e/bi-mat.txt",
      "/%2e%2e%2fbi-mat.txt",
    ]) {
      const { status, body } = await raw(path);
      expect(body, path).not.toContain("không được lộ");
      expect([403, 404], path).toContain(status);
    }
    expect((await raw("/%E0%A4%A")).status).toBe(400);
  });

  it("finds the site: ANTQ_WEB_DIR when it holds a built page, nothing when it does not", async () => {
    expect(await findWebRoot(site)).toBe(site);
    expect(await findWebRoot(root)).toBeUndefined();
    // Without a setting, the installed @antq/web's dist/ is used only once it is built.
    const found = await findWebRoot(undefined);
    if (found !== undefined) expect(found).toMatch(/web[\\/]dist$/);
  });
});

describe("the server without a web app", () => {
  it("keeps / as the way to the API's documentation", async () => {
    const response = await createApp().request("/");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/docs");
  });
});
