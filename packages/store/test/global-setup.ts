/**
 * Global setup of the store's tests:
 * - a template PGlite data folder, created once (a fresh NodeFS initdb takes seconds; copying it is instant);
 * - a PostgreSQL server: `ANTQ_DATABASE_URL` when set (CI starts one in .ci/run), otherwise a throwaway
 *   PostgreSQL 15 cluster started here with initdb + pg_ctl when the binaries are installed. With CI=true and
 *   no server the run fails: the PostgreSQL suite must never be skipped silently in CI.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { build } from "esbuild";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string;
    childScript: string;
  }
}

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

const pgBin = (): string | undefined => {
  for (const v of ["18", "17", "16", "15"]) {
    const dir = `/usr/lib/postgresql/${v}/bin`;
    if (existsSync(join(dir, "initdb"))) return dir;
  }
  return undefined;
};

export default async function setup(project: TestProject) {
  const cleanups: (() => void)[] = [];
  const template = mkdtempSync(join(tmpdir(), "antq-store-template-"));
  const db = await PGlite.create({ dataDir: join(template, "pgdata") });
  await db.close();
  cleanups.push(() => rmSync(template, { recursive: true, force: true }));
  project.provide("pgliteTemplate", template);
  // The second process of the lock, durability and kill -9 tests, bundled from source.
  // Inside the package (not /tmp) so that its external imports resolve to the workspace's node_modules.
  const child = join(import.meta.dirname, `../.tmp/store-child-${process.pid}.mjs`);
  cleanups.push(() => rmSync(child, { force: true }));
  await build({
    entryPoints: [join(import.meta.dirname, "child/store-child.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: child,
    conditions: ["@antq/source", "import", "default"],
    external: ["@electric-sql/pglite", "pg", "pg-copy-streams", "zod"],
    logLevel: "silent",
  });
  project.provide("childScript", child);

  let url = process.env.ANTQ_DATABASE_URL ?? "";
  if (url === "") {
    const bin = pgBin();
    if (bin === undefined) {
      if (process.env.CI === "true" || process.env.CI === "1")
        throw new Error(
          "CI=true nhưng không có ANTQ_DATABASE_URL và không tìm thấy PostgreSQL: bộ kiểm thử PostgreSQL không được bỏ qua trong CI.",
        );
      console.warn("[store] Không có PostgreSQL: chỉ chạy kiểm thử trên PGlite.");
    } else {
      const dir = mkdtempSync(join(tmpdir(), "antq-pg-"));
      const root = process.getuid?.() === 0;
      const as = (cmd: string, args: string[]) =>
        root ? execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args]) : execFileSync(cmd, args);
      if (root) {
        chownSync(
          dir,
          Number(execFileSync("id", ["-u", "postgres"]).toString()),
          Number(execFileSync("id", ["-g", "postgres"]).toString()),
        );
        chmodSync(dir, 0o700);
      }
      const port = await freePort();
      as(join(bin, "initdb"), [
        "-D",
        join(dir, "data"),
        "-U",
        "antq",
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
      ]);
      as(join(bin, "pg_ctl"), [
        "-D",
        join(dir, "data"),
        "-l",
        join(dir, "pg.log"),
        "-w",
        "-o",
        `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
        "start",
      ]);
      cleanups.push(() => {
        const args = ["-D", join(dir, "data"), "-m", "immediate", "stop"];
        if (root) spawnSync("runuser", ["-u", "postgres", "--", join(bin, "pg_ctl"), ...args]);
        else spawnSync(join(bin, "pg_ctl"), args);
        rmSync(dir, { recursive: true, force: true });
      });
      url = `postgresql://antq@127.0.0.1:${port}/postgres`;
    }
  }
  project.provide("postgresUrl", url);
  return () => {
    for (const c of cleanups.reverse()) c();
  };
}
