import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateLine,
  formatDateTime,
  formatPartyDate,
  formatPeriod,
  formatQuarter,
  formatTime,
  getQuarter,
  isCalendarDate,
  parseDate,
  parseDateLine,
  parseDateTime,
  parsePartyDate,
  parsePeriod,
  parseQuarter,
  quarterRange,
  toCalendarDate,
} from "../src/index.js";

describe("time zone", () => {
  it("runs under TZ=UTC (the shift would show)", () => {
    expect(process.env.TZ).toBe("UTC");
  });

  it("converts instants to Asia/Ho_Chi_Minh calendar dates", () => {
    expect(toCalendarDate(new Date("2024-09-25T16:59:59Z"))).toBe("2024-09-25");
    expect(toCalendarDate(new Date("2024-09-25T17:00:00Z"))).toBe("2024-09-26");
    expect(toCalendarDate(new Date("2021-12-31T17:30:00Z"))).toBe("2022-01-01");
    expect(formatDate(new Date("2024-09-24T17:00:00Z"))).toBe("25/09/2024");
  });

  it("uses the historical offset before 13/06/1975", () => {
    expect(formatDateTime(new Date("1970-01-01T00:00:00Z"))).toBe("08:00, 01/01/1970 (GMT+8)");
    expect(formatDateTime(new Date("1975-06-13T00:00:00Z"))).toBe("07:00, 13/06/1975 (GMT+7)");
  });

  it("never shifts calendar date strings", () => {
    expect(formatDate("2024-01-01")).toBe("01/01/2024");
    expect(toCalendarDate("2024-02-29")).toBe("2024-02-29");
  });

  it("throws on invalid input", () => {
    expect(() => formatDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatDate("2023-02-29")).toThrow(RangeError);
    expect(() => formatDate("25/09/2024")).toThrow(RangeError);
    expect(() => formatDate(20240925 as unknown as string)).toThrow(TypeError);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2024-9-25")).toBe(false);
  });
});

describe("Nghị định 30 date line", () => {
  it.each([
    ["2025-01-05", "Hà Nội", "Hà Nội, ngày 05 tháng 01 năm 2025"],
    ["2021-12-28", "Hà Nội", "Hà Nội, ngày 28 tháng 12 năm 2021"],
    ["2023-02-28", "Hưng Yên", "Hưng Yên, ngày 28 tháng 02 năm 2023"],
    ["2023-03-12", "Thành phố Hà Nội", "Thành phố Hà Nội, ngày 12 tháng 3 năm 2023"],
    ["2024-09-25", "Tiền Giang", "Tiền Giang, ngày 25 tháng 9 năm 2024"],
    ["2025-07-01", "Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh, ngày 01 tháng 7 năm 2025"],
  ])("%s at %s", (date, place, line) => {
    expect(formatDateLine(date, { place })).toBe(line);
    expect(parseDateLine(line)).toEqual({ ok: true, value: { place, date } });
  });

  it("formats without a place and parses unpadded lines", () => {
    expect(formatDateLine("2014-08-15")).toBe("ngày 15 tháng 8 năm 2014");
    expect(parseDateLine("ngày 5 tháng 1 năm 2025")).toEqual({ ok: true, value: { date: "2025-01-05" } });
    expect(parseDateLine("Hà Nội,  ngày 28 tháng 12 năm 2021.")).toEqual({
      ok: true,
      value: { place: "Hà Nội", date: "2021-12-28" },
    });
  });

  it("rejects invalid lines", () => {
    const codes = [
      "Hà Nội, ngày 30 tháng 02 năm 2024",
      "28 tháng 12, 2021",
      ", ngày 01 tháng 01 năm 2024",
    ].map((s) => {
      const r = parseDateLine(s);
      return r.ok ? "ok" : r.issues[0]?.code;
    });
    expect(codes).toEqual(["INVALID_DATE", "INVALID_FORMAT", "MISSING_PLACE"]);
    expect(() => formatDateLine("2024-01-01", { place: " " })).toThrow(RangeError);
    expect(() => formatDateLine("2024-01-01", { city: "Huế" } as never)).toThrow(RangeError);
  });
});

