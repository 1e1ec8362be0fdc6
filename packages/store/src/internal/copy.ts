import type { SqlExecutor } from "../driver.js";

/** One CSV field for COPY: empty unquoted = NULL, everything else quoted (so "" is an empty string). */
const field = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  const s = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
  return `"${s.replaceAll('"', '""')}"`;
};

/** Rows per COPY chunk (PGlite /dev/blob chunks of about 100k rows load fastest, stack notes A.4). */
export const COPY_CHUNK_ROWS = 50_000;

/** Records given whole or one at a time (a generator, a stream of parsed rows). */
export type RecordSource<T> = Iterable<T> | AsyncIterable<T>;

/**
 * Copies records into `table` in CSV chunks of {@link COPY_CHUNK_ROWS} rows, holding one chunk at a time:
 * `row` maps a record to its column values (strings, numbers, null, or objects stored as JSON) or skips it
 * (undefined). Returns the number of rows copied.
 */
export async function copyRows<T>(
  sql: SqlExecutor,
  table: string,
  columns: readonly string[],
  records: RecordSource<T>,
  row: (record: T) => readonly unknown[] | undefined,
): Promise<number> {
  let lines: string[] = [];
  let total = 0;
  const flush = async () => {
    await sql.copyCsv(table, columns, `${lines.join("\n")}\n`);
    total += lines.length;
    lines = [];
  };
  for await (const record of records) {
    const values = row(record);
    if (values === undefined) continue;
    lines.push(values.map(field).join(","));
    if (lines.length >= COPY_CHUNK_ROWS) await flush();
  }
  if (lines.length > 0) await flush();
  return total;
}
