import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { call, sampleDataset, testApp } from "./support.js";

const app = testApp();

describe("the OpenAPI document and the documentation page", () => {
  it("/openapi.json is a valid OpenAPI 3.1 document with every endpoint", async () => {
    const { status, body } = await call(app, "GET", "/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    const result = await new Validator().validate(body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(body.paths).sort()).toEqual([
      "/v1/assess",
      "/v1/assess/trace",
      "/v1/rules/{ruleId}",
      "/v1/rulesets",
      "/v1/rulesets/{id}",
      "/v1/schemas",
      "/v1/schemas/{name}",
    ]);
    expect(body.components.schemas.Problem).toBeDefined();
  });

  it("/docs is one self-contained Vietnamese page: no script, nothing loaded from elsewhere", async () => {
    const { status, text, headers } = await call(app, "GET", "/docs");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("text/html");
    expect(text).toContain('<html lang="vi">');
    expect(text).toContain("/v1/assess/trace");
    expect(text).toContain("Giải thích kết quả của một đơn vị");
    expect(text).not.toMatch(/<script|src=|https?:\/\/(?!antq)/i);
  });
});

describe("hostile input", () => {
  it("sends security headers on every answer", async () => {
    for (const path of ["/v1/rulesets", "/docs", "/khong-co"]) {
      const { headers } = await call(app, "GET", path);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(headers.get("strict-transport-security")).toContain("max-age=");
    }
  });

  it("malformed JSON is a 400 problem; another media type a 415 problem", async () => {
    const bad = await call(app, "POST", "/v1/assess", {
      body: '{"year": 2024, "dataset": {',
      headers: { "content-type": "application/json" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: "BAD_JSON", title: "Dữ liệu gửi lên không phải JSON hợp lệ" });
    const form = await call(app, "POST", "/v1/assess", {
      body: "year=2024",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    expect(form.body.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const none = await call(app, "POST", "/v1/assess", { body: "{}" });
    expect(none.status).toBe(415);
  });

  it("a body over the limit is a 413 problem, whatever Content-Length says", async () => {
    const small = testApp({ maxBodyBytes: 64 * 1024 });
    const big = { year: 2024, dataset: { ...sampleDataset(), name: "x".repeat(100_000) } };
    const { status, body } = await call(small, "POST", "/v1/assess", { json: big });
    expect(status).toBe(413);
    expect(body).toMatchObject({ code: "TOO_LARGE", title: "Dữ liệu gửi lên quá lớn" });
    // Without Content-Length (chunked), the bytes are counted as they arrive.
    const bytes = new TextEncoder().encode(JSON.stringify(big));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const chunked = await small.request("/v1/assess", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it("SQL and HTML metacharacters: refused in ids (located), data in names (echoed as sent)", async () => {
    const dataset = sampleDataset();
    const evil = "kdc-'; DROP TABLE unit; --<script>";
    const area = dataset.units[1] as { id: string; name: string };
    area.name = 'Ấp "Mỹ Lợi" <b>\' OR 1=1 --';
    const { status, body } = await call(app, "POST", "/v1/assess", { json: { year: 2024, dataset } });
    expect(status).toBe(200);
    expect(body.units.find((u: { unitId: string }) => u.unitId === area.id)?.unitName).toBe(area.name);
    area.id = evil;
    const refused = await call(app, "POST", "/v1/assess", { json: { year: 2024, dataset } });
    expect(refused.status).toBe(422);
    expect(refused.body.issues.map((i: { path: string }) => i.path)).toContain("dataset.units[1].id");
    const trace = await call(app, "POST", "/v1/assess/trace", {
      json: { year: 2024, dataset: sampleDataset(), unitId: evil },
    });
    expect(trace.status).toBe(404);
    expect(trace.body.detail).toContain(evil);
  });

  it("wrong types anywhere are located 422 problems, not crashes", async () => {
    for (const body of [
      [],
      "2024",
      null,
      { year: "2024", dataset: {} },
      { year: 2024, dataset: { schemaVersion: 1, units: "x" } },
    ]) {
      const reply = await call(app, "POST", "/v1/assess", { json: body });
      expect(reply.status).toBe(422);
      expect(reply.body.issues.length).toBeGreaterThan(0);
      for (const issue of reply.body.issues) expect(issue.message).toMatch(/[à-ỹ]/);
    }
  });

  it("unknown paths and methods are problem documents", async () => {
    const missing = await call(app, "GET", "/v1/khong-co");
    expect(missing.status).toBe(404);
    expect(missing.body.title).toBe("Không tìm thấy");
    const method = await call(app, "DELETE", "/v1/rulesets");
    expect(method.status).toBe(404);
    expect(method.body.code).toBe("NOT_FOUND");
  });
});
