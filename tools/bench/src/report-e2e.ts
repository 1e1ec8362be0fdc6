/**
 * One end-to-end run of the `report` suite in a fresh process: a 10-year tổng kết (2015–2024) of a province
 * with 20 000 units per year, from in-memory records to the DOCX (with its three charts) and the XLSX annexes.
 * Prints the split as JSON on stdout. `--baseline` generates the same records and aggregates them with a
 * hand-written loop instead (the floor a report cannot go under: data generation and process start-up).
 */
import {
  buildReport,
  computeReviewFigures,
  renderCharts,
  writeAnnexXlsx,
  writeReportDocx,
} from "@antq/report";
import { pngChartRenderer } from "@antq/report/node";
import { REPORT_FROM, REPORT_TO, reportProvince } from "./fixtures/report-province.js";

const t0 = performance.now();
const records = reportProvince();
const t1 = performance.now();

if (process.argv.includes("--baseline")) {
  const kind = new Map<string, string>(records.units.map((u) => [u.id, u.kind]));
  const safe = new Map<string, number>();
  for (const o of records.outcomes) {
    if (o.year < REPORT_FROM || o.year > REPORT_TO || !o.safe) continue;
    const k = `${kind.get(o.unitId)}:${o.year}`;
    safe.set(k, (safe.get(k) ?? 0) + 1);
  }
  const t2 = performance.now();
  console.log(
    JSON.stringify({
      generateMs: t1 - t0,
      aggregateMs: t2 - t1,
      safe: [...safe.values()].reduce((a, b) => a + b, 0),
    }),
  );
} else {
  const figures = computeReviewFigures(records, { fromYear: REPORT_FROM, toYear: REPORT_TO });
  if (!figures.ok) throw new Error(figures.issues[0]?.message);
  const t2 = performance.now();
  const content = buildReport(figures.value, {
    kind: "tong-ket",
    parentAgency: "UBND tỉnh Mẫu",
    agency: "Công an tỉnh",
    number: "01/BC-CAT",
    place: "Mẫu",
    date: "2025-01-15",
    recipients: ["Bộ Công an (Cục V05)"],
    signer: { capacity: "KT. Giám đốc", title: "Phó Giám đốc", name: "Nguyễn Văn A" },
  });
  const t3 = performance.now();
  const images = await renderCharts(content, pngChartRenderer());
  const t4 = performance.now();
  const docx = await writeReportDocx(content, { chartImages: images });
  const t5 = performance.now();
  const annex = await writeAnnexXlsx(content);
  const t6 = performance.now();
  const safe = figures.value.years.reduce(
    (n, y) => n + y.safety["residential-area"].safe + y.safety.commune.safe + y.safety.organisation.safe,
    0,
  );
  console.log(
    JSON.stringify({
      generateMs: t1 - t0,
      computeMs: t2 - t1,
      buildMs: t3 - t2,
      chartsMs: t4 - t3,
      docxMs: t5 - t4,
      xlsxMs: t6 - t5,
      docxBytes: docx.byteLength,
      xlsxBytes: annex.bytes.byteLength,
      safe,
    }),
  );
}
