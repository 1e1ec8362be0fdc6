/**
 * "Mô hình" names two sheets: the unit template's sheet of each unit's models of the year, and the model list of
 * files made by `antq mau --loai mo-hinh` before it became "Danh sách mô hình". The header row tells them apart:
 * the assessment input reads only the first, the cycle reader only the second, and a header row of both (or of
 * neither) is refused with a message naming both layouts.
 */
import { generateProvince } from "@antq/datagen";
import { describe, expect, it } from "vitest";
import {
  DatasetBuilder,
  MODEL_GROUP,
  MODEL_SHEET,
  MODEL_SHEETS,
  matchCycleSheet,
  modelSheetKind,
  PLAN_SHEETS,
  readRecordGroup,
} from "../src/index.js";
import { buildDataWorkbook, workbookBytes } from "../src/xlsx/index.js";
import { readXlsxInto, readXlsxSheets } from "../src/xlsx/read.js";

const RECORD_HEADERS = MODEL_SHEET.columns.map((c) => c.header);
const MODELS = [
  [
    "MH-TG-01",
    "Camera an ninh ấp Long Hưng",
    "Camera an ninh, camera phòng, chống tội phạm",
    "",
    "",
    "",
    "15/03/2023",
  ],
  ["MH-TG-02", "Tổ tự quản bến đò Mỹ Tho", "Tổ tự quản về ANTT", "", "", "", "01/06/2024"],
];

/** A generated Tiền Giang commune's year workbook whose "Mô hình" sheet is the old model list. */
const oldModelList = async () => {
  const p = generateProvince({ seed: 2025, year: 2025, communes: 1 });
  const workbook = buildDataWorkbook(
    p.units,
    p.facts.map(({ models: _, ...f }) => f),
  );
  const unitSheet = workbook.getWorksheet("Mô hình");
  if (unitSheet) workbook.removeWorksheet(unitSheet.id);
  const sheet = workbook.addWorksheet("Mô hình");
  sheet.addRow(RECORD_HEADERS);
  for (const m of MODELS) sheet.addRow(m);
  return { bytes: await workbookBytes(workbook), units: p.units.length };
};

describe("the two “Mô hình” sheets", () => {
  it("tells the layouts apart by their header row", () => {
    expect(modelSheetKind(RECORD_HEADERS)).toBe("model-records");
    expect(modelSheetKind(["Mã đơn vị", "Năm đánh giá", "Mã mô hình", "Hiệu quả hoạt động"])).toBe(
      "unit-models",
    );
    expect(modelSheetKind([...RECORD_HEADERS, "Mã đơn vị", "Năm đánh giá", "Hiệu quả hoạt động"])).toBe(
      "ambiguous",
    );
    expect(modelSheetKind(["Mã mô hình", "Tên mô hình"])).toBe("unknown");
    const refused = matchCycleSheet(MODEL_SHEETS, "Mô hình", ["Mã mô hình", "Tên mô hình"]);
    expect(refused).toMatchObject({ message: expect.stringContaining("Ngày bắt đầu") });
    expect(matchCycleSheet(PLAN_SHEETS, "Mô hình", RECORD_HEADERS)).toBeUndefined();
  });

  it("an old model list is not read as the units' models, and is read as models by the cycle reader", async () => {
    const { bytes, units } = await oldModelList();
    const builder = new DatasetBuilder();
    await readXlsxInto(builder, bytes, { file: "tien-giang-2025.xlsx" });
    const dataset = builder.finish();
    expect(dataset.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(dataset.issues.filter((i) => i.sheet === "Mô hình")).toEqual([]);
    expect(dataset.units.length).toBe(units);

    const sheets = new Map();
    for await (const sheet of readXlsxSheets(bytes)) {
      if (sheet.name !== "Mô hình") continue;
      const rows: { line: number; cells: unknown[] }[] = [];
      for await (const batch of sheet.rows())
        for (const r of batch) rows.push({ line: r.line, cells: [...r.cells] });
      const headers = (rows.shift()?.cells ?? []).map((c) => String(c ?? ""));
      const spec = matchCycleSheet(MODEL_SHEETS, sheet.name, headers);
      expect(spec).toBe(MODEL_SHEET);
      sheets.set(MODEL_SHEET.sheetName, { file: "tien-giang-2025.xlsx", sheet: sheet.name, headers, rows });
    }
    const read = readRecordGroup(MODEL_GROUP, sheets);
    expect(read.issues).toEqual([]);
    expect(read.records.map((r) => [r.value.id, r.value.kind, r.source.sheet, r.source.row])).toEqual([
      ["MH-TG-01", "security-camera", "Mô hình", 2],
      ["MH-TG-02", "self-managed-team", "Mô hình", 3],
    ]);
  });
});
