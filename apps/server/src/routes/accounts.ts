/**
 * Accounts and access: sign-in and sign-out (session cookie), who am I, personal access tokens (create,
 * list, revoke), and accounts created by the province administrator. Every change is audited.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { type Principal, ROLE_LABELS, ROLES, requireAdmin } from "../access.js";
import { createToken, hashPassword, SESSION_ABSOLUTE_MS, SESSION_COOKIE, signIn, signOut } from "../auth.js";
import { audit, scoped, unscoped } from "../db.js";
import { principalOf } from "../principal.js";
import { ProblemError, problemContent } from "../problem.js";
import type { DataContext } from "../server-context.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

/** The security schemes of the data endpoints. */
export const SECURITY = [{ session: [] }, { token: [] }];

const AccountSchema = z
  .object({
    id: z.int(),
    login: z.string(),
    role: z.enum(ROLES),
    roleTitle: z.string().meta({ title: "Vai trò" }),
    provinceId: z.string(),
    communeId: z.string().nullable(),
  })
  .openapi("Account");

const MeSchema = z
  .object({
    account: AccountSchema,
    via: z.enum(["session", "token"]),
    scopes: z.array(z.enum(["read", "write"])),
  })
  .openapi("Me");

const LoginSchema = z
  .object({
    login: z.string().min(1).max(64).meta({ title: "Tên đăng nhập" }),
    password: z.string().min(1).max(1024).meta({ title: "Mật khẩu" }),
  })
  .openapi("Login");

const TokenRequestSchema = z
  .object({
    label: z.string().min(1).max(200).meta({ title: "Tên gợi nhớ của khoá" }),
    scopes: z
      .array(z.enum(["read", "write"]))
      .min(1)
      .meta({ title: "Quyền của khoá" }),
    expiresAt: z.iso.datetime().optional().meta({ title: "Hết hạn lúc (ISO 8601)" }),
  })
  .openapi("TokenRequest");

