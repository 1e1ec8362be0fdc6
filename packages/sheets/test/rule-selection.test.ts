/**
 * The rule set an officer asks for (`compileSecurityOrder`): the readings checked against the options of the
 * national rule set and of Bắc Ninh's example overlay, overlays that do not compose, and the flag names and
 * typed readings the CLI builds its flags from.
 */
import { cite, defineOverlay } from "@antq/rules";
import {
  REDUCTION_READING,
  type SecurityOrderInput,
  SPECIAL_ZONE_READING,
  securityOrderRuleSet,
} from "@antq/rules-antt";
import { describe, expect, it } from "vitest";
import { compileSecurityOrder, interpretationFlagName, readingsOfText } from "../src/index.js";

const bacNinh = defineOverlay<SecurityOrderInput>({
  id: "bac-ninh-2025",
  label: "Quy định bổ sung của tỉnh Bắc Ninh",
  package: { name: "@antq/rules-bac-ninh", version: "0.1.0" },
  basis: [cite("15/2025/QĐ-UBND", { article: 3 })],
  from: "2025-07-01",
  setInterpretations: [
    { id: SPECIAL_ZONE_READING.id, default: "nhu_xa", basis: cite("15/2025/QĐ-UBND", { article: 3 }) },
  ],
});

describe("compileSecurityOrder", () => {
  it("compiles Thông tư 124 for the year with the officer's readings", () => {
    const r = compileSecurityOrder({
      year: 2024,
      overlays: [],
      readings: { [REDUCTION_READING.id]: "khong_tang" },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.reading(REDUCTION_READING.id)).toBe("khong_tang");
    expect(r.value.packages.map((p) => p.name)).toContain("@antq/rules-antt");
  });

  it("applies a province overlay from its date; a null reading leaves the option undecided", () => {
    const r = compileSecurityOrder({ asOf: "2025-12-31", overlays: [bacNinh], readings: {} });
    expect(r.ok && r.value.reading(SPECIAL_ZONE_READING.id)).toBe("nhu_xa");
    const undecided = compileSecurityOrder({
      asOf: "2025-12-31",
      overlays: [bacNinh],
      readings: { [SPECIAL_ZONE_READING.id]: null },
    });
    expect(undecided.ok && undecided.value.reading(SPECIAL_ZONE_READING.id)).toBeNull();
  });

  it("refuses an unknown option or choice, listing what is possible", () => {
    const unknown = compileSecurityOrder({
      year: 2024,
      overlays: [],
      readings: { "tt124.khong_co": "giam" },
    });
    expect(unknown.ok).toBe(false);
    if (unknown.ok) return;
    expect(unknown.issues[0]?.code).toBe("UNKNOWN_INTERPRETATION");
    expect(unknown.issues[0]?.message).toContain(REDUCTION_READING.id);
    const choice = compileSecurityOrder({
      year: 2024,
      overlays: [],
      readings: { [REDUCTION_READING.id]: "tang" },
    });
    expect(choice.ok || choice.issues[0]).toMatchObject({
      code: "UNKNOWN_CHOICE",
      path: [REDUCTION_READING.id],
      message: expect.stringContaining("giam (Phải giảm so với năm trước)"),
    });
  });

  it("refuses overlays that do not compose, one line per problem", () => {
    const broken = defineOverlay<SecurityOrderInput>({
      ...bacNinh,
      id: "bac-ninh-sai",
      disableRules: [
        {
          id: "tt124.khong_co_tieu_chi",
          basis: cite("15/2025/QĐ-UBND", { article: 4 }),
          reason: "Tiêu chí không áp dụng ở Bắc Ninh",
        },
      ],
    });
    const r = compileSecurityOrder({ asOf: "2025-12-31", overlays: [broken], readings: {} });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe("RULE_SET_INVALID");
    expect(r.issues[0]?.message).toMatch(
      /^Bộ quy tắc sau khi áp dụng gói của tỉnh không hợp lệ:\n {2}• .*tt124\.khong_co_tieu_chi/,
    );
  });
});

describe("flag names and typed readings", () => {
  it("names one flag per option of the national rule set, all distinct", () => {
    const names = securityOrderRuleSet.interpretations.map((i) => interpretationFlagName(i.id));
    expect(names).toContain("hieu-dac-khu");
    expect(names).toContain("hieu-d7-k4");
    expect(new Set(names).size).toBe(names.length);
  });

  it("reads an empty or null choice as undecided", () => {
    expect(readingsOfText({ [SPECIAL_ZONE_READING.id]: "can_xem_xet", [REDUCTION_READING.id]: "" })).toEqual({
      [SPECIAL_ZONE_READING.id]: "can_xem_xet",
      [REDUCTION_READING.id]: null,
    });
  });
});
