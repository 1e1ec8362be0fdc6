/**
 * The engine's edges, one behaviour per test: what a province developer meets when a rule set is unusual
 * (dependencies listed out of order, a custom aggregate, a parameter flagged for review, readings per call,
 * unknown ids). Written against the survivors of `npm run mutation`: each test fails on a real mistake.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  cite,
  compile,
  type DatedDefault,
  defaultReadingAt,
  defineOverlay,
  defineParameter,
  defineRule,
  defineRuleSet,
  type Interpretation,
  parameterValueAt,
  parameterValueIssues,
  type RuleSet,
} from "../src/index.js";
import { reasonText } from "../src/internal/explained-criterion.js";
import { yesNoOption } from "./fixtures/interpretations.js";
import { giam, kdc, type ToyUnit, toyPackage, toySet } from "./fixtures/toy.js";

const TT124 = "124/2021/TT-BCA";
const basis = cite(TT124, { article: 4, clause: 1 });

interface Unit {
  readonly id?: string;
  readonly name?: string;
  readonly kind: "kdc";
  readonly a: number;
  readonly b: number;
}

const kinds = [{ id: "kdc", label: "Khu dân cư" }] as const;

function setOf(
  rules: RuleSet<Unit>["rules"],
  extra: Partial<Parameters<typeof defineRuleSet<Unit>>[0]> = {},
) {
  return defineRuleSet<Unit>({
    id: "bien",
    label: "Bộ quy tắc biên",
    package: toyPackage,
    basis: [cite(TT124)],
    kinds: [...kinds],
    kindOf: (u) => u.kind,
    idOf: (u) => u.id,
    rules,
    parameters: [],
    interpretations: [],
    ...extra,
  });
}

const ruleA = defineRule<Unit>({
  id: "bien.a",
  label: "Tiêu chí A",
  versions: [
    {
      from: "2022-02-10",
      basis,
      findings: {
        DAT: { outcome: "dat", message: "A đạt" },
        KHONG: { outcome: "chua_dat", message: "A chưa đạt" },
      },
      decide: (u) => (u.a > 0 ? "DAT" : "KHONG"),
    },
  ],
});

describe("dependencies and order", () => {
  it("evaluates a dependency before the rule that reads it, whatever the listed order", () => {
    const dependent = defineRule<Unit>({
      id: "bien.phu_thuoc",
      label: "Theo A",
      versions: [
        {
          from: "2022-02-10",
          basis,
          dependsOn: ["bien.a"],
          findings: {
            THEO_DAT: { outcome: "dat", message: "A đã đạt" },
            THEO_KHONG: { outcome: "chua_dat", message: "A chưa đạt" },
            CHUA_BIET: { outcome: "can_xem_xet", message: "Chưa biết A" },
          },
          decide: (_u, ctx) => {
            const a = ctx.outcome("bien.a");
            return a === undefined ? "CHUA_BIET" : a === "dat" ? "THEO_DAT" : "THEO_KHONG";
          },
        },
      ],
    });
    const c = compile(setOf([dependent, ruleA]), { asOf: "2024-01-01" });
    expect(c.rules.map((r) => r.rule.id)).toEqual(["bien.a", "bien.phu_thuoc"]);
    expect(c.evaluate({ kind: "kdc", a: 1, b: 0 }).criteria.map((x) => x.code)).toEqual(["DAT", "THEO_DAT"]);
    expect(c.evaluate({ kind: "kdc", a: 0, b: 0 }).criteria.map((x) => x.code)).toEqual([
      "KHONG",
      "THEO_KHONG",
    ]);
  });

  it("a dependency not in force yet is skipped in ordering and reads as undefined", () => {
    const later = defineRule<Unit>({
      id: "bien.sau",
      label: "Có hiệu lực sau",
      versions: [
        {
          from: "2030-01-01",
          basis,
          findings: { DAT: { outcome: "dat", message: "Đạt" } },
          decide: () => "DAT",
        },
      ],
    });
    const reader = defineRule<Unit>({
      id: "bien.doc",
      label: "Đọc kết quả quy tắc khác",
      versions: [
        {
          from: "2022-02-10",
          basis,
          dependsOn: ["bien.sau"],
          findings: {
            CO: { outcome: "dat", message: "Có" },
            KHONG_CO: { outcome: "can_xem_xet", message: "Không có" },
          },
          decide: (_u, ctx) =>
            ctx.outcome("bien.sau") === undefined && ctx.outcome("khong.ton.tai") === undefined
              ? "KHONG_CO"
              : "CO",
        },
      ],
    });
    const c = compile(setOf([reader, later]), { asOf: "2024-01-01" });
    expect(c.evaluate({ kind: "kdc", a: 1, b: 0 }).criteria).toEqual([
      { id: "bien.doc", outcome: "can_xem_xet", code: "KHONG_CO" },
    ]);
  });
});

describe("compile options", () => {
  it("validate: false compiles a set that the checks refuse", () => {
    const broken = defineRule<Unit>({
      id: "bien.hong",
      label: "Phụ thuộc quy tắc không có",
      versions: [
        {
          from: "2022-02-10",
          basis,
          dependsOn: ["khong.co"],
          findings: { DAT: { outcome: "dat", message: "Đạt" } },
          decide: () => "DAT",
        },
      ],
    });
    expect(() => compile(setOf([broken]), { asOf: "2024-01-01" })).toThrow(/khong\.co/);
    expect(
      compile(setOf([broken]), { asOf: "2024-01-01", validate: false }).evaluate({ kind: "kdc", a: 0, b: 0 })
        .outcome,
    ).toBe("dat");
  });

  it("a rule reading an option the set does not declare (unchecked) shows the id as its label", () => {
    const odd = defineRule<Unit>({
      id: "bien.la",
      label: "Đọc cách hiểu lạ",
      versions: [
        {
          from: "2022-02-10",
          basis,
          interpretations: ["la.cach_hieu"],
          findings: { DAT: { outcome: "dat", message: "Đạt" } },
          decide: () => "DAT",
        },
      ],
    });
    const c = compile(setOf([odd]), { asOf: "2024-01-01", validate: false });
    const r = c.evaluate({ kind: "kdc", a: 0, b: 0 }, { explain: true });
    expect(r.criteria[0]?.readings).toEqual({ "la.cach_hieu": null });
    expect(r.criteria[0]?.readingLabels).toEqual({ "la.cach_hieu": { label: "la.cach_hieu", choice: null } });
  });

  it("records the evaluation year in the metadata only when compiled by year", () => {
    const byYear = compile(toySet, { year: 2024 });
    const byDate = compile(toySet, { asOf: "2024-11-15" });
    expect(byYear.metadata.year).toBe(2024);
    expect(byDate.metadata.year).toBeUndefined();
    expect(byYear.metadata.asOf).toBe(byDate.metadata.asOf);
    expect(byYear.hash).not.toBe(byDate.hash);
  });

  it("lists a package once however many of its overlays apply, and the set's own package once", () => {
    const o = (id: string, pkg = { name: "@antq/rules-vi-du", version: "1.0.0" }) =>
      defineOverlay<ToyUnit>({
        id,
        label: id,
        package: pkg,
        basis: [cite("01/2024/QĐ-UBND")],
        from: "2024-01-01",
      });
    expect(compile(toySet, { year: 2024, overlays: [o("mot"), o("hai")] }).packages).toEqual([
      toyPackage,
      { name: "@antq/rules-vi-du", version: "1.0.0" },
    ]);
    expect(compile(toySet, { year: 2024, overlays: [o("ba", toyPackage)] }).packages).toEqual([toyPackage]);
    expect(
      compile(toySet, {
        year: 2024,
        overlays: [
          o("bon"),
          o("nam", { name: "@antq/rules-vi-du", version: "1.1.0" }),
          o("sau", { name: "@antq/khac", version: "1.0.0" }),
        ],
      }).packages,
    ).toHaveLength(4);
  });

  it("accepts valid readings at compile and per call, refuses unknown options and choices", () => {
    const c = compile(toySet, { year: 2024, readings: { "toy.giam": "giam" } });
    expect(c.reading("toy.giam")).toBe("giam");
    const same = kdc({ crimesNow: 3, crimesPrev: 3 });
    expect(c.evaluate(same).outcome).toBe("chua_dat");
    expect(c.evaluate(same, { readings: { "toy.giam": "khong_tang" } }).outcome).toBe("dat");
    expect(c.evaluate(same, { readings: { "toy.giam": null } }).outcome).toBe("can_xem_xet");
    expect(() => c.evaluate(same, { readings: { "toy.giam": "tang" } })).toThrow(/không có lựa chọn “tang”/);
    expect(() => c.evaluate(same, { readings: { "toy.khac": null } })).toThrow(RangeError);
    expect(() => c.reading("toy.khac")).toThrow(/Không có cách hiểu “toy.khac”/);
  });

  it("explains per-call readings with their labels", () => {
    const c = compile(toySet, { year: 2024 });
    const r = c.evaluate(kdc(), { explain: true, readings: { "toy.giam": "khong_tang" } });
    const crime = r.criteria.find((x) => x.id === "toy.keo_giam");
    expect(crime?.readings).toEqual({ "toy.giam": "khong_tang" });
    expect(crime?.readingLabels?.["toy.giam"]).toEqual({ label: giam.label, choice: "Không tăng" });
  });
});

describe("the rule context", () => {
  const flagged = defineParameter<number>({
    id: "bien.nguong",
    label: "Ngưỡng",
    values: [{ from: "2024-01-01", value: 5, basis, review: "Chưa tìm thấy văn bản" }],
  });
  const usesParam = defineRule<Unit>({
    id: "bien.nguong_quy_tac",
    label: "Theo ngưỡng",
    versions: [
      {
        from: "2024-01-01",
        basis,
        parameters: [flagged],
        findings: {
          DAT: { outcome: "dat", message: "Đủ ngưỡng." },
          KHONG: { outcome: "chua_dat", message: (u) => `Mới có ${u.b}.  ` },
          NGOAI: { outcome: "khong_ap_dung", message: "Không áp dụng" },
        },
        decide: (u, ctx) => (u.b < 0 ? "NGOAI" : u.b >= ctx.param(flagged) ? "DAT" : "KHONG"),
      },
    ],
  });

  it("a parameter without a value on the date is refused by the checks; unchecked, reading it throws a RangeError", () => {
    const early = { ...usesParam, versions: [{ ...usesParam.versions[0]!, from: "2022-02-10" }] };
    expect(() => compile(setOf([early], { parameters: [flagged] }), { asOf: "2023-06-01" })).toThrow(
      /PARAMETER_NOT_COVERED/,
    );
    const c = compile(setOf([early], { parameters: [flagged] }), { asOf: "2023-06-01", validate: false });
    expect(c.parameter(flagged)).toBeUndefined();
    expect(() => c.evaluate({ kind: "kdc", a: 0, b: 1 })).toThrow(
      /Tham số “bien.nguong” không có giá trị vào ngày 2023-06-01/,
    );
  });

  it("a value flagged for review turns đạt and chưa đạt into cần xem xét, and says why; other findings stay", () => {
    const c = compile(setOf([usesParam], { parameters: [flagged] }), { asOf: "2024-06-01" });
    const dat = c.evaluate({ kind: "kdc", a: 0, b: 9 }, { explain: true });
    expect(dat.outcome).toBe("can_xem_xet");
    expect(dat.criteria[0]?.code).toBe("DAT");
    expect(dat.criteria[0]?.reason).toBe(
      "Đủ ngưỡng. Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA. Cần xem xét vì giá trị tham số chưa xác định được văn bản (bien.nguong: Chưa tìm thấy văn bản).",
    );
    const khong = c.evaluate({ kind: "kdc", a: 0, b: 2 }, { explain: true });
    expect(khong.criteria[0]?.outcome).toBe("can_xem_xet");
    expect(khong.criteria[0]?.reason).toBe(
      "Mới có 2. Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA. Cần xem xét vì giá trị tham số chưa xác định được văn bản (bien.nguong: Chưa tìm thấy văn bản).",
    );
    const ngoai = c.evaluate({ kind: "kdc", a: 0, b: -1 }, { explain: true });
    expect(ngoai.criteria[0]?.outcome).toBe("khong_ap_dung");
    expect(ngoai.criteria[0]?.reason).toBe("Không áp dụng. Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA.");
    expect(ngoai.criteria[0]?.review).toBeUndefined();
  });

  it("a lean result turns the flagged finding into cần xem xét too; its criteria are frozen and shared across units", () => {
    const c = compile(setOf([usesParam], { parameters: [flagged] }), { asOf: "2024-06-01" });
    const first = c.evaluate({ kind: "kdc", a: 0, b: 9 });
    const second = c.evaluate({ kind: "kdc", a: 1, b: 12 });
    expect(first.outcome).toBe("can_xem_xet");
    expect(first.criteria).toStrictEqual([
      { id: "bien.nguong_quy_tac", outcome: "can_xem_xet", code: "DAT" },
    ]);
    expect(second.criteria[0]).toBe(first.criteria[0]);
    expect(Object.isFrozen(first.criteria[0])).toBe(true);
    expect(c.evaluate({ kind: "kdc", a: 0, b: -1 }).criteria).toStrictEqual([
      { id: "bien.nguong_quy_tac", outcome: "khong_ap_dung", code: "NGOAI" },
    ]);
  });

  it("reading an undeclared option from a rule throws a RangeError", () => {
    const reads = defineRule<Unit>({
      id: "bien.doc_sai",
      label: "Đọc sai",
      versions: [
        {
          from: "2022-02-10",
          basis,
          findings: { DAT: { outcome: "dat", message: "Đạt" } },
          decide: (_u, ctx) => (ctx.reading("khong.co") ?? "DAT") as "DAT",
        },
      ],
    });
    expect(() =>
      compile(setOf([reads]), { asOf: "2024-01-01" }).evaluate({ kind: "kdc", a: 0, b: 0 }),
    ).toThrow(/Không có cách hiểu “khong.co”/);
  });

  it("without dependencies, a per-call reading still reaches the rule that reads it", () => {
    const strict = yesNoOption("bien.nghiem", "Áp dụng nghiêm");
    const reads = defineRule<Unit>({
      id: "bien.theo_cach_hieu",
      label: "Theo cách hiểu",
      versions: [
        {
          from: "2022-02-10",
          basis,
          interpretations: [strict.id],
          findings: {
            DAT: { outcome: "dat", message: "Đạt" },
            KHONG: { outcome: "chua_dat", message: "Không đạt khi áp dụng nghiêm" },
            CHUA_RO: { outcome: "can_xem_xet", message: "Tuỳ cách hiểu" },
          },
          decide: (u, ctx) => {
            const choice = ctx.reading(strict.id);
            return choice === null ? "CHUA_RO" : choice === "co" && u.b > 0 ? "KHONG" : "DAT";
          },
        },
      ],
    });
    const c = compile(setOf([reads], { interpretations: [strict] }), { year: 2024 });
    const unit: Unit = { kind: "kdc", a: 1, b: 2 };
    expect(c.evaluate(unit).outcome).toBe("can_xem_xet");
    expect(c.evaluate(unit, { readings: { [strict.id]: "co" } }).outcome).toBe("chua_dat");
    expect(c.outcomeOf(unit, { readings: { [strict.id]: "khong" } })).toBe("dat");
  });

  it("without declared dependencies, another rule's outcome reads as undefined", () => {
    const echo = defineRule<Unit>({
      id: "bien.theo_a",
      label: "Theo tiêu chí A",
      versions: [
        {
          from: "2022-02-10",
          basis,
          findings: {
            DAT: { outcome: "dat", message: "A đạt" },
            CHO: { outcome: "can_xem_xet", message: "Chưa biết kết quả A" },
          },
          decide: (_u, ctx) => (ctx.outcome(ruleA.id) === "dat" ? "DAT" : "CHO"),
        },
      ],
    });
    const r = compile(setOf([ruleA, echo]), { year: 2024 }).evaluate({ kind: "kdc", a: 1, b: 0 });
    expect(r.criteria.map((x) => x.code)).toEqual(["DAT", "CHO"]);
  });

  it("redecide refuses an option the set does not have, as evaluating does", () => {
    const reads = defineRule<Unit>({
      id: "bien.doc_khi_co",
      label: "Đọc khi có số liệu",
      versions: [
        {
          from: "2022-02-10",
          basis,
          inputs: ["b"],
          findings: { DAT: { outcome: "dat", message: "Đạt" } },
          decide: (u, ctx) => (u.b > 0 ? (ctx.reading("khong.co") ?? "DAT") : "DAT") as "DAT",
        },
      ],
    });
    const c = compile(setOf([reads]), { year: 2024 });
    const previous = c.evaluate({ kind: "kdc", a: 0, b: 0 });
    expect(() => c.redecide({ kind: "kdc", a: 0, b: 1 }, previous, { inputs: ["b"] })).toThrow(
      /Không có cách hiểu “khong.co”/,
    );
  });

  it("a decided code the rule does not declare is an error naming the rule", () => {
    const wrong = defineRule<Unit>({
      id: "bien.ma_la",
      label: "Mã lạ",
      versions: [
        {
          from: "2022-02-10",
          basis,
          findings: {
            DAT: { outcome: "dat", message: "Đạt" },
            KHONG: { outcome: "chua_dat", message: "Không" },
          },
          decide: (u) => (u.a === 7 ? ("LA" as "DAT") : u.a > 0 ? "DAT" : "KHONG"),
        },
      ],
    });
    const c = compile(setOf([wrong]), { asOf: "2024-01-01" });
    expect(c.evaluate({ kind: "kdc", a: 0, b: 0 }).outcome).toBe("chua_dat");
    expect(() => c.evaluate({ kind: "kdc", a: 7, b: 0 })).toThrow(
      /Quy tắc bien.ma_la trả về mã “LA” không khai báo/,
    );
  });
});

describe("results", () => {
  it("a lean result carries each rule's value", () => {
    const valued = defineRule<Unit>({
      id: "bien.gia_tri",
      label: "Có giá trị",
      versions: [
        {
          from: "2022-02-10",
          basis,
          findings: { DAT: { outcome: "dat", message: "Đạt" } },
          decide: () => "DAT",
          value: (u) => u.a * 10 + u.b,
        },
      ],
    });
    const c = compile(setOf([valued, ruleA]), { asOf: "2024-01-01" });
    expect(c.evaluate({ kind: "kdc", a: 3, b: 4 }).criteria).toStrictEqual([
      { id: "bien.gia_tri", outcome: "dat", code: "DAT", value: 34 },
      { id: "bien.a", outcome: "dat", code: "DAT" },
    ]);
  });

  it("explains the version range, with its end only when it has one", () => {
    const dated = defineRule<Unit>({
      id: "bien.co_han",
      label: "Có thời hạn",
      versions: [
        {
          from: "2023-01-01",
          to: "2024-12-31",
          basis,
          findings: { DAT: { outcome: "dat", message: "Đạt" } },
          decide: () => "DAT",
        },
        {
          from: "2022-02-10",
          to: "2022-12-31",
          basis,
          findings: { CU: { outcome: "dat", message: "Bản cũ" } },
          decide: () => "CU",
        },
      ],
    });
    expect(dated.versions.map((v) => v.from)).toEqual(["2022-02-10", "2023-01-01"]);
    const c = compile(setOf([dated, ruleA]), { asOf: "2024-01-01" });
    const r = c.evaluate({ kind: "kdc", a: 1, b: 0 }, { explain: true });
    expect(r.criteria[0]?.version).toStrictEqual({ from: "2023-01-01", to: "2024-12-31" });
    expect(r.criteria[1]?.version).toStrictEqual({ from: "2022-02-10" });
    expect(
      compile(setOf([dated]), { asOf: "2022-06-01" }).evaluate({ kind: "kdc", a: 1, b: 0 }).criteria[0]?.code,
    ).toBe("CU");
  });

  it("hands a custom aggregate exactly the counted outcomes (no gates, no info rules)", () => {
    const seen: string[][] = [];
    const info = defineRule<Unit>({
      id: "bien.thong_tin",
      label: "Thông tin",
      role: "info",
      versions: [
        {
          from: "2022-02-10",
          basis,
          findings: { KHONG: { outcome: "chua_dat", message: "Chỉ để biết" } },
          decide: () => "KHONG",
        },
      ],
    });
    const c = compile(
      setOf([ruleA, info], {
        aggregate: (outcomes) => {
          seen.push([...outcomes]);
          return outcomes.includes("dat") ? "dat" : "chua_dat";
        },
      }),
      { asOf: "2024-01-01" },
    );
    expect(c.evaluate({ kind: "kdc", a: 1, b: 0 }).outcome).toBe("dat");
    expect(c.evaluate({ kind: "kdc", a: 0, b: 0 }).outcome).toBe("chua_dat");
    expect(c.outcomeOf({ kind: "kdc", a: 0, b: 0 })).toBe("chua_dat");
    expect(seen).toEqual([["dat"], ["chua_dat"], ["chua_dat"]]);
  });

  it("an unknown kind is không áp dụng with no criteria, explained in Vietnamese", () => {
    const c = compile(toySet, { year: 2024 });
    const odd = { ...kdc(), kind: "to_chuc_khac" } as unknown as ToyUnit;
    const lean = c.evaluate(odd);
    expect(lean.outcome).toBe("khong_ap_dung");
    expect(lean.criteria).toStrictEqual([]);
    expect(lean.summary).toBeUndefined();
    const explained = c.evaluate(odd, { explain: true });
    expect(explained.outcomeLabel).toBe("không áp dụng");
    expect(explained.summary).toBe(
      "Loại đơn vị “to_chuc_khac” không thuộc phạm vi của bộ quy tắc Bộ quy tắc thử.",
    );
  });
});

describe("summaries", () => {
  const two = (id: string, outcome: "chua_dat" | "can_xem_xet") =>
    defineRule<Unit>({
      id,
      label: id,
      versions: [
        {
          from: "2022-02-10",
          basis,
          findings: { DAT: { outcome: "dat", message: "Đạt" }, X: { outcome, message: "Không" } },
          decide: (u) => (u.a > 0 ? "DAT" : "X"),
        },
      ],
    });
  const rules = [
    two("bien.k1", "chua_dat"),
    two("bien.r1", "can_xem_xet"),
    two("bien.k2", "chua_dat"),
    two("bien.r2", "can_xem_xet"),
  ];

  it("names the failed and the open criteria in order, with the unit's name and id", () => {
    const c = compile(setOf(rules, { nameOf: (u) => u.name }), { year: 2024 });
    const r = c.evaluate({ id: "kdc-1", name: "Ấp Mỹ Lợi", kind: "kdc", a: 0, b: 0 }, { explain: true });
    expect(r.summary).toBe(
      "Khu dân cư Ấp Mỹ Lợi (kdc-1) năm 2024: chưa đạt (Bộ quy tắc biên); chưa đạt tiêu chí bien.k1, bien.k2; cần xem xét tiêu chí bien.r1, bien.r2.",
    );
    const ok = c.evaluate({ id: "kdc-2", name: "", kind: "kdc", a: 1, b: 0 }, { explain: true });
    expect(ok.summary).toBe("Khu dân cư kdc-2 năm 2024: đạt (Bộ quy tắc biên).");
  });

  it("uses the date when compiled by date, the name alone without an id, the kind alone without either", () => {
    const c = compile(setOf(rules.slice(1, 2), { nameOf: (u) => u.name }), { asOf: "2024-11-15" });
    expect(c.evaluate({ name: "Ấp Mỹ Lợi", kind: "kdc", a: 0, b: 0 }, { explain: true }).summary).toBe(
      "Khu dân cư Ấp Mỹ Lợi tại ngày 15/11/2024: cần xem xét (Bộ quy tắc biên); cần xem xét tiêu chí bien.r1.",
    );
    expect(c.evaluate({ kind: "kdc", a: 1, b: 0 }, { explain: true }).summary).toBe(
      "Khu dân cư tại ngày 15/11/2024: đạt (Bộ quy tắc biên).",
    );
  });
});

describe("definitions", () => {
  it("reasonText drops trailing full stops and spaces of the message, keeps inner ones", () => {
    expect(reasonText("Đạt. . ", "Điều 4", undefined)).toBe("Đạt. Căn cứ: Điều 4.");
    expect(reasonText("1.454/1.730 lượt", "Điều 5", undefined)).toBe("1.454/1.730 lượt. Căn cứ: Điều 5.");
    expect(reasonText("", "Điều 5", "x")).toBe(
      ". Căn cứ: Điều 5. Cần xem xét vì giá trị tham số chưa xác định được văn bản (x).",
    );
  });

  it("defaultReadingAt uses a dated default within its inclusive bounds only", () => {
    const source = { name: "@antq/rules-vi-du", version: "1.0.0" };
    const dated: DatedDefault = {
      from: "2024-01-01",
      to: "2024-12-31",
      default: "khong_tang",
      basis,
      source,
    };
    const option: Interpretation = { ...giam, datedDefaults: [dated] };
    expect(defaultReadingAt(option, "2023-12-31").choice).toBeNull();
    expect(defaultReadingAt(option, "2024-01-01").choice).toBe("khong_tang");
    expect(defaultReadingAt(option, "2024-12-31")).toEqual({
      choice: "khong_tang",
      source: { name: "@antq/rules-vi-du", version: "1.0.0" },
    });
    expect(defaultReadingAt(option, "2025-01-01").choice).toBeNull();
    expect(
      defaultReadingAt(
        { ...giam, datedDefaults: [{ from: "2024-01-01", default: "khong_tang", basis, source }] },
        "2030-01-01",
      ).choice,
    ).toBe("khong_tang");
  });

  it("defineParameter checks both dates and sorts values by start", () => {
    expect(() =>
      defineParameter({
        id: "bien.p",
        label: "P",
        values: [{ from: "2024-01-01", to: "31/12/2024", value: 1, basis }],
      }),
    ).toThrow(/to/);
    const p = defineParameter({
      id: "bien.p",
      label: "P",
      values: [
        { from: "2025-01-01", value: 2, basis },
        { from: "2022-02-10", to: "2024-12-31", value: 1, basis },
      ],
    });
    expect(p.values.map((v) => v.value)).toEqual([1, 2]);
    expect(parameterValueAt(p, "2024-12-31")?.value).toBe(1);
    expect(parameterValueAt(p, "2025-01-01")?.value).toBe(2);
  });

  it("parameterValueIssues names the place inside the value, or (gốc) for the value itself", () => {
    const schema = z.object({ ty_le: z.number().int() });
    const issues = parameterValueIssues(
      { id: "bien.p", schema },
      [{ from: "2024-01-01", value: { ty_le: 0.5 } }],
      ["parameters", 2],
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(["parameters", 2, 0, "value", "ty_le"]);
    expect(issues[0]?.message).toMatch(/^Tham số bien.p \(từ 2024-01-01\): giá trị không hợp lệ tại ty_le: /);
    const root = parameterValueIssues({ id: "bien.p", schema }, [{ from: "2024-01-01", value: 7 }], []);
    expect(root[0]?.path).toEqual([0, "value"]);
    expect(root[0]?.message).toMatch(/tại \(gốc\): /);
  });
});
