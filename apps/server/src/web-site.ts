/**
 * The browser app served by the server itself, at `/` on the API's own origin: the page, its scripts, its
 * worker and its WebAssembly all come from here, so the page's CSP (`default-src 'self'`, `connect-src
 * 'self'`) holds, the session cookie (SameSite=Strict) goes with the page's requests and the CSRF check
 * (`Origin` is the server's) passes. The API paths (`/v1/…`, `/openapi.json`, `/docs`) are never files.
 */
import { createReadStream, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { extname, join, normalize, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import type { MiddlewareHandler } from "hono";
import SITE_CONTENT_TYPES from "./site-content-types.json" with { type: "json" };

/** The policy sent when the page declares none (a page of antq always does, in a meta tag). */
const FALLBACK_CSP = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/**
 * The page's Content-Security-Policy as a header: the policy its own `index.html` declares in its meta tag
 * (the web app's, with PGlite's `'wasm-unsafe-eval'`), so the two cannot drift apart, plus what a meta tag
 * cannot say (`frame-ancestors 'none'`).
 */
export const pagePolicy = (html: string): string => {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
  const policy = (meta ?? FALLBACK_CSP).trim().replace(/;\s*$/, "");
  return /frame-ancestors/.test(policy) ? policy : `${policy}; frame-ancestors 'none'`;
};

/**
 * The media type of each file of the site by extension; one table for this server and the web app's own static
 * server (`apps/web/scripts/server.mjs`), so a province's host and the tests serve the same types.
 */
const TYPES: Readonly<Record<string, string>> = SITE_CONTENT_TYPES;

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

/** Paths that belong to the API, never to the site. */
const isApiPath = (path: string) =>
  path.startsWith("/v1/") || path === "/v1" || path === "/openapi.json" || path === "/docs";

/**
 * The built web app's folder: `ANTQ_WEB_DIR` if set, else `@antq/web`'s `dist/` when that package is
 * installed beside the server and built; undefined when neither (then the server is the API only).
 */
export const findWebRoot = async (configured: string | undefined): Promise<string | undefined> => {
  const candidates: string[] = [];
  if (configured !== undefined && configured !== "") candidates.push(resolve(configured));
  else
    try {
      const manifest = createRequire(import.meta.url).resolve("@antq/web/package.json");
      candidates.push(join(manifest, "..", "dist"));
    } catch {
      // not installed: API only
    }
  for (const root of candidates) {
    const index = await stat(join(root, "index.html")).catch(() => undefined);
    if (index?.isFile()) return root;
  }
  return undefined;
};

/**
 * Serves the files of `root` for GET and HEAD outside the API paths: a file that exists, else the page
 * (`index.html`) for an app route (no extension), else a 404; never a file outside `root`.
 */
export const webSite = (root: string): MiddlewareHandler => {
  const base = resolve(root);
  const HEADERS = {
    "content-security-policy": pagePolicy(readFileSync(join(base, "index.html"), "utf8")),
    ...SECURITY_HEADERS,
  };
  return async (c, next) => {
    const method = c.req.method;
    if ((method !== "GET" && method !== "HEAD") || isApiPath(c.req.path)) return next();
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.body(null, 400, HEADERS);
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return c.body(null, 403, HEADERS);
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, "index.html");
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) {
      if (extname(path) !== "") return next();
      file = join(base, "index.html");
      info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return next();
    }
    const headers = {
      ...HEADERS,
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": String(info.size),
      "cache-control": file.includes(`${sep}assets${sep}`)
        ? "public, max-age=31536000, immutable"
        : "no-cache",
    };
    if (method === "HEAD") return c.body(null, 200, headers);
    const stream = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    return c.body(stream, 200, headers);
  };
};
