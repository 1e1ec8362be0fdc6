import type { SqlExecutor } from "../driver.js";

/** One CSV field for COPY: empty unquoted = NULL, everything else quoted (so "" is an empty string). */
const field = (v: unknown): string => {
  if (v === null || v === undefined) return "";
  const s = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
  return `"${s.replaceAll('"', '""')}"`;
};

/** Rows per COPY chunk (PGlite /dev/blob chunks of about 100k rows load fastest, stack notes A.4). */
export const COPY_CHUNK_ROWS = 50_000;

/** Copies rows into `table` in CSV chunks. Values: strings, numbers, null, or objects stored as JSON. */
export async function copyRows(
  sql: SqlExecutor,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly unknown[]>,
): Promise<number> {
  let lines: string[] = [];
  let total = 0;
  for (const row of rows) {
    lines.push(row.map(field).join(","));
    if (lines.length >= COPY_CHUNK_ROWS) {
      await sql.copyCsv(table, columns, `${lines.join("\n")}\n`);
      total += lines.length;
      lines = [];
    }
  }
  if (lines.length > 0) {
    await sql.copyCsv(table, columns, `${lines.join("\n")}\n`);
    total += lines.length;
  }
  return total;
}
