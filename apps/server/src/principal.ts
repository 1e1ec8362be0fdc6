/**
 * Who makes a request: the session cookie or the `Authorization: Bearer antq_pat_…` token, checked against
 * the database; and CSRF protection for cookie sessions (a state-changing request must come from the
 * server's own origin: `Origin`, else `Sec-Fetch-Site: same-origin`). Tokens are not sent by browsers on
 * their own, so they need no CSRF check.
 */
import type { SqlDriver } from "@antq/store";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import type { Principal } from "./access.js";
import { SESSION_COOKIE, sessionPrincipal, tokenPrincipal } from "./auth.js";
import { ProblemError } from "./problem.js";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Checks that a cookie-authenticated, state-changing request comes from `origin` (default: the request's). */
export const checkCsrf = (c: Context, origin: string | undefined): void => {
  if (SAFE_METHODS.has(c.req.method)) return;
  const expected = origin ?? new URL(c.req.url).origin;
  const sent = c.req.header("origin");
  if (sent !== undefined ? sent === expected : c.req.header("sec-fetch-site") === "same-origin") return;
  throw new ProblemError(
    "FORBIDDEN",
    "Yêu cầu thay đổi dữ liệu không đến từ trang của máy chủ (chống giả mạo yêu cầu, CSRF).",
  );
};

/** The principal of the request; a 401 problem when there is none or it is forged, revoked or expired. */
export const principalOf = async (
  c: Context,
  driver: SqlDriver,
  origin: string | undefined,
): Promise<Principal> => {
  const authorization = c.req.header("authorization");
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const principal = match?.[1] === undefined ? undefined : await tokenPrincipal(driver, match[1]);
    if (principal === undefined)
      throw new ProblemError("UNAUTHORIZED", "Khoá truy cập không hợp lệ, đã bị thu hồi hoặc đã hết hạn.");
    return principal;
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie === undefined) throw new ProblemError("UNAUTHORIZED", "Cần đăng nhập hoặc gửi khoá truy cập.");
  const principal = /^[A-Za-z0-9_-]{43}$/.test(cookie) ? await sessionPrincipal(driver, cookie) : undefined;
  if (principal === undefined)
    throw new ProblemError("UNAUTHORIZED", "Phiên đăng nhập không hợp lệ hoặc đã hết hạn; đăng nhập lại.");
  checkCsrf(c, origin);
  return principal;
};
