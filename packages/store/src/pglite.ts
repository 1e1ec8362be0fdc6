import type { PGliteInterface, Transaction } from "@electric-sql/pglite";
import { copyStatement, type Row, type SqlDriver, type SqlExecutor } from "./driver.js";

const executor = (db: PGliteInterface | Transaction): SqlExecutor => ({
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
 * await driver.query("select 1 as one"); // [{ one: 1 }]
 * await driver.close();
 * ```
 */
export function pgliteDriver(db: PGliteInterface): SqlDriver {
  return {
    engine: "pglite",
    ...executor(db),
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    close: () => db.close(),
  };
}
