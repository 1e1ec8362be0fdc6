import type { Dataset } from "@antq/domain";
import type { SqlDriver } from "@antq/store";
import { importYear } from "@antq/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "../src/access.js";
import { scoped } from "../src/db.js";
import { testStores } from "./stores.js";
import { call, column, EVERY_ROLE, PASSWORD, sampleDataset, signInAccounts, testApp } from "./support.js";

const ORIGIN = "http://localhost";

/** The sample province (P82) plus one residential area of another province (P01). */
const twoProvinces = (): Dataset => {
  const d = sampleDataset();
  const area = {
    ...(d.units[1] as Record<string, unknown>),
    id: "kdc-to-1-ha-noi",
    name: "Tổ dân phố số 1",
    location: { provinceId: "P01", communeId: "C00004" },
  };
  const facts = {
    ...(d.annualFacts.find((f) => f.unitId === d.units[1]?.id) as Record<string, unknown>),
    unitId: "kdc-to-1-ha-noi",
  };
  return {
    schemaVersion: 1,
    units: [...d.units, area],
    annualFacts: [...d.annualFacts, facts],
  } as unknown as Dataset;
};

for (const store of testStores()) {
  describe(`access on ${store.name}`, () => {
    let driver: SqlDriver;
    let close: () => Promise<void>;
    let app: ReturnType<typeof testApp>;
    const cookies: Record<string, string> = {};

    const as = (
      who: string,
      method: string,
      path: string,
      init: { json?: unknown; headers?: Record<string, string> } = {},
    ) =>
      call(app, method, path, {
        ...init,
        headers: { cookie: `antq_session=${cookies[who]}`, origin: ORIGIN, ...(init.headers ?? {}) },
      });

    beforeAll(async () => {
      ({ driver, close } = await store.open());
      await importYear(driver, twoProvinces(), { year: 2024, importedBy: "test" });
      await driver.query("update unit_year set outcome = 'dat' where year = 2024");
      app = testApp({ data: { driver, secureCookies: false } });
      Object.assign(cookies, await signInAccounts(app, driver, EVERY_ROLE));
    });
    afterAll(() => close());

    const ids = (reply: { body: { units: { unitId: string }[] } }) =>
      reply.body.units.map((u) => u.unitId).sort();
    const P82 = sampleDataset()
      .units.map((u) => u.id as string)
      .sort();
    const MY_THANH = sampleDataset()
      .units.filter((u) => (u.location as { communeId: string }).communeId === "C28261")
      .map((u) => u.id as string)
      .sort();

    it("lists exactly the units of the principal's scope", async () => {
      for (const who of ["admin.p82", "can-bo.tinh", "xem"])
        expect(ids(await as(who, "GET", "/v1/years/2024/units"))).toEqual(P82);
      expect(ids(await as("can-bo.my-thanh", "GET", "/v1/years/2024/units"))).toEqual(MY_THANH);
      expect(ids(await as("admin.p01", "GET", "/v1/years/2024/units"))).toEqual(["kdc-to-1-ha-noi"]);
    });

    it("filters: a commune officer asking for another commune gets 403; the province gets the subset", async () => {
      const other = await as("can-bo.my-thanh", "GET", "/v1/years/2024/units?communeId=C28270");
      expect(other.status).toBe(403);
      expect(other.body.detail).toContain("chỉ được xem dữ liệu của xã mình (C28261)");
      const own = await as("can-bo.my-thanh", "GET", "/v1/years/2024/units?communeId=C28261");
      expect(ids(own)).toEqual(MY_THANH);
      const province = await as(
        "can-bo.tinh",
        "GET",
        "/v1/years/2024/units?communeId=C28270&kind=residential-area",
      );
      expect(
        province.body.units.every(
          (u: { communeId: string; kind: string }) =>
            u.communeId === "C28270" && u.kind === "residential-area",
        ),
      ).toBe(true);
      expect(province.body.units).toHaveLength(2);
      const otherProvince = await as("admin.p01", "GET", "/v1/years/2024/units?communeId=C28261");
      expect(otherProvince.body.units).toEqual([]);
    });

    it("cursors page through the scope only; a cursor for other filters, or forged, is refused", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await as(
          "can-bo.my-thanh",
          "GET",
          `/v1/years/2024/units?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.units.map((u: { unitId: string }) => u.unitId));
        cursor = page.body.nextCursor;
      } while (cursor !== null);
      expect(seen.sort()).toEqual(MY_THANH);
      const first = await as("can-bo.tinh", "GET", "/v1/years/2024/units?limit=2");
      const reused = await as(
        "can-bo.tinh",
        "GET",
        `/v1/years/2024/units?limit=2&kind=commune&cursor=${first.body.nextCursor}`,
      );
      expect(reused.status).toBe(422);
      expect(reused.body.issues[0]).toMatchObject({ code: "INVALID_CURSOR", path: "cursor" });
      for (const forged of ["abc", Buffer.from('{"a":"","f":"x"}').toString("base64url"), "' or 1=1 --"]) {
        const reply = await as(
          "can-bo.my-thanh",
          "GET",
          `/v1/years/2024/units?cursor=${encodeURIComponent(forged)}`,
        );
        expect(reply.status).toBe(422);
      }
    });

    it("dashboard counts: the scope's units only, by year, kind and outcome; another commune is 403", async () => {
      const total = (reply: { body: { rows: { units: number }[] } }) =>
        reply.body.rows.reduce((n, r) => n + r.units, 0);
      const province = await as("can-bo.tinh", "GET", "/v1/dashboard/outcomes?from=2020&to=2024");
      expect(province.status).toBe(200);
      expect(total(province)).toBe(8);
      expect(province.body.rows).toContainEqual({
        year: 2024,
        kind: "residential-area",
        outcome: "dat",
        units: 6,
      });
      const commune = await as("can-bo.my-thanh", "GET", "/v1/dashboard/outcomes?from=2024&to=2024");
      expect(total(commune)).toBe(MY_THANH.length);
      expect(commune.body.communeId).toBe("C28261");
      expect(
        (await as("can-bo.my-thanh", "GET", "/v1/dashboard/outcomes?from=2024&to=2024&communeId=C28270"))
          .status,
      ).toBe(403);
      expect(total(await as("admin.p01", "GET", "/v1/dashboard/outcomes?from=2024&to=2024"))).toBe(1);
      const reversed = await as("xem", "GET", "/v1/dashboard/outcomes?from=2024&to=2020");
      expect(reversed.status).toBe(422);
      expect((await call(app, "GET", "/v1/dashboard/outcomes?from=2024&to=2024")).status).toBe(401);
    });

    it("one unit: 200 in scope, 404 outside it (other commune, other province, guessed ids)", async () => {
      const own = await as("can-bo.my-thanh", "GET", "/v1/years/2024/units/kdc-ap-my-loi");
      expect(own.status).toBe(200);
      expect(own.body.unit.name).toBe("Ấp Mỹ Lợi");
      expect(own.body.facts.unitId).toBe("kdc-ap-my-loi");
      const otherCommune = MY_THANH.includes("kdc-ap-binh-an") ? "kdc-ap-tan-phu" : "kdc-ap-binh-an";
      const notOwn = P82.filter((id) => !MY_THANH.includes(id));
      expect(notOwn.length).toBeGreaterThan(0);
      for (const id of notOwn)
        expect((await as("can-bo.my-thanh", "GET", `/v1/years/2024/units/${id}`)).status).toBe(404);
      expect((await as("admin.p01", "GET", "/v1/years/2024/units/kdc-ap-my-loi")).status).toBe(404);
      expect((await as("admin.p82", "GET", "/v1/years/2024/units/kdc-to-1-ha-noi")).status).toBe(404);
      expect((await as("admin.p82", "GET", "/v1/years/2024/units/khong-co")).status).toBe(404);
      expect(
        (await as("admin.p82", "GET", `/v1/years/2024/units/${encodeURIComponent("x' or '1'='1")}`)).status,
      ).toBe(404);
      expect(otherCommune).toBeDefined();
    });

    it("writes: own commune 200 and audited before/after; other commune 404; read-only 403", async () => {
      const before = (await as("can-bo.my-thanh", "GET", "/v1/years/2024/units/kdc-ap-my-loi")).body.facts;
      const after = { ...before, households: { resident: 315, registered: 301 } };
      const ok = await as("can-bo.my-thanh", "PUT", "/v1/years/2024/units/kdc-ap-my-loi/facts", {
        json: { facts: after },
      });
      expect(ok.status).toBe(200);
      const [entry] = await driver.query(
        "select * from audit_log where entity = 'annual_facts' order by id desc limit 1",
      );
      expect(entry).toMatchObject({
        actor: "can-bo.my-thanh",
        action: "update",
        entity_id: "2024/kdc-ap-my-loi",
        province_id: "P82",
        commune_id: "C28261",
      });
      expect(column<typeof before>(entry, "before").households).toEqual({ resident: 315, registered: 315 });
      expect(column<typeof before>(entry, "after").households).toEqual({ resident: 315, registered: 301 });
      const reread = await as("can-bo.tinh", "GET", "/v1/years/2024/units/kdc-ap-my-loi");
      expect(reread.body.facts.households.registered).toBe(301);
      const notOwnId = P82.find((id) => !MY_THANH.includes(id)) as string;
      const notOwnFacts = { ...before, unitId: notOwnId };
      const other = await as("can-bo.my-thanh", "PUT", `/v1/years/2024/units/${notOwnId}/facts`, {
        json: { facts: notOwnFacts },
      });
      expect(other.status).toBe(404);
      const readOnly = await as("xem", "PUT", "/v1/years/2024/units/kdc-ap-my-loi/facts", {
        json: { facts: after },
      });
      expect(readOnly.status).toBe(403);
      const p01 = await as("admin.p01", "PUT", "/v1/years/2024/units/kdc-ap-my-loi/facts", {
        json: { facts: after },
      });
      expect(p01.status).toBe(404);
      const mismatch = await as("can-bo.tinh", "PUT", "/v1/years/2024/units/kdc-ap-my-loi/facts", {
        json: { facts: notOwnFacts },
      });
      expect(mismatch.status).toBe(422);
      expect(mismatch.body.issues[0].code).toBe("FACTS_MISMATCH");
    });

    it("CSRF: a cookie-authenticated change from another origin, or with no origin, is refused", async () => {
      const facts = (await as("can-bo.tinh", "GET", "/v1/years/2024/units/kdc-ap-my-loi")).body.facts;
      const evil = await as("can-bo.tinh", "PUT", "/v1/years/2024/units/kdc-ap-my-loi/facts", {
        json: { facts },
        headers: { origin: "https://evil.example" },
      });
      expect(evil.status).toBe(403);
      expect(evil.body.detail).toContain("CSRF");
      const none = await call(app, "PUT", "/v1/years/2024/units/kdc-ap-my-loi/facts", {
        json: { facts },
        headers: { cookie: `antq_session=${cookies["can-bo.tinh"]}` },
      });
      expect(none.status).toBe(403);
    });

    it("row-level security is a second line: the scoped role sees and changes only its scope, audit is append-only", async () => {
      const commune: Principal = {
        accountId: 0,
        login: "x",
        role: "commune_officer",
        provinceId: "P82",
        communeId: "C28261",
        via: "session",
        scopes: ["read"],
      };
      const rows = await scoped(driver, commune, (tx) => tx.query("select unit_id from unit_year"));
      expect(rows.map((r) => r.unit_id).sort()).toEqual(MY_THANH);
      const facts = await scoped(driver, commune, (tx) => tx.query("select unit_id from annual_facts"));
      expect(facts.every((r) => MY_THANH.includes(String(r.unit_id)))).toBe(true);
      await expect(
        scoped(driver, commune, (tx) =>
          tx.query("update unit_year set name = 'x' where unit_id = 'kdc-to-1-ha-noi' returning unit_id"),
        ),
      ).resolves.toEqual([]);
      await expect(
        scoped(driver, commune, (tx) =>
          tx.query(
            "insert into unit_year (year, unit_id, kind, name, province_id, commune_id, doc) values (2024, 'u-x', 'commune', 'X', 'P01', 'C00004', '{}')",
          ),
        ),
      ).rejects.toThrow(/row-level security/);
      await expect(scoped(driver, commune, (tx) => tx.query("delete from audit_log"))).rejects.toThrow(
        /permission denied/,
      );
      await expect(
        scoped(driver, commune, (tx) => tx.query("update audit_log set actor = 'x'")),
      ).rejects.toThrow(/permission denied/);
      const noScope = await driver.transaction(async (tx) => {
        await tx.query("set local role antq_app");
        return tx.query("select unit_id from unit_year");
      });
      expect(noScope).toEqual([]);
    });

    it("personal access tokens: scoped, usable as Bearer, revocable; forged and expired ones are 401", async () => {
      const created = await as("can-bo.my-thanh", "POST", "/v1/tokens", {
        json: { label: "Bảng tính của xã", scopes: ["read"] },
      });
      expect(created.status).toBe(201);
      const bearer = { authorization: `Bearer ${created.body.token}` };
      const me = await call(app, "GET", "/v1/me", { headers: bearer });
      expect(me.body).toMatchObject({
        via: "token",
        scopes: ["read"],
        account: { login: "can-bo.my-thanh", roleTitle: "Cán bộ cấp xã" },
      });
      expect(ids(await call(app, "GET", "/v1/years/2024/units", { headers: bearer }))).toEqual(MY_THANH);
      const facts = (await call(app, "GET", "/v1/years/2024/units/kdc-ap-my-loi", { headers: bearer })).body
        .facts;
      const write = await call(app, "PUT", "/v1/years/2024/units/kdc-ap-my-loi/facts", {
        json: { facts },
        headers: bearer,
      });
      expect(write.status).toBe(403);
      expect(write.body.detail).toContain("thiếu quyền write");
      const viaToken = await call(app, "POST", "/v1/tokens", {
        json: { label: "x", scopes: ["read"] },
        headers: bearer,
      });
      expect(viaToken.status).toBe(403);
      const list = await as("can-bo.my-thanh", "GET", "/v1/tokens");
      expect(list.body.tokens[0]).toMatchObject({ label: "Bảng tính của xã", revokedAt: null });
      expect(list.text).not.toContain(created.body.token);
      expect((await as("can-bo.tinh", "DELETE", `/v1/tokens/${created.body.id}`)).status).toBe(404);
      expect((await as("can-bo.my-thanh", "DELETE", `/v1/tokens/${created.body.id}`)).status).toBe(204);
      expect((await call(app, "GET", "/v1/me", { headers: bearer })).status).toBe(401);
      for (const forged of [`antq_pat_${"A".repeat(43)}`, "khong-phai-khoa", `${created.body.token}x`])
        expect(
          (await call(app, "GET", "/v1/me", { headers: { authorization: `Bearer ${forged}` } })).status,
        ).toBe(401);
      const expired = await as("can-bo.tinh", "POST", "/v1/tokens", {
        json: { label: "hết hạn", scopes: ["read"], expiresAt: "2020-01-01T00:00:00Z" },
      });
      expect(
        (await call(app, "GET", "/v1/me", { headers: { authorization: `Bearer ${expired.body.token}` } }))
          .status,
      ).toBe(401);
      const readOnlyWrite = await as("xem", "POST", "/v1/tokens", {
        json: { label: "x", scopes: ["write"] },
      });
      expect(readOnlyWrite.status).toBe(403);
    });

    it("sessions: forged, expired and signed-out cookies are 401", async () => {
      for (const forged of ["A".repeat(43), "../../etc/passwd", "x'; drop table session; --"])
        expect(
          (
            await call(app, "GET", "/v1/me", {
              headers: { cookie: `antq_session=${encodeURIComponent(forged)}` },
            })
          ).status,
        ).toBe(401);
      const login = await call(app, "POST", "/v1/auth/login", { json: { login: "xem", password: PASSWORD } });
      expect(login.headers.get("set-cookie")).toMatch(/HttpOnly/i);
      expect(login.headers.get("set-cookie")).toMatch(/SameSite=Strict/i);
      const token = /antq_session=([^;]+)/.exec(login.headers.get("set-cookie") ?? "")?.[1] as string;
      const cookie = { cookie: `antq_session=${token}`, origin: ORIGIN };
      expect((await call(app, "GET", "/v1/me", { headers: cookie })).status).toBe(200);
      await driver.query(
        "update session set last_seen_at = now() - interval '9 hours' where last_seen_at = (select max(last_seen_at) from session)",
      );
      expect((await call(app, "GET", "/v1/me", { headers: cookie })).status).toBe(401);
      const again = await call(app, "POST", "/v1/auth/login", { json: { login: "xem", password: PASSWORD } });
      const token2 = /antq_session=([^;]+)/.exec(again.headers.get("set-cookie") ?? "")?.[1] as string;
      const cookie2 = { cookie: `antq_session=${token2}`, origin: ORIGIN };
      expect((await call(app, "POST", "/v1/auth/logout", { headers: cookie2 })).status).toBe(204);
      expect((await call(app, "GET", "/v1/me", { headers: cookie2 })).status).toBe(401);
      expect((await call(app, "GET", "/v1/years/2024/units")).status).toBe(401);
    });

    it("accounts: only the province admin creates them, in its own province, audited", async () => {
      const body = {
        login: "can-bo.dao-thanh",
        displayName: "Nguyễn Văn Ánh",
        password: PASSWORD,
        role: "commune_officer",
        communeId: "C28270",
      };
      for (const who of ["can-bo.tinh", "can-bo.my-thanh", "xem"])
        expect((await as(who, "POST", "/v1/accounts", { json: body })).status).toBe(403);
      const created = await as("admin.p82", "POST", "/v1/accounts", { json: body });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        provinceId: "P82",
        communeId: "C28270",
        roleTitle: "Cán bộ cấp xã",
      });
      expect((await as("admin.p82", "POST", "/v1/accounts", { json: body })).status).toBe(409);
      const noCommune = await as("admin.p82", "POST", "/v1/accounts", {
        json: { ...body, login: "x-y-z", communeId: undefined },
      });
      expect(noCommune.status).toBe(422);
      const [row] = await driver.query("select password_hash from account where login = 'can-bo.dao-thanh'");
      expect(String(row?.password_hash)).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const login = await call(app, "POST", "/v1/auth/login", {
        json: { login: "can-bo.dao-thanh", password: PASSWORD },
      });
      expect(login.body.account.communeId).toBe("C28270");
    });

    it("login throttling: after 5 wrong passwords even the right one is refused with 429", async () => {
      for (let i = 0; i < 5; i++) {
        const wrong = await call(app, "POST", "/v1/auth/login", {
          json: { login: "can-bo.tinh", password: `sai ${i}` },
        });
        expect(wrong.status).toBe(401);
        expect(wrong.body.detail).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
      }
      const blocked = await call(app, "POST", "/v1/auth/login", {
        json: { login: "can-bo.tinh", password: PASSWORD },
      });
      expect(blocked.status).toBe(429);
      expect(blocked.body.detail).toContain("Đăng nhập sai quá nhiều lần");
      expect(blocked.body.title).toBe("Quá nhiều yêu cầu");
      expect(blocked.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      // The oldest failure leaves the 15-minute window in a little under 15 minutes.
      const retryAfter = Number(blocked.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(14 * 60 - 30);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      const unknown = await call(app, "POST", "/v1/auth/login", {
        json: { login: "khong-co", password: "x" },
      });
      expect(unknown.status).toBe(401);
      expect(unknown.body.detail).toBe("Tên đăng nhập hoặc mật khẩu không đúng.");
    });
  });
}

describe("a database that cannot be reached", () => {
  it("answers 503 problems (nothing half-done: the request's transaction never committed)", async () => {
    const down = Object.assign(new Error("Connection terminated unexpectedly"), { code: "57P01" });
    const failing = {
      engine: "postgres" as const,
      query: () => Promise.reject(down),
      exec: () => Promise.reject(down),
      copyCsv: () => Promise.reject(down),
      transaction: () => Promise.reject(down),
      close: async () => {},
    };
    const app = testApp({ data: { driver: failing, secureCookies: false } });
    const login = await call(app, "POST", "/v1/auth/login", { json: { login: "a.b", password: "x" } });
    expect(login.status).toBe(503);
    expect(login.body).toMatchObject({
      code: "UNAVAILABLE",
      title: "Cơ sở dữ liệu tạm thời không truy cập được",
    });
    const units = await call(app, "GET", "/v1/years/2024/units", {
      headers: { authorization: "Bearer antq_pat_x" },
    });
    expect(units.status).toBe(503);
    // The stateless endpoints do not need the database.
    expect((await call(app, "GET", "/v1/rulesets")).status).toBe(200);
  });
});
