import { copyStatement, type Row, type SqlDriver, type SqlExecutor } from "./driver.js";

/**
 * The part of a PGlite transaction the store uses (structural, so that this package's declarations do not
 * pull in PGlite's, which need Emscripten and Node types).
 *
 * @example
 * ```ts
 * const rows = (tx: PgliteQueryable) => tx.query("select 1 as one").then((r) => r.rows);
 * ```
 */
export interface PgliteQueryable {
  query<T>(query: string, params?: unknown[], options?: { blob?: Blob }): Promise<{ rows: T[] }>;
  exec(query: string): Promise<unknown>;
}

/**
 * The part of an open PGlite instance the store uses (`PGlite` satisfies it).
 *
 * @example
 * ```ts
 * import { PGlite } from "@electric-sql/pglite";
 * const db: PgliteLike = await PGlite.create();
 * await db.transaction((tx) => tx.query("select 'Ấp Quơn Long' as name").then((r) => r.rows)); //=> [{ name: "Ấp Quơn Long" }]
 * await db.close();
 * ```
 */
export interface PgliteLike extends PgliteQueryable {
  transaction<T>(callback: (tx: PgliteQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const executor = (db: PgliteQueryable): SqlExecutor => ({
  async query(text, params = []) {
    const result = await db.query<Row>(text, [...params]);
    return result.rows;
  },
  async exec(text) {
    await db.exec(text);
  },
  async copyCsv(table, columns, csv) {
    await db.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([csv]) });
  },
});

/**
 * A {@link SqlDriver} over an open PGlite instance (a NodeFS folder in Node, `idb://` in the browser; keep the
 * default strict durability). Bulk rows go through `COPY … FROM '/dev/blob'`. PGlite is one connection:
 * its `transaction()` runs exclusively, so concurrent callers are serialised.
 *
 * @example
 * ```ts
 * import { PGlite } from "@electric-sql/pglite";
 * const driver = pgliteDriver(await PGlite.create());
 * await driver.query("select 1 as one"); //=> [{ one: 1 }]
 * await driver.close();
 * ```
 */
export function pgliteDriver(db: PgliteLike): SqlDriver {
  return {
    engine: "pglite",
    ...executor(db),
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    close: () => db.close(),
  };
}
