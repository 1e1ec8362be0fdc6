/**
 * `server`: the stateless assessment API of apps/server over HTTP on loopback, against the same work done in
 * process, so the HTTP overhead (JSON parsing, request validation, serialisation, the socket) is visible.
 *
 * - batches of 1 000 units (datagen province, with their communes and facts) sent one after another by two
 *   clients to one server process (one core): target ≥ 5 000 units/s per core;
 * - single-unit requests (a residential area with its facts) from 16 concurrent clients: target ≥ 1 000
 *   requests/s and p99 ≤ 50 ms.
 *
 * - 50 commune officers signed in, reading and uploading their commune's facts with a think time, for
 *   ANTQ_BENCH_OFFICERS_SECONDS (default 60 s): no error and p99 ≤ 500 ms for reads; on PGlite, and on
 *   PostgreSQL when ANTQ_DATABASE_URL is set (a fresh database, dropped at the end).
 *
 * The server is the built `apps/server/dist/main.js`, started in its own process on a free loopback port with
 * a throw-away PGlite folder. Bounded: each load runs ≤ ANTQ_BENCH_SERVER_SECONDS (default 10 s) and ≤ a fixed
 * number of requests. The server's CPU time per single-unit request (from /proc) is printed too: on a shared
 * machine it says more about the server than the request rate does.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateProvince } from "@antq/datagen";
import { DatasetSchema } from "@antq/domain";
import { compile } from "@antq/rules";
import { evaluateWithCommunes, securityOrderRuleSet } from "@antq/rules-antt";
import { pairInputs, unitResultJson } from "@antq/sheets";
import pg from "pg";
import type { BenchSuite } from "../harness.js";

const SECONDS = Number(process.env.ANTQ_BENCH_SERVER_SECONDS ?? 10);
const root = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
const serverMain = join(root, "apps/server/dist/main.js");

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("port")),
      );
    });
  });

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/** A dataset of about `n` units: the generated province's communes with their units, cut at whole communes. */
const batchOf = (seed: number, n: number) => {
  const province = generateProvince({ seed, year: 2024, communes: Math.max(2, Math.ceil(n / 8)) });
  if (province.units.length < n)
    throw new Error(`datagen gave ${province.units.length} units, fewer than ${n}`);
  const units = province.units.slice(0, n);
  const ids = new Set(units.map((u) => u.id));
  return {
    schemaVersion: 1 as const,
    units,
    annualFacts: province.facts.filter((f) => ids.has(f.unitId)),
  };
};

// The server compiles a rule set once per selection (an LRU); so does the in-process path.
let compiledOnce: ReturnType<typeof compile<Parameters<typeof evaluateWithCommunes>[1][number]>> | undefined;

/**
 * The same work as the handler, in process: JSON parsing, validation, pairing, assessment with the roll-up,
 * result JSON (the handler also runs the whole-set checks and writes the envelope).
 */
const inProcess = (body: string) => {
  const request = JSON.parse(body) as { year: number; dataset: unknown };
  const dataset = DatasetSchema.parse(request.dataset);
  compiledOnce ??= compile(securityOrderRuleSet, { year: request.year });
  const compiled = compiledOnce;
  const { inputs, noFacts } = pairInputs(
    dataset.units.map((unit) => ({ unit, source: { file: "x" } })),
    (dataset.annualFacts ?? []).map((facts) => ({ facts, source: { file: "x" } })),
    request.year,
  );
  const results = evaluateWithCommunes(compiled, inputs);
  return JSON.stringify(
    inputs.map((input, i) => unitResultJson(input.unit, results[i] as never, noFacts.has(input.unit.id))),
  );
};

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined elsewhere. */
const cpuSecondsOf = (pid: number | undefined): number | undefined => {
  if (pid === undefined) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
};

/**
 * One request on a keep-alive `node:http` agent. The load client is deliberately lean: on a 2-core machine
 * `fetch` (undici) spent about 1 ms of CPU per request in the client, more than the server itself, so it
 * measured the client as much as the server.
 */
