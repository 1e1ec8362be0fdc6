import { describe, expect, it } from "vitest";
import { call, OVERLAY_ID, sampleDataset, testApp } from "./support.js";

const app = testApp();
const assess = (body: Record<string, unknown>) => call(app, "POST", "/v1/assess", { json: body });

type UnitResult = {
  unitId: string;
  kind: string;
  outcome: string;
  criteria: { id: string; outcome: string; citation?: string }[];
};
const unit = (units: UnitResult[], id: string) => units.find((u) => u.unitId === id) as UnitResult;

describe("POST /v1/assess", () => {
  it("assesses the sample province as the CLI does: 4/6 khu dân cư, Mỹ Thành đạt, Đạo Thạnh chưa đạt", async () => {
    const { status, body } = await assess({ year: 2024, dataset: sampleDataset() });
    expect(status).toBe(200);
    expect(body.asOf).toBe("2024-11-15");
    expect(body.ruleSet).toMatchObject({ id: "an-toan-antt", packages: [{ name: "@antq/rules-antt" }] });
    expect(body.ruleSet.hash).toMatch(/^fnv1a64:/);
    const areas = body.units.filter((u: UnitResult) => u.kind === "residential-area");
    expect(areas).toHaveLength(6);
    expect(areas.filter((u: UnitResult) => u.outcome === "dat")).toHaveLength(4);
    expect(unit(body.units, "C28261").outcome).toBe("dat");
    expect(unit(body.units, "C28270").outcome).toBe("chua_dat");
    expect(unit(body.units, "C28270").criteria.find((c) => c.id === "tt124.d5.k4")?.outcome).toBe("chua_dat");
    // The summary of antq.assessment/1, as `antq danh-gia --json` gives it: "4/6 đạt" for the khu dân cư.
    expect(body.summary.all).toMatchObject({ total: 8, passed: 5, failed: 3, review: 0, notApplicable: 0 });
    expect(
      body.summary.byKind.find((k: { kind: string }) => k.kind === "residential-area").passRatio,
    ).toEqual({
      part: 4,
      total: 6,
    });
    expect(
      body.summary.byCommune.map((c: { communeId: string; outcome: string }) => [c.communeId, c.outcome]),
    ).toEqual([
      ["C28261", "dat"],
      ["C28270", "chua_dat"],
    ]);
    expect(body.readings["tt124.d4.k4.a.kiem_che_keo_giam"]).toBeNull();
  });

  it("explains every criterion with its citation when asked", async () => {
    const { body } = await assess({ year: 2024, dataset: sampleDataset(), explain: true });
    const binhAn = unit(body.units, "kdc-ap-binh-an") as UnitResult & {
      summary: string;
      criteria: { citation?: string }[];
    };
    expect(binhAn.summary).toContain("Ấp Bình An");
    expect(binhAn.criteria.map((c) => c.citation)).toContain("khoản 1 Điều 4 Thông tư 124/2021/TT-BCA");
    const plain = await assess({ year: 2024, dataset: sampleDataset() });
    expect(unit(plain.body.units, "kdc-ap-binh-an")).toMatchObject({ summary: null });
  });

  it("applies per-call readings (what-if) and records them; the hash changes with them", async () => {
    const base = await assess({ year: 2024, dataset: sampleDataset() });
    const whatIf = await assess({
      year: 2024,
      dataset: sampleDataset(),
      readings: { "tt124.d4.k4.a.kiem_che_keo_giam": "khong_tang" },
    });
    expect(whatIf.status).toBe(200);
    expect(whatIf.body.readings["tt124.d4.k4.a.kiem_che_keo_giam"]).toBe("khong_tang");
    expect(whatIf.body.ruleSet.hash).not.toBe(base.body.ruleSet.hash);
  });

  it("applies the province overlay: Mỹ Thành's 3/4 no longer reaches the raised 80% threshold", async () => {
    const base = await assess({ year: 2024, asOf: "2025-01-15", dataset: sampleDataset() });
    expect(unit(base.body.units, "C28261").criteria.find((c) => c.id === "tt124.d5.k4")?.outcome).toBe("dat");
    const { status, body } = await assess({
      year: 2024,
      asOf: "2025-01-15",
      overlays: [OVERLAY_ID],
      dataset: sampleDataset(),
    });
    expect(status).toBe(200);
    expect(body.ruleSet.packages.map((p: { name: string }) => p.name)).toEqual([
      "@antq/rules-antt",
      "@antq/rules-vinh-long-vi-du",
    ]);
    const myThanh = unit(body.units, "C28261");
    expect(myThanh.criteria.find((c) => c.id === "tt124.d5.k4")?.outcome).toBe("chua_dat");
    expect(myThanh.criteria.find((c) => c.id === "vinh-long.xa.khong_co_tu_diem_ma_tuy")?.outcome).toBe(
      "can_xem_xet",
    );
  });

  it("marks units without facts for the year (chưa báo cáo) instead of dropping them", async () => {
    const dataset = sampleDataset();
    dataset.annualFacts = dataset.annualFacts.filter((f) => f.unitId !== "kdc-ap-my-loi");
    const { body } = await assess({ year: 2024, dataset });
    expect(unit(body.units, "kdc-ap-my-loi")).toMatchObject({ noFacts: true });
    expect(body.units).toHaveLength(8);
  });

  it("refuses invalid data with located Vietnamese issues and assesses nothing", async () => {
    const dataset = sampleDataset();
    (dataset.annualFacts[1] as { households: Record<string, number> }).households = {
      resident: 100,
      registered: 120,
    };
    dataset.units.push({ ...dataset.units[1] });
    const { status, body, headers } = await assess({ year: 2024, dataset });
    expect(status).toBe(422);
    expect(headers.get("content-type")).toContain("application/problem+json");
    expect(body.title).toBe("Dữ liệu gửi lên không hợp lệ");
    expect(body.units).toBeUndefined();
    const paths = body.issues.map((i: { path: string }) => i.path);
    expect(paths).toContain("dataset.annualFacts[1].households.registered");
    const issue = body.issues.find(
      (i: { path: string }) => i.path === "dataset.annualFacts[1].households.registered",
    );
    expect(issue.pointer).toBe("/dataset/annualFacts/1/households/registered");
    expect(issue.message).toContain("lớn hơn số hộ đang cư trú");
  });

  it("refuses duplicate ids found by the whole-set check, located", async () => {
    const dataset = sampleDataset();
    dataset.units.push({ ...dataset.units[1] });
    const { status, body } = await assess({ year: 2024, dataset });
    expect(status).toBe(422);
    expect(body.issues[0]).toMatchObject({
      code: "DUPLICATE_ID",
      path: "dataset.units[8].id",
      pointer: "/dataset/units/8/id",
    });
  });

  it("refuses unknown readings and choices, naming what exists", async () => {
    const unknown = await assess({
      year: 2024,
      dataset: sampleDataset(),
      readings: { "tt124.khong_co": "giam" },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.issues[0]).toMatchObject({
      code: "UNKNOWN_INTERPRETATION",
      path: 'readings["tt124.khong_co"]',
      pointer: "/readings/tt124.khong_co",
    });
    const choice = await assess({
      year: 2024,
      dataset: sampleDataset(),
      readings: { "tt124.dac_khu": "tuy-y" },
    });
    expect(choice.status).toBe(422);
    expect(choice.body.issues[0].message).toContain('Cách hiểu "tt124.dac_khu" không có lựa chọn "tuy-y"');
  });

  it("refuses a missing year and unknown overlays", async () => {
    const noYear = await assess({ dataset: sampleDataset() });
    expect(noYear.status).toBe(422);
    expect(noYear.body.issues[0]).toMatchObject({ code: "REQUIRED", path: "year" });
    expect(noYear.body.issues[0].message).toContain("Năm đánh giá (year): bắt buộc");
    const overlay = await assess({ year: 2024, overlays: ["tinh-khac"], dataset: sampleDataset() });
    expect(overlay.status).toBe(422);
    expect(overlay.body.issues[0]).toMatchObject({ code: "UNKNOWN_OVERLAY", path: "overlays[0]" });
  });
});

describe("POST /v1/assess/trace", () => {
  it("explains a commune with the roll-up of its units (Điều 5 khoản 4)", async () => {
    const { status, body } = await call(app, "POST", "/v1/assess/trace", {
      json: { year: 2024, dataset: sampleDataset(), unitId: "C28270" },
    });
    expect(status).toBe(200);
    expect(body.result.outcome).toBe("chua_dat");
    const ratio = body.result.criteria.find((c: { id: string }) => c.id === "tt124.d5.k4");
    expect(ratio.outcome).toBe("chua_dat");
    expect(ratio.citation).toBe("khoản 4 Điều 5 Thông tư 124/2021/TT-BCA");
    expect(body.text).toContain("KẾT QUẢ:");
    expect(body.text).toContain("Phường Đạo Thạnh");
  });

  it("explains a residential area with the undecided reading named in Vietnamese", async () => {
    const { body } = await call(app, "POST", "/v1/assess/trace", {
      json: { year: 2024, dataset: sampleDataset(), unitId: "kdc-ap-binh-an" },
    });
    expect(body.text).toContain("Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA");
    expect(body.text).toContain("Cách hiểu “kiềm chế, kéo giảm … so với năm trước”: chưa quyết định");
    expect(body.text).not.toContain("kiem_che_keo_giam");
  });

  it("an id not in the dataset is a 404 problem naming it", async () => {
    const { status, body } = await call(app, "POST", "/v1/assess/trace", {
      json: { year: 2024, dataset: sampleDataset(), unitId: "khong-co" },
    });
    expect(status).toBe(404);
    expect(body.detail).toBe('Không tìm thấy đơn vị có mã "khong-co" trong bộ dữ liệu.');
  });
});
