import { describe, expect, it } from "vitest";
import { AnnualFactsSchema, HouseholdCountsSchema, zodErrorMapVi } from "../src/index.js";

describe("zodErrorMapVi", () => {
  it("writes Vietnamese messages with the field title when zod is used directly", () => {
    const r = HouseholdCountsSchema.safeParse({ resident: 1.5, registered: "2" }, { error: zodErrorMapVi });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([
      "Số hộ gia đình đang cư trú: phải là số nguyên, nhận được 1.5.",
      'Số hộ gia đình đăng ký tham gia: phải là số, nhận được "2".',
    ]);
  });

  it("translates dates, enums, unknown keys and domain refinements", () => {
    const r = AnnualFactsSchema.safeParse(
      { unitId: "kdc-1", year: 2025, asOf: "2025-02-30", managingLevel: "huyện", extra: 1 },
      { error: zodErrorMapVi },
    );
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/^Cấp quản lý: giá trị "huyện" không hợp lệ/);
    expect(messages[1]).toMatch(/: "2025-02-30" không phải ngày hợp lệ theo dạng YYYY-MM-DD\.$/);
    expect(messages[2]).toMatch(/^Trường không có trong mô hình dữ liệu: "extra"/);
    const refined = AnnualFactsSchema.safeParse(
      { unitId: "kdc-1", year: 2025, households: { resident: 1, registered: 2 } },
      { error: zodErrorMapVi },
    );
    expect(refined.error?.issues[0]?.message).toMatch(/số hộ đăng ký \(2\) lớn hơn số hộ đang cư trú \(1\)/);
    for (const m of [...messages, refined.error?.issues[0]?.message ?? ""])
      expect(m).toBe(m.normalize("NFC"));
  });
});
