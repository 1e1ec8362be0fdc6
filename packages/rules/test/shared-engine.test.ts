import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkCoverage,
  cite,
  compareExpected,
  compile,
  composeRuleSet,
  DAY_SCALE,
  defineInterpretation,
  defineOverlay,
  defineParameter,
  defineParameterSet,
  INTEGER_SCALE,
  readingOf,
  runGoldenCases,
  validateRuleSet,
} from "../src/index.js";

const qd = cite("15/2024/QĐ-UBND", { article: 3 }, { label: "Quyết định ví dụ của UBND tỉnh" });
const pkg = { name: "@antq/rules-vi-du", version: "1.0.0" };
const nguong = defineParameter<number>({
  id: "vi_du.nguong",
  label: "Ngưỡng ví dụ",
  schema: z.number().int().min(0).max(100),
  values: [{ from: "2022-01-01", value: 70, basis: qd }],
});
const cachHieu = defineInterpretation({
  id: "vi_du.cach_hieu",
  label: "Cách hiểu ví dụ",
  basis: qd,
  choices: [
    { id: "chat", label: "Hiểu chặt" },
    { id: "rong", label: "Hiểu rộng" },
  ],
  default: null,
});
const config = defineParameterSet<{ kind: string }>({
  id: "vi-du.cau-hinh",
  label: "Cấu hình ví dụ",
  package: { name: "@antq/rules", version: "0.0.0" },
  kinds: [{ id: "xa", label: "Cấp xã" }],
  parameters: [nguong],
  interpretations: [cachHieu],
});

describe("configuration-only rule sets", () => {
  it("validate, compile and give typed parameter values", () => {
    expect(validateRuleSet(config)).toEqual([]);
    const compiled = compile(config, { asOf: "2024-11-30" });
    const v: number | undefined = compiled.parameter(nguong)?.value;
    expect(v).toBe(70);
    expect(compiled.evaluate({ kind: "xa" }).outcome).toBe("khong_ap_dung");
  });
});

describe("parameter schemas", () => {
  it("report a bad value in the set and in an overlay, with a Vietnamese message", () => {
    const bad = defineParameterSet({
      ...config,
      parameters: [{ ...nguong, values: [{ from: "2022-01-01", value: 170, basis: qd }] }],
    });
    expect(validateRuleSet(bad).map((i) => i.code)).toEqual(["INVALID_PARAMETER_VALUE"]);
    const overlay = defineOverlay<{ kind: string }>({
      id: "tinh-vi-du",
      label: "Tỉnh ví dụ",
      package: pkg,
      basis: [qd],
      from: "2024-01-01",
      setParameters: [{ id: nguong.id, values: [{ from: "2024-01-01", value: "bảy mươi", basis: qd }] }],
    });
    const composed = composeRuleSet(config, [overlay]);
    expect(composed.ok).toBe(false);
    if (!composed.ok) {
      expect(composed.issues[0]).toMatchObject({
        code: "INVALID_PARAMETER_VALUE",
        path: ["overlays", 0, "setParameters", 0, "values", 0, "value"],
      });
      expect(composed.issues[0]?.message).toContain("Tham số vi_du.nguong (từ 2024-01-01)");
    }
  });
});

describe("readingOf", () => {
  it("takes the caller's reading, else the default in force, and rejects unknown choices", () => {
    expect(readingOf(cachHieu, undefined, "2025-01-01")).toBeNull();
    expect(readingOf(cachHieu, { "vi_du.cach_hieu": "rong" }, "2025-01-01")).toBe("rong");
    expect(readingOf(cachHieu, { "vi_du.cach_hieu": null }, "2025-01-01")).toBeNull();
    const dated = { ...cachHieu, datedDefaults: [{ from: "2025-01-01", default: "chat", basis: qd }] };
    expect(readingOf(dated, {}, "2024-12-31")).toBeNull();
    expect(readingOf(dated, {}, "2025-01-01")).toBe("chat");
    expect(() => readingOf(cachHieu, { "vi_du.cach_hieu": "khac" }, "2025-01-01")).toThrow(RangeError);
  });
});

describe("checkCoverage", () => {
  it("finds gaps, overlaps, inverted intervals and the edges of a span", () => {
    expect(
      checkCoverage(
        [
          { from: 0, to: 499 },
          { from: 501, to: 1000 },
        ],
        INTEGER_SCALE,
        { start: 0, end: 1000 },
      ),
    ).toEqual([{ type: "gap", index: 1, from: 500, to: 500 }]);
    expect(checkCoverage([{ from: 0, to: 900 }], INTEGER_SCALE, { start: 0, end: 1000 })).toEqual([
      { type: "gap", from: 901, to: 1000 },
    ]);
    expect(checkCoverage([{ from: 0, to: 1100 }], INTEGER_SCALE, { start: 0, end: 1000 })).toEqual([
      { type: "beyond", index: 0 },
    ]);
    expect(checkCoverage([{ from: 5, to: 1 }], INTEGER_SCALE)).toEqual([{ type: "inverted", index: 0 }]);
    expect(
      checkCoverage([{ from: "2023-01-01" }, { from: "2022-01-01", to: "2023-06-30" }], DAY_SCALE),
    ).toEqual([{ type: "overlap", index: 0, previous: 1 }]);
    expect(
      checkCoverage([{ from: "2022-01-01", to: "2022-12-31" }, { from: "2023-01-01" }], DAY_SCALE),
    ).toEqual([]);
  });
});

describe("runGoldenCases", () => {
  interface Case {
    name: string;
    a: number;
    b: number;
    expect: { sum: number };
  }
  const cases: Case[] = [
    { name: "1 + 1", a: 1, b: 1, expect: { sum: 2 } },
    { name: "2 + 2", a: 2, b: 2, expect: { sum: 5 } },
  ];
  const options = {
    idOf: (c: Case) => c.name,
    expectationOf: (c: Case) => c.expect,
    check: (c: Case, expected: Case["expect"]) => compareExpected(expected, { sum: c.a + c.b }),
  };
  it("compares with a custom check and reports mismatches by case", () => {
    const report = runGoldenCases(cases, options);
    expect(report.passed).toBe(1);
    expect(report.failures).toEqual([{ caseId: "2 + 2", what: "sum", expected: 5, actual: 4 }]);
  });
  it("applies declared changes and lists unknown ones", () => {
    const report = runGoldenCases(cases, {
      ...options,
      changes: {
        "2 + 2": { expect: { sum: 4 }, reason: "Sửa kỳ vọng sai" },
        "3 + 3": { expect: { sum: 6 }, reason: "Không có tình huống này" },
      },
    });
    expect(report.failures).toEqual([]);
    expect(report.changed).toEqual(["2 + 2"]);
    expect(report.unknownChanges).toEqual(["3 + 3"]);
  });
  it("turns an exception into a failure", () => {
    const report = runGoldenCases([cases[0] as Case], {
      ...options,
      check: () => {
        throw new RangeError("hỏng");
      },
    });
    expect(report.failures[0]).toMatchObject({ caseId: "1 + 1", what: "exception" });
  });
});
