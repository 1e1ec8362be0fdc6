/**
 * What `phan-loai` says when no score sheet is selected (`noScoreSheetMessage`), on Xã Mỹ Thành's and Phường Đạo
 * Thạnh's 2024 score sheets (the TSDoc fixtures).
 */
import { describe, expect, it } from "vitest";
import { noScoreSheetMessage, readScoreJsonText, ScoreBuilder } from "../src/index.js";
import { exampleFixtures } from "./example-fixtures.js";

const builder = new ScoreBuilder();
readScoreJsonText(builder, exampleFixtures().scoreJson as string, "bang-diem-2024.json");
const { records } = builder.finish();

describe("noScoreSheetMessage", () => {
  it("names the years the sheets have when another year is asked for", () => {
    expect(records.map((r) => r.sheet.unitName)).toEqual(["Xã Mỹ Thành", "Phường Đạo Thạnh"]);
    expect(noScoreSheetMessage({ records, year: 2025, files: ["bang-diem-2024.json"] })).toBe(
      "Không có bảng điểm năm 2025 (các bảng điểm có năm 2024); không ghi tệp kết quả nào.",
    );
  });

  it("says the files hold no score sheet, or the store none of the year, and how to go on", () => {
    const empty = noScoreSheetMessage({ records: [], year: 2024, files: ["mau-bang-diem.xlsx", "b.csv"] });
    expect(empty).toMatch(/^Không có bảng điểm nào để phân loại trong mau-bang-diem\.xlsx, b\.csv: /);
    expect(empty).toContain("antq mau --loai bang-diem");
    expect(noScoreSheetMessage({ records, files: ["bang-diem-2024.json"] })).toBe(
      noScoreSheetMessage({ records: [], files: ["bang-diem-2024.json"] }),
    );
    const store = noScoreSheetMessage({ records: [], year: 2024, store: "/srv/antq/kho", files: [] });
    expect(store).toMatch(/^Kho \/srv\/antq\/kho không có bảng chấm điểm nào của năm 2024: /);
    expect(store).toContain("antq nhap <tệp> --nam 2024 --thay-the");
    expect(store.endsWith("Không ghi tệp kết quả nào.")).toBe(true);
  });
});
