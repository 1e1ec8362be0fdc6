/**
 * Test support: the app with the example Vĩnh Long overlay, a request helper that checks every response
 * against the app's own /openapi.json (status declared, media type declared, body valid against the
 * declared schema), and the sample province of the CLI's fixtures.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SqlDriver } from "@antq/store";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect } from "vitest";
import { vinhLongOverlay } from "../../../packages/rules-antt/examples/overlay-vinh-long/src/index.js";
import { type AppOptions, createApp } from "../src/app.js";
import { hashPassword } from "../src/auth.js";
import { RuleCatalog } from "../src/catalog.js";
import { ensureAdmin } from "../src/routes/accounts.js";

/** The sample province of the CLI's tests: 2 communes, 6 residential areas, facts of 2024. */
export const sampleDataset = (): {
  units: Array<Record<string, unknown>>;
  annualFacts: Array<Record<string, unknown>>;
} =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL("../../cli/test/fixtures/hop-le/tinh-mau-2024.json", import.meta.url)),
      "utf8",
    ),
  );

export const OVERLAY_ID = vinhLongOverlay.id;

export const testApp = (options: AppOptions = {}) =>
  createApp({ catalog: new RuleCatalog([vinhLongOverlay]), ...options });

type App = ReturnType<typeof createApp>;

interface OpenApiDoc {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  components?: unknown;
}

const validators = new WeakMap<App, { doc: OpenApiDoc; ajv: Ajv2020 }>();

const contract = async (app: App) => {
  let known = validators.get(app);
  if (known === undefined) {
    const doc = (await (await app.request("/openapi.json")).json()) as OpenApiDoc;
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema({ $id: "https://antq.test/openapi.json", paths: doc.paths, components: doc.components });
    known = { doc, ajv };
    validators.set(app, known);
  }
  return known;
};

const pointer = (...parts: string[]) =>
  parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** The OpenAPI path template that matches a concrete path. */
const templateOf = (doc: OpenApiDoc, path: string): string | undefined =>
  Object.keys(doc.paths).find((template) =>
    new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+").replaceAll(".", "\\.")}$`).test(path),
  );

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read replies field by field, after schema validation
  readonly body: any;
  readonly text: string;
}

/**
 * Sends a request to the app and checks the reply against /openapi.json: a path of the document answers
 * with a declared status and media type and a body valid against the declared schema; any other path
 * answers with a problem document.
 */
export const call = async (
  app: App,
  method: string,
  path: string,
  init: { json?: unknown; body?: string | Uint8Array; headers?: Record<string, string> } = {},
): Promise<Reply> => {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  let body: string | Uint8Array | undefined = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers["content-type"] ??= "application/json";
  }
  const response = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0] ?? "";
  const parsed = mediaType.endsWith("json") ? JSON.parse(text) : text;
  const { doc, ajv } = await contract(app);
  const template = templateOf(doc, new URL(path, "http://x").pathname);
  const operation = template === undefined ? undefined : doc.paths[template]?.[method.toLowerCase()];
  if (operation === undefined) {
    if (response.status >= 400) expect(mediaType).toBe("application/problem+json");
  } else {
    const declared = operation.responses[String(response.status)];
    expect(declared, `${method} ${path} → ${response.status} is not in /openapi.json`).toBeDefined();
    if (response.status === 204 && declared?.content === undefined) {
      expect(text).toBe("");
      return { status: response.status, headers: response.headers, body: undefined, text };
    }
    const content = declared?.content?.[mediaType];
    expect(
      content,
      `${method} ${path} → ${response.status} ${mediaType} is not in /openapi.json`,
    ).toBeDefined();
    const ref = `https://antq.test/openapi.json#/${pointer("paths", template as string, method.toLowerCase(), "responses", String(response.status), "content", mediaType, "schema")}`;
    const validate = ajv.getSchema(ref) ?? ajv.compile({ $ref: ref });
    const valid = validate(parsed);
    expect(valid, `${method} ${path} → ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  }
  return { status: response.status, headers: response.headers, body: parsed, text };
};

/**
 * Requests as signed-in accounts: `as(who, method, path, json?)` sends `who`'s session cookie (from `cookies`,
 * filled by {@link signInAccounts}) with a same-origin header, to the app `app()` returns once it is made.
 */
export const signedInCaller =
  (app: () => App, cookies: Readonly<Record<string, string>>) =>
  (who: string, method: string, path: string, json?: unknown): Promise<Reply> =>
    call(app(), method, path, {
      ...(json === undefined ? {} : { json }),
      headers: { cookie: `antq_session=${cookies[who]}`, origin: "http://localhost" },
    });

/** A column of a row that must exist. */
export const column = <T>(row: Record<string, unknown> | undefined, key: string): T => {
  expect(row).toBeDefined();
  return (row as Record<string, unknown>)[key] as T;
};

/** The password of every test account. */
export const PASSWORD = "mật khẩu đủ dài 2024";

/** A test account: login, role, commune (none for province accounts) and province (P82 unless given). */
export type TestAccount = readonly [
  login: string,
  role: string,
  communeId: string | null,
  provinceId?: string,
];

/** One account of every other role: another province's administrator, a province officer, Mỹ Thành's commune officer, a reader. */
export const EVERY_ROLE: readonly TestAccount[] = [
  ["admin.p01", "province_admin", null, "P01"],
  ["can-bo.tinh", "province_officer", null],
  ["can-bo.my-thanh", "commune_officer", "C28261"],
  ["xem", "read_only", null],
];

/**
 * Creates the province administrator `admin.p82` and `accounts` (all with {@link PASSWORD}), signs each one in
 * and returns its session cookie value by login; a sign-in that fails fails the test.
 */
export const signInAccounts = async (
  app: App,
  driver: SqlDriver,
  accounts: readonly TestAccount[],
): Promise<Record<string, string>> => {
  await ensureAdmin({ driver }, { login: "admin.p82", password: PASSWORD, provinceId: "P82" });
  const hash = await hashPassword(PASSWORD);
  for (const [login, role, communeId, provinceId = "P82"] of accounts)
    await driver.query(
      "insert into account (login, display_name, password_hash, role, province_id, commune_id) values ($1, $1, $2, $3, $4, $5)",
      [login, hash, role, provinceId, communeId],
    );
  const cookies: Record<string, string> = {};
  for (const login of ["admin.p82", ...accounts.map(([login]) => login)]) {
    const reply = await call(app, "POST", "/v1/auth/login", { json: { login, password: PASSWORD } });
    expect(reply.status, `đăng nhập ${login}`).toBe(200);
    cookies[login] = /antq_session=([^;]+)/.exec(reply.headers.get("set-cookie") ?? "")?.[1] as string;
  }
  return cookies;
};
