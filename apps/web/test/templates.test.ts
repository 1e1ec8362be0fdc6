import { describe, expect, it } from "vitest";
import { templateFile } from "../src/templates.js";

describe("the empty templates offered for download", () => {
  it("starts the CSV template with exactly one byte-order mark, so Excel reads its Vietnamese headers", async () => {
    const { name, blob } = await templateFile("csv");
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(name).toBe("mau-don-vi-va-du-kien.csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes.slice(3, 6)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8").decode(bytes).startsWith("Loại đơn vị,Mã đơn vị,")).toBe(true);
  });

  it("gives the workbook of one template kind, the score sheet for classifying the movement among them", async () => {
    const { readXlsxSheets } = await import("@antq/sheets/xlsx");
    // Every template workbook also has the guide ("Hướng dẫn") and the lists of its drop-downs ("Danh mục").
    const names = async (sheets?: string) => {
      const { name, blob } = await templateFile("xlsx", sheets);
      const found: string[] = [];
      for await (const sheet of readXlsxSheets(new Uint8Array(await blob.arrayBuffer())))
        found.push(sheet.name);
      return { name, sheets: found.filter((n) => n !== "Hướng dẫn" && n !== "Danh mục") };
    };
    expect(await names("bang-diem")).toEqual({ name: "mau-bang-diem.xlsx", sheets: ["Bảng chấm điểm"] });
    expect(await names("to-bao-ve")).toEqual({
      name: "mau-to-bao-ve.xlsx",
      sheets: ["Tổ bảo vệ ANTT", "Thành viên Tổ"],
    });
    const all = await names();
    expect(all.name).toBe("mau-antq.xlsx");
    expect(all.sheets).toContain("Khu dân cư");
    await expect(templateFile("xlsx", "khong-co")).rejects.toThrow('Không có mẫu loại "khong-co".');
  });
});
