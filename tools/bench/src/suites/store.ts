/**
 * `store`: @antq/store on its two engines, each job in a fresh process (`node store.js --worker <job>`) that
 * reports its own timing and peak RSS:
 *
 * - import of 1 000 000 unit-years (datagen units, one year, generated one at a time) with `importYearRecords`
 *   (one transaction, COPY chunks into the keyed and indexed `unit_year`, one chunk in memory) against a plain COPY of the same rows, as CSV built the same way, into a
 *   table of the same columns without keys or indexes — on PostgreSQL and on PGlite (NodeFS folder); targets:
 *   within 2× of the plain COPY; PGlite peak RSS ≤ 1 GiB;
 * - a 10-year review query (`unitYearCounts`: "lượt" per unit kind and outcome, with the previous period) over
 *   5 000 000 unit-years of 10 provinces with their results, on PostgreSQL; target ≤ 2 s; the plan and the
 *   indexes are printed.
 *
 * Needs a PostgreSQL server: `ANTQ_DATABASE_URL` (a role that may create databases). `ANTQ_BENCH_STORE_ROWS`
 * and `ANTQ_BENCH_STORE_QUERY_UNITS` (per province-year) run smaller sizes. Timed once each (minutes per job).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateUnits } from "@antq/datagen";
import type { AssessedUnit } from "@antq/domain";
import { importYearRecords, provinceScope, type SqlDriver, unitYearCounts } from "@antq/store";
import { openStore } from "@antq/store/node";
import pg from "pg";
import type { BenchSuite } from "../harness.js";

const ROWS = Number(process.env.ANTQ_BENCH_STORE_ROWS ?? 1_000_000);
const QUERY_UNITS = Number(process.env.ANTQ_BENCH_STORE_QUERY_UNITS ?? 50_000);
const URL_ = process.env.ANTQ_DATABASE_URL ?? "";
const self = fileURLToPath(import.meta.url);

interface JobResult {
  readonly ms: number;
  readonly rssMib: number;
  readonly lines?: readonly string[];
}

const rssMib = () => Math.round(process.resourceUsage().maxRSS / 1024);

const withDatabase = async (name: string): Promise<string> => {
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(URL_);
  u.pathname = `/${name}`;
  return u.toString();
};

/** `n` generated units, one at a time (never all in memory: the import streams them). */
function* units(n: number): Generator<AssessedUnit> {
  let made = 0;
  for (let seed = 1; made < n; seed++)
    for (const r of generateUnits({ seed, year: 2024, communes: 200 })) {
      yield { ...r.unit, id: `${r.unit.id}-${seed}` as AssessedUnit["id"] };
      if (++made === n) return;
    }
}

const field = (v: unknown) =>
  v === null || v === undefined
    ? ""
    : `"${(typeof v === "object" ? JSON.stringify(v) : String(v)).replaceAll('"', '""')}"`;
const COLUMNS = ["year", "unit_id", "kind", "name", "province_id", "commune_id", "doc"];

/**
 * The baseline: the same rows, generated the same way, as CSV COPY'd in 50 000-row chunks into a table without
 * keys or indexes.
 */
const plainCopy = async (driver: SqlDriver, list: Iterable<AssessedUnit>) => {
  await driver.exec(
    "create table plain_unit_year (year integer, unit_id text, kind text, name text, province_id text, commune_id text, doc jsonb)",
  );
  const started = performance.now();
  await driver.transaction(async (tx) => {
    let chunk: string[] = [];
    for (const u of list) {
      chunk.push(
        [2024, u.id, u.kind, u.name, u.location.provinceId, u.location.communeId ?? null, u]
          .map(field)
          .join(","),
      );
      if (chunk.length === 50_000) {
        await tx.copyCsv("plain_unit_year", COLUMNS, `${chunk.join("\n")}\n`);
        chunk = [];
      }
    }
    if (chunk.length > 0) await tx.copyCsv("plain_unit_year", COLUMNS, `${chunk.join("\n")}\n`);
  });
  return performance.now() - started;
};

