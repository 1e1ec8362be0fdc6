import { describe, expect, it } from "vitest";
import { call, OVERLAY_ID, testApp } from "./support.js";

const app = testApp();

describe("GET /v1/rulesets", () => {
  it("lists the rule set with its dated versions (TT 23 → TT 124 → 01/07/2025) and the configured overlay", async () => {
    const { status, body } = await call(app, "GET", "/v1/rulesets");
    expect(status).toBe(200);
    const [ruleSet] = body.ruleSets;
    expect(ruleSet.id).toBe("an-toan-antt");
    expect(ruleSet.label).toBe("Tiêu chuẩn “An toàn về an ninh, trật tự”");
    expect(ruleSet.versions.map((v: { from: string; to?: string }) => [v.from, v.to])).toEqual([
      ["2012-04-27", "2022-02-09"],
      ["2022-02-10", "2025-06-30"],
      ["2025-07-01", undefined],
    ]);
    const hashes = ruleSet.versions.map((v: { hash: string }) => v.hash);
    expect(new Set(hashes).size).toBe(3);
    expect(ruleSet.overlays).toEqual([expect.objectContaining({ id: OVERLAY_ID, from: "2025-01-01" })]);
  });

  it("names the dated version in force; the result hash also covers the date", async () => {
    const list = (await call(app, "GET", "/v1/rulesets")).body.ruleSets[0].versions;
    const detail = await call(app, "GET", "/v1/rulesets/an-toan-antt?asOf=2024-11-15");
    expect(detail.status).toBe(200);
    expect(detail.body.ruleSet.asOf).toBe("2024-11-15");
    expect(detail.body.version).toEqual(list[1]);
    const sameVersion = await call(app, "GET", "/v1/rulesets/an-toan-antt?asOf=2023-03-01");
    expect(sameVersion.body.version).toEqual(list[1]);
    expect(sameVersion.body.ruleSet.hash).not.toBe(detail.body.ruleSet.hash);
    const tt23 = await call(app, "GET", "/v1/rulesets/an-toan-antt?asOf=2021-06-01");
    expect(tt23.body.version).toEqual(list[0]);
    expect(
      tt23.body.ruleSet.rules.find((r: { id: string }) => r.id === "tt124.d4.k1").versions[0].basis[0]
        .document,
    ).toBe("23/2012/TT-BCA");
  });

  it("with the overlay, the rule set gains the province criterion and a version from 01/01/2025", async () => {
    const { status, body } = await call(
      app,
      "GET",
      `/v1/rulesets/an-toan-antt?year=2025&overlays=${OVERLAY_ID}`,
    );
    expect(status).toBe(200);
    expect(body.ruleSet.asOf).toBe("2025-11-15");
    expect(body.ruleSet.rules.map((r: { id: string }) => r.id)).toContain(
      "vinh-long.xa.khong_co_tu_diem_ma_tuy",
    );
    expect(body.versions.map((v: { from: string }) => v.from)).toContain("2025-01-01");
    const plain = await call(app, "GET", "/v1/rulesets/an-toan-antt?year=2025");
    expect(plain.body.ruleSet.hash).not.toBe(body.ruleSet.hash);
  });

  it("an unknown rule set is a 404 problem, an unknown overlay a located 422", async () => {
    const missing = await call(app, "GET", "/v1/rulesets/khong-co");
    expect(missing.status).toBe(404);
    expect(missing.body.title).toBe("Không tìm thấy");
    const overlay = await call(app, "GET", "/v1/rulesets/an-toan-antt?overlays=tinh-khac");
    expect(overlay.status).toBe(422);
    expect(overlay.body.issues[0]).toMatchObject({ code: "UNKNOWN_OVERLAY", path: "overlays[0]" });
    expect(overlay.body.issues[0].message).toContain('Không có gói quy định của tỉnh "tinh-khac"');
    const date = await call(app, "GET", "/v1/rulesets/an-toan-antt?asOf=15/11/2024");
    expect(date.status).toBe(422);
    expect(date.body.issues[0].path).toBe("asOf");
  });
});

describe("GET /v1/rules/{ruleId}", () => {
  it("gives the rule in force with its Vietnamese text, Điều/khoản/điểm and history", async () => {
    const { status, body } = await call(app, "GET", "/v1/rules/tt124.d4.k1?year=2024");
    expect(status).toBe(200);
    expect(body.asOf).toBe("2024-11-15");
    expect(body.rule.label).toBe(
      "Nghị quyết của chi bộ, đăng ký phấn đấu trong Quý I và 100% hộ gia đình đăng ký tham gia",
    );
    expect(body.inForce.basis[0]).toMatchObject({ document: "124/2021/TT-BCA", article: 4, clause: 1 });
    expect(body.citation).toBe("khoản 1 Điều 4 Thông tư 124/2021/TT-BCA");
    expect(body.rule.versions[0].basis[0]).toMatchObject({
      document: "23/2012/TT-BCA",
      article: 5,
      clause: 1,
    });
  });

  it("before 10/02/2022 the same rule cites Thông tư 23/2012", async () => {
    const { body } = await call(app, "GET", "/v1/rules/tt124.d4.k1?asOf=2021-12-31");
    expect(body.citation).toBe("khoản 1 Điều 5 Thông tư 23/2012/TT-BCA");
  });

  it("a point (điểm) is cited", async () => {
    const { status, body } = await call(app, "GET", "/v1/rules/tt124.d4.k4.a?year=2024");
    expect(status).toBe(200);
    expect(body.citation).toContain("điểm a khoản 4 Điều 4 Thông tư 124/2021/TT-BCA");
  });

  it("an unknown rule is a 404 problem with its id", async () => {
    const { status, body } = await call(app, "GET", "/v1/rules/tt124.d99?year=2024");
    expect(status).toBe(404);
    expect(body.detail).toContain('Không có quy tắc "tt124.d99"');
  });
});

describe("GET /v1/schemas", () => {
  it("lists the input and output schemas, each served as JSON Schema 2020-12", async () => {
    const { status, body } = await call(app, "GET", "/v1/schemas");
    expect(status).toBe(200);
    const names = body.schemas.map((s: { name: string }) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(["dataset", "annual-facts", "assessed-unit", "assessment", "rule-set"]),
    );
    for (const { href } of body.schemas) {
      const schema = await call(app, "GET", href);
      expect(schema.status).toBe(200);
      expect(schema.body.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    }
  });

  it("names outside the list, path traversal included, are 404 problems", async () => {
    for (const name of ["khong-co", "..%2F..%2Fpackage.json", "%2e%2e", "dataset.schema.json"]) {
      const { status, body } = await call(app, "GET", `/v1/schemas/${name}`);
      expect(status).toBe(404);
      expect(body.code).toBe("NOT_FOUND");
    }
    const traversal = await call(app, "GET", "/v1/schemas/../../package.json");
    expect(traversal.status).toBe(404);
    expect(traversal.text).not.toContain("@antq/server");
  });
});
