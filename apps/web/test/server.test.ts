/** scripts/server.mjs: the headers a province's host should send, and no file outside the site. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { get, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSP, serveSite } from "../scripts/server.mjs";

let server: Server;
let url: string;
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), "antq-web-site-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>antq</title>");
  writeFileSync(join(root, "assets", "a.js"), "export {};");
  writeFileSync(join(root, "..", "bi-mat.txt"), "không được lộ");
  ({ server, url } = (await serveSite(root)) as { server: Server; url: string });
});
afterAll(() => server.close());

describe("serveSite", () => {
  it("serves the page and its assets with the CSP, and the page for the app's routes", async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toBe(CSP);
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(CSP).not.toContain("unsafe-inline");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const asset = await fetch(`${url}/assets/a.js`);
    expect(asset.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(await (await fetch(`${url}/ket-qua`)).text()).toContain("<title>antq</title>");
    expect((await fetch(`${url}/assets/khong-co.js`)).status).toBe(404);
  });

  it("never serves a file outside the site", async () => {
    // A raw request: fetch would normalise the dots away before sending.
    for (const path of ["/../bi-mat.txt", "/assets/../../bi-mat.txt", "/%2e%2e/bi-mat.txt"]) {
      const { status, body } = await new Promise<{ status: number; body: string }>((done, fail) => {
        get(`${url}${path}`, { path }, (response) => {
          let body = "";
          response.on("data", (chunk) => {
            body += chunk;
          });
          response.on("end", () => done({ status: response.statusCode ?? 0, body }));
        }).on("error", fail);
      });
      expect([403, 404], path).toContain(status);
      expect(body).not.toContain("không được lộ");
    }
  });
});
