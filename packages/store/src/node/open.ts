import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SqlDriver } from "../driver.js";
import { type MigrateResult, migrate } from "../migrate.js";
import { pgliteDriver } from "../pglite.js";
import { acquireFolderLock } from "./lock.js";
import { postgresDriver, redactUrl } from "./postgres.js";

/**
 * Where a store lives: `postgres://…`/`postgresql://…` (a shared server) or a folder (embedded PGlite).
 *
 * @example
 * ```ts
 * isPostgresUrl("postgres://antq@127.0.0.1/antq"); //=> true
 * isPostgresUrl("/home/can-bo/.antq"); //=> false
 * ```
 */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/**
 * The store location: the one given, else `ANTQ_DATABASE_URL`, else `~/.antq`.
 *
 * @example
 * ```ts
 * resolveStoreLocation(undefined, {}) === join(homedir(), ".antq"); //=> true
 * resolveStoreLocation(undefined, { ANTQ_DATABASE_URL: "postgres://antq@127.0.0.1/antq" }); //=> "postgres://antq@127.0.0.1/antq"
 * resolveStoreLocation("kho-2024", {}) === resolve("kho-2024"); //=> true
 * ```
 */
export function resolveStoreLocation(
  location: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  if (location !== undefined && location !== "")
    return isPostgresUrl(location) ? location : resolve(location);
  const url = env.ANTQ_DATABASE_URL;
  if (url !== undefined && url !== "") return url;
  return join(homedir(), ".antq");
}

/**
 * An open store: its driver, where it is (URL shown without password), the migrations applied on opening.
 *
 * @example
 * ```ts
 * const describe = (s: OpenStore) => `${s.engine}: ${s.displayLocation}`;
 * describe({ engine: "postgres", displayLocation: "postgres://antq:***@127.0.0.1:5432/antq" } as OpenStore);
 * //=> "postgres: postgres://antq:***@127.0.0.1:5432/antq"
 * ```
 */
export interface OpenStore {
  readonly driver: SqlDriver;
  readonly engine: "pglite" | "postgres";
  readonly location: string;
  readonly displayLocation: string;
  readonly migration: MigrateResult;
  close(): Promise<void>;
}

/**
 * PGlite's memory (its WebAssembly heap grows and never shrinks): smaller buffers than PostgreSQL's defaults. On
 * the 1 000 000-row import of the `store` benchmark the peak RSS went from 944 to 801 MiB (one run each, machine
 * under load); the data folder's files stay cached by the operating system.
 */
const SMALL_MEMORY = [
  ...[
    "shared_buffers=16MB",
    "maintenance_work_mem=16MB",
    "work_mem=1MB",
    "wal_buffers=1MB",
    "temp_buffers=1MB",
  ],
].flatMap((setting) => ["-c", setting]);

/**
 * Opens (and creates or upgrades) a store. A folder is opened with PGlite in `<folder>/pgdata` (NodeFS,
 * strict durability) under the folder's exclusive lock; a URL with a pool of connections to PostgreSQL.
 * Throws `STORE_LOCKED`, `CONNECTION_FAILED`, `STORE_TOO_NEW`, `MIGRATION_DRIFT` as StoreErrors.
 *
 * @example
 * ```ts
 * // `folder`: a new data folder (as ~/.antq on an officer's machine); opening it creates the store.
 * const store = await openStore(folder);
 * try {
 *   [store.engine, store.migration.version]; //=> ["pglite", "0011_admin_unit_other_province"]
 *   (await storeSummary(store.driver)).years; //=> []
 *   // The folder is locked while the store is open: a second opening is refused.
 *   (await openStore(folder).catch((e) => e)).code; //=> "STORE_LOCKED"
 * } finally {
 *   await store.close();
 * }
 * ```
 */
export async function openStore(location?: string): Promise<OpenStore> {
  const where = resolveStoreLocation(location);
  if (isPostgresUrl(where)) {
    const driver = await postgresDriver(where);
    try {
      const migration = await migrate(driver);
      return {
        driver,
        engine: "postgres",
        location: where,
        displayLocation: redactUrl(where),
        migration,
        close: () => driver.close(),
      };
    } catch (e) {
      await driver.close();
      throw e;
    }
  }
  const lock = acquireFolderLock(where);
  let driver: SqlDriver | undefined;
  try {
    const db = await PGlite.create({
      dataDir: join(where, "pgdata"),
      relaxedDurability: false,
      startParams: [...PGlite.defaultStartParams, ...SMALL_MEMORY],
    });
    driver = pgliteDriver(db);
    const migration = await migrate(driver);
    const opened = driver;
    return {
      driver: opened,
      engine: "pglite",
      location: where,
      displayLocation: where,
      migration,
      close: async () => {
        try {
          await opened.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (e) {
    await driver?.close().catch(() => {});
    lock.release();
    throw e;
  }
}
