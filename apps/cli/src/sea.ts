/**
 * Entry of the single-file executable (tools/scripts/build-sea.mjs, Node's single executable applications):
 * the program runs in this process, without the launcher's child process (a single executable cannot start its
 * own script with Node flags) and without worker threads (there is no worker file next to it); large CSV files
 * are read in one thread. Province packages given by path (`--tinh`) cannot be loaded by a single executable.
 * Chart PNGs of `bao-cao` are drawn by resvg compiled to WebAssembly (./sea-resvg.ts), compiled before the
 * program starts.
 */
import { initSeaResvg } from "./sea-resvg.js";

process.env.ANTQ_SO_LUONG ??= "1";
// Bundled dependencies (exceljs) use APIs Node calls deprecated; an officer cannot act on such warnings.
process.noDeprecation = true;
initSeaResvg().then(
  () => import("./cli.js"),
  (error: unknown) => {
    process.stderr.write(`Không khởi động được bộ vẽ biểu đồ của tệp chạy: ${String(error)}\n`);
    process.exit(1);
  },
);
