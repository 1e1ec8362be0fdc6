/** `npm start -w @antq/web`: serves the built site (run `npx nx build @antq/web` first). */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serveSite } from "./server.mjs";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
if (!existsSync(`${dist}index.html`)) {
  console.error("Chưa dựng trang web: chạy `npx nx build @antq/web` trước.");
  process.exit(2);
}
const { url } = await serveSite(dist, Number(process.env.PORT ?? 4173));
console.log(`antq trên trình duyệt: ${url}/ (Ctrl+C để dừng)`);
