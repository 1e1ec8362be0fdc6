/**
 * The HTTP application: security headers, body size limit, the routes, `/openapi.json` generated from the
 * same zod schemas that validate the requests, the documentation page, and every error as an RFC 9457
 * problem document with a Vietnamese title and located issues.
 */
import { translateZodIssues } from "@antq/domain";
import { isStoreError, sqlStateOf } from "@antq/store";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { type ZodError, z } from "zod";
import { AssessRequestSchema, RuleSelectionQuerySchema, TraceRequestSchema } from "./api-schemas.js";
import { SESSION_COOKIE } from "./auth.js";
import { RuleCatalog } from "./catalog.js";
import { docsPage, type OpenApiLike } from "./docs-page.js";
import { jsonPointer, PROBLEM_MEDIA_TYPE, ProblemError, problemResponse } from "./problem.js";
import { DEFAULT_RATE_LIMITS, type RateLimits, rateLimits } from "./rate-limit.js";
import { registerAccountRoutes } from "./routes/accounts.js";
import { registerAssessRoutes } from "./routes/assess.js";
import { registerAssessmentRoutes } from "./routes/assessments.js";
import { registerDataRoutes } from "./routes/data.js";
import { registerRecordRoutes } from "./routes/records.js";
import { registerReportRoutes } from "./routes/reports.js";
import { registerRuleRoutes } from "./routes/rules.js";
import { registerUploadRoutes } from "./routes/upload.js";
import { registerWorkflowRoutes } from "./routes/workflow.js";
import type { DataContext } from "./server-context.js";
import { webSite } from "./web-site.js";

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The rule sets and province overlays offered (default: the base rule set, no overlay). */
  readonly catalog?: RuleCatalog;
  /** The largest request body accepted, in bytes (default 32 MiB). */
  readonly maxBodyBytes?: number;
  /** The version shown in the OpenAPI document. */
  readonly version?: string;
  /** The store and settings of the data endpoints (accounts, units); without it only the rule endpoints. */
  readonly data?: DataContext;
  /** Request limits per client address and per credential (default {@link DEFAULT_RATE_LIMITS}). */
  readonly rateLimits?: RateLimits;
  /** The built web app's folder, served at `/` on the same origin as the API (./web-site.ts); none by default. */
  readonly webRoot?: string;
}

const DEFAULT_MAX_BODY = 32 * 1024 * 1024;

/** A validation failure as a 422 problem: zod issues translated to Vietnamese, located in the body. */
const validationProblem = (
  error: ZodError,
  schema: z.ZodType,
  input: unknown,
  target: string,
): ProblemError => {
  const issues = translateZodIssues(error.issues, schema, input).map((issue) => ({
    code: issue.code,
    path: issue.pathText,
    pointer: jsonPointer(issue.path),
    message: issue.message,
  }));
  return new ProblemError(
    "INVALID_INPUT",
    `${target === "json" ? "Nội dung gửi lên" : "Tham số"} có ${issues.length} lỗi.`,
    issues,
  );
};

/** The request body schemas by route, for the Vietnamese field labels of validation issues. */
const BODY_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  "/v1/assess": AssessRequestSchema,
  "/v1/assess/trace": TraceRequestSchema,
};

/** The OpenAPI document's fixed part. */
export const OPENAPI_INFO = {
  title: "antq — API quy định và đánh giá “An toàn về an ninh, trật tự”",
  description:
    "API của antq cho một tỉnh: bộ quy tắc theo Thông tư 124/2021/TT-BCA (và Thông tư 23/2012/TT-BCA trước 10/02/2022) với phiên bản theo thời gian, đánh giá đơn vị, giải thích kết quả, lược đồ dữ liệu.",
};

/**
 * @asteasolutions/zod-to-openapi 9 writes a regex with flags as `RegExp#toString()` without its slashes, so
 * `/^[a-zđ]$/u` becomes the pattern `^[a-zđ]$/u`, which matches nothing it should. The flags are dropped
 * here (JSON Schema patterns are ECMA-262 with Unicode semantics already).
 */
const fixPatterns = <T>(value: T): T => {
  if (Array.isArray(value)) for (const item of value) fixPatterns(item);
  else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record)) {
      if (key === "pattern" && typeof item === "string") record[key] = item.replace(/\/[dgimsuvy]+$/, "");
      else fixPatterns(item);
    }
  }
  return value;
};

/**
 * Whether an error means the database cannot be reached (server restarting, connection lost): SQLSTATE class
 * 08 (connection exception) and 57P01–57P03 (shutdown), socket errors, or the store's CONNECTION_FAILED. The
 * transaction of the request was not committed, so the client may retry.
 */
const isUnavailable = (error: unknown): boolean => {
  if (isStoreError(error)) return error.code === "CONNECTION_FAILED";
  const state = sqlStateOf(error);
  if (state !== undefined) return state.startsWith("08") || /^57P0[123]$/.test(state);
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (typeof code === "string" && ["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"].includes(code)) ||
    /Connection terminated/i.test(String((error as Error | null)?.message ?? ""))
  );
};

