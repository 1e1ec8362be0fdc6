import type { Activity } from "@antq/domain";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ActivitySummaryDocumentSchema, activitySummaryDocument } from "../src/index.js";
import { printableWorkbook } from "../src/xlsx/index.js";

const read = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
};

describe("printableWorkbook (the one print setup of the cycle's tables)", () => {
  it("lays out the ND 30 heading, the title, a bordered table with sections, totals and signatures", async () => {
    const bytes = await printableWorkbook([
      {
        name: "Tổ bảo vệ ANTT",
        title: "XẾP LOẠI TỔ BẢO VỆ AN NINH, TRẬT TỰ NĂM 2025",
        subtitle: "Thời gian đánh giá từ 15/11/2024 đến 14/11/2025",
        headers: ["STT", "Tổ bảo vệ an ninh, trật tự", "Mức đề nghị", "Mức xếp loại", "Lý do"],
        widths: [6, 40, 22, 22, 60],
        rows: [
          { section: "Xã Long Định (xa-long-dinh)" },
          [1, "Tổ bảo vệ ANTT ấp Long Hòa", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ", ""],
          [2, '=HYPERLINK("http://x")', "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hạ mức"],
        ],
        after: ["Tổng số Tổ: 0 hoàn thành xuất sắc, 2 hoàn thành tốt."],
        issuer: ["CÔNG AN TỈNH TIỀN GIANG", "CÔNG AN XÃ LONG ĐỊNH"],
      },
    ]);
    const sheet = (await read(bytes)).getWorksheet("Tổ bảo vệ ANTT") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe("CÔNG AN TỈNH TIỀN GIANG");
    expect(sheet.getCell("C1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(sheet.getCell("A5").value).toBe("XẾP LOẠI TỔ BẢO VỆ AN NINH, TRẬT TỰ NĂM 2025");
    expect((sheet.getRow(8).values as unknown[]).slice(1)).toEqual([
      "STT",
      "Tổ bảo vệ an ninh, trật tự",
      "Mức đề nghị",
      "Mức xếp loại",
      "Lý do",
    ]);
    expect(sheet.pageSetup.printTitlesRow).toBe("8:8");
    expect(sheet.pageSetup.orientation).toBe("landscape");
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.horizontalCentered).toBe(true);
    expect(sheet.getCell("A9").value).toBe("Xã Long Định (xa-long-dinh)");
    expect(sheet.getCell("E10").border?.right?.style).toBe("thin");
    // Formula injection is neutralised.
    expect(sheet.getCell("B11").value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet.getCell("A12").value).toBe("Tổng số Tổ: 0 hoàn thành xuất sắc, 2 hoàn thành tốt.");
    expect(sheet.getCell("A14").value).toBe("NGƯỜI LẬP BIỂU");
    expect(sheet.getCell("C14").value).toBe("THỦ TRƯỞNG ĐƠN VỊ");
    expect(sheet.headerFooter.oddFooter).toContain("Trang &P/&N");
  });
});

describe("activitySummaryDocument", () => {
  it("sums each count over the activities that give it, by kind, in report words", () => {
    const doc = activitySummaryDocument(
      [
        {
          kind: "training",
          id: "th-1",
          period: { from: "2024-03-04", to: "2024-03-08" },
          classes: 20,
          trainees: 1200,
        },
        {
          kind: "training",
          id: "th-2",
          period: { from: "2024-09-09", to: "2024-09-13" },
          classes: 6,
          trainees: 302,
        },
        {
          kind: "propaganda",
          id: "tt-1",
          period: { from: "2024-03-01", to: "2024-03-31" },
          sessions: 4,
          attendees: 344,
          leaflets: 1500,
        },
        {
          kind: "propaganda",
          id: "tt-2",
          period: { from: "2024-06-01", to: "2024-06-30" },
          sessions: 2,
          attendees: 120,
        },
      ] as Activity[],
      { year: 2024 },
    );
    expect(doc.total).toBe(4);
    expect(doc.kinds.map((k) => k.text)).toEqual([
      "Tuyên truyền, vận động: 2 hoạt động; 6 buổi / 464 lượt người tham dự / 1.500 tờ rơi, tài liệu",
      "Tập huấn, bồi dưỡng: 2 hoạt động; 26 lớp / 1.502 lượt học viên",
    ]);
    // One propaganda activity gave leaflets: the total says so instead of counting the other as 0.
    expect(doc.kinds[0]?.measures.find((m) => m.field === "leaflets")).toEqual({
      field: "leaflets",
      unit: "tờ rơi, tài liệu",
      total: 1500,
      reported: 1,
    });
    expect(ActivitySummaryDocumentSchema.parse(doc)).toEqual(doc);
  });
});
