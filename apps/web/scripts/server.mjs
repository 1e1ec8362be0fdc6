/**
 * A small static server for the built site (`dist/`), loopback only, with the Content-Security-Policy and the
 * other security headers a province's host should also send. Used by `npm start -w @antq/web` and the tests.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
// The media types of the site's files: the same table as the antq server's (apps/server/src/web-site.ts).
import SITE_CONTENT_TYPES from "../../server/src/site-content-types.json" with { type: "json" };

export const CSP = [
  "default-src 'self'",
  // PGlite (the browser's record) compiles WebAssembly: 'wasm-unsafe-eval' allows that and nothing else.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {Readonly<Record<string, string>>} */
const TYPES = SITE_CONTENT_TYPES;

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves with the server and its base URL.
 * @param {string} root
 * @param {number} [port]
 */
export const serveSite = (root, port = 0) =>
  new Promise((done, fail) => {
    const base = resolve(root);
    const server = createServer(async (request, response) => {
      const headers = {
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
      };
      try {
        const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
        let file = normalize(join(base, path));
        if (file !== base && !file.startsWith(base + sep)) {
          response.writeHead(403, headers).end();
          return;
        }
        let info = await stat(file).catch(() => undefined);
        if (info?.isDirectory()) {
          file = join(file, "index.html");
          info = await stat(file).catch(() => undefined);
        }
        if (!info) {
          // The app's routes all serve the page; a missing asset is a 404.
          if (extname(path) !== "") {
            response.writeHead(404, headers).end();
            return;
          }
          file = join(base, "index.html");
        }
        const type = TYPES[extname(file)] ?? "application/octet-stream";
        const cache = file.includes(`${sep}assets${sep}`)
          ? "public, max-age=31536000, immutable"
          : "no-cache";
        response.writeHead(200, { ...headers, "Content-Type": type, "Cache-Control": cache });
        createReadStream(file).pipe(response);
      } catch {
        response.writeHead(500, headers).end();
      }
    });
    server.on("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      done({
        server,
        url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`,
      });
    });
  });
