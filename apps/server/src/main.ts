/**
 * `antq-server` / `npm run serve`: the HTTP API on loopback (ANTQ_HOST, ANTQ_PORT; default 127.0.0.1:8787).
 *
 * - Store: `ANTQ_DATABASE_URL=postgres://…` (a real PostgreSQL), else an embedded PGlite in ANTQ_DATA_DIR
 *   (default ~/.antq-server) for a try-out.
 * - First start: a province administrator is created (ANTQ_PROVINCE, ANTQ_ADMIN_LOGIN, ANTQ_ADMIN_PASSWORD;
 *   without a password one is generated and printed once).
 * - Province overlays: module specifiers in ANTQ_OVERLAYS (comma-separated); requests select them by id.
 * - The web app at `/` on the same origin: ANTQ_WEB_DIR, else the built `@antq/web` when it is installed.
 * - Rate limits: ANTQ_RATE_PER_ADDRESS and ANTQ_RATE_PER_CREDENTIAL as `requests/seconds` (default 3000/10
 *   and 300/10), `0` for none.
 */
import { randomBytes } from "node:crypto";
import { homedir } from "node:os";
import { join } from "node:path";
import { openStore } from "@antq/store/node";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { RuleCatalog } from "./catalog.js";
import { loadOverlayModules } from "./overlays.js";
import { DEFAULT_RATE_LIMITS, parseRateLimit } from "./rate-limit.js";
import { ensureAdmin } from "./routes/accounts.js";
import { findWebRoot } from "./web-site.js";

declare const __ANTQ_SERVER_VERSION__: string;

const env = process.env;
const fail = (message: string): never => {
  console.error(`antq-server: ${message}`);
  process.exit(2);
};

const main = async () => {
  const specifiers = (env.ANTQ_OVERLAYS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const overlays = await loadOverlayModules(specifiers).catch((e: Error) => fail(e.message));
  const location = env.ANTQ_DATABASE_URL || env.ANTQ_DATA_DIR || join(homedir(), ".antq-server");
  const store = await openStore(location).catch((e: Error) => fail(e.message));
  const data = {
    driver: store.driver,
    origin: env.ANTQ_PUBLIC_ORIGIN || undefined,
    secureCookies: env.ANTQ_INSECURE_COOKIES !== "1",
  };
  const province = env.ANTQ_PROVINCE || "P82";
  const login = env.ANTQ_ADMIN_LOGIN || "quan-tri";
  const password = env.ANTQ_ADMIN_PASSWORD || randomBytes(12).toString("base64url");
  if (await ensureAdmin(data, { login, password, provinceId: province })) {
    console.log(
      `antq-server: đã tạo tài khoản quản trị cấp tỉnh "${login}" (tỉnh ${province})${env.ANTQ_ADMIN_PASSWORD ? "" : `, mật khẩu: ${password} (chỉ hiện lần này)`}`,
    );
  }
  const limits = (() => {
    try {
      return {
        perAddress: parseRateLimit(
          env.ANTQ_RATE_PER_ADDRESS,
          DEFAULT_RATE_LIMITS.perAddress,
          "ANTQ_RATE_PER_ADDRESS",
        ),
        perCredential: parseRateLimit(
          env.ANTQ_RATE_PER_CREDENTIAL,
          DEFAULT_RATE_LIMITS.perCredential,
          "ANTQ_RATE_PER_CREDENTIAL",
        ),
      };
    } catch (error) {
      return fail((error as Error).message);
    }
  })();
  const webRoot = await findWebRoot(env.ANTQ_WEB_DIR);
  if (env.ANTQ_WEB_DIR && webRoot === undefined)
    fail(`ANTQ_WEB_DIR=${env.ANTQ_WEB_DIR}: không có trang web đã dựng (index.html) trong thư mục này.`);
  const app = createApp({
    ...(webRoot === undefined ? {} : { webRoot }),
    catalog: new RuleCatalog(overlays),
    rateLimits: limits,
    data,
    version: typeof __ANTQ_SERVER_VERSION__ === "string" ? __ANTQ_SERVER_VERSION__ : "0.0.0",
  });
  const hostname = env.ANTQ_HOST || "127.0.0.1";
  const port = Number(env.ANTQ_PORT || 8787);
  const server = serve({ fetch: app.fetch, hostname, port }, (info) => {
    console.log(
      `antq-server: đang phục vụ tại http://${hostname}:${info.port} — kho ${store.engine} ${store.displayLocation}; ${webRoot === undefined ? "chưa có trang web (dựng: npx nx build @antq/web); " : "trang web: /; "}tài liệu: /docs, OpenAPI: /openapi.json`,
    );
  });
  // Keep-alive connections outlive a client's pause between two requests (Node's default is 5 s, which made
  // a client reuse a socket at the moment the server closed it: ECONNRESET). Behind a proxy, keep its idle
  // timeout below this one.
  if ("keepAliveTimeout" in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  let stopping = false;
  const stop = () => {
    // Ctrl+C reaches both `antq phuc-vu` and this process, and the CLI passes it on: stop once.
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void store.close().finally(() => process.exit(0));
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
};

await main();
