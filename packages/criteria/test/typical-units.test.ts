import { describe, expect, it } from "vitest";
import {
  EXAMPLE_TYPICAL_RULE,
  explainTypicalSelection,
  type PreviousClassification,
  selectTypicalCandidates,
} from "../src/index.js";
import { ADMIN_INDEX } from "./fixtures/admin.js";

/**
 * Hậu Giang chose its 2024 typical units from the 2023 classification (news reports in shared/seeds/):
 * Sở Văn hóa, Thể thao và Du lịch; Công ty CP Cấp nước và Vệ sinh môi trường nông thôn Hậu Giang; xã Tân
 * Tiến (TP Vị Thanh); xã Vĩnh Thuận Đông (huyện Long Mỹ); thị trấn Nàng Mau (huyện Vị Thủy). The levels
 * below are illustrative (the 2023 results themselves are not in the sources).
 */
const HAU_GIANG_2023: PreviousClassification[] = [
  {
    unitId: "so-vhttdl",
    name: "Sở Văn hóa, Thể thao và Du lịch",
    kind: "agency",
    year: 2023,
    level: "xuat_sac",
    tt124: "dat",
    adminUnitId: "P93",
  },
  {
    unitId: "cty-cap-nuoc",
    name: "Công ty Cổ phần Cấp nước và Vệ sinh môi trường nông thôn Hậu Giang",
    kind: "enterprise",
    year: 2023,
    level: "xuat_sac",
    tt124: "dat",
    adminUnitId: "P93",
  },
  {
    unitId: "xa-tan-tien",
    name: "Xã Tân Tiến",
    kind: "commune",
    year: 2023,
    level: "xuat_sac",
    tt124: "dat",
    adminUnitId: "P93",
  },
  {
    unitId: "xa-vinh-thuan-dong",
    name: "Xã Vĩnh Thuận Đông",
    kind: "commune",
    year: 2023,
    level: "xuat_sac",
    tt124: "dat",
    adminUnitId: "P93",
  },
  {
    unitId: "tt-nang-mau",
    name: "Thị trấn Nàng Mau",
    kind: "commune",
    year: 2023,
    level: "xuat_sac",
    tt124: "dat",
    adminUnitId: "P93",
  },
  {
    unitId: "xa-kha",
    name: "Xã Khá (minh họa)",
    kind: "commune",
    year: 2023,
    level: "kha",
    tt124: "dat",
    adminUnitId: "P93",
  },
  {
    unitId: "xa-chua-an-toan",
    name: "Xã chưa an toàn (minh họa)",
    kind: "commune",
    year: 2023,
    level: "xuat_sac",
    tt124: "chua_dat",
    adminUnitId: "P93",
  },
  {
    unitId: "huyen-x",
    name: "Huyện X (minh họa)",
    kind: "district",
    year: 2023,
    level: "xuat_sac",
    tt124: "dat",
    adminUnitId: "P93",
  },
  {
    unitId: "xa-2022",
    name: "Kết quả năm 2022 (bỏ qua)",
    kind: "commune",
    year: 2022,
    level: "xuat_sac",
    tt124: "dat",
  },
];

describe("typical units", () => {
  it("selects 2024 candidates from 2023 results", () => {
    const s = selectTypicalCandidates(HAU_GIANG_2023, 2024, EXAMPLE_TYPICAL_RULE, { lineage: ADMIN_INDEX });
    expect(s.eligible.map((c) => c.unitId).sort()).toEqual(
      ["cty-cap-nuoc", "so-vhttdl", "tt-nang-mau", "xa-tan-tien", "xa-vinh-thuan-dong"].sort(),
    );
    expect(Object.fromEntries(s.ineligible.map((c) => [c.unitId, c.codes]))).toEqual({
      "huyen-x": ["KIND_NOT_ELIGIBLE"],
      "xa-chua-an-toan": ["TT124_NOT_MET"],
      "xa-kha": ["LEVEL_TOO_LOW"],
    });
    expect(s.review.map((r) => r.code)).toEqual(["EXAMPLE_CONFIG"]);
    expect(s.eligible[0]?.nowIn.map((u) => u.name)).toEqual(["Hậu Giang"]);
  });

  it("follows the 2025 merger: Hậu Giang is now part of Cần Thơ", () => {
    const s = selectTypicalCandidates(HAU_GIANG_2023, 2024, EXAMPLE_TYPICAL_RULE, {
      lineage: ADMIN_INDEX,
      asOf: "2025-08-01",
    });
    const c = s.eligible.find((x) => x.unitId === "xa-tan-tien");
    expect(c?.nowIn.map((u) => u.id)).toEqual(["P92-2025"]);
    expect(c?.reasons.at(-1)).toBe("Tỉnh Hậu Giang (cũ) nay thuộc Thành phố Cần Thơ.");
  });

  it("flags a missing TT 124 result for review", () => {
    const s = selectTypicalCandidates(
      [{ unitId: "a", kind: "agency", year: 2023, level: "xuat_sac" }],
      2024,
      EXAMPLE_TYPICAL_RULE,
    );
    expect(s.ineligible[0]?.codes).toEqual(["TT124_UNKNOWN"]);
    expect(s.ineligible[0]?.review.map((r) => r.code)).toEqual(["TT124_UNKNOWN"]);
  });
});

describe("typical selection explanation", () => {
  it("prints the chosen units, the others and why", () => {
    const lines = explainTypicalSelection(
      selectTypicalCandidates(HAU_GIANG_2023, 2024, EXAMPLE_TYPICAL_RULE),
    );
    expect(lines[0]).toBe(
      "Đơn vị đủ điều kiện xây dựng điển hình năm 2024 (theo kết quả phân loại năm 2023; Điều kiện chọn đơn vị xây dựng điển hình (cấu hình ví dụ); căn cứ: Quyết định 9745/QĐ-BCA-V05): 5 đơn vị.",
    );
    expect(lines).toContain("- Xã Tân Tiến: Năm 2023 xếp loại Xuất sắc, đạt “An toàn về ANTT”.");
    expect(lines).toContain("- Xã Khá (minh họa): Năm 2023 xếp loại Khá, chưa đạt mức yêu cầu.");
    expect(lines.at(-1)).toBe(
      "Cần xem xét: Điều kiện chọn điển hình là cấu hình ví dụ, không phải quy định của tỉnh — cần xem xét.",
    );
  });
});
