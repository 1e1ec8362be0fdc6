/**
 * Writes the sample report of the fixture province (sơ kết 5 năm Chỉ thị 07, the seed article's figures) to
 * `out/bao-cao.docx` and `out/phu-luc.xlsx`. Run through `scripts/render.mjs`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { unwrap } from "@antq/format-vi";
import {
  buildReport,
  computeReviewFigures,
  renderCharts,
  writeAnnexXlsx,
  writeReportDocx,
} from "../src/index.js";
import { pngChartRenderer } from "../src/node.js";
import { meta, records } from "../test/fixtures/seed-province.js";

const outDir = process.argv[2] ?? "out";
mkdirSync(outDir, { recursive: true });
const report = buildReport(unwrap(computeReviewFigures(records, { fromYear: 2014, toYear: 2019 })), meta);
const images = await renderCharts(report, pngChartRenderer());
writeFileSync(`${outDir}/bao-cao.docx`, await writeReportDocx(report, { chartImages: images }));
writeFileSync(`${outDir}/phu-luc.xlsx`, (await writeAnnexXlsx(report)).bytes);
for (const [id, png] of images) writeFileSync(`${outDir}/bieu-do-${id}.png`, png);
console.log(`Đã ghi ${outDir}/bao-cao.docx, ${outDir}/phu-luc.xlsx và ${images.size} biểu đồ.`);
