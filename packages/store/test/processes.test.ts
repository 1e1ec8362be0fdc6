/**
 * Tests with a second process: the data folder's exclusive lock, strict durability (a kill -9 right after
 * commit keeps the year) and an import killed mid-way (the store is exactly as before), on both engines where
 * it applies; concurrent imports on PostgreSQL.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { importYear, isStoreError, storeSummary } from "../src/index.js";
import { acquireFolderLock, LOCK_FILE_NAME } from "../src/node/index.js";
import { engines } from "./helpers/engines.js";
import { sampleYear } from "./helpers/fixtures.js";

const all = engines();
afterAll(async () => {
  for (const e of all) await e.cleanup();
});

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
});

/** Starts the child script and resolves when it printed `line` (the given number of times). */
const startChild = (args: string[], line: string, times = 1) => {
  const child = spawn(process.execPath, [inject("childScript"), ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let err = "";
  child.stderr.on("data", (b) => {
    err += String(b);
  });
  const ready = new Promise<void>((resolve, reject) => {
    let seen = 0;
    let buf = "";
    child.stdout.on("data", (b) => {
      buf += String(b);
      const lines = buf.split("\n");
      buf = lines.pop() ?? "";
      for (const l of lines) if (l === line && ++seen === times) resolve();
    });
    child.on("exit", (code) => reject(new Error(`child exited (${code}) before "${line}": ${err}`)));
  });
  return { child, ready };
};

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });

const pglite = all.find((e) => e.name === "pglite");
if (pglite === undefined) throw new Error("PGlite engine missing");

describe("khóa thư mục kho (PGlite)", () => {
  it("refuses a second process with a Vietnamese message naming the holder, then takes over once it died", async () => {
    const location = await pglite.newLocation();
    const { child, ready } = startChild(["hold", location], "opened");
    await ready;
    const err = await pglite.open(location).catch((e) => e);
    expect(isStoreError(err, "STORE_LOCKED")).toBe(true);
    expect(err.message).toContain(`đang được tiến trình ${child.pid} trên máy ${hostname()} sử dụng từ 20`);
    expect(err.details.holder).toMatchObject({ pid: child.pid, host: hostname() });
    await killed(child);
    // The holder died without releasing: its lock is stale and is taken over.
    const store = await pglite.open(location);
    await store.close();
  });

  it("takes over a lock file left by a dead process and keeps one of a live process", () => {
    const folder = join(inject("pgliteTemplate"), "..", `antq-lock-${process.pid}-${Date.now()}`);
    const dead = {
      pid: 2 ** 22 + 12345,
      host: hostname(),
      since: "2026-01-01T00:00:00.000Z",
      command: "antq nhap",
    };
    const first = acquireFolderLock(folder);
    first.release();
    writeFileSync(join(folder, LOCK_FILE_NAME), JSON.stringify(dead));
    const lock = acquireFolderLock(folder);
    expect(lock.holder.pid).toBe(process.pid);
    expect(() => acquireFolderLock(folder)).toThrow(/đang được tiến trình \d+ trên máy/);
    lock.release();
    writeFileSync(join(folder, LOCK_FILE_NAME), JSON.stringify({ ...dead, host: "may-khac" }));
    expect(() => acquireFolderLock(folder)).toThrow(
      `tiến trình ${dead.pid} trên máy may-khac sử dụng từ 2026-01-01`,
    );
  });
});

describe.each(all.map((e) => [e.name, e] as const))(
  "tiến trình bị dừng đột ngột trên %s",
  (_name, engine) => {
    it("keeps a year whose import committed just before kill -9 (strict durability)", async () => {
      const location = await engine.newLocation();
      const { child, ready } = startChild(["import", location, "2024", "2000"], "committed");
      await ready;
      await killed(child);
      const store = await engine.open(location);
      try {
        const s = await storeSummary(store.driver);
        expect(s.years.map((y) => [y.year, y.import.counts.units])).toEqual([[2024, 2000]]);
      } finally {
        await store.close();
      }
    });

    it("leaves the store exactly as before when an import is killed mid-way", async () => {
      const location = await engine.newLocation();
      const s0 = await engine.open(location);
      await importYear(s0.driver, sampleYear(2023), { year: 2023, importedBy: "a" });
      const before = await storeSummary(s0.driver);
      const unitsBefore = await s0.driver.query("select count(*)::int as n from unit_year");
      await s0.close();
      // 120 000 units: three COPY chunks; killed after the first one.
      const { child, ready } = startChild(["import", location, "2024", "120000"], "copy");
      await ready;
      await killed(child);
      const store = await engine.open(location);
      try {
        expect(await storeSummary(store.driver)).toEqual(before);
        expect(await store.driver.query("select count(*)::int as n from unit_year")).toEqual(unitsBefore);
        expect(
          await store.driver.query("select count(*)::int as n from unit_year where year = 2024"),
        ).toEqual([{ n: 0 }]);
        // The store is usable: the year can be imported now.
        await importYear(store.driver, sampleYear(2024), { year: 2024, importedBy: "b" });
      } finally {
        await store.close();
      }
    });
  },
);

const postgres = all.find((e) => e.name === "postgres");
describe.runIf(postgres !== undefined)("nhập đồng thời trên PostgreSQL", () => {
  it("lands two different years at once; of two imports of one year one wins, the other is told", async () => {
    if (postgres === undefined) return;
    const location = await postgres.newLocation();
    const a = await postgres.open(location);
    const b = await postgres.open(location);
    try {
      const [r1, r2] = await Promise.all([
        importYear(a.driver, sampleYear(2023), { year: 2023, importedBy: "a" }),
        importYear(b.driver, sampleYear(2024), { year: 2024, importedBy: "b" }),
      ]);
      expect([r1.year, r2.year]).toEqual([2023, 2024]);
      const same = await Promise.allSettled([
        importYear(a.driver, sampleYear(2025), { year: 2025, importedBy: "can-bo-a" }),
        importYear(b.driver, sampleYear(2025, { seed: 9 }), { year: 2025, importedBy: "can-bo-b" }),
      ]);
      expect(same.filter((s) => s.status === "fulfilled")).toHaveLength(1);
      const lost = same.find((s) => s.status === "rejected");
      expect(isStoreError(lost?.reason, "YEAR_EXISTS")).toBe(true);
      expect(String((lost as PromiseRejectedResult | undefined)?.reason)).toMatch(
        /^StoreError: Kho đã có dữ liệu năm 2025 \(do can-bo-[ab] nhập lúc .*hãy nhập lại với tùy chọn thay thế\./,
      );
      const s = await storeSummary(a.driver);
      expect(s.years.map((y) => y.year)).toEqual([2023, 2024, 2025]);
      expect(s.imports).toHaveLength(3);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