/**
 * Every endpoint may answer 429 (rate limits, with `Retry-After`), and every endpoint that reads the database
 * 503 ({@link isUnavailable}): the document says so.
 */
const withCommonProblems = <T extends object>(doc: T): T => {
  const problem = { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } };
  const paths = (doc as { paths?: Record<string, Record<string, unknown> | undefined> }).paths;
  for (const item of Object.values(paths ?? {}))
    for (const operation of Object.values(item ?? {})) {
      const op = operation as { security?: unknown; responses?: Record<string, unknown> };
      if (op.responses === undefined) continue;
      op.responses["429"] ??= {
        description: "Quá nhiều yêu cầu; thử lại sau số giây ở Retry-After",
        headers: { "Retry-After": { schema: { type: "integer", minimum: 1 } } },
        content: problem,
      };
      if (op.security === undefined) continue;
      op.responses["503"] = {
        description: "Cơ sở dữ liệu tạm thời không truy cập được; yêu cầu chưa được thực hiện",
        content: problem,
      };
    }
  return doc;
};

/** Builds the application. */
export const createApp = (options: AppOptions = {}) => {
  const catalog = options.catalog ?? new RuleCatalog();
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const input = (result as { data?: unknown }).data;
      const schema =
        result.target === "json"
          ? (BODY_SCHEMAS[c.req.routePath] ?? z.unknown())
          : result.target === "query"
            ? RuleSelectionQuerySchema
            : z.unknown();
      throw validationProblem(result.error, schema, input, result.target);
    },
  });

  // The web app's files first: they carry the page's own CSP, not the API's `default-src 'none'`.
  if (options.webRoot !== undefined) app.use("*", webSite(options.webRoot));
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
      strictTransportSecurity: "max-age=31536000",
    }),
  );
  app.use("*", rateLimits(options.rateLimits ?? DEFAULT_RATE_LIMITS));
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const tooLarge = () => {
    throw new ProblemError("TOO_LARGE", `Nội dung gửi lên vượt giới hạn ${Math.floor(maxBody / 1024)} KiB.`);
  };
  const streamedLimit = bodyLimit({ maxSize: maxBody, onError: tooLarge });
  // hono's bodyLimit asks `c.req.raw.body` first, which makes @hono/node-server build a full web Request
  // (undici headers, abort signal, body stream) for every request, GETs included: a third of the server's
  // time per small request. Requests without a body and bodies with a declared length are decided from the
  // headers alone (node-server then reads the body straight from the socket); chunked bodies are counted.
  app.use("*", (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const length = c.req.header("content-length");
    if (length !== undefined && c.req.header("transfer-encoding") === undefined)
      return Number(length) > maxBody ? tooLarge() : next();
    return streamedLimit(c, next);
  });

  registerRuleRoutes(app, catalog);
  registerAssessRoutes(app, catalog);
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "Phiên đăng nhập (POST /v1/auth/login)",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "token", {
    type: "http",
    scheme: "bearer",
    description: "Khoá truy cập cá nhân antq_pat_… (POST /v1/tokens)",
  });
  if (options.data !== undefined) {
    registerAccountRoutes(app, options.data);
    registerDataRoutes(app, options.data);
    registerUploadRoutes(app, options.data);
    registerWorkflowRoutes(app, options.data);
    registerReportRoutes(app, options.data);
    registerAssessmentRoutes(app, options.data, catalog);
    registerRecordRoutes(app, options.data);
  }

  const document = () =>
    app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: { ...OPENAPI_INFO, version: options.version ?? "0.0.0" },
    });
  let cachedDocument: ReturnType<typeof document> | undefined;
  const openapi = () => {
    cachedDocument ??= withCommonProblems(fixPatterns(document()));
    return cachedDocument;
  };
  app.get("/openapi.json", (c) => c.json(openapi()));
  app.get("/", (c) => c.redirect("/docs"));
  app.get("/docs", (c) => c.html(docsPage(openapi() as unknown as OpenApiLike)));

  app.notFound((c) => problemResponse(new ProblemError("NOT_FOUND", `Không có đường dẫn ${c.req.path}.`), c));
  app.onError((error, c: Context) => {
    if (error instanceof ProblemError) return problemResponse(error, c);
    if (error instanceof HTTPException) {
      const text = error.message;
      if (error.status === 413) return problemResponse(new ProblemError("TOO_LARGE"), c);
      if (error.status === 415 || /content-type/i.test(text))
        return problemResponse(
          new ProblemError(
            "UNSUPPORTED_MEDIA_TYPE",
            "Gửi nội dung dạng JSON (Content-Type: application/json).",
          ),
          c,
        );
      if (error.status === 400)
        return problemResponse(new ProblemError("BAD_JSON", "Nội dung gửi lên không đọc được như JSON."), c);
    }
    if (isUnavailable(error))
      return problemResponse(
        new ProblemError(
          "UNAVAILABLE",
          "Không kết nối được cơ sở dữ liệu; yêu cầu chưa được thực hiện, thử lại sau.",
        ),
        c,
      );
    console.error(error);
    return problemResponse(new ProblemError("INTERNAL"), c);
  });
  return app;
};
