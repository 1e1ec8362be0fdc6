import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { antq, tempDir } from "./helpers/run.js";

const headersOf = (sheet: ExcelJS.Worksheet) => {
  const out: string[] = [];
  sheet.getRow(1).eachCell((cell) => out.push(String(cell.value)));
  return out;
};

describe("antq mau", () => {
  it("writes an .xlsx template with Vietnamese headers, drop-downs, formats and a guide", async () => {
    const dir = tempDir();
    const target = join(dir, "mau.xlsx");
    const { code, stdout } = antq(["mau", "--ra", target]);
    expect(code).toBe(0);
    expect(stdout).toContain("Đã tạo mẫu nhập liệu (XLSX)");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.slice(0, 9)).toEqual([
      "Hướng dẫn",
      "Danh mục",
      "Khu dân cư",
      "Xã, phường, đặc khu",
      "Cơ quan",
      "Doanh nghiệp",
      "Cơ sở giáo dục",
      "Tổ chức khác",
      "Dữ kiện năm",
    ]);
    expect(names).toContain("Vụ phạm tội");
    expect(names).toContain("Kỷ luật");
    expect(workbook.getWorksheet("Danh mục")?.state).toBe("hidden");

    const kdc = workbook.getWorksheet("Khu dân cư") as ExcelJS.Worksheet;
    const headers = headersOf(kdc);
    expect(headers.slice(0, 3)).toEqual(["Mã đơn vị", "Tên đơn vị", "Mã tỉnh, thành phố"]);
    const areaType = headers.indexOf("Tên gọi khu dân cư") + 1;
    expect(areaType).toBeGreaterThan(0);
    const validation = kdc.getCell(2, areaType).dataValidation;
    expect(validation.type).toBe("list");
    const [range] = validation.formulae as string[];
    const match = /'Danh mục'!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)/.exec(String(range));
    expect(match).not.toBeNull();
    const lists = workbook.getWorksheet("Danh mục") as ExcelJS.Worksheet;
    const labels: string[] = [];
    for (let r = 2; r <= Number(match?.[2]); r++)
      labels.push(String(lists.getCell(`${match?.[1]}${r}`).value));
    expect(labels).toEqual(expect.arrayContaining(["Ấp", "Thôn", "Tổ dân phố", "Khu phố"]));
    expect(String(kdc.getCell(1, areaType).note ?? "")).toContain("Bắt buộc");

    const facts = workbook.getWorksheet("Dữ kiện năm") as ExcelJS.Worksheet;
    const factHeaders = headersOf(facts);
    const dateColumn = factHeaders.indexOf("Quý I: ngày nghị quyết của cấp ủy về ANTT") + 1;
    expect(dateColumn).toBeGreaterThan(0);
    expect(facts.getColumn(dateColumn).numFmt).toBe("dd/mm/yyyy");
    expect(facts.getCell(2, dateColumn).dataValidation.type).toBe("date");
    const households = factHeaders.indexOf("Số hộ gia đình: Số hộ gia đình đang cư trú") + 1;
    expect(facts.getColumn(households).numFmt).toBe("#,##0");
    expect(facts.getCell(2, households).dataValidation.type).toBe("whole");

    const guide = workbook.getWorksheet("Hướng dẫn") as ExcelJS.Worksheet;
    expect(String(guide.getCell("A1").value)).toContain("HƯỚNG DẪN NHẬP LIỆU");
  });

  it("round-trips: a filled-in template passes kiem-tra", async () => {
    const dir = tempDir();
    const target = join(dir, "mau-kdc.xlsx");
    expect(antq(["mau", "--loai", "khu-dan-cu", "--ra", target]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.getWorksheet("Khu dân cư") as ExcelJS.Worksheet;
    const headers = headersOf(sheet);
    const put = (row: number, header: string, value: ExcelJS.CellValue) => {
      sheet.getCell(row, headers.indexOf(header) + 1).value = value;
    };
    put(2, "Mã đơn vị", "kdc-ap-my-loi");
    put(2, "Tên đơn vị", "Ấp Mỹ Lợi");
    put(2, "Mã tỉnh, thành phố", "P82");
    put(2, "Tên gọi khu dân cư", "Ấp");
    put(2, "Có tổ chức Đảng", "Có");
    put(2, "Hoạt động từ ngày", new Date(Date.UTC(2020, 0, 1)));
    await workbook.xlsx.writeFile(target);
    const { code, stdout } = antq(["kiem-tra", target]);
    expect(stdout).toContain("Hợp lệ: 1 đơn vị");
    expect(code).toBe(0);
  });

  it("writes CSV templates, one file per sheet, with a BOM", () => {
    const dir = tempDir();
    const { code } = antq(["mau", "--dinh-dang", "csv", "--loai", "du-kien", "--ra", dir]);
    expect(code).toBe(0);
    const files = readdirSync(dir);
    expect(files).toContain("du-kien.csv");
    expect(files).toContain("du-kien-crimes.csv");
    const text = readFileSync(join(dir, "du-kien.csv"), "utf8");
    expect(text.startsWith("\ufeffMã đơn vị,Năm đánh giá,")).toBe(true);
  });

  it("writes a JSON Schema and reports files with --json", () => {
    const dir = tempDir();
    const target = join(dir, "mau.schema.json");
    const { code, stdout } = antq(["mau", "--dinh-dang", "json", "--ra", target, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ format: "json", files: [target] });
    const schema = JSON.parse(readFileSync(target, "utf8")) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(["units", "facts"]);
  });

  it("fails with exit code 1, a Vietnamese message and no partial file when the output cannot be written", () => {
    const dir = tempDir();
    const blocker = join(dir, "tep-thuong");
    writeFileSync(blocker, "x");
    const { code, stderr } = antq(["mau", "--ra", join(blocker, "mau.xlsx")]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Không ghi được tệp .*mau\.xlsx: /);
    expect(existsSync(join(blocker, "mau.xlsx"))).toBe(false);
    expect(readdirSync(dir)).toEqual(["tep-thuong"]);
  });
});
