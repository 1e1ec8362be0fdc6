/**
 * The `antq` command end to end on Excel input (apps/cli, issue 7: "100,000-row xlsx reported the same way"
 * as the 1 000 000-row CSV): assessing a workbook of 100 000 units in the template layout (unit sheets,
 * "Dữ kiện năm" and the list sheets, generated with @antq/datagen, seed 138) against a plain xlsx
 * pass-through of the same file in the same run — exceljs' streaming WorkbookReader reading every row of
 * every sheet and its streaming WorkbookWriter writing them to another file — and the peak resident memory of
 * the assess run against 1 GiB. Both sides are separate Node processes, as a user runs them.
 * Set ANTQ_BENCH_XLSX_UNITS to run a smaller workbook.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  antqBinary as antq,
  cliDir,
  ensureCliBuilt,
  formatMib,
  nodeRunner,
  peakRssLine,
} from "../cli-process.js";
import { writeTemplateWorkbook } from "../fixtures/template-workbook.js";
import type { BenchSuite } from "../harness.js";

const sheetsDir = join(cliDir, "../../packages/sheets");
const UNITS = Number(process.env.ANTQ_BENCH_XLSX_UNITS ?? 100_000);
const work = mkdtempSync(join(tmpdir(), "antq-bench-cli-xlsx-"));
const xlsx = join(work, "du-lieu-lon.xlsx");
let sheetRows: Record<string, number> = {};
const totalRows = () => Object.values(sheetRows).reduce((a, b) => a + b, 0);

const run = nodeRunner(work);

/**
 * The baseline: exceljs' streaming reader over every row of every sheet, each row written again with the
 * streaming writer; prints the rows copied and its own peak RSS.
 */
const PASS_THROUGH = `
const { createRequire } = require("node:module");
const ExcelJS = createRequire(${JSON.stringify(join(cliDir, "package.json"))})("exceljs");
const [input, output] = process.argv.slice(1);
(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "emit",
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output, useSharedStrings: true, useStyles: true });
  let rows = 0;
  for await (const sheet of reader) {
    const out = writer.addWorksheet(sheet.name);
    for await (const row of sheet) {
      out.addRow(row.values).commit();
      rows++;
    }
    out.commit();
  }
  await writer.commit();
  process.stdout.write("rows=" + rows + "\\n");
  process.stderr.write("max-rss-kib=" + process.resourceUsage().maxRSS + "\\n");
})().catch((error) => { console.error(error); process.exit(1); });
`;

/**
 * The browser path of @antq/sheets/xlsx (issue 12), run in Node: the whole workbook as one ArrayBuffer, read
 * by the package's reader into a DatasetBuilder (every row converted and validated); prints the units read.
 */
const PACKAGE_READ = `
const { readFileSync } = await import("node:fs");
const { pathToFileURL } = await import("node:url");
const [input] = process.argv.slice(1);
const { DatasetBuilder } = await import(pathToFileURL(${JSON.stringify(join(sheetsDir, "dist/index.js"))}).href);
const { readXlsxInto } = await import(pathToFileURL(${JSON.stringify(join(sheetsDir, "dist/xlsx/index.js"))}).href);
const bytes = readFileSync(input);
const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
const builder = new DatasetBuilder();
await readXlsxInto(builder, buffer, { file: input });
const dataset = builder.finish();
process.stdout.write("units=" + dataset.units.length + " facts=" + dataset.facts.length + "\\n");
process.stderr.write("max-rss-kib=" + process.resourceUsage().maxRSS + "\\n");
`;

/** exceljs' public streaming WorkbookReader reading every row of every sheet, nothing else. */
const EXCELJS_READ = `
const { createRequire } = require("node:module");
const ExcelJS = createRequire(${JSON.stringify(join(cliDir, "package.json"))})("exceljs");
const [input] = process.argv.slice(1);
(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "emit",
  });
  let rows = 0;
  for await (const sheet of reader) for await (const row of sheet) if (row.values.length > 0) rows++;
  process.stdout.write("rows=" + rows + "\\n");
  process.stderr.write("max-rss-kib=" + process.resourceUsage().maxRSS + "\\n");
})().catch((error) => { console.error(error); process.exit(1); });
`;

const assessArgs = [antq, "danh-gia", xlsx, "--nam", "2024", "--ra", join(work, "ket-qua.xlsx")];
const packageReadArgs = ["--input-type=module", "-e", PACKAGE_READ, xlsx];
const exceljsReadArgs = ["-e", EXCELJS_READ, xlsx];
const copyArgs = ["-e", PASS_THROUGH, xlsx, join(work, "chep.xlsx")];

const mib = (kib: string | undefined) => Number(kib ?? Number.NaN) / 1024;

