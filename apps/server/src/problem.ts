/**
 * Errors as RFC 9457 problem documents (`application/problem+json`): a Vietnamese `title`, the HTTP
 * `status`, a stable machine `code` and, for invalid input, the located issues (field path as text and as a
 * JSON Pointer into the request body).
 */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";

/** The media type of a problem document (RFC 9457 §3). */
export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** One located input issue of a problem document. */
export const ProblemIssueSchema = z
  .object({
    code: z.string().meta({ title: "Mã lỗi (ổn định, cho máy đọc)" }),
    path: z.string().meta({ title: "Vị trí trong dữ liệu gửi lên, ví dụ dataset.units[3].name" }),
    pointer: z.string().meta({ title: "Vị trí dạng JSON Pointer (RFC 6901), ví dụ /dataset/units/3/name" }),
    message: z.string().meta({ title: "Mô tả lỗi bằng tiếng Việt" }),
    sheet: z.string().optional().meta({ title: "Trang tính (tệp Excel gửi lên)" }),
    row: z.int().positive().optional().meta({ title: "Dòng trong trang tính" }),
    column: z.string().optional().meta({ title: "Cột trong trang tính, ví dụ C" }),
  })
  .openapi("ProblemIssue");

/** An RFC 9457 problem document. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ title: "URI loại lỗi" }),
    title: z.string().meta({ title: "Tên lỗi (tiếng Việt)" }),
    status: z.int().meta({ title: "Mã trạng thái HTTP" }),
    code: z.string().meta({ title: "Mã lỗi (ổn định, cho máy đọc)" }),
    detail: z.string().optional().meta({ title: "Chi tiết (tiếng Việt)" }),
    instance: z.string().optional().meta({ title: "Đường dẫn của yêu cầu" }),
    issues: z.array(ProblemIssueSchema).optional().meta({ title: "Các lỗi dữ liệu, có vị trí" }),
  })
  .openapi("Problem");

/** A problem document. */
export type Problem = z.infer<typeof ProblemSchema>;
/** One located issue. */
export type ProblemIssue = z.infer<typeof ProblemIssueSchema>;

const TITLES = {
  BAD_JSON: [400, "Dữ liệu gửi lên không phải JSON hợp lệ"],
  INVALID_INPUT: [422, "Dữ liệu gửi lên không hợp lệ"],
  NOT_FOUND: [404, "Không tìm thấy"],
  METHOD_NOT_ALLOWED: [405, "Phương thức không được hỗ trợ"],
  TOO_LARGE: [413, "Dữ liệu gửi lên quá lớn"],
  UNSUPPORTED_MEDIA_TYPE: [415, "Kiểu dữ liệu gửi lên không được hỗ trợ"],
  UNAUTHORIZED: [401, "Chưa đăng nhập"],
  FORBIDDEN: [403, "Không có quyền"],
  CONFLICT: [409, "Xung đột dữ liệu"],
  TOO_MANY_REQUESTS: [429, "Quá nhiều yêu cầu"],
  INTERNAL: [500, "Lỗi không mong đợi của máy chủ"],
  UNAVAILABLE: [503, "Cơ sở dữ liệu tạm thời không truy cập được"],
} as const satisfies Record<string, readonly [number, string]>;

/** The stable codes of the problems this server answers with. */
export type ProblemCode = keyof typeof TITLES;

/** A problem to answer with; thrown by handlers and rendered by the app's error handler. */
export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  constructor(
    readonly code: ProblemCode,
    readonly detail?: string,
    readonly issues?: readonly ProblemIssue[],
    /** Extra response headers, such as `Retry-After` of a 429. */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(detail ?? TITLES[code][1]);
    this.name = "ProblemError";
    this.status = TITLES[code][0];
    this.title = TITLES[code][1];
  }
}

/** A JSON Pointer (RFC 6901) of a path. */
export const jsonPointer = (path: readonly PropertyKey[]): string =>
  path.map((p) => `/${String(p).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");

/** The problem document of an error, for the request of `c`. */
export const problemOf = (error: ProblemError, c: Context): Problem => ({
  type: `https://antq.vn/problems/${error.code.toLowerCase().replaceAll("_", "-")}`,
  title: error.title,
  status: error.status,
  code: error.code,
  ...(error.detail !== undefined ? { detail: error.detail } : {}),
  instance: c.req.path,
  ...(error.issues !== undefined ? { issues: [...error.issues] } : {}),
});

/** Answers with the problem document of `error`. */
export const problemResponse = (error: ProblemError, c: Context): Response =>
  new Response(JSON.stringify(problemOf(error, c)), {
    status: error.status,
    headers: { ...error.headers, "content-type": `${PROBLEM_MEDIA_TYPE}; charset=utf-8` },
  });

/** The OpenAPI description of a problem response. */
export const problemContent = (description: string) => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: ProblemSchema } },
});
