/**
 * Both engines for one test suite: `forEachEngine("…", (engine) => { … })` runs the same tests on a PGlite
 * data folder (copied from the template) and on a fresh database of the PostgreSQL server.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { type OpenStore, openStore } from "../../src/node/index.js";

export type EngineName = "pglite" | "postgres";

export interface Engine {
  readonly name: EngineName;
  /** A new empty location (folder or database URL), not opened yet. */
  newLocation(): Promise<string>;
  /** A new store, opened and migrated. */
  open(location?: string): Promise<OpenStore>;
  /** Removes every location made (call in afterAll). */
  cleanup(): Promise<void>;
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

export function engines(): Engine[] {
  const list: Engine[] = [];
  const folders: string[] = [];
  const template = inject("pgliteTemplate");
  const pglite: Engine = {
    name: "pglite",
    async newLocation() {
      const dir = mkdtempSync(join(tmpdir(), "antq-store-test-"));
      cpSync(template, dir, { recursive: true });
      folders.push(dir);
      return dir;
    },
    async open(location) {
      return openStore(location ?? (await this.newLocation()));
    },
    async cleanup() {
      for (const f of folders) rmSync(f, { recursive: true, force: true });
    },
  };
  list.push(pglite);
  const url = inject("postgresUrl");
  if (url !== "") {
    const databases: string[] = [];
    list.push({
      name: "postgres",
      async newLocation() {
        const name = `antq_t_${process.pid}_${databases.length}_${Math.random().toString(36).slice(2, 8)}`;
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`create database ${name}`);
        } finally {
          await client.end();
        }
        databases.push(name);
        return withDatabase(url, name);
      },
      async open(location) {
        return openStore(location ?? (await this.newLocation()));
      },
      async cleanup() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          for (const d of databases) await client.query(`drop database if exists ${d} with (force)`);
        } finally {
          await client.end();
        }
      },
    });
  }
  return list;
}
