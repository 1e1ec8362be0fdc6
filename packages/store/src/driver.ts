/**
 * The small SQL surface the store needs from an engine. Two implementations: {@link pgliteDriver} (embedded,
 * browser-safe) and `postgresDriver` in `@antq/store/node` (a real PostgreSQL server). Every query is
 * parameterised (`$1`, `$2`…); `exec` runs trusted multi-statement text (the shipped migrations) only.
 */

/**
 * A row as returned by the engine, decoded with zod by the caller.
 *
 * @example
 * ```ts
 * const row: Row = { year: 2024, units: 12 };
 * ```
 */
export type Row = Record<string, unknown>;

/**
 * What runs inside or outside a transaction.
 *
 * @example
 * ```ts
 * const count = async (sql: SqlExecutor) => (await sql.query("select count(*)::int as n from unit_year"))[0]?.n;
 * ```
 */
export interface SqlExecutor {
  /** One parameterised statement; returns its rows. */
  query(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Trusted multi-statement text without parameters (migrations). */
  exec(text: string): Promise<void>;
  /** `COPY table (columns) FROM STDIN` in CSV; `csv` is the whole text of the chunk. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
}

/**
 * An open engine: an executor plus transactions and close.
 *
 * @example
 * ```ts
 * const years = (d: SqlDriver) => d.transaction((tx) => tx.query("select year from dataset_year"));
 * ```
 */
export interface SqlDriver extends SqlExecutor {
  readonly engine: "pglite" | "postgres";
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * `copy <table> (<columns>) from …` with checked identifiers (they are ours, never user input).
 *
 * @example
 * ```ts
 * copyStatement("award", ["year", "doc"], "stdin"); //=> "copy award (year, doc) from stdin with (format csv)"
 * ```
 */
export const copyStatement = (table: string, columns: readonly string[], source: string): string => {
  const ident = /^[a-z_][a-z0-9_]*$/;
  for (const name of [table, ...columns])
    if (!ident.test(name)) throw new TypeError(`copyStatement: tên không hợp lệ "${name}"`);
  return `copy ${table} (${columns.join(", ")}) from ${source} with (format csv)`;
};
