/** The evaluation loop: roles (gate, criterion, info), dependencies and collectors give the same outcome. */
import { describe, expect, it } from "vitest";
import { cite, compile, defineRuleFor, defineRuleSet, type Outcome } from "../src/index.js";

interface Unit {
  readonly kind: "khu_dan_cu" | "ngoai";
  readonly info: Outcome;
  readonly main: Outcome;
}

const basis = cite("124/2021/TT-BCA", { article: 4 });
const defineUnitRule = defineRuleFor<Unit>();
const findings = {
  DAT: { outcome: "dat", message: "Đạt" },
  CHUA_DAT: { outcome: "chua_dat", message: "Chưa đạt" },
  XEM_XET: { outcome: "can_xem_xet", message: "Cần xem xét" },
} as const;
const codeOf = (o: Outcome) => (o === "dat" ? "DAT" : o === "chua_dat" ? "CHUA_DAT" : "XEM_XET");

const gate = defineUnitRule({
  id: "vi-du.pham_vi",
  label: "Phạm vi",
  role: "gate",
  versions: [
    {
      from: "2022-01-01",
      basis,
      findings: {
        TRONG: { outcome: "dat", message: "Trong phạm vi" },
        NGOAI: { outcome: "khong_ap_dung", message: "Ngoài phạm vi" },
      },
      decide: (u) => (u.kind === "ngoai" ? "NGOAI" : "TRONG"),
    },
  ],
});
const info = defineUnitRule({
  id: "vi-du.thong_tin",
  label: "Thông tin (không tính)",
  role: "info",
  versions: [{ from: "2022-01-01", basis, findings, decide: (u) => codeOf(u.info) }],
});
const main = defineUnitRule({
  id: "vi-du.chinh",
  label: "Tiêu chí chính",
  versions: [
    {
      from: "2022-01-01",
      basis,
      dependsOn: ["vi-du.thong_tin"],
      findings: { ...findings, THEO_THONG_TIN: { outcome: "can_xem_xet", message: "Theo thông tin" } },
      decide: (u, ctx) =>
        ctx.outcome("vi-du.thong_tin") === "can_xem_xet" ? "THEO_THONG_TIN" : codeOf(u.main),
    },
  ],
});
const set = defineRuleSet<Unit>({
  id: "vi-du",
  label: "Bộ ví dụ",
  package: { name: "@antq/rules-vi-du", version: "0.0.0" },
  kinds: [
    { id: "khu_dan_cu", label: "Khu dân cư" },
    { id: "ngoai", label: "Ngoài phạm vi" },
  ],
  kindOf: (u) => u.kind,
  rules: [gate, info, main],
});
const compiled = compile(set, { asOf: "2025-11-15" });
const all = (u: Unit) => [
  compiled.outcomeOf(u),
  compiled.evaluate(u).outcome,
  compiled.evaluate(u, { explain: true }).outcome,
  compiled.evaluate(u, { readings: {} }).outcome,
];

describe("evaluation loop", () => {
  it("an info rule that fails is reported but does not count, on every path", () => {
    const u: Unit = { kind: "khu_dan_cu", info: "chua_dat", main: "dat" };
    expect(all(u)).toEqual(["dat", "dat", "dat", "dat"]);
    expect(compiled.evaluate(u).criteria.map((c) => [c.id, c.outcome])).toEqual([
      ["vi-du.pham_vi", "dat"],
      ["vi-du.thong_tin", "chua_dat"],
      ["vi-du.chinh", "dat"],
    ]);
  });
  it("a failing criterion fails the unit, and the outcome-only path agrees", () => {
    expect(all({ kind: "khu_dan_cu", info: "dat", main: "chua_dat" })).toEqual([
      "chua_dat",
      "chua_dat",
      "chua_dat",
      "chua_dat",
    ]);
    expect(all({ kind: "khu_dan_cu", info: "dat", main: "can_xem_xet" })).toEqual([
      "can_xem_xet",
      "can_xem_xet",
      "can_xem_xet",
      "can_xem_xet",
    ]);
  });
  it("a gate that is not đạt decides the result and stops the loop", () => {
    const u: Unit = { kind: "ngoai", info: "chua_dat", main: "chua_dat" };
    expect(all(u)).toEqual(["khong_ap_dung", "khong_ap_dung", "khong_ap_dung", "khong_ap_dung"]);
    expect(compiled.evaluate(u).criteria.map((c) => c.id)).toEqual(["vi-du.pham_vi"]);
  });
  it("a rule reads the outcome of the rule it depends on, per evaluation (no state leaks between units)", () => {
    const review: Unit = { kind: "khu_dan_cu", info: "can_xem_xet", main: "dat" };
    const ok: Unit = { kind: "khu_dan_cu", info: "dat", main: "dat" };
    expect(compiled.evaluate(review).criteria[2]?.code).toBe("THEO_THONG_TIN");
    expect(compiled.evaluate(ok).criteria[2]?.code).toBe("DAT");
    expect(compiled.evaluateMany([review, ok, review]).map((r) => r.criteria[2]?.code)).toEqual([
      "THEO_THONG_TIN",
      "DAT",
      "THEO_THONG_TIN",
    ]);
  });
});
