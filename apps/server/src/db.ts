/**
 * The server's database: an @antq/store driver (PGlite for a try-out, PostgreSQL for real) and the request
 * transaction in which row-level security applies: `set local role antq_app` and the principal's province
 * and commune as transaction-local settings, so that nothing outlives the transaction on a pooled connection.
 */
import type { SqlDriver, SqlExecutor } from "@antq/store";
import type { Principal } from "./access.js";

/**
 * The driver of one open transaction, so that a store function that takes a driver (and may open its own
 * transaction) runs inside the request's, under its role and row-level security.
 */
export const transactionDriver = (driver: SqlDriver, tx: SqlExecutor): SqlDriver => ({
  engine: driver.engine,
  query: (text, params) => tx.query(text, params),
  exec: (text) => tx.exec(text),
  copyCsv: (table, columns, csv) => tx.copyCsv(table, columns, csv),
  transaction: (fn) => fn(tx),
  close: async () => {},
});

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
