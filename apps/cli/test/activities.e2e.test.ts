/**
 * `antq hoat-dong` on the built binary: the activity sheets of a year summed by kind ("26 lớp / 1.502 lượt
 * học viên"), `antq.activity-summary/1`, the print-ready workbook, and bad input (located, exit 2, nothing
 * written).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ACTIVITY_SHEETS, ActivitySummaryDocumentSchema, type SheetSpec } from "@antq/sheets";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { antq, hasStackTrace, tempDir } from "./helpers/run.js";

const sheetOf = (kind: string) => ACTIVITY_SHEETS.find((s) => s.activityKind === kind) as SheetSpec;

/** A workbook with the given activity sheets, rows given as header → value. */
export const activityWorkbook = async (
  file: string,
  sheets: readonly { kind: string; rows: Record<string, string | number>[] }[],
) => {
  const workbook = new ExcelJS.Workbook();
  for (const { kind, rows } of sheets) {
    const spec = sheetOf(kind);
    const headers = spec.columns.map((c) => c.header);
    const sheet = workbook.addWorksheet(spec.sheetName);
    sheet.addRow(headers);
    for (const r of rows) sheet.addRow(headers.map((h) => r[h] ?? null));
  }
  await workbook.xlsx.writeFile(file);
};

const header = (kind: string, field: string) =>
  sheetOf(kind).columns.find((c) => c.path.join(".") === field)?.header as string;

export const TRAINING = [
  {
    "Mã hoạt động": "th-2024-1",
    "Từ ngày": "04/03/2024",
    "Đến ngày": "08/03/2024",
    [header("training", "classes")]: 20,
    [header("training", "trainees")]: 1200,
  },
  {
    "Mã hoạt động": "th-2024-2",
    "Từ ngày": "09/09/2024",
    "Đến ngày": "13/09/2024",
    [header("training", "classes")]: 6,
    [header("training", "trainees")]: 302,
  },
];
export const MEDIATION = [
  {
    "Mã hoạt động": "hg-2024",
    "Từ ngày": "01/01/2024",
    "Đến ngày": "31/12/2024",
    [header("mediation", "cases")]: 120,
    [header("mediation", "successful")]: 104,
  },
];

describe("antq hoat-dong", () => {
  it("sums the activities by kind and writes the printable summary", async () => {
    const dir = tempDir();
    const file = join(dir, "hoat-dong-2024.xlsx");
    await activityWorkbook(file, [
      { kind: "training", rows: TRAINING },
      { kind: "mediation", rows: MEDIATION },
    ]);
    const out = join(dir, "tong-hop.xlsx");
    const r = antq(["hoat-dong", file, "--nam", "2024", "--ra", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Tập huấn, bồi dưỡng: 2 hoạt động; 26 lớp / 1.502 lượt học viên");
    expect(r.stdout).toContain("Hòa giải: 1 hoạt động; 120 vụ việc / 104 vụ hòa giải thành");
    expect(r.stdout).toContain("Tổng cộng: 3 hoạt động.");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Hoạt động") as ExcelJS.Worksheet;
    const cells: unknown[] = [];
    sheet.eachRow((row) => cells.push(...(row.values as unknown[]).slice(1)));
    expect(cells).toContain("TỔNG HỢP HOẠT ĐỘNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2024");
    expect(cells).toContain(1502);
    expect(cells).toContain("Tổng cộng: 3 hoạt động.");

    const j = antq(["hoat-dong", file, "--nam", "2024", "--json"]);
    const doc = ActivitySummaryDocumentSchema.parse(JSON.parse(j.stdout));
    expect(doc.format).toBe("antq.activity-summary/1");
    expect(doc.kinds.find((k) => k.kind === "training")?.measures).toEqual([
      { field: "classes", unit: "lớp", total: 26, reported: 2 },
      { field: "trainees", unit: "lượt học viên", total: 1502, reported: 2 },
    ]);
  });

  it("locates a bad row, exits 2 and writes nothing", async () => {
    const dir = tempDir();
    const file = join(dir, "hoat-dong.xlsx");
    await activityWorkbook(file, [
      {
        kind: "mediation",
        rows: [
          { ...MEDIATION[0], [header("mediation", "successful")]: 130 } as Record<string, string | number>,
        ],
      },
      { kind: "training", rows: [{ ...TRAINING[0], [header("training", "classes")]: "hai mươi" }] },
    ]);
    const out = join(dir, "kq.xlsx");
    const r = antq(["hoat-dong", file, "--ra", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Lỗi — ${file}, trang "Hòa giải", dòng 2, cột`);
    expect(r.stderr).toContain(`Lỗi — ${file}, trang "Tập huấn, bồi dưỡng", dòng 2, cột`);
    expect(r.stderr).toContain('"hai mươi" không phải là số');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
    const none = antq(["hoat-dong"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Cần tệp hoạt động");
  });
});
