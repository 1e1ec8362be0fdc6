/**
 * `antq-server` / `npm run serve`: starts the HTTP API on loopback (ANTQ_HOST, ANTQ_PORT, default
 * 127.0.0.1:8787). Province overlays are loaded from the module specifiers in ANTQ_OVERLAYS (comma-separated
 * package names or paths); requests select them by id.
 */

import type { Overlay } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { RuleCatalog } from "./catalog.js";
import { loadOverlayModules } from "./overlays.js";

declare const __ANTQ_SERVER_VERSION__: string;

const main = async () => {
  const specifiers = (process.env.ANTQ_OVERLAYS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  let overlays: Overlay<SecurityOrderInput>[];
  try {
    overlays = await loadOverlayModules(specifiers);
  } catch (error) {
    console.error(`antq-server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const app = createApp({
    catalog: new RuleCatalog(overlays),
    version: typeof __ANTQ_SERVER_VERSION__ === "string" ? __ANTQ_SERVER_VERSION__ : "0.0.0",
  });
  const hostname = process.env.ANTQ_HOST ?? "127.0.0.1";
  const port = Number(process.env.ANTQ_PORT ?? 8787);
  const server = serve({ fetch: app.fetch, hostname, port }, (info) => {
    console.log(
      `antq-server: đang phục vụ tại http://${hostname}:${info.port} (tài liệu: /docs, OpenAPI: /openapi.json)`,
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
};

await main();
