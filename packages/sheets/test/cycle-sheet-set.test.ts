/**
 * Gathering the yearly cycle's sheets from an officer's files (the same for `antq`'s commands and any other
 * front-end): worksheets by name, CSV files by name or header row, twins refused, unsupported formats named,
 * and a year's workbook read into the records @antq/store imports.
 */
import { describe, expect, it } from "vitest";
import {
  addCycleCsv,
  addCycleWorksheet,
  cycleFileKind,
  MODEL_SHEETS,
  noCycleSheetMessage,
  PLAN_SHEETS,
  readYearCycle,
  type SheetRows,
  TYPICAL_SHEET,
  YEAR_CYCLE_SHEETS,
} from "../src/index.js";

/** Hậu Giang's 2024 điển hình registrations, as in the officers' CSV (antq mau --loai ke-hoach). */
const REGISTRATION_HEADERS = [
  "Mã bản ghi",
  "Mã kế hoạch",
  "Năm",
  "Chương trình",
  "Loại đơn vị",
  "Tên đơn vị",
  "Mã đơn vị",
  "Tình trạng xây dựng điển hình",
  "Ghi chú",
];
const REGISTRATIONS = [
  [
    "dh-hg-2024-1",
    "",
    "2024",
    "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ",
    "Cơ quan",
    "Sở Văn hóa, Thể thao và Du lịch",
    "so-vhttdl-hg",
    "Được chọn xây dựng",
    "Ban Chỉ đạo 138 tỉnh thống nhất lựa chọn (tin ngày 28/02/2024)",
  ],
  [
    "dh-hg-2024-2",
    "",
    "2024",
    "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ",
    "Doanh nghiệp",
    "Công ty Cổ phần Cấp nước và Vệ sinh môi trường nông thôn Hậu Giang",
    "cty-cap-nuoc-hg",
    "Được chọn xây dựng",
    "",
  ],
];
const rows = (cells: readonly (readonly string[])[]) => cells.map((c, i) => ({ line: i + 2, cells: [...c] }));

describe("addCycleWorksheet", () => {
  it("keeps a layout's worksheet with its header row as text and each row cut to the headers", () => {
    const sheets = new Map<string, SheetRows>();
    const added = addCycleWorksheet(sheets, YEAR_CYCLE_SHEETS, "hau-giang-2024.xlsx", {
      name: " Đăng ký điển hình ",
      headers: [...REGISTRATION_HEADERS, undefined],
      rows: rows(REGISTRATIONS.map((r) => [...r, "thừa"])),
    });
    expect(added).toBe("added");
    const sheet = sheets.get(TYPICAL_SHEET.sheetName);
    expect(sheet?.headers.at(-1)).toBe("");
    expect(sheet?.rows[1]?.cells).toHaveLength(REGISTRATION_HEADERS.length + 1);
    expect(sheet?.rows[1]?.cells[5]).toBe(
      "Công ty Cổ phần Cấp nước và Vệ sinh môi trường nông thôn Hậu Giang",
    );
  });

  it("ignores other sheets and the unit template's model sheet, refuses a second sheet of one layout", () => {
    const sheets = new Map<string, SheetRows>();
    const sheet = { name: "Đăng ký điển hình", headers: REGISTRATION_HEADERS, rows: [] };
    expect(addCycleWorksheet(sheets, YEAR_CYCLE_SHEETS, "a.xlsx", { ...sheet, name: "Hướng dẫn" })).toBe(
      "ignored",
    );
    expect(
      addCycleWorksheet(sheets, MODEL_SHEETS, "a.xlsx", {
        name: "Mô hình",
        headers: ["Mã đơn vị", "Năm đánh giá", "Mã mô hình", "Hiệu quả hoạt động"],
        rows: [],
      }),
    ).toBe("ignored");
    expect(addCycleWorksheet(sheets, YEAR_CYCLE_SHEETS, "a.xlsx", sheet)).toBe("added");
    expect(addCycleWorksheet(sheets, YEAR_CYCLE_SHEETS, "b.xlsx", sheet)).toEqual({
      message:
        "trang “Đăng ký điển hình” cùng loại “Đăng ký điển hình” với trang “Đăng ký điển hình” của a.xlsx; chỉ giữ một trang",
    });
  });
});

describe("addCycleCsv and cycleFileKind", () => {
  it("recognises a CSV by its header row when its name is the officer's own", () => {
    const sheets = new Map<string, SheetRows>();
    expect(
      addCycleCsv(sheets, [...PLAN_SHEETS, TYPICAL_SHEET], "dang ky HG 2024.csv", {
        headers: REGISTRATION_HEADERS,
        rows: rows(REGISTRATIONS),
      }),
    ).toBeUndefined();
    expect(sheets.get(TYPICAL_SHEET.sheetName)?.file).toBe("dang ky HG 2024.csv");
    expect(
      addCycleCsv(sheets, [TYPICAL_SHEET], "dang-ky-dien-hinh.csv", {
        headers: REGISTRATION_HEADERS,
        rows: [],
      }),
    ).toBe("cùng loại “Đăng ký điển hình” với dang ky HG 2024.csv; gộp các dòng vào một tệp");
    expect(addCycleCsv(new Map(), PLAN_SHEETS, "so-lieu.csv", { headers: ["Họ tên"], rows: [] })).toContain(
      "không nhận ra loại dữ liệu của tệp CSV",
    );
  });

  it("names the formats it reads and the sheets it expects", () => {
    expect(["a.xlsx", "B.CSV", "c.xls", "thu-muc.v2/ke-hoach"].map(cycleFileKind)).toEqual([
      "xlsx",
      "csv",
      { message: 'định dạng ".xls" chưa được hỗ trợ; dùng .xlsx hoặc .csv' },
      { message: 'định dạng "(không có đuôi)" chưa được hỗ trợ; dùng .xlsx hoặc .csv' },
    ]);
    expect(noCycleSheetMessage([TYPICAL_SHEET])).toContain('"Đăng ký điển hình" (dang-ky-dien-hinh.csv)');
  });
});

describe("readYearCycle", () => {
  it("reads a year's registrations, leaves out the kinds without records, and locates every error", () => {
    const sheets = new Map<string, SheetRows>();
    addCycleWorksheet(sheets, YEAR_CYCLE_SHEETS, "hau-giang-2024.xlsx", {
      name: "Đăng ký điển hình",
      headers: REGISTRATION_HEADERS,
      rows: rows([
        ...REGISTRATIONS,
        ["dh-hg-2024-3", "", "2024", "Chương trình lạ", "Cơ quan", "Sở Y tế", "so-yt-hg"],
      ]),
    });
    const read = readYearCycle(sheets);
    expect(read.records.typicalRegistrations?.map((r) => r.unitId)).toEqual([
      "so-vhttdl-hg",
      "cty-cap-nuoc-hg",
    ]);
    expect(Object.keys(read.records)).toEqual(["typicalRegistrations"]);
    expect(read.issues.length).toBeGreaterThan(0);
    expect(
      read.issues.every((i) => i.severity === "error" && i.row === 4 && i.file === "hau-giang-2024.xlsx"),
    ).toBe(true);
  });
});