const jobs: Record<string, () => Promise<JobResult>> = {
  async "pg-import"() {
    const store = await openStore(await withDatabase("antq_bench_import"));
    const started = performance.now();
    await importYearRecords(store.driver, { units: units(ROWS) }, { year: 2024, importedBy: "bench" });
    const ms = performance.now() - started;
    await store.close();
    return { ms, rssMib: rssMib() };
  },
  async "pg-copy"() {
    const store = await openStore(await withDatabase("antq_bench_copy"));
    const ms = await plainCopy(store.driver, units(ROWS));
    await store.close();
    return { ms, rssMib: rssMib() };
  },
  async "pglite-import"() {
    const dir = mkdtempSync(join(tmpdir(), "antq-bench-store-"));
    try {
      const store = await openStore(dir);
      const started = performance.now();
      await importYearRecords(store.driver, { units: units(ROWS) }, { year: 2024, importedBy: "bench" });
      const ms = performance.now() - started;
      await store.close();
      return { ms, rssMib: rssMib() };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  async "pglite-copy"() {
    const dir = mkdtempSync(join(tmpdir(), "antq-bench-store-"));
    try {
      const store = await openStore(dir);
      const ms = await plainCopy(store.driver, units(ROWS));
      await store.close();
      return { ms, rssMib: rssMib() };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  async "pg-query"() {
    const store = await openStore(await withDatabase("antq_bench_query"));
    const d = store.driver;
    // 10 provinces merged in 2025 into 5 (each new province = 2 old ones), 10 years, QUERY_UNITS per province-year.
    const target = ["P82-2025", "P92-2025", "P86-2025", "P96-2025", "P75-2025"].map((id) =>
      provinceScope(id),
    );
    const provinces = target.flatMap((s) => s.memberIds.filter((m) => m !== s.provinceId)).slice(0, 10);
    await d.exec(
      "insert into import_log (year, imported_by, counts) select y, 'bench', '{}' from generate_series(2016, 2025) y",
    );
    await d.exec("insert into dataset_year (year, import_id) select year, id from import_log");
    await d.query(
      `insert into unit_year (year, unit_id, kind, name, province_id, commune_id, doc)
       select y, p || '-' || i, (array['residential-area','agency','enterprise','education','commune'])[1 + i % 5],
              'Đơn vị ' || i, p, null, jsonb_build_object('id', p || '-' || i)
         from generate_series(2016, 2025) y, unnest($1::text[]) p, generate_series(1, $2::int) i`,
      [provinces, QUERY_UNITS],
    );
    await d.exec(
      "insert into assessment_run (year, created_by, rule_set_hash, versions, options) select year, 'bench', 'h', '{}', '{}' from dataset_year",
    );
    await d.exec(
      `insert into assessment_result (run_id, unit_id, overall, criteria)
       select r.id, u.unit_id, case when hashtext(u.unit_id || u.year) % 7 = 0 then 'khong-dat' else 'dat' end, '{}'
         from assessment_run r join unit_year u on u.year = r.year`,
    );
    // What saveAssessmentRun does for each run: the run's outcomes beside the units.
    await d.exec(
      "update unit_year u set outcome = r.overall from assessment_result r join assessment_run a on a.id = r.run_id where a.year = u.year and r.unit_id = u.unit_id",
    );
    await d.exec("vacuum analyze");
    const total = (await d.query("select count(*)::int as n from unit_year"))[0]?.n as number;
    const scope = target.find((s) => s.memberIds.includes(provinces[0] as string)) ?? target[0];
    const period = { from: 2016, to: 2025 };
    await unitYearCounts(d, period, scope); // warm the cache once
    let started = performance.now();
    const scoped = await unitYearCounts(d, period, scope);
    const scopedMs = performance.now() - started;
    started = performance.now();
    const whole = await unitYearCounts(d, period);
    const wholeMs = performance.now() - started;
    const plan = await d.query(
      `explain (analyze, buffers off, costs off, timing off)
       select kind, outcome, count(*)::int as unit_years from unit_year
        where year between $1 and $2 and ($3::text[] is null or province_id = any($3::text[]))
        group by kind, outcome`,
      [period.from, period.to, scope?.memberIds],
    );
    const indexes = await d.query(
      "select indexdef from pg_indexes where tablename in ('unit_year', 'assessment_result', 'assessment_run') order by indexname",
    );
    await store.close();
    return {
      ms: wholeMs,
      rssMib: rssMib(),
      lines: [
        `Dữ liệu: ${total.toLocaleString("vi-VN")} lượt đơn vị (10 tỉnh cũ × 10 năm), kèm kết quả đánh giá từng năm`,
        `Cả kho, 2016–2025 và kỳ trước: ${(wholeMs / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 2 })} s (${whole.value.unitYears.toLocaleString("vi-VN")} lượt)`,
        `Tỉnh ${scope?.provinceId} (gồm ${scope?.memberIds.join(", ")}), 2016–2025 và kỳ trước: ${(scopedMs / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 2 })} s (${scoped.value.unitYears.toLocaleString("vi-VN")} lượt, qua cải cách 2025: ${scoped.value.crossesReform ? "có" : "không"})`,
        "Kế hoạch truy vấn (tỉnh):",
        ...plan.map((r) => `    ${String(r["QUERY PLAN"])}`),
        "Chỉ mục:",
        ...indexes.map((r) => `    ${String(r.indexdef)}`),
      ],
    };
  },
};

if (process.argv[2] === "--worker") {
  const job = jobs[process.argv[3] ?? ""];
  if (job === undefined) throw new Error(`no job ${process.argv[3]}`);
  process.stdout.write(`${JSON.stringify(await job())}\n`);
  process.exit(0);
}

const runJob = (name: string): JobResult => {
  const r = spawnSync(process.execPath, ["--max-old-space-size=4096", self, "--worker", name], {
    encoding: "utf8",
    env: process.env,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`store bench ${name} (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}") as JobResult;
};

const s = (ms: number) => `${(ms / 1000).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} s`;
const ratio = (a: number, b: number) => (a / b).toLocaleString("vi-VN", { maximumFractionDigits: 2 });

export const suite: BenchSuite = {
  name: "store",
  setup() {
    if (URL_ === "")
      throw new Error(
        "Bộ đo store cần máy chủ PostgreSQL: đặt ANTQ_DATABASE_URL (xem .ci/run để khởi động một máy chủ tạm).",
      );
  },
  comparisons: [],
  report() {
    const missed: string[] = [];
    const out: Record<string, string> = {};
    const n = ROWS.toLocaleString("vi-VN");
    for (const engine of ["pg", "pglite"] as const) {
      const copy = runJob(`${engine}-copy`);
      const imp = runJob(`${engine}-import`);
      const within = imp.ms <= 2 * copy.ms;
      if (!within) missed.push(`${engine} import`);
      const label = engine === "pg" ? "PostgreSQL" : "PGlite (thư mục NodeFS)";
      out[`Nhập ${n} lượt đơn vị vào ${label}`] =
        `importYearRecords ${s(imp.ms)} (RSS ${imp.rssMib} MiB) / COPY thuần ${s(copy.ms)} (RSS ${copy.rssMib} MiB) = ${ratio(imp.ms, copy.ms)}× — mục tiêu ≤ 2×: ${within ? "đạt" : "KHÔNG ĐẠT"}`;
      if (engine === "pglite") {
        const ok = imp.rssMib <= 1024;
        if (!ok) missed.push("pglite RSS");
        out["RSS tối đa khi nhập vào PGlite"] =
          `${imp.rssMib} MiB (${n} đơn vị sinh và nhập từng phần 50 000 dòng, trong một giao dịch) — mục tiêu ≤ 1 024 MiB: ${ok ? "đạt" : "KHÔNG ĐẠT"}`;
      }
    }
    const q = runJob("pg-query");
    const ok = q.ms <= 2000;
    if (!ok) missed.push("query");
    out["Truy vấn tổng kết 10 năm trên PostgreSQL"] =
      `${s(q.ms)} — mục tiêu ≤ 2 s: ${ok ? "đạt" : "KHÔNG ĐẠT"}\n      ${(q.lines ?? []).join("\n      ")}`;
    for (const [k, v] of Object.entries(out)) console.log(`   ${k}: ${v}`);
    if (missed.length > 0) throw new Error(`Bộ đo store không đạt: ${missed.join(", ")}`);
    return {};
  },
};
