/**
 * The migrations runner: the `.sql` files shipped in `migrations/`, applied in order, one transaction each,
 * recorded in `schema_migrations` with their SHA-256. A changed file already applied (drift) and a store
 * created by a newer package refuse to open; an older store is upgraded in place.
 */
import * as z from "zod";
import type { SqlDriver } from "./driver.js";
import { StoreError } from "./errors.js";
import { MIGRATION_FILES } from "./internal/migrations.js";

/**
 * One migration: its version (the file name without `.sql`) and its SQL text.
 *
 * @example
 * ```ts
 * const m: Migration = { version: "0001_init", sql: "create table t (id int);" };
 * ```
 */
export interface Migration {
  readonly version: string;
  readonly sql: string;
}

/**
 * The migrations shipped with this package, in order.
 *
 * @example
 * ```ts
 * MIGRATIONS[0]?.version; //=> "0001_init"
 * ```
 */
export const MIGRATIONS: readonly Migration[] = MIGRATION_FILES;

/**
 * What {@link migrate} did: the versions applied now and the schema version the store is at.
 *
 * @example
 * ```ts
 * const r: MigrateResult = { applied: ["0002_period_indexes"], version: "0002_period_indexes" };
 * ```
 */
export interface MigrateResult {
  readonly applied: readonly string[];
  readonly version: string;
}

/**
 * The key of the advisory lock held while migrating (`pg_advisory_xact_lock`): the same for every antq
 * process, so that two processes opening an empty shared database migrate one after the other.
 *
 * @example
 * ```ts
 * MIGRATION_LOCK_KEY; //=> "7301380015"
 * ```
 */
export const MIGRATION_LOCK_KEY = "7301380015";

const AppliedRow = z.object({ version: z.string(), checksum: z.string() });

/**
 * The SHA-256 of a migration's text, hex (WebCrypto: works in Node and browsers).
 *
 * @example
 * ```ts
 * await migrationChecksum("select 1;"); //=> "354b7196c9ba5fb4b21cf615bb6ec4cd5c07503c34229feef033fc081a8c03f4"
 * ```
 */
export async function migrationChecksum(sql: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(sql));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Brings the store's schema up to `migrations` (default: the shipped ones). Throws `STORE_TOO_NEW` when the
 * store has a migration this package does not know, `MIGRATION_DRIFT` when an applied file changed.
 *
 * @example
 * ```ts
 * // `driver`: a new, empty store.
 * const first = await migrate(driver);
 * first.applied; //=> MIGRATIONS.map((m) => m.version)
 * first.version; //=> "0011_admin_unit_other_province"
 * (await migrate(driver)).applied; //=> []
 * ```
 */
export async function migrate(
  driver: SqlDriver,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrateResult> {
  const known = new Map<string, string>();
  for (const m of migrations) known.set(m.version, await migrationChecksum(m.sql));
  const applied: string[] = [];
  await driver.transaction(async (tx) => {
    // One migrating process at a time on a shared server, from the very first one on an empty database (a
    // table lock cannot serialise the creation of the table it locks): a transaction-scoped advisory lock,
    // released at commit or rollback.
    await tx.query("select pg_advisory_xact_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
    await tx.query(
      "create table if not exists schema_migrations (version text primary key, checksum text not null, applied_at timestamptz not null default now())",
    );
    const rows = z.array(AppliedRow).parse(await tx.query("select version, checksum from schema_migrations"));
    const done = new Set<string>();
    for (const row of rows) {
      const checksum = known.get(row.version);
      if (checksum === undefined)
        throw new StoreError(
          "STORE_TOO_NEW",
          `Kho dữ liệu đã được nâng cấp bởi một phiên bản antq mới hơn (lược đồ ${row.version}, phiên bản này chỉ biết đến ${migrations.at(-1)?.version ?? "không có"}). Hãy cập nhật antq rồi mở lại kho.`,
          { storeVersion: row.version },
        );
      if (checksum !== row.checksum)
        throw new StoreError(
          "MIGRATION_DRIFT",
          `Tệp cập nhật lược đồ ${row.version}.sql đã bị sửa sau khi áp dụng vào kho (mã kiểm tra khác nhau). Không mở kho để tránh sai lệch dữ liệu.`,
          { version: row.version, expected: row.checksum, actual: checksum },
        );
      done.add(row.version);
    }
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      try {
        await tx.exec(m.sql);
      } catch (cause) {
        throw new StoreError(
          "MIGRATION_FAILED",
          `Không áp dụng được tệp cập nhật lược đồ ${m.version}.sql: ${cause instanceof Error ? cause.message : String(cause)}`,
          { version: m.version },
          cause,
        );
      }
      await tx.query("insert into schema_migrations (version, checksum) values ($1, $2)", [
        m.version,
        known.get(m.version),
      ]);
      applied.push(m.version);
    }
  });
  return { applied, version: migrations.at(-1)?.version ?? "" };
}
