import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
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
