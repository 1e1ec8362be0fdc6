/**
 * Signing in: argon2id password hashes (@node-rs/argon2, OWASP minimum m=19 MiB, t=2, p=1), server-side
 * sessions (a random 32-byte token in an httpOnly SameSite=Strict cookie, only its SHA-256 stored, idle and
 * absolute expiry), revocable personal access tokens (`antq_pat_…`, SHA-256 stored, scoped read/write,
 * optional expiry), and login throttling per login and per address, kept in the database.
 */
import { createHash, randomBytes } from "node:crypto";
import type { SqlDriver, SqlExecutor } from "@antq/store";
import { type Algorithm, hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { type Principal, ROLES, type Scope } from "./access.js";
import { unscoped } from "./db.js";
import { ProblemError } from "./problem.js";

/** The session cookie's name. */
export const SESSION_COOKIE = "antq_session";
/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** A session ends after this long whatever happens. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** Failed sign-ins allowed per login (and, ×4, per address) in {@link THROTTLE_WINDOW_MS}. */
export const MAX_FAILED_LOGINS = 5;
/** The window of login throttling. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

// Algorithm.Argon2id (a const enum, which isolated modules cannot read).
const ARGON2 = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** The argon2id hash of a password. */
export const hashPassword = (password: string): Promise<string> => hash(password.normalize("NFC"), ARGON2);

// Verified when the login does not exist, so that both answers take as long.
let dummyHash: Promise<string> | undefined;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const randomToken = () => randomBytes(32).toString("base64url");

const AccountRow = z.object({
  id: z.coerce.number(),
  login: z.string(),
  role: z.enum(ROLES),
  province_id: z.string(),
  commune_id: z.string().nullable(),
});

const principalOf = (
  row: z.infer<typeof AccountRow>,
  via: Principal["via"],
  scopes: readonly Scope[],
): Principal => ({
  accountId: row.id,
  login: row.login,
  role: row.role,
  provinceId: row.province_id,
  communeId: row.commune_id,
  via,
  scopes,
});

/** The 429 of login throttling, with `Retry-After` in seconds like the other limits. */
const tooMany = (retryAfterSeconds: number) => {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ProblemError(
    "TOO_MANY_REQUESTS",
    `Đăng nhập sai quá nhiều lần; thử lại sau ${Math.ceil(seconds / 60)} phút.`,
    undefined,
    { "retry-after": String(seconds) },
  );
};

/**
 * How long until a throttled login may try again: until the oldest counted failure leaves the window (then
 * the count is below the limit, as refused attempts are not counted).
 */
const retryAfter = (oldest: unknown): number => {
  const at = oldest instanceof Date ? oldest.getTime() : Date.parse(String(oldest));
  return Number.isNaN(at) ? THROTTLE_WINDOW_MS / 1000 : (at + THROTTLE_WINDOW_MS - Date.now()) / 1000;
};

/**
 * Signs in: throttled per login and address, then the password checked against its argon2id hash. Returns
 * the principal and a new session token (to put in the cookie). Wrong login or password: one 401 message.
 */
export const signIn = async (
  driver: SqlDriver,
  login: string,
  password: string,
  address: string,
): Promise<{ principal: Principal; token: string }> => {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MS).toISOString();
  const [counts] = await unscoped(driver, (tx) =>
    tx.query(
      `select count(*) filter (where login = $1)::int as by_login, count(*) filter (where address = $2)::int as by_address,
              min(at) filter (where login = $1) as oldest_login, min(at) filter (where address = $2) as oldest_address
         from login_attempt where not succeeded and at > $3 and (login = $1 or address = $2)`,
      [login, address, since],
    ),
  );
  const waits = [
    ...(Number(counts?.by_login ?? 0) >= MAX_FAILED_LOGINS ? [retryAfter(counts?.oldest_login)] : []),
    ...(Number(counts?.by_address ?? 0) >= 4 * MAX_FAILED_LOGINS ? [retryAfter(counts?.oldest_address)] : []),
  ];
  if (waits.length > 0) throw tooMany(Math.max(...waits));
  const rows = await unscoped(driver, (tx) =>
    tx.query(
      "select id, login, role, province_id, commune_id, password_hash from account where login = $1 and not disabled",
      [login],
    ),
  );
  const row = rows[0];
  dummyHash ??= hashPassword(randomToken());
  const ok = await verify(
    typeof row?.password_hash === "string" ? row.password_hash : await dummyHash,
    password.normalize("NFC"),
  );
  await unscoped(driver, (tx) =>
    tx.query("insert into login_attempt (login, address, succeeded) values ($1, $2, $3)", [
      login,
      address,
      ok && row !== undefined,
    ]),
  );
  if (!ok || row === undefined)
    throw new ProblemError("UNAUTHORIZED", "Tên đăng nhập hoặc mật khẩu không đúng.");
  const account = AccountRow.parse(row);
  const token = randomToken();
  await unscoped(driver, (tx) =>
    tx.query("insert into session (token_sha256, account_id, expires_at) values ($1, $2, $3)", [
      sha256(token),
      account.id,
      new Date(Date.now() + SESSION_ABSOLUTE_MS).toISOString(),
    ]),
  );
  return { principal: principalOf(account, "session", ["read", "write"]), token };
};

