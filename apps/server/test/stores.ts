/**
 * The engines the data tests run on: embedded PGlite always (in memory), and a fresh database of the
 * PostgreSQL server named by ANTQ_DATABASE_URL when it is set (CI sets it).
 */

import { migrate, pgliteDriver, type SqlDriver } from "@antq/store";
import { postgresDriver } from "@antq/store/node";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export interface TestStore {
  readonly name: "pglite" | "postgres";
  open(): Promise<{ driver: SqlDriver; close: () => Promise<void> }>;
}

export const testStores = (): TestStore[] => {
  const stores: TestStore[] = [
    {
      name: "pglite",
      async open() {
        const db = new PGlite();
        const driver = pgliteDriver(db);
        await migrate(driver);
        return { driver, close: () => db.close() };
      },
    },
  ];
  const url = process.env.ANTQ_DATABASE_URL;
  if (url !== undefined && url !== "") {
    stores.push({
      name: "postgres",
      async open() {
        const name = `antq_srv_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const u = new URL(url);
        u.pathname = `/${name}`;
        const driver = await postgresDriver(u.toString());
        await migrate(driver);
        return {
          driver,
          close: async () => {
            await driver.close();
            const drop = new pg.Client({ connectionString: url });
            await drop.connect();
            await drop.query(`drop database if exists ${name}`);
            await drop.end();
          },
        };
      },
    });
  }
  return stores;
};
