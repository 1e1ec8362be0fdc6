/**
 * `ruleSetListing`, the text of `antq quy-dinh`: a rule set with a province overlay, before and after the
 * parameter changed, with the history of every version.
 */
import { describe, expect, it } from "vitest";
import {
  cite,
  compile,
  composeRuleSet,
  defineParameter,
  type RuleSet,
  ruleSetListing,
  ruleSetMetadata,
} from "../src/index.js";
import { exampleFixtures, type Unit } from "./support/example-fixtures.js";

const fixtures = exampleFixtures() as {
  ruleSet: RuleSet<Unit>;
  overlay: Parameters<typeof composeRuleSet>[1][number];
};

/** The example set with its ratio raised from 70 to 80 % on 1/1/2025. */
const changed: RuleSet<Unit> = {
  ...fixtures.ruleSet,
  parameters: [
    defineParameter({
      id: "tt124.ty_le_cong_nhan_toi_thieu",
      label: "Tỷ lệ tối thiểu đơn vị được công nhận",
      unit: "%",
      values: [
        {
          from: "2022-02-10",
          to: "2024-12-31",
          value: 70,
          basis: cite("124/2021/TT-BCA", { article: 5, clause: 4 }),
        },
        { from: "2025-01-01", value: 80, basis: cite("9999/2025/QĐ-UBND", { article: 2 }) },
      ],
    }),
  ],
};

const listing = (set: RuleSet<Unit>, asOf: string, overlays: Parameters<typeof composeRuleSet>[1] = []) => {
  const composed = composeRuleSet(set, overlays);
  if (!composed.ok) throw new Error(composed.issues.map((i) => i.message).join("; "));
  const compiled = compile(composed.value, { asOf });
  return ruleSetListing(compiled.metadata, ruleSetMetadata(composed.value), compiled.asOf).split("\n");
};

describe("ruleSetListing", () => {
  it("lists the value in force on the date, with the history of the parameter", () => {
    const before = listing(changed, "2024-06-30");
    expect(before[0]).toBe("QUY ĐỊNH ÁP DỤNG NGÀY 30/06/2024: Bộ quy tắc ví dụ");
    expect(before).toContain(
      "• [tt124.ty_le_cong_nhan_toi_thieu] Tỷ lệ tối thiểu đơn vị được công nhận: 70 %",
    );
    expect(before).toContain("    Lịch sử: từ 10/02/2022 đến 31/12/2024: 70 % → từ 01/01/2025: 80 %");
    expect(listing(changed, "2025-03-01")).toContain(
      "• [tt124.ty_le_cong_nhan_toi_thieu] Tỷ lệ tối thiểu đơn vị được công nhận: 80 %",
    );
  });

  it("names the overlay package and the rules it brings, from the day it applies", () => {
    const lines = listing(fixtures.ruleSet, "2025-06-01", [fixtures.overlay]);
    expect(lines[1]).toContain("gói bổ sung: Gói bổ sung ví dụ (@antq/rules-vi-du-tinh@0.1.0)");
    const rule = lines.findIndex((l) =>
      l.startsWith("• [vi-du.khong_co_tu_diem_ma_tuy] Không có tụ điểm ma tuý"),
    );
    expect(rule).toBeGreaterThan(0);
    expect(lines.slice(rule + 1, rule + 4)).toContain("    Do gói @antq/rules-vi-du-tinh@0.1.0 cung cấp");
    expect(
      listing(fixtures.ruleSet, "2024-06-01", [fixtures.overlay]).some((l) => l.includes("khong_co_tu_diem")),
    ).toBe(false);
  });

  it("shows each interpretation option's choices and its default", () => {
    const lines = listing(fixtures.ruleSet, "2025-06-01");
    const header = lines.findIndex((l) => l.startsWith("CÁCH HIỂU CÓ THỂ CHỌN ("));
    expect(lines.slice(header + 1)).toContain(
      "    Lựa chọn: giam = Phải giảm so với năm trước; khong_tang = Không tăng so với năm trước",
    );
  });
});
