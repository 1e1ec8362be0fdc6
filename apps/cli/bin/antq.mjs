#!/usr/bin/env node
// The `antq` command: starts the built launcher (dist/main.js). In a fresh clone the build is made by `npm ci`
// (the root `prepare` script); if it is missing, say how to make it instead of failing with a stack trace.
import { existsSync } from "node:fs";

const launcher = new URL("../dist/main.js", import.meta.url);
if (!existsSync(launcher)) {
  process.stderr.write(
    "Lỗi: lệnh antq chưa được dựng (thiếu apps/cli/dist). Chạy `npm run build` (hoặc `npm ci`) ở thư mục gốc của kho mã rồi thử lại.\n",
  );
  process.exit(1);
}
await import(launcher.href);
