import { describe, expect, it } from "vitest";
import { parseRateLimit } from "../src/rate-limit.js";
import { call, testApp } from "./support.js";

describe("rate limits", () => {
  it("limits an address: the request over the limit gets a 429 problem with Retry-After", async () => {
    // 4 = three calls and the test helper's own /openapi.json request.
    const app = testApp({ rateLimits: { perAddress: { requests: 4, seconds: 60 }, perCredential: false } });
    for (let i = 0; i < 3; i++) expect((await call(app, "GET", "/v1/rulesets")).status).toBe(200);
    const refused = await call(app, "GET", "/v1/rulesets");
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: "TOO_MANY_REQUESTS", title: "Quá nhiều yêu cầu" });
    expect(refused.body.detail).toMatch(/thử lại sau \d+ giây/);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("limits each credential (token or session) on its own, without reading the database", async () => {
    const app = testApp({ rateLimits: { perAddress: false, perCredential: { requests: 2, seconds: 10 } } });
    const as = (token: string) =>
      call(app, "GET", "/v1/rulesets", { headers: { authorization: `Bearer antq_pat_${token}` } });
    expect((await as("mot")).status).toBe(200);
    expect((await as("mot")).status).toBe(200);
    const refused = await as("mot");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await as("hai")).status).toBe(200);
    const cookie = () => call(app, "GET", "/v1/rulesets", { headers: { cookie: "antq_session=abc" } });
    await cookie();
    await cookie();
    expect((await cookie()).status).toBe(429);
    // Requests without a credential are only limited by address (off here).
    for (let i = 0; i < 4; i++) expect((await call(app, "GET", "/v1/rulesets")).status).toBe(200);
  });

  it("reads limits from the environment text, with Vietnamese errors", () => {
    expect(parseRateLimit("300/10", false, "X")).toEqual({ requests: 300, seconds: 10 });
    expect(parseRateLimit(" 0 ", { requests: 1, seconds: 1 }, "X")).toBe(false);
    expect(parseRateLimit(undefined, { requests: 5, seconds: 2 }, "X")).toEqual({ requests: 5, seconds: 2 });
    expect(() => parseRateLimit("nhiều", false, "ANTQ_RATE_PER_ADDRESS")).toThrow(
      'ANTQ_RATE_PER_ADDRESS="nhiều" không hợp lệ; ghi số yêu cầu/số giây',
    );
  });
});