describe("other styles", () => {
  it("dd/MM/yyyy", () => {
    expect(formatDate("2024-09-25")).toBe("25/09/2024");
    expect(parseDate("25/09/2024")).toEqual({ ok: true, value: "2024-09-25" });
    expect(parseDate("8/2/2023")).toEqual({ ok: true, value: "2023-02-08" });
    const r = parseDate("31/02/2024");
    expect(!r.ok && r.issues[0]?.code).toBe("INVALID_DATE");
    const m = parseDate("01/13/2024");
    expect(!m.ok && m.issues[0]?.code).toBe("INVALID_MONTH");
    const f = parseDate("2024-09-25");
    expect(!f.ok && f.issues[0]?.code).toBe("INVALID_FORMAT");
  });

  it("Party style", () => {
    expect(formatPartyDate("2014-08-15")).toBe("ngày 15-8-2014");
    expect(formatPartyDate("1997-10-01")).toBe("ngày 01-10-1997");
    expect(formatPartyDate("2018-04-03", { prefix: false })).toBe("03-4-2018");
    expect(parsePartyDate("ngày 15-8-2014")).toEqual({ ok: true, value: "2014-08-15" });
    expect(parsePartyDate("01-10-1997")).toEqual({ ok: true, value: "1997-10-01" });
  });

  it("date and time", () => {
    const instant = new Date("2024-09-25T14:59:00Z");
    expect(formatDateTime(instant)).toBe("21:59, 25/09/2024 (GMT+7)");
    expect(formatTime(instant)).toBe("21:59");
    expect(parseDateTime("21:59, 25/09/2024 (GMT+7)")).toEqual({ ok: true, value: instant });
    expect(parseDateTime("21:59, 25/09/2024")).toEqual({ ok: true, value: instant });
    expect(parseDateTime("14:59, 25/09/2024 (GMT+0)")).toEqual({ ok: true, value: instant });
    const bad = parseDateTime("24:00, 25/09/2024");
    expect(!bad.ok && bad.issues[0]?.code).toBe("INVALID_TIME");
  });

  it("quarters", () => {
    expect(formatQuarter({ quarter: 1, year: 2024 })).toBe("Quý I năm 2024");
    expect(formatQuarter(getQuarter("2024-11-15"))).toBe("Quý IV năm 2024");
    expect(getQuarter(new Date("2024-03-31T17:00:00Z"))).toEqual({ quarter: 2, year: 2024 });
    expect(quarterRange({ quarter: 1, year: 2024 })).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(quarterRange({ quarter: 2, year: 2024 })).toEqual({ from: "2024-04-01", to: "2024-06-30" });
    expect(parseQuarter("Quý I năm 2024")).toEqual({ ok: true, value: { quarter: 1, year: 2024 } });
    expect(parseQuarter("quý 3/2023")).toEqual({ ok: true, value: { quarter: 3, year: 2023 } });
    const r = parseQuarter("Quý V năm 2024");
    expect(!r.ok && r.issues[0]?.code).toBe("INVALID_QUARTER");
    expect(() => formatQuarter({ quarter: 5 as 1, year: 2024 })).toThrow(RangeError);
  });

  it("periods (Thông tư 124 evaluation windows)", () => {
    expect(formatPeriod("2023-11-16", "2024-11-15")).toBe("từ ngày 16/11/2023 đến ngày 15/11/2024");
    expect(formatPeriod("2023-11-01", "2024-10-31")).toBe("từ ngày 01/11/2023 đến ngày 31/10/2024");
    expect(parsePeriod("từ ngày 16/11/2023 đến ngày 15/11/2024")).toEqual({
      ok: true,
      value: { from: "2023-11-16", to: "2024-11-15" },
    });
    expect(parsePeriod("Từ 16/11/2023 đến 15/11/2024")).toEqual({
      ok: true,
      value: { from: "2023-11-16", to: "2024-11-15" },
    });
    const r = parsePeriod("từ ngày 16/11/2024 đến ngày 15/11/2023");
    expect(!r.ok && r.issues[0]?.code).toBe("PERIOD_REVERSED");
    expect(() => formatPeriod("2024-11-16", "2024-11-15")).toThrow(RangeError);
  });
});
