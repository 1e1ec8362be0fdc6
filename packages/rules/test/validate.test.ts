import { describe, expect, it } from "vitest";
import { cite, defineRule, defineRuleSet, type Rule, validateRuleSet } from "../src/index.js";
import { type ToyUnit, toySet } from "./fixtures/toy.js";

const b = cite("124/2021/TT-BCA", { article: 4 });
const findings = { DAT: { outcome: "dat" as const, message: "Đạt" } };
const decide = () => "DAT";
const withRules = (...rules: Rule<ToyUnit>[]) =>
  defineRuleSet<ToyUnit>({ ...toySet, rules: [...toySet.rules, ...rules] });
const codes = (rules: Rule<ToyUnit>[]) => validateRuleSet(withRules(...rules)).map((i) => i.code);

describe("static checks", () => {
  it("the toy set is valid", () => {
    expect(validateRuleSet(toySet)).toEqual([]);
  });
  it("finds gaps and overlaps between versions", () => {
    const gap = defineRule<ToyUnit>({
      id: "x.gap",
      label: "Khoảng trống",
      versions: [
        { from: "2022-01-01", to: "2022-12-31", basis: b, findings, decide },
        { from: "2023-01-05", basis: b, findings, decide },
      ],
    });
    const overlap = defineRule<ToyUnit>({
      id: "x.overlap",
      label: "Chồng lấn",
      versions: [
        { from: "2022-01-01", basis: b, findings, decide },
        { from: "2023-01-05", basis: b, findings, decide },
      ],
    });
    const issues = validateRuleSet(withRules(gap, overlap));
    expect(issues.find((i) => i.code === "VERSION_GAP")?.message).toContain("2023-01-01 đến 2023-01-04");
    expect(issues.map((i) => i.code)).toContain("VERSION_OVERLAP");
  });
  it("finds missing basis and labels", () => {
    const r = defineRule<ToyUnit>({
      id: "x.nobasis",
      label: " ",
      versions: [{ from: "2022-01-01", basis: [], findings, decide }],
    });
    expect(codes([r])).toEqual(expect.arrayContaining(["MISSING_LABEL", "MISSING_BASIS"]));
  });
  it("finds dangling references, unknown kinds, cycles and uncovered parameters", () => {
    const a = defineRule<ToyUnit>({
      id: "x.a",
      label: "A",
      kinds: ["huyen"],
      versions: [
        {
          from: "2022-01-01",
          basis: b,
          findings,
          decide,
          parameters: ["khong.co", "toy.ty_le"],
          interpretations: ["khong.co"],
          dependsOn: ["x.b", "khong.co"],
        },
      ],
    });
    const bb = defineRule<ToyUnit>({
      id: "x.b",
      label: "B",
      versions: [{ from: "2022-01-01", basis: b, findings, decide, dependsOn: ["x.a"] }],
    });
    expect(codes([a, bb])).toEqual(
      expect.arrayContaining([
        "UNKNOWN_KIND",
        "DANGLING_PARAMETER",
        "DANGLING_INTERPRETATION",
        "DANGLING_RULE",
        "DEPENDENCY_CYCLE",
        "PARAMETER_NOT_COVERED",
      ]),
    );
  });
  it("finds duplicate ids", () => {
    expect(codes([toySet.rules[0] as Rule<ToyUnit>])).toContain("DUPLICATE_ID");
  });
  it("defineRule throws on programmer errors", () => {
    expect(() => defineRule<ToyUnit>({ id: "Sai Id", label: "x", versions: [] })).toThrow(TypeError);
    expect(() =>
      defineRule<ToyUnit>({
        id: "x",
        label: "x",
        versions: [{ from: "2022-13-01", basis: b, findings, decide }],
      }),
    ).toThrow(RangeError);
    expect(() =>
      defineRule<ToyUnit>({
        id: "x",
        label: "x",
        versions: [{ from: "2022-01-01", basis: b, findings: {}, decide }],
      }),
    ).toThrow(TypeError);
  });
});
