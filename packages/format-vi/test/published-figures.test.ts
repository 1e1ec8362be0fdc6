/**
 * Figures published by provinces (regulations.md §11.6, rows D1–D4 and D8) as the ratios and percentages
 * antq prints: Vietnamese thousands dot and decimal comma, exact percentage rounded once (half away from
 * zero), never capped at 100%, and parsed back from the text the newspapers print.
 */
import { describe, expect, it } from "vitest";
import {
  formatPercentOf,
  formatRatio,
  formatRatioWithPercent,
  parsePercent,
  parseRatio,
} from "../src/index.js";

describe("published figures (regulations.md §11.6)", () => {
  // D1 — Quảng Nam 2024, cơ quan/DN/CSGD: 3 Xuất sắc, 45 Khá, 4 Trung bình, reported as "3/52".
  // https://baoquangnam.vn/cong-nhan-68-don-vi-dat-tieu-chuan-an-toan-ve-an-ninh-trat-tu-nam-2024-3147066.html
  it("D1: prints Quảng Nam's 3/52 and the shares of 52 classified units", () => {
    expect(formatRatio(3, 52)).toBe("3/52");
    expect(parseRatio("3/52")).toEqual({ ok: true, value: { numerator: 3, denominator: 52 } });
    // 3/52 = 5,769…%; 45/52 = 86,538…%; 4/52 = 7,692…%; 48/52 = 92,307…%
    expect(formatRatioWithPercent(3, 52)).toBe("3/52 (5,8%)");
    expect(formatPercentOf(45, 52)).toBe("86,5%");
    expect(formatPercentOf(4, 52)).toBe("7,7%");
    expect(formatPercentOf(0, 52)).toBe("0,0%");
    expect(formatPercentOf(3 + 45, 52)).toBe("92,3%");
  });

  // D2 — Quảng Nam, 18 huyện/thị xã/thành phố 2024: 16 Xuất sắc, 1 Khá, 1 Trung bình (same article as D1).
  it("D2: prints the 18 districts' shares", () => {
    expect(formatRatioWithPercent(16, 18)).toBe("16/18 (88,9%)");
    expect(formatRatioWithPercent(1, 18)).toBe("1/18 (5,6%)");
    expect(formatRatioWithPercent(17, 18)).toBe("17/18 (94,4%)");
  });

  // D3 — An Giang 2022: KDC 845/879 Xuất sắc và Khá (>96 %), cơ quan 503/505, cấp xã 145/156, cấp huyện 11/11.
  // https://plo.vn/an-giang-phan-dau-nam-2023-khong-con-xa-trong-diem-phuc-tap-ve-an-ninh-trat-tu-post718886.html
  it("D3: prints An Giang's 2022 ratios with one decimal, rounded once", () => {
    // 845/879 = 96,131…% — the article's ">96 %"
    expect(formatRatioWithPercent(845, 879)).toBe("845/879 (96,1%)");
    // 503/505 = 99,603…%: rounds to 99,6%, never up to 100%
    expect(formatRatioWithPercent(503, 505)).toBe("503/505 (99,6%)");
    // 145/156 = 92,948…%
    expect(formatRatioWithPercent(145, 156)).toBe("145/156 (92,9%)");
    expect(formatRatioWithPercent(11, 11)).toBe("11/11 (100,0%)");
    // The units not Xuất sắc or Khá: 34 of 879 = 3,868…%
    expect(formatRatioWithPercent(879 - 845, 879)).toBe("34/879 (3,9%)");
    expect(parseRatio("845/879")).toEqual({ ok: true, value: { numerator: 845, denominator: 879 } });
    expect(parsePercent("96,1%")).toEqual({ ok: true, value: 0.961 });
    expect(parseRatio(formatRatioWithPercent(845, 879))).toEqual({
      ok: true,
      value: { numerator: 845, denominator: 879, percent: 0.961 },
    });
  });

  // D4 — Bà Rịa–Vũng Tàu 2024: 11 điển hình units = 275 % of the target, 23 Công an phường kiểu mẫu = 575 %
  // (target 4 in both). baobariavungtau (01/2025) —
  // https://baobariavungtau.com.vn/chinh-tri/202501/huy-dong-suc-manh-toan-dan-bao-ve-an-ninh-to-quoc-1032023/
  it("D4: prints percentages above 100% uncapped", () => {
    expect(formatPercentOf(11, 4)).toBe("275,0%");
    expect(formatPercentOf(23, 4)).toBe("575,0%");
    expect(formatPercentOf(11, 4, { minimumFractionDigits: 0 })).toBe("275%");
    expect(formatRatioWithPercent(23, 4)).toBe("23/4 (575,0%)");
    expect(parsePercent("575%")).toEqual({ ok: true, value: 5.75 });
    expect(parsePercent("275 %")).toEqual({ ok: true, value: 2.75 });
  });

  // D8 — xã Sùng Phài (Lai Châu) 2025: 28/34 điển hình criteria met at survey. danviet (04/2025) —
  // https://danviet.vn/lai-chau-xa-sung-phai-thuc-hien-tot-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-d139057.html
  it("D8: prints Sùng Phài's 28/34 criteria", () => {
    // 28/34 = 82,352…%
    expect(formatRatioWithPercent(28, 34)).toBe("28/34 (82,4%)");
    expect(parseRatio("28/34")).toEqual({ ok: true, value: { numerator: 28, denominator: 34 } });
  });
});
