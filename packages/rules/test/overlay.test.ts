import { describe, expect, it } from "vitest";
import {
  cite,
  compile,
  composeRuleSet,
  defineOverlay,
  defineRule,
  overlaysIn,
  RuleSetError,
} from "../src/index.js";
import { kdc, type ToyUnit, toySet, xa } from "./fixtures/toy.js";

const pkg = { name: "@antq/rules-vi-du", version: "1.0.0" };
const qd = cite("15/2024/QĐ-UBND", { article: 3 }, { label: "Quyết định ví dụ của UBND tỉnh" });
const extra = defineRule<ToyUnit>({
  id: "vidu.khong_tu_diem_ma_tuy",
  label: "Không có tụ điểm ma tuý",
  kinds: ["xa"],
  versions: [
    {
      from: "2024-01-01",
      basis: [cite("124/2021/TT-BCA", { article: 8, clause: 1 }), qd],
      findings: {
        DAT: { outcome: "dat", message: "Không có" },
        CO: { outcome: "chua_dat", message: "Có tụ điểm" },
      },
      decide: (u) => (u.crimesNow > 5 ? "CO" : "DAT"),
    },
  ],
});

const overlay = defineOverlay<ToyUnit>({
  id: "vi-du",
  label: "Tỉnh ví dụ",
  package: pkg,
  basis: [qd],
  from: "2024-01-01",
  addRules: [extra],
  setParameters: [
    { id: "toy.ty_le", values: [{ from: "2024-01-01", to: "2024-12-31", value: 8, basis: qd }] },
  ],
  setInterpretations: [{ id: "toy.giam", default: "khong_tang", basis: qd }],
});

describe("overlays", () => {
  it("adds criteria (Điều 8 khoản 1), replaces thresholds, sets readings, records provenance", () => {
    const c = compile(toySet, { year: 2024, overlays: [overlay] });
    expect(c.packages).toEqual([{ name: "@antq/rules", version: "0.0.0-test" }, pkg]);
    const r = c.evaluate(xa({ crimesNow: 6, crimesPrev: 6, recognised: 15, units: 20 }), { explain: true });
    expect(r.outcome).toBe("chua_dat");
    const added = r.criteria.find((x) => x.id === "vidu.khong_tu_diem_ma_tuy");
    expect(added?.outcome).toBe("chua_dat");
    expect(added?.source).toEqual(pkg);
    expect(added?.reason).toContain("Điều 3 Quyết định 15/2024/QĐ-UBND");
    // 15/20 = 75% < 80% from the overlay
    expect(r.criteria.find((x) => x.id === "toy.ty_le_xa")?.outcome).toBe("chua_dat");
    // reading set by overlay: 6 vs 6 → lenient → đạt
    expect(r.criteria.find((x) => x.id === "toy.keo_giam")?.outcome).toBe("dat");
    expect(r.readings?.["toy.giam"]?.source).toBe("@antq/rules-vi-du@1.0.0");
    expect(c.metadata.overlays[0]?.id).toBe("vi-du");
  });

  it("respects the overlay's dates", () => {
    const c = compile(toySet, { year: 2023, overlays: [overlay] });
    expect(c.rules.some((r) => r.rule.id === "vidu.khong_tu_diem_ma_tuy")).toBe(false);
    expect(c.reading("toy.giam")).toBeNull();
    expect(c.parameter("toy.ty_le")?.value).toBe(7);
  });

  it("disables and replaces rules", () => {
    const o = defineOverlay<ToyUnit>({
      id: "tat",
      label: "Tắt",
      package: pkg,
      basis: [qd],
      from: "2024-01-01",
      disableRules: [{ id: "toy.dang_ky", basis: qd, reason: "Ví dụ" }],
      replaceRules: [
        {
          id: "toy.keo_giam",
          versions: [
            {
              from: "2024-01-01",
              basis: qd,
              findings: { DAT: { outcome: "dat", message: "Luôn đạt" } },
              decide: () => "DAT",
            },
          ],
        },
      ],
    });
    const c = compile(toySet, { year: 2024, overlays: [o] });
    const r = c.evaluate(kdc({ registered: 1, crimesNow: 9 }), { explain: true });
    expect(r.outcome).toBe("dat");
    expect(r.criteria.map((x) => x.id)).toEqual(["toy.pham_vi", "toy.keo_giam"]);
    expect(r.criteria[1]?.source).toEqual(pkg);
    // before the overlay's period the national rules are back
    expect(compile(toySet, { year: 2023, overlays: [o] }).evaluate(kdc({ registered: 1 })).outcome).toBe(
      "chua_dat",
    );
  });

  it("reports conflicts unless declared, unknown ids and taken ids", () => {
    const other = defineOverlay<ToyUnit>({
      id: "khac",
      label: "Khác",
      package: { name: "@antq/khac", version: "1.0.0" },
      basis: [qd],
      from: "2024-06-01",
      setParameters: [
        { id: "toy.ty_le", values: [{ from: "2024-06-01", to: "2024-12-31", value: 9, basis: qd }] },
      ],
      disableRules: [{ id: "khong.co", basis: qd, reason: "x" }],
      addRules: [extra],
    });
    const r = composeRuleSet(toySet, [overlay, other]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code).sort()).toEqual([
        "OVERLAY_CONFLICT",
        "OVERLAY_ID_TAKEN",
        "OVERLAY_UNKNOWN_ID",
      ]);
    }
    const declared = defineOverlay<ToyUnit>({
      ...other,
      disableRules: [],
      addRules: [],
      overrides: ["toy.ty_le"],
    });
    const ok = composeRuleSet(toySet, [overlay, declared]);
    expect(ok.ok).toBe(true);
    expect(
      compile(toySet, { asOf: "2024-07-01", overlays: [overlay, declared] }).parameter("toy.ty_le")?.value,
    ).toBe(9);
    expect(() => compile(toySet, { year: 2024, overlays: [overlay, other] })).toThrow(RuleSetError);
  });

  it("reports items outside the overlay's period", () => {
    const o = defineOverlay<ToyUnit>({
      ...overlay,
      id: "ngoai",
      from: "2024-06-01",
      addRules: [extra],
      setParameters: [],
    });
    const r = composeRuleSet(toySet, [o]);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(["OVERLAY_OUT_OF_PERIOD"]);
  });
});

describe("overlaysIn: the overlays a province rule package exports", () => {
  const bacNinh = defineOverlay<ToyUnit>({
    id: "bac-ninh",
    label: "Quy định bổ sung của tỉnh Bắc Ninh",
    package: { name: "@antq/rules-bac-ninh", version: "0.2.0" },
    basis: [qd],
    from: "2025-07-01",
    addRules: [extra],
  });

  it("takes every overlay export, alone or in an array, once per id, in order", () => {
    const module = {
      VERSION: "0.2.0",
      khongTuDiem: extra,
      overlay,
      all: [overlay, bacNinh],
      default: bacNinh,
    };
    expect(overlaysIn<ToyUnit>(module).map((o) => o.id)).toEqual(["vi-du", "bac-ninh"]);
    // What it returns composes as the package meant it.
    const composed = composeRuleSet(toySet, overlaysIn<ToyUnit>({ overlay }));
    expect(composed.ok).toBe(true);
  });

  it("finds none in a module that is not a rule package", () => {
    expect(overlaysIn({ rule: extra, label: "Tỉnh Bắc Ninh", list: [1, null, "x"], nothing: null })).toEqual(
      [],
    );
  });
});
