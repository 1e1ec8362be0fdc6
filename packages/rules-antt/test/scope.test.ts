/**
 * The two gates every unit passes first (Thông tư 124): the facts belong to the unit and to the year assessed
 * (`antt.du_lieu`), and the unit is within the circular (`tt124.d1.k2`: Điều 1 khoản 2 điểm b excludes the armed
 * forces' agencies and units whatever their kind).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CompiledRuleSet, compile } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { type SecurityOrderInput, securityOrderRuleSet } from "../src/index.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const golden = loadSuite(join(root, "golden", "tt124.json"));
const input = (id: string): SecurityOrderInput => parseInput(golden.cases.find((c) => c.id === id)?.input);
const y2025 = compile(securityOrderRuleSet, { year: 2025 });
const codeOf = (compiled: CompiledRuleSet<SecurityOrderInput>, i: SecurityOrderInput, id: string) =>
  compiled.evaluate(i, { explain: true }).criteria.find((c) => c.id === id)?.code;
const armed = (id: string): SecurityOrderInput => {
  const i = input(id);
  return { ...i, unit: { ...i.unit, armedForces: true } } as SecurityOrderInput;
};

describe("tt124.d1.k2: the armed forces are outside the circular, whatever the kind of unit", () => {
  it("a doanh nghiệp quân đội of any size, a trường quân sự, and another organisation of the armed forces", () => {
    // T2 is a medium enterprise and T4 a trung học cơ sở: in scope unless they belong to the armed forces.
    expect(codeOf(y2025, input("T2"), "tt124.d1.k2")).toBe("AP_DUNG");
    expect(codeOf(y2025, armed("T2"), "tt124.d1.k2")).toBe("LUC_LUONG_VU_TRANG");
    expect(codeOf(y2025, input("T4"), "tt124.d1.k2")).toBe("AP_DUNG");
    expect(codeOf(y2025, armed("T4"), "tt124.d1.k2")).toBe("LUC_LUONG_VU_TRANG");
    expect(codeOf(y2025, input("T30"), "tt124.d1.k2")).toBe("TO_CHUC_KHAC");
    expect(codeOf(y2025, armed("T30"), "tt124.d1.k2")).toBe("LUC_LUONG_VU_TRANG");
    expect(y2025.evaluate(armed("T2")).outcome).toBe("khong_ap_dung");
  });
  it("excludes a small enterprise as well as a micro one, and not a medium one (Nghị định 80 Điều 5)", () => {
    const t2 = input("T2");
    // Công nghiệp và xây dựng: 60 lao động, doanh thu 40 tỷ đồng is "nhỏ"; 150 lao động, 120 tỷ is "vừa".
    const small = {
      ...t2,
      unit: { ...t2.unit, insuredEmployees: 60, annualRevenueVnd: 40_000_000_000 },
    } as SecurityOrderInput;
    expect(codeOf(y2025, small, "tt124.d1.k2")).toBe("DN_NHO_SIEU_NHO");
    expect(codeOf(y2025, t2, "tt124.d1.k2")).toBe("AP_DUNG");
  });
  it("an armed-forces unit of a size that would be excluded anyway is told apart from a small enterprise", () => {
    expect(codeOf(y2025, input("T1"), "tt124.d1.k2")).toBe("DN_NHO_SIEU_NHO");
    expect(codeOf(y2025, armed("T1"), "tt124.d1.k2")).toBe("LUC_LUONG_VU_TRANG");
  });
});

describe("tt124.d1.k2: a đặc khu under the reading tt124.dac_khu", () => {
  it("is assessed like a xã by default, flagged only when the reading says so; a xã is never flagged", () => {
    const flag = compile(securityOrderRuleSet, { year: 2025, readings: { "tt124.dac_khu": "can_xem_xet" } });
    expect(codeOf(y2025, input("X-dac-khu"), "tt124.d1.k2")).toBe("AP_DUNG");
    expect(codeOf(flag, input("X-dac-khu"), "tt124.d1.k2")).toBe("DAC_KHU_CAN_XEM_XET");
    expect(codeOf(flag, input("T22-xa-2025"), "tt124.d1.k2")).toBe("AP_DUNG");
  });
});

describe("antt.du_lieu: the facts of another year", () => {
  it("are reviewed when a year is assessed, and not compared when the assessment is at a date", () => {
    const i = input("X-kdc-dat");
    const lastYear = { ...i, facts: { ...i.facts, year: 2024 } } as SecurityOrderInput;
    expect(codeOf(y2025, i, "antt.du_lieu")).toBe("KHOP");
    expect(codeOf(y2025, lastYear, "antt.du_lieu")).toBe("KHAC_NAM");
    const atDate = compile(securityOrderRuleSet, { asOf: "2025-10-31" });
    expect(codeOf(atDate, lastYear, "antt.du_lieu")).toBe("KHOP");
  });
});
