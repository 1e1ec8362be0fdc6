import { describe, expect, it } from "vitest";
import {
  ABBREVIATIONS,
  ADMIN_UNIT_TYPES,
  abbreviate,
  expandAbbreviations,
  formatAdminUnitName,
  splitAdminUnitName,
} from "../src/index.js";

describe("administrative unit names", () => {
  it.each([
    ["Tỉnh Tiền Giang", { type: "Tỉnh", name: "Tiền Giang" }],
    ["Thành phố Hồ Chí Minh", { type: "Thành phố", name: "Hồ Chí Minh" }],
    ["TP. Hồ Chí Minh", { type: "Thành phố", name: "Hồ Chí Minh" }],
    ["TP Hồ Chí Minh", { type: "Thành phố", name: "Hồ Chí Minh" }],
    ["Phường 10", { type: "Phường", name: "10" }],
    ["xã Bắc Sơn", { type: "Xã", name: "Bắc Sơn" }],
    ["Đặc khu Côn Đảo", { type: "Đặc khu", name: "Côn Đảo" }],
    ["Thị xã Gò Công", { type: "Thị xã", name: "Gò Công" }],
    ["Tx. Gò Công", { type: "Thị xã", name: "Gò Công" }],
    ["Thị trấn Vĩnh Bình", { type: "Thị trấn", name: "Vĩnh Bình" }],
    ["Huyện Chợ Gạo", { type: "Huyện", name: "Chợ Gạo" }],
    ["Quận 1", { type: "Quận", name: "1" }],
    ["Hà Nội", { name: "Hà Nội" }],
    ["Xã", { name: "Xã" }],
  ] as const)("%s", (text, expected) => {
    expect(splitAdminUnitName(text)).toEqual(expected);
  });

  it("formats with full or abbreviated prefixes", () => {
    expect(formatAdminUnitName({ type: "Thành phố", name: "Hồ Chí Minh" })).toBe("Thành phố Hồ Chí Minh");
    expect(formatAdminUnitName({ type: "Thành phố", name: "Hồ Chí Minh" }, { abbreviate: true })).toBe(
      "TP. Hồ Chí Minh",
    );
    expect(formatAdminUnitName({ type: "Đặc khu", name: "Côn Đảo" }, { abbreviate: true })).toBe(
      "Đặc khu Côn Đảo",
    );
    expect(formatAdminUnitName({ name: "Hà Nội" })).toBe("Hà Nội");
    expect(() => formatAdminUnitName({ type: "Bang" as "Tỉnh", name: "X" })).toThrow(RangeError);
    for (const t of ADMIN_UNIT_TYPES) {
      expect(splitAdminUnitName(formatAdminUnitName({ type: t.type, name: "Bình An" }))).toEqual({
        type: t.type,
        name: "Bình An",
      });
    }
  });

  it("lists current and pre-2025 types", () => {
    expect(ADMIN_UNIT_TYPES.filter((t) => t.current).map((t) => t.type)).toEqual([
      "Thành phố",
      "Tỉnh",
      "Đặc khu",
      "Phường",
      "Xã",
    ]);
  });
});

describe("abbreviations", () => {
  it("expands in running text but not inside document numbers", () => {
    expect(expandAbbreviations("UBND tỉnh và BCĐ 138")).toBe("Ủy ban nhân dân tỉnh và Ban Chỉ đạo 138");
    expect(expandAbbreviations("Kế hoạch số 10/KH-BCĐ-CAT")).toBe("Kế hoạch số 10/KH-BCĐ-CAT");
    expect(expandAbbreviations("Đội PV05, Cục V05; 510/QĐ-BCA-V05")).toBe(
      "Đội Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc, Cục Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc; 510/QĐ-BCA-V05",
    );
    expect(expandAbbreviations("TP. Hồ Chí Minh, Tx. Gò Công")).toBe("Thành phố Hồ Chí Minh, Thị xã Gò Công");
    expect(expandAbbreviations("phong trào bảo vệ ANTQ, bảo đảm ANTT")).toBe(
      "phong trào bảo vệ an ninh Tổ quốc, bảo đảm an ninh, trật tự",
    );
  });

  it("abbreviates running text", () => {
    expect(abbreviate("Ủy ban nhân dân tỉnh Tiền Giang")).toBe("UBND tỉnh Tiền Giang");
    expect(abbreviate("Uỷ ban nhân dân và Hội đồng nhân dân")).toBe("UBND và HĐND");
    expect(abbreviate("bảo đảm an ninh, trật tự")).toBe("bảo đảm ANTT");
    expect(abbreviate("Ban Chỉ đạo 138 tỉnh")).toBe("BCĐ 138 tỉnh");
    expect(ABBREVIATIONS.CAND).toBe("Công an nhân dân");
  });
});
