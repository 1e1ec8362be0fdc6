/**
 * What `phan-loai` says when no score sheet is selected (`noScoreSheetMessage`), on Xã Mỹ Thành's and Phường Đạo
 * Thạnh's 2024 score sheets, scored with the example configuration's commune rubric.
 */
import { createClassifier, EXAMPLE_PROVINCE_CONFIG } from "@antq/criteria";
import { describe, expect, it } from "vitest";
import { noScoreSheetMessage, readScoreJsonText, ScoreBuilder } from "../src/index.js";

const classifier = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
if (!classifier.ok) throw new Error("fixture");
const sheet = (unitId: string, unitName: string) => ({
  kind: "commune",
  unitId,
  unitName,
  year: 2024,
  rubricId: classifier.value.rubric.id,
  entries: [{ item: "IV.1", selfEvents: 0, verifiedEvents: 0 }],
});
const builder = new ScoreBuilder();
readScoreJsonText(
  builder,
  JSON.stringify({ scoreSheets: [sheet("C28261", "Xã Mỹ Thành"), sheet("C28270", "Phường Đạo Thạnh")] }),
  "bang-diem-2024.json",
);
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
    expect(empty).toContain("không phải bảng chấm điểm theo mẫu “Bảng chấm điểm”");
    expect(noScoreSheetMessage({ records, files: ["bang-diem-2024.json"] })).toBe(
      noScoreSheetMessage({ records: [], files: ["bang-diem-2024.json"] }),
    );
    const store = noScoreSheetMessage({ records: [], year: 2024, store: "/srv/antq/kho", files: [] });
    expect(store).toMatch(/^Kho \/srv\/antq\/kho không có bảng chấm điểm nào của năm 2024: /);
    expect(store).toContain("Nhập lại dữ liệu năm 2024 kèm bảng chấm điểm");
    expect(store.endsWith("Không ghi tệp kết quả nào.")).toBe(true);
  });
});