export const suite: BenchSuite = {
  name: "cli-xlsx",
  async setup() {
    ensureCliBuilt();
    sheetRows = await writeTemplateWorkbook(xlsx, UNITS, { seed: 138, year: 2024 });
    const size = statSync(xlsx).size / (1024 * 1024);
    console.log(
      `   Tệp vào: ${UNITS.toLocaleString("vi-VN")} đơn vị, ${totalRows().toLocaleString("vi-VN")} dòng dữ liệu trên ${Object.keys(sheetRows).length} trang, ${size.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MiB`,
    );
  },
  comparisons: () => [
    {
      title: `danh-gia ${UNITS.toLocaleString("vi-VN")} đơn vị Excel (mẫu nhập liệu, ${totalRows().toLocaleString("vi-VN")} dòng) so với đọc-ghi xlsx thuần (exceljs streaming)`,
      subject: { name: "antq danh-gia", run: () => run(assessArgs) },
      baseline: { name: "exceljs WorkbookReader → WorkbookWriter", run: () => run(copyArgs) },
      // Assessing adds validation, the rules, the commune roll-up and the result files to reading the rows.
      // Issue 12's target: at least as fast as the pass-through (1,0×), ≤ 512 MiB peak RSS.
      minSpeedup: 1,
      itemsPerRun: totalRows(),
      iterations: 1,
      // Each run is a separate process of about a minute: three alternating rounds, no warm-up.
      rounds: 3,
      warmUp: false,
      crossCheck: () => {
        const { stdout } = run(assessArgs);
        if (!stdout.includes("Tổng cộng:")) throw new Error("antq danh-gia không in tổng hợp");
        const copied = Number(/rows=(\d+)/.exec(run(copyArgs).stdout)?.[1]);
        // Every data row plus one header row per sheet.
        if (copied !== totalRows() + Object.keys(sheetRows).length + 1) {
          throw new Error(
            `Đọc-ghi xlsx thuần chép ${copied} dòng, cần ${totalRows()} dòng dữ liệu và tiêu đề`,
          );
        }
      },
    },
    {
      title: `Đọc ${UNITS.toLocaleString("vi-VN")} đơn vị Excel từ ArrayBuffer bằng @antq/sheets/xlsx (đường trình duyệt, chạy trong Node) so với chỉ đọc bằng exceljs WorkbookReader`,
      subject: {
        name: "@antq/sheets/xlsx readXlsxInto (ArrayBuffer → DatasetBuilder)",
        run: () => run(packageReadArgs),
      },
      baseline: { name: "exceljs WorkbookReader (chỉ đọc các dòng)", run: () => run(exceljsReadArgs) },
      // The package's reader also converts and validates every row (the dataset), the baseline only parses.
      minSpeedup: 1,
      itemsPerRun: totalRows(),
      iterations: 1,
      rounds: 1,
      warmUp: false,
      crossCheck: () => {
        const units = Number(/units=(\d+)/.exec(run(packageReadArgs).stdout)?.[1]);
        if (units !== UNITS) throw new Error(`@antq/sheets/xlsx đọc được ${units} đơn vị, cần ${UNITS}`);
      },
    },
  ],
  report() {
    // Peak RSS of one assess run as a user runs it (launcher and program), and of the pass-through.
    const assess = peakRssLine(run(assessArgs, { ANTQ_BAO_CAO_BO_NHO: "1" }).stderr);
    const copy = mib(/max-rss-kib=(\d+)/.exec(run(copyArgs).stderr)?.[1]);
    const packageRead = mib(/max-rss-kib=(\d+)/.exec(run(packageReadArgs).stderr)?.[1]);
    const exceljsRead = mib(/max-rss-kib=(\d+)/.exec(run(exceljsReadArgs).stderr)?.[1]);
    rmSync(work, { recursive: true, force: true });
    return {
      "Số dòng dữ liệu theo trang": Object.entries(sheetRows)
        .map(([sheet, rows]) => `${sheet} ${rows.toLocaleString("vi-VN")}`)
        .join("; "),
      "Bộ nhớ tối đa (RSS) khi đánh giá": assess,
      "Bộ nhớ tối đa (RSS) của đọc-ghi xlsx thuần": `${formatMib(copy)} MiB`,
      "Bộ nhớ tối đa (RSS) khi đọc bằng @antq/sheets/xlsx từ ArrayBuffer": `${formatMib(packageRead)} MiB (mục tiêu < 1.024 MiB: ${packageRead < 1024 ? "ĐẠT" : "CHƯA"})`,
      "Bộ nhớ tối đa (RSS) khi chỉ đọc bằng exceljs WorkbookReader": `${formatMib(exceljsRead)} MiB`,
    };
  },
};