/** Ends a session (the cookie's token). */
export const signOut = (driver: SqlDriver, token: string): Promise<unknown> =>
  unscoped(driver, (tx) =>
    tx.query("update session set revoked_at = now() where token_sha256 = $1 and revoked_at is null", [
      sha256(token),
    ]),
  );

/** How often a session's last-seen time is refreshed, at most (seconds); far below the idle expiry. */
const SESSION_TOUCH_SECONDS = 60;

/** The principal of a session token, or undefined when unknown, revoked, idle too long or expired. */
export const sessionPrincipal = async (driver: SqlDriver, token: string): Promise<Principal | undefined> => {
  const idleSince = new Date(Date.now() - SESSION_IDLE_MS).toISOString();
  // The last-seen time is written at most once a minute per session: most requests only read, so that a
  // stream of reads does not turn into a stream of commits (each one a flush on PGlite).
  const rows = await unscoped(driver, (tx) =>
    tx.query(
      `with found as (
         select s.token_sha256, a.id, a.login, a.role, a.province_id, a.commune_id
           from session s join account a on a.id = s.account_id
          where s.token_sha256 = $1 and not a.disabled
            and s.revoked_at is null and s.expires_at > now() and s.last_seen_at > $2
       ), touched as (
         update session s set last_seen_at = now()
           from found f
          where s.token_sha256 = f.token_sha256 and s.last_seen_at < now() - interval '${SESSION_TOUCH_SECONDS} seconds'
       )
       select id, login, role, province_id, commune_id from found`,
      [sha256(token), idleSince],
    ),
  );
  return rows[0] === undefined
    ? undefined
    : principalOf(AccountRow.parse(rows[0]), "session", ["read", "write"]);
};

/** The prefix of personal access tokens. */
export const TOKEN_PREFIX = "antq_pat_";

/** The principal of a personal access token, or undefined when unknown, revoked or expired. */
export const tokenPrincipal = async (driver: SqlDriver, token: string): Promise<Principal | undefined> => {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const rows = await unscoped(driver, (tx) =>
    tx.query(
      `update access_token t set last_used_at = now()
         from account a
        where t.token_sha256 = $1 and a.id = t.account_id and not a.disabled
          and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
       returning a.id, a.login, a.role, a.province_id, a.commune_id, t.scopes`,
      [sha256(token)],
    ),
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  return principalOf(AccountRow.parse(row), "token", z.array(z.enum(["read", "write"])).parse(row.scopes));
};

/** Creates a personal access token for the principal's account; the token is returned once, never stored. */
export const createToken = async (
  tx: SqlExecutor,
  principal: Principal,
  options: { label: string; scopes: readonly Scope[]; expiresAt?: string | undefined },
): Promise<{ id: number; token: string }> => {
  const token = `${TOKEN_PREFIX}${randomToken()}`;
  const rows = await tx.query(
    "insert into access_token (account_id, token_sha256, label, scopes, expires_at) values ($1, $2, $3, $4::text[], $5) returning id",
    [principal.accountId, sha256(token), options.label, [...options.scopes], options.expiresAt ?? null],
  );
  return { id: Number(rows[0]?.id), token };
};
