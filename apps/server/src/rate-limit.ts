/**
 * API rate limits beyond login throttling, per client address and per credential (session cookie or access
 * token), with rate-limiter-flexible's in-process counters. A request over a limit gets a 429 problem with
 * `Retry-After`. The counters live in this process: several server processes behind one address each count
 * on their own (documented in the README).
 */
import { createHash } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { SESSION_COOKIE } from "./auth.js";
import { ProblemError } from "./problem.js";

/** At most `requests` requests in any window of `seconds` seconds. */
export interface RateLimit {
  readonly requests: number;
  readonly seconds: number;
}

/** The limits of {@link rateLimits}; `false` turns one off. */
export interface RateLimits {
  readonly perAddress: RateLimit | false;
  readonly perCredential: RateLimit | false;
}

/**
 * Defaults: a province's officers often share one address (an office network), so the address limit is the
 * wider one; one officer or one script gets 30 requests per second on average over 10 seconds.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  perAddress: { requests: 3000, seconds: 10 },
  perCredential: { requests: 300, seconds: 10 },
};

/**
 * Reads a limit from its environment text: `requests/seconds` (e.g. `300/10`), or `0` / `off` for none;
 * undefined text gives `fallback`. Anything else is an error with a Vietnamese message.
 */
export const parseRateLimit = (
  text: string | undefined,
  fallback: RateLimit | false,
  name: string,
): RateLimit | false => {
  if (text === undefined || text.trim() === "") return fallback;
  if (/^\s*(0|off|tat)\s*$/i.test(text)) return false;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const requests = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (match === null || requests < 1 || seconds < 1)
    throw new Error(
      `${name}="${text}" không hợp lệ; ghi số yêu cầu/số giây, ví dụ 300/10, hoặc 0 để không giới hạn.`,
    );
  return { requests, seconds };
};

/** The client's address (the socket's; forwarding headers are not trusted), or "" without a socket (tests). */
const addressOf = (c: Context): string => {
  try {
    return getConnInfo(c).remote.address ?? "";
  } catch {
    return "";
  }
};

/** A key for the request's credential (hashed, so that the counters never hold a secret), if it has one. */
const credentialOf = (c: Context): string | undefined => {
  const secret =
    /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1] ?? getCookie(c, SESSION_COOKIE);
  return secret === undefined ? undefined : createHash("sha256").update(secret).digest("base64url");
};

const limiter = (limit: RateLimit | false) =>
  limit === false ? undefined : new RateLimiterMemory({ points: limit.requests, duration: limit.seconds });

/** The middleware: counts the request against its address and its credential; over a limit, a 429 problem. */
export const rateLimits = (limits: RateLimits = DEFAULT_RATE_LIMITS): MiddlewareHandler => {
  const byAddress = limiter(limits.perAddress);
  const byCredential = limiter(limits.perCredential);
  return async (c, next) => {
    try {
      if (byAddress !== undefined) await byAddress.consume(`a:${addressOf(c)}`);
      const credential = byCredential === undefined ? undefined : credentialOf(c);
      if (byCredential !== undefined && credential !== undefined) await byCredential.consume(credential);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new ProblemError(
        "TOO_MANY_REQUESTS",
        `Quá nhiều yêu cầu trong thời gian ngắn; thử lại sau ${seconds} giây.`,
        undefined,
        { "retry-after": String(seconds) },
      );
    }
    await next();
  };
};