const httpCall = (
  agent: Agent,
  url: URL,
  method: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }> =>
  new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method,
        agent,
        headers:
          body === undefined
            ? headers
            : { "content-type": "application/json", ...headers, "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });

const load = async (
  url: string,
  bodies: readonly string[],
  concurrency: number,
  maxRequests: number,
): Promise<{ count: number; seconds: number; latencies: number[]; errors: number }> => {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const deadline = performance.now() + SECONDS * 1000;
  const start = performance.now();
  const worker = async () => {
    while (sent < maxRequests && performance.now() < deadline) {
      const body = bodies[sent++ % bodies.length] as string;
      const t = performance.now();
      const response = await httpCall(agent, target, "POST", body);
      latencies.push(performance.now() - t);
      if (response.status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { count: latencies.length, seconds: (performance.now() - start) / 1000, latencies, errors };
};

/** How long the 50 officers work (a bounded minute by default). */
const OFFICER_SECONDS = Number(process.env.ANTQ_BENCH_OFFICERS_SECONDS ?? 60);
const OFFICERS = 50;
const OFFICER_PASSWORD = "mật khẩu cán bộ xã 2024";

/** A small seeded generator, so that every run has the same think times and choices. */
const seeded = (seed: number) => {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
};

const cookieOf = (headers: Record<string, string | string[] | undefined>): string => {
  const raw = headers["set-cookie"];
  const first = Array.isArray(raw) ? raw[0] : raw;
  return (first ?? "").split(";")[0] ?? "";
};

/**
 * 50 commune officers on one server (PGlite): the province imports its year (about 400 units in 50
 * communes), creates one account per commune; then, for a bounded time, each officer signs in and works in a
 * loop with a think time of 0.2–0.8 s: the list of their units, one unit, its facts, the dashboard, and
 * every 6th action an upload of their commune's facts (all or nothing, audited). Every reply must be 2xx.
 */
const officersScenario = async (base: URL) => {
  const agent = new Agent({ keepAlive: true, maxSockets: OFFICERS + 4 });
  const origin = base.origin;
  const call = (method: string, path: string, cookie: string, body?: unknown) =>
    httpCall(agent, new URL(path, base), method, body === undefined ? undefined : JSON.stringify(body), {
      cookie,
      origin,
    });
  const must = async (what: string, reply: ReturnType<typeof httpCall>) => {
    const r = await reply.catch((error: Error) => {
      throw new Error(`${what}: ${error.message}`);
    });
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${r.body.toString().slice(0, 300)}`);
    return r;
  };
  const admin = cookieOf(
    (
      await must(
        "đăng nhập quản trị",
        call("POST", "/v1/auth/login", "", { login: "quan-tri", password: "bench-only-password" }),
      )
    ).headers,
  );
  const province = generateProvince({ seed: 11, year: 2024, communes: OFFICERS });
  await must(
    "nhập năm của tỉnh",
    call("POST", "/v1/years/2024/dataset", admin, {
      schemaVersion: 1,
      units: province.units,
      annualFacts: province.facts,
    }),
  );
  const communes = [...new Set(province.units.map((u) => u.location.communeId))]
    .filter((id) => typeof id === "string")
    .slice(0, OFFICERS);
  if (communes.length < OFFICERS) throw new Error(`datagen gave ${communes.length} communes`);
  const people = communes.map((communeId, i) => {
    const units = province.units.filter((u) => u.location.communeId === communeId);
    const ids = new Set(units.map((u) => u.id));
    return {
      login: `can-bo-${i + 1}`,
      communeId,
      units,
      facts: province.facts.filter((f) => ids.has(f.unitId)),
      cookie: "",
    };
  });
  // Accounts and sign-ins (argon2id, about 0.15 s each) five at a time, before the timed part.
  for (let i = 0; i < people.length; i += 5)
    await Promise.all(
      people.slice(i, i + 5).map(async (person) => {
        await must(
          `tạo tài khoản ${person.login}`,
          call("POST", "/v1/accounts", admin, {
            login: person.login,
            displayName: `Cán bộ xã ${person.communeId}`,
            password: OFFICER_PASSWORD,
            role: "commune_officer",
            communeId: person.communeId,
          }),
        );
        person.cookie = cookieOf(
          (
            await must(
              `đăng nhập ${person.login}`,
              call("POST", "/v1/auth/login", "", { login: person.login, password: OFFICER_PASSWORD }),
            )
          ).headers,
        );
      }),
    );

  const reads: number[] = [];
  const uploads: number[] = [];
  const failures: string[] = [];
  const deadline = performance.now() + OFFICER_SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    people.map(async (person, i) => {
      const random = seeded(1000 + i);
      let step = 0;
      while (performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200 + random() * 600));
        if (performance.now() >= deadline) break;
        const unit = person.units[Math.floor(random() * person.units.length)] ?? person.units[0];
        const action = step++ % 6;
        const t = performance.now();
        const reply = await (action === 5
          ? call("POST", "/v1/years/2024/dataset", person.cookie, {
              schemaVersion: 1,
              units: person.units,
              annualFacts: person.facts,
            })
          : call(
              "GET",
              [
                "/v1/years/2024/units?limit=50",
                `/v1/years/2024/units/${encodeURIComponent(unit?.id ?? "")}`,
                `/v1/years/2024/communes/${encodeURIComponent(person.communeId)}/status`,
                "/v1/dashboard/outcomes?from=2024&to=2024",
                "/v1/years/2024/units?limit=10&kind=residential-area",
              ][action] as string,
              person.cookie,
            )
        ).catch((error: Error) => ({ status: 0, body: Buffer.from(error.message) }));
        (action === 5 ? uploads : reads).push(performance.now() - t);
        const failed = reply.status < 200 || reply.status >= 300;
        if (failed && failures.length < 5)
          failures.push(
            `${person.login} ${action === 5 ? "nộp" : "đọc"} → ${reply.status} ${reply.body.toString().slice(0, 200)}`,
          );
        else if (failed) failures.push("");
      }
    }),
  );
  agent.destroy();
  return { reads, uploads, failures, seconds: (performance.now() - start) / 1000 };
};

const fmt = (n: number, digits = 0) => n.toLocaleString("vi-VN", { maximumFractionDigits: digits });

/** The server's environment in the bench. */
const serverEnv = (port: number): NodeJS.ProcessEnv => ({
  ...process.env,
  ANTQ_PORT: String(port),
  ANTQ_ADMIN_PASSWORD: "bench-only-password",
  // One loopback address sends every request: the address limit is raised (still counted) for the load.
  ANTQ_RATE_PER_ADDRESS: "10000000/10",
});

/** Resolves when the server process says it is serving. */
const started = (child: ChildProcess) =>
  new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("đang phục vụ") && resolve());
    child.on("exit", (code) => reject(new Error(`máy chủ dừng (mã ${code})`)));
  });

/** Runs {@link officersScenario} on a server and prints its figures; true when it met the target. */
const reportOfficers = async (engine: string, base: URL): Promise<boolean> => {
  const work = await officersScenario(base);
  const readSorted = [...work.reads].sort((a, b) => a - b);
  const uploadSorted = [...work.uploads].sort((a, b) => a - b);
  const readP99 = percentile(readSorted, 99);
  const ok = work.failures.length === 0 && readP99 <= 500;
  const lines = {
    [`${OFFICERS} cán bộ xã cùng làm việc trên ${engine} trong ${fmt(work.seconds, 1)} s (nghĩ 0,2–0,8 s giữa hai thao tác)`]: `${fmt(work.reads.length)} lượt đọc, ${fmt(work.uploads.length)} lượt nộp dữ kiện xã, ${work.failures.length} lỗi`,
    [`Đọc trên ${engine} (danh sách, đơn vị, trạng thái xã, bảng điều khiển)`]: `p50 ${fmt(percentile(readSorted, 50), 1)} ms, p99 ${fmt(readP99, 1)} ms — mục tiêu không lỗi và p99 ≤ 500 ms: ${ok ? "ĐẠT" : "CHƯA ĐẠT"}`,
    [`Nộp dữ kiện của một xã trên ${engine} (cả xã, ghi nhật ký)`]: `p50 ${fmt(percentile(uploadSorted, 50), 1)} ms, p99 ${fmt(percentile(uploadSorted, 99), 1)} ms`,
  };
  for (const [k, v] of Object.entries(lines)) console.log(`   ${k}: ${v}`);
  for (const failure of work.failures.filter((f) => f !== "")) console.log(`   lỗi: ${failure}`);
  return ok;
};

export const suite: BenchSuite = {
  name: "server",
  comparisons: [],
  async report() {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "antq-bench-server-"));
    const child = spawn(process.execPath, [serverMain], {
      env: { ...serverEnv(port), ANTQ_DATA_DIR: dataDir, ANTQ_DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      await started(child);
      const url = `http://127.0.0.1:${port}/v1/assess`;
      const batches = [1, 2, 3].map((seed) => JSON.stringify({ year: 2024, dataset: batchOf(seed, 1000) }));
      const unitsPerBatch = (JSON.parse(batches[0] as string) as { dataset: { units: unknown[] } }).dataset
        .units.length;
      const single = batchOf(7, 400);
      const singles = single.units
        .filter((u) => u.kind === "residential-area")
        .slice(0, 200)
        .map((u) =>
          JSON.stringify({
            year: 2024,
            dataset: {
              schemaVersion: 1,
              units: [u],
              annualFacts: single.annualFacts.filter((f) => f.unitId === u.id),
            },
          }),
        );

      // Warm-up (JIT, compiled rule-set cache) on both sides.
      await load(url, batches, 1, 3);
      await load(url, singles, 4, 200);
      for (const b of batches) inProcess(b);

      const batch = await load(url, batches, 2, 60);
      const httpUnits = (batch.count * unitsPerBatch) / batch.seconds;
      let inCount = 0;
      const inStart = performance.now();
      while (inCount < 30 && performance.now() - inStart < SECONDS * 1000)
        inProcess(batches[inCount++ % batches.length] as string);
      const inUnits = (inCount * unitsPerBatch * 1000) / (performance.now() - inStart);

      const cpuBefore = cpuSecondsOf(child.pid);
      const one = await load(url, singles, 16, 50_000);
      const cpuAfter = cpuSecondsOf(child.pid);
      const cpuPerRequest =
        cpuBefore === undefined || cpuAfter === undefined
          ? undefined
          : ((cpuAfter - cpuBefore) * 1000) / one.count;
      const sorted = [...one.latencies].sort((a, b) => a - b);
      const rps = one.count / one.seconds;
      const p99 = percentile(sorted, 99);
      let oneCount = 0;
      const oneStart = performance.now();
      while (oneCount < 20_000 && performance.now() - oneStart < SECONDS * 1000)
        inProcess(singles[oneCount++ % singles.length] as string);
      const inRps = (oneCount * 1000) / (performance.now() - oneStart);

      const batchOk = httpUnits >= 5000 && batch.errors === 0;
      const singleOk = rps >= 1000 && p99 <= 50 && one.errors === 0;
      const lines = {
        [`Lô ${fmt(unitsPerBatch)} đơn vị qua HTTP (2 máy khách, 1 tiến trình máy chủ)`]: `${fmt(httpUnits)} đơn vị/giây (${batch.count} lô trong ${fmt(batch.seconds, 1)} s, ${batch.errors} lỗi) — mục tiêu ≥ 5 000/giây/lõi: ${batchOk ? "ĐẠT" : "CHƯA ĐẠT"}`,
        "Cùng việc trong tiến trình (kiểm tra, ghép dữ kiện, đánh giá, JSON)": `${fmt(inUnits)} đơn vị/giây; HTTP/trong tiến trình = ${fmt(httpUnits / inUnits, 2)}×`,
        "Một đơn vị mỗi yêu cầu (16 máy khách)": `${fmt(rps)} yêu cầu/giây, p50 ${fmt(percentile(sorted, 50), 1)} ms, p99 ${fmt(p99, 1)} ms (${one.count} yêu cầu, ${one.errors} lỗi) — mục tiêu ≥ 1 000/giây và p99 ≤ 50 ms: ${singleOk ? "ĐẠT" : "CHƯA ĐẠT"}`,
        "Cùng việc trong tiến trình (một đơn vị)": `${fmt(inRps)} lần/giây; HTTP/trong tiến trình = ${fmt(rps / inRps, 2)}×`,
        "CPU của tiến trình máy chủ cho mỗi yêu cầu một đơn vị":
          cpuPerRequest === undefined
            ? "không đo được (không có /proc)"
            : `${fmt(cpuPerRequest, 2)} ms, tức tối đa khoảng ${fmt(1000 / cpuPerRequest)} yêu cầu/giây trên một lõi rảnh`,
      };
      for (const [k, v] of Object.entries(lines)) console.log(`   ${k}: ${v}`);

      // The officers on the embedded PGlite (one connection: every request waits its turn), and on
      // PostgreSQL (a fresh database of the server named by ANTQ_DATABASE_URL) when it is set.
      let officersOk = await reportOfficers("PGlite", new URL(`http://127.0.0.1:${port}`));
      const pgUrl = process.env.ANTQ_DATABASE_URL;
      if (pgUrl) {
        const name = `antq_bench_${process.pid}`;
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const target = new URL(pgUrl);
        target.pathname = `/${name}`;
        const pgPort = await freePort();
        const pgServer = spawn(process.execPath, [serverMain], {
          env: { ...serverEnv(pgPort), ANTQ_DATABASE_URL: target.toString() },
          stdio: ["ignore", "pipe", "inherit"],
        });
        try {
          await started(pgServer);
          officersOk =
            (await reportOfficers("PostgreSQL", new URL(`http://127.0.0.1:${pgPort}`))) && officersOk;
        } finally {
          pgServer.kill("SIGTERM");
          await new Promise((r) => pgServer.once("exit", r));
          const drop = new pg.Client({ connectionString: pgUrl });
          await drop.connect();
          await drop.query(`drop database if exists ${name}`);
          await drop.end();
        }
      } else console.log("   (ANTQ_DATABASE_URL chưa đặt: không đo 50 cán bộ trên PostgreSQL)");
      if (!batchOk || !singleOk || !officersOk) throw new Error("Bộ đo server không đạt mục tiêu.");
      return {};
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 500));
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
