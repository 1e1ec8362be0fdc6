/**
 * Opaque pagination cursors of the list endpoints. A cursor carries the last key of its page and a digest of
 * the filters it was made for: it cannot be reused with other filters, and whatever it names, the query
 * stays inside the principal's scope (handlers and row-level security).
 */
import { createHash } from "node:crypto";
import { ProblemError } from "./problem.js";

/** A short digest of a list's year and filters. */
export const filterDigest = (year: number, filters: Record<string, unknown>) =>
  createHash("sha256")
    .update(JSON.stringify([year, filters]))
    .digest("base64url")
    .slice(0, 16);
/** The cursor of the page after the key `after`. */
export const makeCursor = (after: string, digest: string) =>
  Buffer.from(JSON.stringify({ a: after, f: digest }), "utf8").toString("base64url");
/** The key a cursor names; a 422 problem when it is malformed or made for other filters. */
export const readCursor = (cursor: string, digest: string): string => {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as {
      a?: unknown;
      f?: unknown;
    };
    if (typeof parsed.a === "string" && parsed.f === digest) return parsed.a;
  } catch {
    // reported below
  }
  throw new ProblemError(
    "INVALID_INPUT",
    "Con trỏ trang (cursor) không hợp lệ hoặc không dùng cho các bộ lọc này.",
    [
      {
        code: "INVALID_CURSOR",
        path: "cursor",
        pointer: "/cursor",
        message: "Con trỏ trang (cursor) không hợp lệ.",
      },
    ],
  );
};