const TokenSchema = z
  .object({
    id: z.int(),
    label: z.string(),
    scopes: z.array(z.enum(["read", "write"])),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi("AccessToken");

const NewTokenSchema = z
  .object({ id: z.int(), token: z.string().meta({ title: "Khoá (chỉ hiện một lần)" }) })
  .openapi("NewAccessToken");

const AccountRequestSchema = z
  .object({
    login: z
      .string()
      .regex(/^[a-z0-9._-]{3,64}$/)
      .meta({ title: "Tên đăng nhập (chữ thường không dấu, số, . _ -)" }),
    displayName: z.string().min(1).max(200).meta({ title: "Họ và tên" }),
    password: z.string().min(12).max(1024).meta({ title: "Mật khẩu (ít nhất 12 ký tự)" }),
    role: z.enum(ROLES).meta({ title: "Vai trò" }),
    communeId: z.string().min(1).max(50).optional().meta({ title: "Mã xã (bắt buộc với cán bộ cấp xã)" }),
  })
  .openapi("AccountRequest");

const accountView = (p: Principal) => ({
  id: p.accountId,
  login: p.login,
  role: p.role,
  roleTitle: ROLE_LABELS[p.role],
  provinceId: p.provinceId,
  communeId: p.communeId,
});

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

/** Registers the account endpoints. */
export const registerAccountRoutes = (app: OpenAPIHono, data: DataContext): void => {
  const who = (c: Parameters<typeof principalOf>[0]) => principalOf(c, data.driver, data.origin);

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/auth/login",
      tags: ["Tài khoản"],
      summary: "Đăng nhập (phiên trong cookie httpOnly)",
      request: { body: body(LoginSchema) },
      responses: {
        200: json(MeSchema, "Đã đăng nhập"),
        401: problemContent("Sai tên đăng nhập hoặc mật khẩu"),
        415: problemContent("Kiểu dữ liệu không được hỗ trợ"),
        422: problemContent("Thiếu tên đăng nhập hoặc mật khẩu"),
        429: problemContent("Đăng nhập sai quá nhiều lần"),
        503: problemContent("Cơ sở dữ liệu tạm thời không truy cập được"),
      },
    }),
    async (c) => {
      const { login, password } = c.req.valid("json");
      const address =
        (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
          ?.remoteAddress ?? "local";
      const { principal, token } = await signIn(data.driver, login, password, address);
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        secure: data.secureCookies ?? true,
        sameSite: "Strict",
        path: "/",
        maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
      });
      return c.json(
        { account: accountView(principal), via: principal.via, scopes: [...principal.scopes] },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/auth/logout",
      tags: ["Tài khoản"],
      summary: "Đăng xuất (thu hồi phiên)",
      security: SECURITY,
      responses: {
        204: { description: "Đã đăng xuất" },
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("CSRF"),
      },
    }),
    async (c) => {
      await who(c);
      const token = getCookie(c, SESSION_COOKIE);
      if (token !== undefined) await signOut(data.driver, token);
      deleteCookie(c, SESSION_COOKIE, { path: "/", secure: data.secureCookies ?? true });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/me",
      tags: ["Tài khoản"],
      summary: "Tài khoản đang dùng, cách đăng nhập và quyền",
      security: SECURITY,
      responses: { 200: json(MeSchema, "Tài khoản"), 401: problemContent("Chưa đăng nhập") },
    }),
    async (c) => {
      const p = await who(c);
      return c.json({ account: accountView(p), via: p.via, scopes: [...p.scopes] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/tokens",
      tags: ["Tài khoản"],
      summary: "Tạo khoá truy cập cá nhân (chỉ khi đăng nhập bằng phiên)",
      security: SECURITY,
      request: { body: body(TokenRequestSchema) },
      responses: {
        201: json(NewTokenSchema, "Khoá mới (chỉ hiện một lần)"),
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("Không có quyền"),
        415: problemContent("Kiểu dữ liệu không được hỗ trợ"),
        422: problemContent("Dữ liệu không hợp lệ"),
      },
    }),
    async (c) => {
      const p = await who(c);
      if (p.via !== "session")
        throw new ProblemError("FORBIDDEN", "Khoá truy cập chỉ được tạo khi đăng nhập bằng mật khẩu.");
      const request = c.req.valid("json");
      if (request.scopes.includes("write") && p.role === "read_only")
        throw new ProblemError("FORBIDDEN", "Tài khoản chỉ xem không được tạo khoá có quyền ghi.");
      const created = await scoped(data.driver, p, async (tx) => {
        const token = await createToken(tx, p, request);
        await audit(tx, {
          actor: p,
          action: "create",
          entity: "access_token",
          entityId: String(token.id),
          after: { label: request.label, scopes: request.scopes, expiresAt: request.expiresAt ?? null },
        });
        return token;
      });
      return c.json(created, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/v1/tokens",
      tags: ["Tài khoản"],
      summary: "Các khoá truy cập của tài khoản (không kèm khoá)",
      security: SECURITY,
      responses: {
        200: json(z.object({ tokens: z.array(TokenSchema) }), "Danh sách khoá"),
        401: problemContent("Chưa đăng nhập"),
      },
    }),
    async (c) => {
      const p = await who(c);
      const rows = await unscoped(data.driver, (tx) =>
        tx.query(
          "select id, label, scopes, created_at, expires_at, revoked_at, last_used_at from access_token where account_id = $1 order by id",
          [p.accountId],
        ),
      );
      return c.json(
        {
          tokens: rows.map((r) => ({
            id: Number(r.id),
            label: String(r.label),
            scopes: r.scopes as ("read" | "write")[],
            createdAt: iso(r.created_at) as string,
            expiresAt: iso(r.expires_at),
            revokedAt: iso(r.revoked_at),
            lastUsedAt: iso(r.last_used_at),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/v1/tokens/{id}",
      tags: ["Tài khoản"],
      summary: "Thu hồi một khoá truy cập",
      security: SECURITY,
      request: {
        params: z.object({
          id: z.coerce
            .number()
            .int()
            .positive()
            .openapi({ param: { name: "id", in: "path" } }),
        }),
      },
      responses: {
        204: { description: "Đã thu hồi" },
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("CSRF"),
        404: problemContent("Không có khoá này"),
        422: problemContent("Mã khoá không hợp lệ"),
      },
    }),
    async (c) => {
      const p = await who(c);
      const { id } = c.req.valid("param");
      const revoked = await scoped(data.driver, p, async (tx) => {
        const rows = await tx.query(
          "update access_token set revoked_at = now() where id = $1 and account_id = $2 and revoked_at is null returning id, label",
          [id, p.accountId],
        );
        if (rows.length > 0)
          await audit(tx, { actor: p, action: "revoke", entity: "access_token", entityId: String(id) });
        return rows.length > 0;
      });
      if (!revoked) throw new ProblemError("NOT_FOUND", `Không có khoá truy cập số ${id} của tài khoản này.`);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/v1/accounts",
      tags: ["Tài khoản"],
      summary: "Tạo tài khoản trong tỉnh (quản trị cấp tỉnh)",
      security: SECURITY,
      request: { body: body(AccountRequestSchema) },
      responses: {
        201: json(AccountSchema, "Tài khoản mới"),
        401: problemContent("Chưa đăng nhập"),
        403: problemContent("Không có quyền"),
        409: problemContent("Tên đăng nhập đã có"),
        415: problemContent("Kiểu dữ liệu không được hỗ trợ"),
        422: problemContent("Dữ liệu không hợp lệ"),
      },
    }),
    async (c) => {
      const p = await who(c);
      requireAdmin(p);
      const request = c.req.valid("json");
      if ((request.role === "commune_officer") !== (request.communeId !== undefined))
        throw new ProblemError(
          "INVALID_INPUT",
          "Cán bộ cấp xã phải có mã xã (communeId); các vai trò khác không gắn với xã.",
          [
            {
              code: "COMMUNE_ROLE",
              path: "communeId",
              pointer: "/communeId",
              message: "Mã xã (communeId) chỉ dùng, và bắt buộc, cho vai trò commune_officer.",
            },
          ],
        );
      const passwordHash = await hashPassword(request.password);
      const created = await scoped(data.driver, p, async (tx) => {
        const existing = await tx.query("select 1 from account where login = $1", [request.login]);
        if (existing.length > 0)
          throw new ProblemError("CONFLICT", `Tên đăng nhập "${request.login}" đã có.`);
        const rows = await tx.query(
          "insert into account (login, display_name, password_hash, role, province_id, commune_id) values ($1, $2, $3, $4, $5, $6) returning id",
          [
            request.login,
            request.displayName,
            passwordHash,
            request.role,
            p.provinceId,
            request.communeId ?? null,
          ],
        );
        const account = {
          id: Number(rows[0]?.id),
          login: request.login,
          role: request.role,
          roleTitle: ROLE_LABELS[request.role],
          provinceId: p.provinceId,
          communeId: request.communeId ?? null,
        };
        await audit(tx, {
          actor: p,
          action: "create",
          entity: "account",
          entityId: request.login,
          communeId: request.communeId ?? null,
          after: { ...account, displayName: request.displayName },
        });
        return account;
      });
      return c.json(created, 201);
    },
  );
};

/** Creates the first province administrator when the store has no account yet; returns whether it did. */
export const ensureAdmin = async (
  data: DataContext,
  admin: { login: string; password: string; provinceId: string; displayName?: string },
): Promise<boolean> => {
  const passwordHash = await hashPassword(admin.password);
  return data.driver.transaction(async (tx) => {
    const any = await tx.query("select 1 from account limit 1");
    if (any.length > 0) return false;
    await tx.query(
      "insert into account (login, display_name, password_hash, role, province_id) values ($1, $2, $3, 'province_admin', $4)",
      [admin.login, admin.displayName ?? "Quản trị cấp tỉnh", passwordHash, admin.provinceId],
    );
    await tx.query(
      "insert into audit_log (actor, action, entity, entity_id, province_id, after) values ('(khởi tạo)', 'create', 'account', $1, $2, $3::jsonb)",
      [admin.login, admin.provinceId, JSON.stringify({ login: admin.login, role: "province_admin" })],
    );
    return true;
  });
};
