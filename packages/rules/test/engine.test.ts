import { describe, expect, it } from "vitest";
import {
  compile,
  countOutcomes,
  evaluate,
  evaluateMany,
  RuleSetError,
  RuleSetMetadataSchema,
  renderExplanation,
  ruleSetMetadata,
} from "../src/index.js";
import { kdc, toySet, xa } from "./fixtures/toy.js";

describe("compile and evaluate", () => {
  const c2024 = compile(toySet, { year: 2024 });

  it("resolves by evaluation year through dateForYear", () => {
    expect(c2024.asOf).toBe("2024-11-15");
    expect(c2024.year).toBe(2024);
    expect(c2024.rules.find((r) => r.rule.id === "toy.ty_le_xa")?.version.from).toBe("2024-07-01");
    expect(
      compile(toySet, { asOf: "2023-01-01" }).rules.find((r) => r.rule.id === "toy.ty_le_xa")?.version.from,
    ).toBe("2022-02-10");
  });

  it("has no rules before the first version (not in force)", () => {
    const c = compile(toySet, { asOf: "2021-01-01" });
    expect(c.rules).toHaveLength(0);
    expect(c.evaluate(kdc()).outcome).toBe("dat");
  });

  it("evaluates a unit with explanations off: ids, outcomes, codes only", () => {
    const r = c2024.evaluate(kdc({ registered: 312 }));
    expect(r.outcome).toBe("chua_dat");
    expect(r.criteria).toEqual([
      { id: "toy.pham_vi", outcome: "dat", code: "TRONG" },
      { id: "toy.dang_ky", outcome: "chua_dat", code: "THIEU" },
      { id: "toy.keo_giam", outcome: "dat", code: "DAT" },
    ]);
    expect(r.summary).toBeUndefined();
    expect(r.hash).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(r.packages).toEqual([{ name: "@antq/rules", version: "0.0.0-test" }]);
  });

  it("explains in Vietnamese, citing the article, with facts, version and package", () => {
    const r = evaluate(c2024, kdc({ registered: 312 }), { explain: true });
    const c = r.criteria.find((x) => x.id === "toy.dang_ky");
    expect(c?.reason).toBe("Mới có 312/315 hộ đăng ký. Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA.");
    expect(c?.facts).toEqual({ households: 315, registered: 312 });
    expect(c?.version).toEqual({ from: "2022-02-10" });
    expect(c?.source?.name).toBe("@antq/rules");
    expect(c?.outcomeLabel).toBe("chưa đạt");
    expect(r.summary).toBe(
      "Khu dân cư KDC-1 năm 2024: chưa đạt (Bộ quy tắc thử); chưa đạt tiêu chí toy.dang_ky.",
    );
    const text = renderExplanation(r);
    expect(text).toContain("1. [đạt] Phạm vi áp dụng (toy.pham_vi)");
    expect(text).toContain("Dữ kiện: households: 315; registered: 312");
    expect(text.normalize("NFC")).toBe(text);
    expect(() => renderExplanation(c2024.evaluate(kdc()))).toThrow(TypeError);
  });

  it("a gate that is not đạt decides the whole result", () => {
    const r = c2024.evaluate({ ...kdc(), kind: "cau_lac_bo" }, { explain: true });
    expect(r.outcome).toBe("khong_ap_dung");
    expect(r.criteria.map((x) => x.id)).toEqual(["toy.pham_vi"]);
    expect(r.summary).toContain("Câu lạc bộ không thuộc phạm vi");
  });

  it("an unknown kind is không áp dụng", () => {
    const r = c2024.evaluate({ ...kdc(), kind: "khac" as never });
    expect(r.outcome).toBe("khong_ap_dung");
  });

  it("an undecided reading yields cần xem xét only when readings disagree", () => {
    expect(c2024.evaluate(kdc({ crimesNow: 3, crimesPrev: 3 })).outcome).toBe("can_xem_xet");
    expect(c2024.evaluate(kdc({ crimesNow: 2, crimesPrev: 4 })).outcome).toBe("dat");
    expect(c2024.evaluate(kdc({ crimesNow: 5, crimesPrev: 4 })).outcome).toBe("chua_dat");
    const strict = c2024.evaluate(kdc({ crimesNow: 3, crimesPrev: 3 }), { readings: { "toy.giam": "giam" } });
    expect(strict.outcome).toBe("chua_dat");
    const lenient = compile(toySet, { year: 2024, readings: { "toy.giam": "khong_tang" } });
    expect(lenient.evaluate(kdc({ crimesNow: 3, crimesPrev: 3 })).outcome).toBe("dat");
    expect(lenient.hash).not.toBe(c2024.hash);
  });

  it("rejects unknown readings (programmer error)", () => {
    expect(() => c2024.evaluate(kdc(), { readings: { "toy.giam": "x" } })).toThrow(RangeError);
    expect(() => c2024.evaluate(kdc(), { readings: { khong_co: "x" } })).toThrow(RangeError);
  });

  it("records readings used by a criterion", () => {
    const r = c2024.evaluate(kdc({ crimesNow: 3, crimesPrev: 3 }), { explain: true });
    expect(r.criteria.find((x) => x.id === "toy.keo_giam")?.readings).toEqual({ "toy.giam": null });
    expect(r.readings?.["toy.giam"]).toEqual({ choice: null, source: "@antq/rules@0.0.0-test" });
  });

  it("prints “Cách hiểu” lines with the option's label and the chosen choice's label, not ids", () => {
    const unit = kdc({ crimesNow: 3, crimesPrev: 3 });
    const undecided = c2024.evaluate(unit, { explain: true });
    expect(undecided.criteria.find((x) => x.id === "toy.keo_giam")?.readingLabels).toEqual({
      "toy.giam": { label: "Cách hiểu “kiềm chế, kéo giảm”", choice: null },
    });
    expect(renderExplanation(undecided)).toContain("\n   Cách hiểu “kiềm chế, kéo giảm”: chưa quyết định\n");
    const perCall = c2024.evaluate(unit, { explain: true, readings: { "toy.giam": "khong_tang" } });
    const text = renderExplanation(perCall);
    expect(text).toContain("\n   Cách hiểu “kiềm chế, kéo giảm”: Không tăng\n");
    expect(text).not.toContain("khong_tang");
    const compiled = compile(toySet, { year: 2024, readings: { "toy.giam": "giam" } });
    expect(renderExplanation(compiled.evaluate(unit, { explain: true }))).toContain(
      "\n   Cách hiểu “kiềm chế, kéo giảm”: Phải giảm\n",
    );
    // Results without labels (JSON written by an older version) fall back to the ids.
    const bare = JSON.parse(JSON.stringify(perCall)) as typeof perCall;
    const old = { ...bare, criteria: bare.criteria.map((c) => ({ ...c, readingLabels: undefined })) };
    expect(renderExplanation(old)).toContain("\n   Cách hiểu toy.giam: khong_tang\n");
  });

  it("builds reasons and facts on first read, the same as JSON.stringify writes them", () => {
    const r = c2024.evaluate(kdc({ registered: 312 }), { explain: true });
    const c = r.criteria.find((x) => x.id === "toy.dang_ky");
    const json = JSON.parse(JSON.stringify(r)) as typeof r;
    const j = json.criteria.find((x) => x.id === "toy.dang_ky");
    expect(j).toEqual({
      id: "toy.dang_ky",
      outcome: "chua_dat",
      code: "THIEU",
      role: "criterion",
      label: "100% hộ gia đình đăng ký",
      outcomeLabel: "chưa đạt",
      reason: "Mới có 312/315 hộ đăng ký. Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA.",
      basis: JSON.parse(JSON.stringify(c?.basis)),
      citation: "khoản 1 Điều 4 Thông tư 124/2021/TT-BCA",
      facts: { households: 315, registered: 312 },
      version: { from: "2022-02-10" },
      source: { name: "@antq/rules", version: "0.0.0-test" },
      readings: {},
      readingLabels: {},
    });
    expect(c?.reason).toBe(j?.reason);
    expect(c?.facts).toBe(c?.facts);
    expect(json.criteria.find((x) => x.id === "toy.pham_vi")?.facts).toEqual({});
  });

  it("uses dependencies evaluated earlier (dependsOn)", () => {
    expect(c2024.evaluate(xa()).criteria.find((x) => x.id === "toy.ty_le_xa")?.code).toBe("DAT");
    expect(c2024.evaluate(xa({ crimesNow: 9 })).criteria.find((x) => x.id === "toy.ty_le_xa")?.code).toBe(
      "KEO_THEO",
    );
  });

  it("turns outcomes that use a parameter value flagged for review into cần xem xét", () => {
    const c2025 = compile(toySet, { year: 2025 });
    const r = c2025.evaluate(xa(), { explain: true });
    const c = r.criteria.find((x) => x.id === "toy.ty_le_xa");
    expect(c?.outcome).toBe("can_xem_xet");
    expect(c?.code).toBe("DAT");
    expect(c?.reason).toContain("Chưa có văn bản mới");
  });

  it("batch and counts", () => {
    const units = [kdc(), kdc({ registered: 1 }), xa(), { ...kdc(), kind: "cau_lac_bo" as const }];
    expect(evaluateMany(c2024, units).map((r) => r.outcome)).toEqual([
      "dat",
      "chua_dat",
      "dat",
      "khong_ap_dung",
    ]);
    expect(countOutcomes(c2024, units)).toEqual({ dat: 2, chua_dat: 1, khong_ap_dung: 1, can_xem_xet: 0 });
    expect(units.map((u) => c2024.outcomeOf(u))).toEqual(["dat", "chua_dat", "dat", "khong_ap_dung"]);
  });

  it("the hash is stable and depends on the date's resolved content", () => {
    expect(compile(toySet, { year: 2024 }).hash).toBe(c2024.hash);
    expect(compile(toySet, { asOf: "2023-11-15" }).hash).not.toBe(c2024.hash);
  });

  it("options are checked", () => {
    expect(() => compile(toySet, {})).toThrow(RangeError);
    expect(() => compile(toySet, { asOf: "2024-02-30" })).toThrow(RangeError);
    expect(() => compile(toySet, { asOf: "2024-01-01", year: 2024 })).toThrow(RangeError);
  });

  it("throws RuleSetError with issues on an invalid set", () => {
    const bad = {
      ...toySet,
      rules: [...toySet.rules, { ...toySet.rules[0], label: "" } as (typeof toySet.rules)[0]],
    };
    expect(() => compile(bad, { year: 2024 })).toThrow(RuleSetError);
  });

  it("metadata validates against its schema", () => {
    expect(RuleSetMetadataSchema.safeParse(ruleSetMetadata(toySet)).success).toBe(true);
    expect(RuleSetMetadataSchema.safeParse(c2024.metadata).success).toBe(true);
    expect(c2024.metadata.rules.map((r) => r.id).sort()).toEqual([
      "toy.dang_ky",
      "toy.keo_giam",
      "toy.pham_vi",
      "toy.ty_le_xa",
    ]);
  });
});
