import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TemplateDocumentSchema } from "@antq/sheets";
import { Effect } from "effect";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readDataset } from "../src/sheets/read.js";
import { antq, tempDir } from "./helpers/run.js";

const headersOf = (sheet: ExcelJS.Worksheet) => {
  const out: string[] = [];
  sheet.getRow(1).eachCell((cell) => out.push(String(cell.value)));
  return out;
};

/** The values of the drop-down list of a column (read from the hidden "Danh mục" sheet). */
const dropDown = (workbook: ExcelJS.Workbook, sheetName: string, header: string): string[] => {
  const sheet = workbook.getWorksheet(sheetName) as ExcelJS.Worksheet;
  const column = headersOf(sheet).indexOf(header) + 1;
  expect(column, `${sheetName}: no column "${header}"`).toBeGreaterThan(0);
  const validation = sheet.getCell(2, column).dataValidation;
  expect(validation.type).toBe("list");
  const [range] = validation.formulae as string[];
  const match = /'Danh mục'!\$([A-Z]+)\$2:\$[A-Z]+\$(\d+)/.exec(String(range));
  expect(match).not.toBeNull();
  const lists = workbook.getWorksheet("Danh mục") as ExcelJS.Worksheet;
  const values: string[] = [];
  for (let r = 2; r <= Number(match?.[2]); r++) values.push(String(lists.getCell(`${match?.[1]}${r}`).value));
  return values;
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
    // The year is printed "2024", not "2.024".
    expect(facts.getColumn(factHeaders.indexOf("Năm đánh giá") + 1).numFmt).toBe("0");
    expect(facts.getCell(2, households).dataValidation.type).toBe("whole");

    const guide = workbook.getWorksheet("Hướng dẫn") as ExcelJS.Worksheet;
    expect(String(guide.getCell("A1").value)).toContain("HƯỚNG DẪN NHẬP LIỆU");
  });

  it("shows Vietnamese labels, not English codes, in the drop-downs of every enum", async () => {
    const dir = tempDir();
    const target = join(dir, "mau.xlsx");
    expect(antq(["mau", "--ra", target]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    expect(dropDown(workbook, "Doanh nghiệp", "Lĩnh vực hoạt động chính")).toEqual([
      "Nông nghiệp, lâm nghiệp và thủy sản",
      "Công nghiệp và xây dựng",
      "Thương mại và dịch vụ",
    ]);
    expect(dropDown(workbook, "Doanh nghiệp", "Loại hình sở hữu")).toContain(
      "Doanh nghiệp có vốn đầu tư nước ngoài",
    );
    expect(dropDown(workbook, "Xã, phường, đặc khu", "Loại đơn vị cấp xã")).toEqual([
      "Xã",
      "Phường",
      "Thị trấn (đến 30/6/2025)",
      "Đặc khu",
    ]);
    expect(dropDown(workbook, "Cơ quan", "Loại cơ quan")).toContain("Đơn vị sự nghiệp công lập");
    expect(dropDown(workbook, "Cháy nổ, tai nạn, sự cố", "Mức độ hậu quả")).toEqual([
      "Không nghiêm trọng",
      "Nghiêm trọng",
      "Rất nghiêm trọng",
      "Đặc biệt nghiêm trọng",
    ]);
    expect(dropDown(workbook, "Vi phạm bí mật nhà nước", "Độ mật")).toEqual(["Mật", "Tối mật", "Tuyệt mật"]);
    expect(dropDown(workbook, "Đình công, lãn công", "Hình thức")).toEqual(["Đình công", "Lãn công"]);
    // No list anywhere in the workbook holds an English code such as "trade-services" or "top-secret".
    const lists = workbook.getWorksheet("Danh mục") as ExcelJS.Worksheet;
    const codeLike: string[] = [];
    lists.eachRow((row, r) => {
      if (r === 1) return;
      row.eachCell((cell) => {
        if (/^[a-z]+(?:-[a-z]+)*$/.test(String(cell.value))) codeLike.push(String(cell.value));
      });
    });
    expect(codeLike).toEqual([]);
  });

  it("reads the Vietnamese labels of a filled-in sheet back as codes", async () => {
    const dir = tempDir();
    const target = join(dir, "mau-dn.xlsx");
    expect(antq(["mau", "--loai", "doanh-nghiep", "--ra", target]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    const sheet = workbook.getWorksheet("Doanh nghiệp") as ExcelJS.Worksheet;
    const headers = headersOf(sheet);
    const put = (header: string, value: ExcelJS.CellValue) => {
      expect(headers).toContain(header);
      sheet.getCell(2, headers.indexOf(header) + 1).value = value;
    };
    put("Mã đơn vị", "dn-cap-nuoc-hg");
    put("Tên đơn vị", "Công ty Cổ phần Cấp nước Hậu Giang");
    put("Mã tỉnh, thành phố", "P93");
    put("Lĩnh vực hoạt động chính", "Công nghiệp và xây dựng");
    put("Loại hình sở hữu", "Doanh nghiệp ngoài nhà nước");
    put("Số lao động tham gia BHXH bình quân năm", 120);
    put("Là đơn vị lực lượng vũ trang", "Không");
    await workbook.xlsx.writeFile(target);
    const { code, stdout } = antq(["kiem-tra", target]);
    expect(stdout).toContain("Hợp lệ: 1 đơn vị");
    expect(code).toBe(0);
    const dataset = await Effect.runPromise(readDataset([target]));
    expect(dataset.issues).toEqual([]);
    expect(dataset.units[0]?.unit).toMatchObject({
      kind: "enterprise",
      sector: "industry-construction",
      ownership: "non-state",
      armedForces: false,
    });
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
    const written = TemplateDocumentSchema.parse(JSON.parse(stdout));
    expect(written).toMatchObject({
      format: "antq.template/1",
      fileFormat: "json",
      kind: "tat-ca",
      files: [target],
    });
    expect(written.sheets.map((s) => s.sheet)).toContain("Khu dân cư");
    // The JSON input is @antq/domain's dataset (issue 12): the schema says so.
    const schema = JSON.parse(readFileSync(target, "utf8")) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["schemaVersion", "units", "annualFacts"]),
    );
    expect(schema.properties).not.toHaveProperty("facts");
    expect(schema.required).toEqual(["schemaVersion", "units"]);
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
