import { existsSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
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

export default defineConfig({
  resolve: { conditions, alias: { "@chart-fonts": chartFonts } },
  server: { fs: { allow: ["../..", chartFonts] } },
  // PGlite ships its WebAssembly and data files beside its module (pglite docs, bundler support).
  optimizeDeps: { exclude: ["@electric-sql/pglite"] },
  worker: { format: "es", rollupOptions: { output: { entryFileNames: "assets/[name]-[hash].js" } } },
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 2000 },
  plugins: [
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
