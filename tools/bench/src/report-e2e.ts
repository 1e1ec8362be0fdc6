/**
 * One end-to-end run of the `report` suite in a fresh process: a 10-year tổng kết (2015–2024) of a province
 * with 20 000 units per year, from in-memory records to the DOCX (with its three charts) and the XLSX annexes.
 * Prints the split as JSON on stdout. `--baseline` generates the same records and aggregates them with a
 * hand-written loop instead (the floor a report cannot go under: data generation and process start-up).
 *
 * From the store: `--prepare <dir>` imports the same records into an embedded store, year by year, with one
 * assessment run per year (not timed by the suite); `--store <dir>` writes the report from it with the
 * library calls `antq bao-cao --tu-kho` makes, printing the split (open, queries, computation, sentences,
 * charts, DOCX, XLSX); `--store-baseline <dir>` opens the store and counts the unit-years meeting the standard
 * with one aggregate query (the floor: process start-up, opening the store, reading the period once).
 */
import {
  parseActivity,
  parseAdminUnit,
  parseAssessedUnit,
  parseAward,
  parseModel,
  parseSecurityTeam,
} from "@antq/domain";
import {
  buildReport,
  computeReviewFigures,
  fromStoredReview,
  type ReportMeta,
  renderCharts,
  writeAnnexXlsx,
  writeReportDocx,
} from "@antq/report";
import { pngChartRenderer } from "@antq/report/node";
import { importYear, reviewRecords, saveAssessmentRun, unitYearCounts } from "@antq/store";
import { openStore } from "@antq/store/node";
import { REPORT_FROM, REPORT_TO, reportProvince } from "./fixtures/report-province.js";

const META: ReportMeta = {
  kind: "tong-ket",
  parentAgency: "UBND tỉnh Mẫu",
  agency: "Công an tỉnh",
  number: "01/BC-CAT",
  place: "Mẫu",
  date: "2025-01-15",
  recipients: ["Bộ Công an (Cục V05)"],
  signer: { capacity: "KT. Giám đốc", title: "Phó Giám đốc", name: "Nguyễn Văn A" },
};
const argAfter = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i < 0 ? undefined : process.argv[i + 1];
};
const yearOf = (date: string | undefined) => (date === undefined ? undefined : Number(date.slice(0, 4)));

const t0 = performance.now();
const prepareDir = argAfter("--prepare");
const storeDir = argAfter("--store");
const storeBaselineDir = argAfter("--store-baseline");

