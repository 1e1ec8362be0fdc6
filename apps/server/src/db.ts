/**
 * The server's database: an @antq/store driver (PGlite for a try-out, PostgreSQL for real) and the request
 * transaction in which row-level security applies: `set local role antq_app` and the principal's province
 * and commune as transaction-local settings, so that nothing outlives the transaction on a pooled connection.
 */
import type { SqlDriver, SqlExecutor } from "@antq/store";
import type { Principal } from "./access.js";

const IDENT = /^[a-z_][a-z0-9_]*$/;

/**
 * PostgreSQL refuses `COPY … FROM` into a table with row-level security for a role it applies to
 * ("COPY FROM not supported with row-level security"). Under `antq_app` the store's bulk rows are therefore
 * copied into a temporary table of the same columns and inserted from it in one statement as `antq_app`,
 * so that every row passes the table's policies (`with check`) and constraints. PGlite reads COPY from its
 * `/dev/blob` file, which only the session's own role may do: there the temporary table is filled as that
 * role, and only the insert into the real table runs as `antq_app`.
 */
const copyThroughTemporary = async (
  engine: SqlDriver["engine"],
  tx: SqlExecutor,
  table: string,
  columns: readonly string[],
  csv: string,
): Promise<void> => {
  for (const name of [table, ...columns])
    if (!IDENT.test(name)) throw new TypeError(`copyCsv: tên không hợp lệ "${name}"`);
  const temp = `antq_copy_${table}`;
  const list = columns.join(", ");
  const asSession = engine === "pglite";
  if (asSession) await tx.query("reset role");
  await tx.query(`create temporary table ${temp} as select ${list} from ${table} with no data`);
  await tx.copyCsv(temp, columns, csv);
  if (asSession) {
    await tx.query(`grant select on ${temp} to antq_app`);
    await tx.query("set local role antq_app");
  }
  await tx.query(`insert into ${table} (${list}) select ${list} from ${temp}`);
  // On failure the transaction is rolled back, and the temporary table with it.
  if (asSession) await tx.query("reset role");
  await tx.query(`drop table ${temp}`);
  if (asSession) await tx.query("set local role antq_app");
};

/**
 * The driver of one open transaction, so that a store function that takes a driver (and may open its own
 * transaction) runs inside the request's, under its role and row-level security (bulk rows go through
 * {@link copyThroughTemporary}).
 */
export const transactionDriver = (driver: SqlDriver, tx: SqlExecutor): SqlDriver => {
  const inner: SqlExecutor = {
    query: (text, params) => tx.query(text, params),
    exec: (text) => tx.exec(text),
    copyCsv: (table, columns, csv) => copyThroughTemporary(driver.engine, tx, table, columns, csv),
  };
  return { engine: driver.engine, ...inner, transaction: (fn) => fn(inner), close: async () => {} };
};

/** Runs `fn` in one transaction as the non-owner role `antq_app`, scoped to the principal. */
export const scoped = <T>(
  driver: SqlDriver,
  principal: Pick<Principal, "provinceId" | "communeId">,
  fn: (tx: SqlExecutor) => Promise<T>,
): Promise<T> =>
  driver.transaction(async (tx) => {
    await tx.query("set local role antq_app");
    await tx.query("select set_config('antq.province', $1, true), set_config('antq.commune', $2, true)", [
      principal.provinceId,
      principal.communeId ?? "",
    ]);
    return fn(tx);
  });

/** Runs `fn` in one transaction as `antq_app` without a scope (accounts, sessions, tokens: no RLS there). */
export const unscoped = <T>(driver: SqlDriver, fn: (tx: SqlExecutor) => Promise<T>): Promise<T> =>
  driver.transaction(async (tx) => {
    await tx.query("set local role antq_app");
    return fn(tx);
  });

/** Appends to the audit log, in the transaction of the change. */
export const audit = (
  tx: SqlExecutor,
  entry: {
    readonly actor: Principal;
    readonly action: string;
    readonly entity: string;
    readonly entityId: string;
    readonly communeId?: string | null;
    readonly before?: unknown;
    readonly after?: unknown;
  },
): Promise<unknown> =>
  tx.query(
    "insert into audit_log (actor, action, entity, entity_id, province_id, commune_id, before, after) values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)",
    [
      entry.actor.login,
      entry.action,
      entry.entity,
      entry.entityId,
      entry.actor.provinceId,
      entry.communeId ?? null,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
