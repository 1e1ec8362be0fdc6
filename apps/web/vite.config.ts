import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

// Workspace packages resolve to their TypeScript source (the `@antq/source` condition), as in the tests.
const conditions = ["@antq/source", ...defaultClientConditions];

// The report's chart font (Liberation Serif, SIL OFL 1.1), from Debian's fonts-liberation2 as `antq bao-cao`
// and the single executable use it: copied into the site as assets, so charts are drawn alike everywhere.
const chartFonts = "/usr/share/fonts/truetype/liberation2";
if (!existsSync(`${chartFonts}/LiberationSerif-Regular.ttf`))
  throw new Error(
    `Thiếu phông chữ biểu đồ trong ${chartFonts}: cài bằng "apt-get install fonts-liberation2" rồi dựng lại.`,
  );

/**
 * Province rule packages built into the site: `ANTQ_GOI_TINH` names them (comma-separated npm package names, or
 * module paths relative to apps/web), e.g.
 *   ANTQ_GOI_TINH=../../packages/rules-antt/examples/overlay-vinh-long/src/index.ts npx nx build @antq/web
 * The page's CSP runs only the site's own scripts, so a province's package cannot be loaded at run time; a
 * province builds and hosts its own site with it (every package of the build is in force, see the README).
 * Without it (the release artefact) the site holds the national rules only.
 */
const provincePackages = (process.env.ANTQ_GOI_TINH ?? "")
  .split(",")
  .map((s) => s.trim())
  .filter((s) => s !== "");
const VIRTUAL = "virtual:antq/goi-tinh";
const here = fileURLToPath(new URL(".", import.meta.url));
const provincePackagesPlugin = (): Plugin => ({
  name: "antq-goi-tinh",
  resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
  load: (id) => {
    if (id !== `\0${VIRTUAL}`) return undefined;
    const target = (s: string) => (s.startsWith(".") || isAbsolute(s) ? resolve(here, s) : s);
    return [
      ...provincePackages.map((s, i) => `import * as m${i} from ${JSON.stringify(target(s))};`),
      `export const packages = [${provincePackages
        .map((s, i) => `{ specifier: ${JSON.stringify(s)}, module: m${i} }`)
        .join(", ")}];`,
    ].join("\n");
  },
});

export default defineConfig({
  // The page says which province packages its build holds ("Tra cứu quy định").
  define: { "import.meta.env.ANTQ_GOI_TINH": JSON.stringify(provincePackages.join(",")) },
  resolve: { conditions, alias: { "@chart-fonts": chartFonts } },
  server: { fs: { allow: ["../..", chartFonts] } },
  // PGlite ships its WebAssembly and data files beside its module (pglite docs, bundler support).
  optimizeDeps: { exclude: ["@electric-sql/pglite"] },
  worker: {
    format: "es",
    // The rules worker imports the province packages (./src/worker.ts); worker bundles have their own plugins.
    plugins: () => [provincePackagesPlugin()],
    rollupOptions: { output: { entryFileNames: "assets/[name]-[hash].js" } },
  },
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 2000 },
  plugins: [
    provincePackagesPlugin(),
    react(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: false,
      manifest: {
        name: "antq — Đánh giá An toàn về an ninh, trật tự",
        short_name: "antq",
        lang: "vi",
        description:
          "Đánh giá tiêu chuẩn “An toàn về an ninh, trật tự” ngay trên máy, không gửi dữ liệu đi đâu.",
        start_url: "/",
        display: "standalone",
        background_color: "#f6f7f9",
        theme_color: "#9b1c1c",
        icons: [{ src: "/favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,webmanifest,wasm,data,ttf}"],
        maximumFileSizeToCacheInBytes: 24 * 1024 * 1024,
        navigateFallback: "/index.html",
        // Served by an antq server, these are the API and its documentation, never the app's page.
        navigateFallbackDenylist: [/^\/v1\//, /^\/docs$/, /^\/openapi\.json$/],
      },
    }),
  ],
});