if (prepareDir !== undefined) {
  const records = reportProvince();
  // The store keeps records as imported and the review reads them back through @antq/domain's schemas: make
  // the generated records complete where the in-memory fixture cuts corners (team members, issuer names).
  const EXTRA: Record<string, Record<string, unknown>> = {
    agency: { agencyType: "state-administrative-body", armedForces: false, stateBudgetFunded: true },
    enterprise: { sector: "trade-services", insuredEmployees: 50, armedForces: false },
    education: { levels: ["primary"], publicInstitution: true, armedForces: false },
  };
  const units = records.units.map((u) => ({ ...u, ...EXTRA[u.kind] }));
  const valid = <T>(
    what: string,
    list: readonly unknown[],
    parse: (x: unknown) => { ok: boolean; issues?: unknown },
  ) =>
    list.map((x) => {
      const r = parse(x);
      if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r.issues).slice(0, 400)}`);
      return (r as unknown as { value: T }).value;
    });
  const dataset = (year: number) => ({
    schemaVersion: 1 as const,
    adminUnits: valid("adminUnits", records.adminUnits ?? [], parseAdminUnit),
    units: valid("units", units, parseAssessedUnit),
    models: valid(
      "models",
      (records.models ?? []).filter((m) => (yearOf(m.startDate) ?? 0) <= year),
      parseModel,
    ),
    securityTeams: valid(
      "securityTeams",
      (records.securityTeams ?? [])
        .filter((t) => (yearOf(t.establishedOn) ?? 0) <= year)
        .map((t, i) => ({
          ...t,
          members: t.members.map((_, j) => ({
            id: `tv-${i}-${j}`,
            role: j === 0 ? "leader" : "member",
            joinedOn: t.establishedOn,
          })),
        })),
      parseSecurityTeam,
    ),
    activities: valid(
      "activities",
      (records.activities ?? []).filter((a) => yearOf(a.period.to ?? a.period.from) === year),
      parseActivity,
    ),
    awards: valid(
      "awards",
      (records.awards ?? [])
        .filter((a) => (a.year ?? yearOf(a.date)) === year)
        .map((a) => ({ ...a, issuer: { ...a.issuer, name: a.issuer.name ?? "Chủ tịch UBND tỉnh" } })),
      parseAward,
    ),
  });
  const store = await openStore(prepareDir);
  try {
    for (let year = REPORT_FROM; year <= REPORT_TO; year++) {
      await importYear(store.driver, dataset(year) as never, { year, importedBy: "bench", replace: true });
      await saveAssessmentRun(store.driver, {
        year,
        createdBy: "bench",
        ruleSetHash: "sha256:bench",
        versions: {},
        options: {},
        results: records.outcomes
          .filter((o) => o.year === year)
          .map((o) => ({
            unitId: o.unitId,
            overall: o.safe ? "dat" : "khong-dat",
            criteria: o.level === undefined ? {} : { classification: o.level },
          })),
      });
    }
  } finally {
    await store.close();
  }
  console.log(JSON.stringify({ importMs: performance.now() - t0 }));
} else if (storeBaselineDir !== undefined) {
  const store = await openStore(storeBaselineDir);
  const t1 = performance.now();
  const counts = await unitYearCounts(store.driver, { from: REPORT_FROM, to: REPORT_TO });
  await store.close();
  console.log(
    JSON.stringify({
      openMs: t1 - t0,
      queryMs: performance.now() - t1,
      safe: counts.value.rows.filter((r) => r.outcome === "dat").reduce((n, r) => n + r.unitYears, 0),
    }),
  );
} else if (storeDir !== undefined) {
  const store = await openStore(storeDir);
  const t1 = performance.now();
  const stored = await reviewRecords(store.driver, { from: REPORT_FROM, to: REPORT_TO });
  await store.close();
  const t2 = performance.now();
  const adapted = fromStoredReview(stored);
  if (!adapted.ok) throw new Error(adapted.issues[0]?.message);
  const figures = computeReviewFigures(adapted.value, { fromYear: REPORT_FROM, toYear: REPORT_TO });
  if (!figures.ok) throw new Error(figures.issues[0]?.message);
  const t3 = performance.now();
  const content = buildReport(figures.value, META);
  const t4 = performance.now();
  const images = await renderCharts(content, pngChartRenderer());
  const t5 = performance.now();
  const docx = await writeReportDocx(content, { chartImages: images });
  const t6 = performance.now();
  const annex = await writeAnnexXlsx(content);
  const t7 = performance.now();
  console.log(
    JSON.stringify({
      openMs: t1 - t0,
      queriesMs: t2 - t1,
      computeMs: t3 - t2,
      buildMs: t4 - t3,
      chartsMs: t5 - t4,
      docxMs: t6 - t5,
      xlsxMs: t7 - t6,
      docxBytes: docx.byteLength,
      xlsxBytes: annex.bytes.byteLength,
      safe: figures.value.years.reduce(
        (n, y) => n + y.safety["residential-area"].safe + y.safety.commune.safe + y.safety.organisation.safe,
        0,
      ),
    }),
  );
} else if (process.argv.includes("--baseline")) {
  const records = reportProvince();
  const t1 = performance.now();
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
  const records = reportProvince();
  const t1 = performance.now();
  const figures = computeReviewFigures(records, { fromYear: REPORT_FROM, toYear: REPORT_TO });
  if (!figures.ok) throw new Error(figures.issues[0]?.message);
  const t2 = performance.now();
  const content = buildReport(figures.value, META);
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
