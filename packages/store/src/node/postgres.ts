import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { copyStatement, type Row, type SqlDriver, type SqlExecutor } from "../driver.js";
import { StoreError } from "../errors.js";

type Queryable = pg.Pool | pg.PoolClient;

const copyInto = async (client: pg.PoolClient, table: string, columns: readonly string[], csv: string) => {
  const stream = client.query(copyFrom(copyStatement(table, columns, "stdin")));
  await new Promise<void>((resolve, reject) => {
    stream.on("error", reject);
    stream.on("finish", resolve);
    stream.end(csv);
  });
};

const executor = (db: Queryable, pool: pg.Pool): SqlExecutor => ({
  async query(text, params = []) {
    const result = await db.query<Row>(text, [...params]);
    return result.rows;
  },
  async exec(text) {
    // Without parameters pg uses the simple protocol, which accepts several statements.
    await db.query(text);
  },
  async copyCsv(table, columns, csv) {
    if (db instanceof pg.Pool) {
      const client = await pool.connect();
      try {
        await copyInto(client, table, columns, csv);
      } finally {
        client.release();
      }
    } else await copyInto(db, table, columns, csv);
  },
});

/**
 * The URL without its password, for messages.
 *
 * @example
 * ```ts
 * redactUrl("postgres://antq:bi-mat@127.0.0.1:5432/antq"); //=> "postgres://antq:***@127.0.0.1:5432/antq"
 * ```
 */
export const redactUrl = (url: string): string => {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(địa chỉ không hợp lệ)";
  }
};

// Type parsers: int8 and numeric as numbers, dates as "YYYY-MM-DD" text (as in the domain), the rest as pg does.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === 20 || oid === 1700) return (v: string) => Number(v);
    if (oid === 1082) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as "text");
  }) as typeof pg.types.getTypeParser,
};

/**
 * A {@link SqlDriver} on a PostgreSQL server (15 or newer) given by a `postgres://` URL. Checks the
 * connection first and throws `CONNECTION_FAILED` with a Vietnamese message (password hidden).
 *
 * @example
 * ```ts
 * // `postgresUrl`: the server, e.g. "postgresql://antq@127.0.0.1:5432/antq".
 * const driver = await postgresDriver(postgresUrl);
 * await driver.query("select 1 as one"); //=> [{ one: 1 }]
 * await driver.close();
 * // Nothing listens on port 9 of this machine: a clear error, the password hidden.
 * const e = await postgresDriver("postgresql://antq:bi-mat@127.0.0.1:9/antq").catch((e) => e);
 * [e.code, e.message.includes("bi-mat")]; //=> ["CONNECTION_FAILED", false]
 * ```
 */
export async function postgresDriver(url: string, options: { max?: number } = {}): Promise<SqlDriver> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 4, types });
  pool.on("error", () => {}); // idle-client errors surface on the next query
  try {
    const client = await pool.connect();
    client.release();
  } catch (cause) {
    await pool.end().catch(() => {});
    throw new StoreError(
      "CONNECTION_FAILED",
      `Không kết nối được máy chủ PostgreSQL ${redactUrl(url)}: ${(cause as Error).message}`,
      { url: redactUrl(url) },
      cause,
    );
  }
  return {
    engine: "postgres",
    ...executor(pool, pool),
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client whose connection drops (server restart) emits "error"; without a listener that
      // would crash the process. The query in flight fails on its own; the broken client is destroyed.
      let broken: Error | undefined;
      const onError = (e: Error) => {
        broken = e;
      };
      client.on("error", onError);
      try {
        await client.query("begin");
        const value = await fn(executor(client, pool));
        await client.query("commit");
        return value;
      } catch (e) {
        await client.query("rollback").catch((rollbackError: Error) => {
          broken ??= rollbackError;
        });
        throw e;
      } finally {
        client.off("error", onError);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
