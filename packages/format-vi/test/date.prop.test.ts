import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateLine,
  formatDateTime,
  formatPartyDate,
  formatPeriod,
  formatQuarter,
  getQuarter,
  parseDate,
  parseDateLine,
  parseDateTime,
  parsePartyDate,
  parsePeriod,
  parseQuarter,
  toCalendarDate,
} from "../src/index.js";

const calendarDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({
  min: new Date("1975-06-13T00:00:00Z"),
  max: new Date("2199-12-31T00:00:00Z"),
  noInvalidDate: true,
});

describe("date round trips", () => {
  it("parseDate(formatDate(d)) = d", () => {
    fc.assert(
      fc.property(calendarDate, (d) => {
        expect(parseDate(formatDate(d))).toEqual({ ok: true, value: d });
      }),
    );
  });

  it("parseDateLine(formatDateLine(d, place)) = { place, date }", () => {
    const place = fc.constantFrom("Hà Nội", "Thành phố Hồ Chí Minh", "Tiền Giang", "Đặc khu Côn Đảo");
    fc.assert(
      fc.property(calendarDate, place, (d, p) => {
        expect(parseDateLine(formatDateLine(d, { place: p }))).toEqual({
          ok: true,
          value: { place: p, date: d },
        });
      }),
    );
  });

  it("parsePartyDate(formatPartyDate(d)) = d", () => {
    fc.assert(
      fc.property(calendarDate, (d) => {
        expect(parsePartyDate(formatPartyDate(d))).toEqual({ ok: true, value: d });
      }),
    );
  });

  it("parseDateTime(formatDateTime(t)) = t to the minute", () => {
    fc.assert(
      fc.property(instant, (t) => {
        const minute = new Date(Math.floor(t.getTime() / 60000) * 60000);
        expect(parseDateTime(formatDateTime(t))).toEqual({ ok: true, value: minute });
      }),
    );
  });

  it("an instant's calendar date agrees with Intl in Asia/Ho_Chi_Minh", () => {
    const intl = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });
    fc.assert(
      fc.property(instant, (t) => {
        expect(toCalendarDate(t)).toBe(intl.format(t));
      }),
    );
  });

  it("parsePeriod(formatPeriod(a, b)) = { a, b }", () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (x, y) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        expect(parsePeriod(formatPeriod(from, to))).toEqual({ ok: true, value: { from, to } });
      }),
    );
  });

  it("parseQuarter(formatQuarter(q)) = q", () => {
    fc.assert(
      fc.property(calendarDate, (d) => {
        const q = getQuarter(d);
        expect(parseQuarter(formatQuarter(q))).toEqual({ ok: true, value: q });
      }),
    );
  });
});
