import { describe, expect, it } from "vitest";
import {
  comparePersonNames,
  comparePlaceNames,
  compareVietnamese,
  normalizeToneStyle,
  sortPersonNames,
  sortPlaceNames,
  sortVietnamese,
  splitPersonName,
} from "../src/index.js";
import { xorshift } from "./helpers.js";

describe("Vietnamese order", () => {
  it("letters and tones", () => {
    const words = [
      "Ước",
      "Tư",
      "Ơn",
      "Ôn",
      "On",
      "Ân",
      "Ăn",
      "Ánh",
      "Anh",
      "An",
      "Đức",
      "Đông",
      "Duy",
      "Dũng",
    ];
    expect([...words].sort(compareVietnamese)).toEqual([
      "An",
      "Anh",
      "Ánh",
      "Ăn",
      "Ân",
      "Dũng",
      "Duy",
      "Đông",
      "Đức",
      "On",
      "Ôn",
      "Ơn",
      "Tư",
      "Ước",
    ]);
    expect(sortVietnamese(["Bạ", "Bá", "Bã", "Bả", "Bà", "Ba"])).toEqual([
      "Ba",
      "Bà",
      "Bả",
      "Bã",
      "Bá",
      "Bạ",
    ]);
  });

  it("sorts Hòa and Hoà together (tone style ignored) and is stable", () => {
    expect(sortVietnamese(["Hòa", "Hoa", "Hóa", "Hoà", "Hỏa"])).toEqual(["Hoa", "Hòa", "Hoà", "Hỏa", "Hóa"]);
    const units = [{ n: "Thủy" }, { n: "Thuỷ" }, { n: "An" }];
    expect(sortVietnamese(units, (u) => u.n).map((u) => u.n)).toEqual(["An", "Thủy", "Thuỷ"]);
  });
});

describe("place names", () => {
  it("ignore the type prefix and use numeric order", () => {
    const places = [
      "Phường 10",
      "Xã An Bình",
      "Phường 2",
      "Thành phố Cần Thơ",
      "Tỉnh An Giang",
      "TP. Bà Rịa",
      "Phường 1",
    ];
    expect(sortPlaceNames(places)).toEqual([
      "Phường 1",
      "Phường 2",
      "Phường 10",
      "Xã An Bình",
      "Tỉnh An Giang",
      "TP. Bà Rịa",
      "Thành phố Cần Thơ",
    ]);
    expect([...places].sort(comparePlaceNames)).toEqual(sortPlaceNames(places));
  });
});

describe("person names", () => {
  it("splits names", () => {
    expect(splitPersonName("Nguyễn Thị Minh Khai")).toEqual({
      family: "Nguyễn",
      middle: "Thị Minh",
      given: "Khai",
    });
    expect(splitPersonName("Tô Lâm")).toEqual({ family: "Tô", middle: "", given: "Lâm" });
    expect(splitPersonName("Lâm")).toEqual({ family: "", middle: "", given: "Lâm" });
    expect(splitPersonName("  Trần   Văn  An ")).toEqual({ family: "Trần", middle: "Văn", given: "An" });
  });

  it("sorts by given name, then middle name, then family name", () => {
    const people = [
      "Trần Văn Bình",
      "Nguyễn Thị An",
      "Lê Văn An",
      "Phạm Hòa",
      "Vũ Hoà",
      "Đỗ Hoa",
      "Nguyễn Văn An",
    ];
    const sorted = [
      "Nguyễn Thị An",
      "Lê Văn An",
      "Nguyễn Văn An",
      "Trần Văn Bình",
      "Đỗ Hoa",
      "Phạm Hòa",
      "Vũ Hoà",
    ];
    expect(sortPersonNames(people)).toEqual(sorted);
    expect([...people].sort(comparePersonNames)).toEqual(sorted);
  });

  it("the ranked sort agrees with the comparator on 5 000 generated names", () => {
    const family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"];
    const middle = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thị Thu", "", "Ngọc"];
    const given = [
      "An",
      "Bình",
      "Hòa",
      "Hoà",
      "Thủy",
      "Thuỷ",
      "Ánh",
      "Ân",
      "Đức",
      "Dũng",
      "Tư",
      "Ước",
      "Hoa",
    ];
    const rand = xorshift(42);
    const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)] as string;
    const names = Array.from({ length: 5000 }, () =>
      [pick(family), pick(middle), pick(given)].filter((p) => p !== "").join(" "),
    );
    const ranked = sortPersonNames(names);
    const c = new Intl.Collator("vi").compare;
    const n = (x: string) => normalizeToneStyle(x, "new");
    const byParts = (x: string, y: string) => {
      const a = splitPersonName(x);
      const b = splitPersonName(y);
      return c(n(a.given), n(b.given)) || c(n(a.middle), n(b.middle)) || c(n(a.family), n(b.family));
    };
    for (let i = 1; i < ranked.length; i++) {
      expect(byParts(ranked[i - 1] as string, ranked[i] as string)).toBeLessThanOrEqual(0);
    }
    expect([...names].sort(byParts)).toEqual(ranked);
  });

  it("accepts already split names", () => {
    const officers = [
      { ho: "Nguyễn", dem: "Thị", ten: "Minh Khai" },
      { ho: "Trần", dem: "", ten: "An" },
      { ho: "Smith", dem: "", ten: "John" },
    ];
    expect(
      sortPersonNames(officers, (o) => ({ family: o.ho, middle: o.dem, given: o.ten })).map((o) => o.ten),
    ).toEqual(["An", "John", "Minh Khai"]);
    expect(() => sortPersonNames([1], () => 1 as unknown as string)).toThrow(TypeError);
  });
});
