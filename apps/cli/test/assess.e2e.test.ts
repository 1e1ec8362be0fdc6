import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  AssessmentDocumentSchema,
  UnitExplanationDocumentSchema,
  ValidationDocumentSchema,
} from "@antq/sheets";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { antq, fixtures, hasStackTrace, tempDir } from "./helpers/run.js";
import { type DatasetDocument, fillTemplate, toCombinedCsv } from "./helpers/to-sheets.js";

const jsonInput = join(fixtures, "hop-le/tinh-mau-2024.json");
const doc = JSON.parse(readFileSync(jsonInput, "utf8")) as DatasetDocument;

const rowsOf = (sheet: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe("antq danh-gia on JSON input", () => {
  const dir = tempDir();
  const xlsx = join(dir, "ket-qua.xlsx");
  let stdout = "";
  let code: number | null = null;
  beforeAll(() => {
    ({ stdout, code } = antq(["danh-gia", jsonInput, "--nam", "2024", "--ra", xlsx]));
  });

  it("exits 0 and prints a Vietnamese summary in format-vi style", () => {
    expect(code).toBe(0);
    expect(stdout).toContain('KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN "AN TOÀN VỀ AN NINH, TRẬT TỰ" NĂM 2024');
    expect(stdout).toContain("áp dụng tại ngày 15/11/2024");
    expect(stdout).toContain("Khu dân cư: 4/6 đạt (66,7%)");
    expect(stdout).toContain("Xã Mỹ Thành — đạt: các đơn vị trên địa bàn 3/4 đạt (75,0%)");
    expect(stdout).toContain("Phường Đạo Thạnh — chưa đạt: các đơn vị trên địa bàn 1/2 đạt (50,0%)");
  });

  it("writes the summary sheet cell by cell", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Khu dân cư",
      "Xã, phường, đặc khu",
      "Theo tiêu chí",
    ]);
    const rows = rowsOf(workbook.getWorksheet("Tổng hợp") as ExcelJS.Worksheet);
    expect(rows[0]?.[0]).toBe('KẾT QUẢ ĐÁNH GIÁ TIÊU CHUẨN "AN TOÀN VỀ AN NINH, TRẬT TỰ" NĂM 2024');
    const kdc = rows.find((r) => r[0] === "Khu dân cư");
    expect(kdc).toEqual(["Khu dân cư", "4/6 đạt (66,7%)", 6, 6, 4, 2, 0, 0]);
    const total = rows.find((r) => r[0] === "Tổng cộng");
    expect(total?.slice(0, 3)).toEqual(["Tổng cộng", "5/8 đạt (62,5%)", 8]);
    const myThanh = rows.find((r) => r[0] === "C28261");
    // All units on the territory, then those under the commune's competence (Điều 5 khoản 4; issue 14).
    expect(myThanh).toEqual([
      "C28261",
      "Xã Mỹ Thành",
      "đạt",
      "3/4 đạt (75,0%)",
      "3/4 đạt (75,0%)",
      "3/4 đạt (75,0%)",
    ]);
    const daoThanh = rows.find((r) => r[0] === "C28270");
    expect(daoThanh?.slice(0, 3)).toEqual(["C28270", "Phường Đạo Thạnh", "chưa đạt"]);
  });

  it("writes one sheet per unit kind, neutralising formula-like names", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const rows = rowsOf(workbook.getWorksheet("Khu dân cư") as ExcelJS.Worksheet);
    expect(rows[0]?.slice(0, 6)).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Loại đơn vị",
      "Mã xã, phường, đặc khu",
      "Tên xã, phường, đặc khu",
      "Kết quả",
    ]);
    const binhAn = rows.find((r) => r[0] === "kdc-ap-binh-an");
    expect(binhAn?.slice(0, 6)).toEqual([
      "kdc-ap-binh-an",
      "Ấp Bình An",
      "Khu dân cư",
      "C28261",
      "Xã Mỹ Thành",
      "chưa đạt",
    ]);
    expect(String(binhAn?.[7])).toContain("tt124.d4.k1");
    const injected = rows.find((r) => r[0] === "kdc-khu-pho-2");
    expect(String(injected?.[1]).startsWith("'=HYPERLINK(")).toBe(true);
  });

  it("writes the per-criterion sheet with reasons and citations", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const rows = rowsOf(workbook.getWorksheet("Theo tiêu chí") as ExcelJS.Worksheet);
    expect(rows[0]).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Loại đơn vị",
      "Mã tiêu chí",
      "Tiêu chí",
      "Kết quả",
      "Lý do và căn cứ",
    ]);
    const row = rows.find((r) => r[0] === "kdc-ap-binh-an" && r[3] === "tt124.d4.k1");
    expect(row?.[5]).toBe("chưa đạt");
    expect(String(row?.[6])).toContain("Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA");
  });

  it("writes the JSON result next to the workbook", () => {
    const json = AssessmentDocumentSchema.parse(JSON.parse(readFileSync(join(dir, "ket-qua.json"), "utf8")));
    expect(json.format).toBe("antq.assessment/1");
    expect(json.year).toBe(2024);
    // "5/8 đạt (62,5%)"
    expect(json.summary.all).toMatchObject({ passed: 5, inScope: 8, passRatio: { part: 5, total: 8 } });
    expect(json.units?.find((u) => u.unitId === "C28270")?.outcome).toBe("chua_dat");
  });
});

describe("antq danh-gia options", () => {
  it("--giai-thich prints one unit's explanation with legal citations", () => {
    const { code, stdout } = antq(["danh-gia", jsonInput, "--nam", "2024", "--giai-thich", "kdc-ap-binh-an"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Ấp Bình An (kdc-ap-binh-an) — năm 2024");
    expect(stdout).toContain("KẾT QUẢ:");
    expect(stdout).toContain("Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA");
    expect(stdout).toContain("\n   Cách hiểu “kiềm chế, kéo giảm … so với năm trước”: chưa quyết định\n");
    expect(stdout).not.toContain("kiem_che_keo_giam");
  });

  it("--giai-thich on a commune uses the roll-up of its units", () => {
    const { code, stdout } = antq([
      "danh-gia",
      jsonInput,
      "--nam",
      "2024",
      "--giai-thich",
      "C28270",
      "--json",
    ]);
    expect(code).toBe(0);
    const explained = UnitExplanationDocumentSchema.parse(JSON.parse(stdout));
    expect(explained.format).toBe("antq.unit-explanation/1");
    expect(explained.year).toBe(2024);
    expect(explained.unit).toMatchObject({ id: "C28270", kind: "commune" });
    const result = explained.result;
    expect(result.outcome).toBe("chua_dat");
    expect(result.criteria.find((c) => c.id === "tt124.d5.k4")?.reason).toContain("Thông tư 124/2021/TT-BCA");
    expect(result.criteria.find((c) => c.id === "tt124.d5.k4")?.outcome).toBe("chua_dat");
  });

  it("rejects an unknown unit for --giai-thich with exit code 2", () => {
    const { code, stderr } = antq(["danh-gia", jsonInput, "--nam", "2024", "--giai-thich", "khong-co"]);
    expect(code).toBe(2);
    expect(stderr).toContain('Không tìm thấy đơn vị có mã "khong-co"');
  });

  it("accepts interpretation flags and rejects unknown readings", () => {
    const dir = tempDir();
    const ok = antq([
      "danh-gia",
      jsonInput,
      "--nam",
      "2024",
      "--hieu-kiem-che-keo-giam",
      "khong_tang",
      "--ra",
      join(dir, "a.xlsx"),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("tt124.d4.k4.a.kiem_che_keo_giam = khong_tang");
    const bad = antq([
      "danh-gia",
      jsonInput,
      "--cach-hieu",
      "tt124.dac_khu=tuy-y",
      "--ra",
      join(dir, "b.xlsx"),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Cách hiểu "tt124.dac_khu" không có lựa chọn "tuy-y"');
  });

  it("loads a province overlay from a module path", () => {
    const dir = tempDir();
    const overlay = join(dir, "goi-tinh.mjs");
    writeFileSync(
      overlay,
      `export const overlay = Object.freeze({
        type: "overlay", id: "tinh-mau.dac-khu", label: "Tỉnh mẫu: đặc khu cần xem xét",
        package: { name: "@tinh-mau/antt", version: "1.0.0" },
        basis: [], from: "2022-02-10",
        setInterpretations: [{ id: "tt124.dac_khu", default: "can_xem_xet",
          basis: { document: "12/2024/QĐ-UBND", documentTitle: "Quyết định 12/2024/QĐ-UBND" } }],
      });\n`,
    );
    const { code, stdout, stderr } = antq([
      "danh-gia",
      jsonInput,
      "--nam",
      "2024",
      "--tinh",
      overlay,
      "--ra",
      join(dir, "k.xlsx"),
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("@tinh-mau/antt@1.0.0");
  });

  it("reports a missing province package in Vietnamese", () => {
    const { code, stderr } = antq(["danh-gia", jsonInput, "--tinh", "@tinh-khong-co/antt"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Gói quy định của tỉnh (--tinh)");
    expect(hasStackTrace(stderr)).toBe(false);
  });

  it("never overwrites an input file", () => {
    const dir = tempDir();
    const input = join(dir, "du-lieu.json");
    const original = readFileSync(jsonInput, "utf8");
    writeFileSync(input, original);
    const { code, stderr } = antq([
      "danh-gia",
      input,
      "--nam",
      "2024",
      "--ra",
      join(dir, "kq.xlsx"),
      "--ra-json",
      input,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain("không bao giờ ghi đè tệp đầu vào");
    expect(readFileSync(input, "utf8")).toBe(original);
  });
});

describe("antq danh-gia on xlsx and streamed CSV input", () => {
  it("gives the same results from the filled-in Excel template as from JSON", async () => {
    const dir = tempDir();
    const template = join(dir, "mau.xlsx");
    expect(antq(["mau", "--ra", template]).code).toBe(0);
    const filled = join(dir, "du-lieu.xlsx");
    await fillTemplate(template, doc, filled);
    const check = antq(["kiem-tra", filled]);
    expect(check.stdout).toContain("Hợp lệ: 8 đơn vị, 8 bộ dữ kiện năm.");
    expect(check.code).toBe(0);
    const { code, stdout } = antq([
      "danh-gia",
      filled,
      "--nam",
      "2024",
      "--ra",
      join(dir, "kq.xlsx"),
      "--json",
    ]);
    expect(code).toBe(0);
    const fromXlsx = AssessmentDocumentSchema.parse(JSON.parse(stdout));
    const fromJson = AssessmentDocumentSchema.parse(
      JSON.parse(
        antq(["danh-gia", jsonInput, "--nam", "2024", "--ra", join(dir, "kq2.xlsx"), "--json"]).stdout,
      ),
    );
    const outcomes = (r: typeof fromXlsx) =>
      Object.fromEntries((r.units ?? []).map((u) => [u.unitId, u.outcome]));
    expect(outcomes(fromXlsx)).toEqual(outcomes(fromJson));
  }, 180_000); // four CLI runs in a row: 45–72 s on a loaded CI machine

  it("streams a combined CSV and agrees with the in-memory path", () => {
    const dir = tempDir();
    const csv = join(dir, "don-vi-va-du-kien.csv");
    writeFileSync(csv, toCombinedCsv(doc));
    const xlsx = join(dir, "kq.xlsx");
    const { code, stdout, stderr } = antq(["danh-gia", csv, "--nam", "2024", "--ra", xlsx]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Khu dân cư: 4/6 đạt (66,7%)");
    expect(stdout).toContain("Xã Mỹ Thành — đạt");
    const perUnit = parse(readFileSync(join(dir, "kq-don-vi.csv"), "utf8").replace(/^\ufeff/, ""), {
      columns: true,
    }) as Array<Record<string, string>>;
    const fromJson = AssessmentDocumentSchema.parse(
      JSON.parse(
        antq(["danh-gia", jsonInput, "--nam", "2024", "--ra", join(dir, "kq2.xlsx"), "--json"]).stdout,
      ),
    );
    expect(Object.fromEntries(perUnit.map((r) => [r["Mã đơn vị"], r["Kết quả"]]))).toEqual(
      Object.fromEntries((fromJson.units ?? []).map((u) => [u.unitId, u.outcomeTitle])),
    );
    const injected = perUnit.find((r) => r["Mã đơn vị"] === "kdc-khu-pho-2");
    expect(injected?.["Tên đơn vị"]?.startsWith("'")).toBe(true);
  });

  it("reports bad rows of a streamed CSV, assesses the rest and exits 2", () => {
    const dir = tempDir();
    const csv = join(dir, "phang.csv");
    const lines = toCombinedCsv(doc).split("\n");
    lines[2] = lines[2]?.replace("Khu dân cư", "Khu nhà trọ") ?? "";
    writeFileSync(csv, lines.join("\n"));
    const { code, stdout, stderr } = antq(["danh-gia", csv, "--nam", "2024", "--ra", join(dir, "kq.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/dòng 3, cột A \(Loại đơn vị\): "Khu nhà trọ" không có trong danh sách/);
    expect(stdout).toContain("Tổng cộng:");
    expect(existsSync(join(dir, "kq-don-vi.csv"))).toBe(true);
  });
});

describe("duplicate unit ids in a streamed combined CSV", () => {
  /** The combined CSV of the sample province with its second data row repeated at the end. */
  const withRepeatedRow = () => {
    const dir = tempDir();
    const csv = join(dir, "phang.csv");
    const lines = toCombinedCsv(doc).trimEnd().split("\n");
    lines.push(lines[1] ?? "");
    writeFileSync(csv, `${lines.join("\n")}\n`);
    return { dir, csv, lastLine: lines.length };
  };

  it("danh-gia reports the repeated id at its line, assesses it once and exits 2", () => {
    const { dir, csv, lastLine } = withRepeatedRow();
    const firstId = doc.units[0]?.id as string;
    const { code, stdout, stderr } = antq(["danh-gia", csv, "--nam", "2024", "--ra", join(dir, "kq.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toContain(`dòng ${lastLine}: Mã đơn vị "${firstId}" bị trùng (đã có ở dòng 2).`);
    const perUnit = parse(readFileSync(join(dir, "kq-don-vi.csv"), "utf8").replace(/^\ufeff/, ""), {
      columns: true,
    }) as Array<Record<string, string>>;
    expect(perUnit.filter((r) => r["Mã đơn vị"] === firstId)).toHaveLength(1);
    expect(perUnit).toHaveLength(doc.units.length);
    expect(stdout).toContain("Tổng cộng:");
  });

  it("kiem-tra streams the flat layout and reports the repeated id", () => {
    const { csv, lastLine } = withRepeatedRow();
    const { code, stdout } = antq(["kiem-tra", csv, "--json"]);
    expect(code).toBe(2);
    const report = ValidationDocumentSchema.parse(JSON.parse(stdout));
    expect([report.format, report.ok, report.empty]).toEqual(["antq.validation/1", false, false]);
    expect(report.counts).toMatchObject({
      validUnits: doc.units.length,
      errors: 1,
      rows: doc.units.length + 1,
    });
    expect(report.issues).toEqual([expect.objectContaining({ code: "DUPLICATE_UNIT_ID", row: lastLine })]);
  });
});

describe('Excel\'s "Unicode text" export and files antq cannot place (#14)', () => {
  /** The combined CSV as Excel saves it as "Unicode text": UTF-16LE with a BOM, tab-separated, CRLF. */
  const unicodeText = (): Buffer => {
    const rows = parse(toCombinedCsv(doc)) as string[][];
    const field = (cell: string) => (/[\t"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    const text = rows.map((row) => row.map(field).join("\t")).join("\r\n");
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text}\r\n`, "utf16le")]);
  };

  it("kiem-tra and danh-gia read it like the UTF-8 CSV, with the same totals as the JSON input", () => {
    const dir = tempDir();
    const txt = join(dir, "don-vi-va-du-kien.txt");
    writeFileSync(txt, unicodeText());
    const checked = antq(["kiem-tra", txt]);
    expect(checked.stdout).toContain(`Hợp lệ: ${doc.units.length} đơn vị`);
    expect(checked.code).toBe(0);
    const { code, stdout } = antq(["danh-gia", txt, "--nam", "2024", "--ra", join(dir, "kq.xlsx")]);
    expect(code).toBe(0);
    expect(stdout).toContain("Khu dân cư: 4/6 đạt (66,7%)");
    expect(stdout).toContain("Xã Mỹ Thành — đạt: các đơn vị trên địa bàn 3/4 đạt (75,0%)");
  });

  it("a CSV whose headers fit no template says what antq expected, exit 2, no result file", () => {
    const dir = tempDir();
    const csv = join(dir, "danh-ba.csv");
    writeFileSync(csv, "Họ tên,Số điện thoại\nNguyễn Văn A,0901234567\n");
    const out = join(dir, "kq.xlsx");
    const { code, stdout, stderr } = antq(["danh-gia", csv, "--nam", "2024", "--ra", out]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'không nhận ra loại dữ liệu từ dòng tiêu đề (đọc được: "Họ tên", "Số điện thoại")',
    );
    expect(stderr).toContain('"Đơn vị và dữ kiện"');
    expect(stderr).toContain('"Unicode text" (UTF-16)');
    // The package's words, then the CLI's hint for the code UNKNOWN_LAYOUT.
    expect(stderr).toContain(
      "hãy dùng đúng tiêu đề cột của mẫu nhập liệu hoặc chỉ rõ loại dữ liệu. Tạo mẫu bằng antq mau, hoặc chỉ rõ loại bằng --loai.",
    );
    expect(hasStackTrace(stdout + stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });
});

describe("antq danh-gia on a single non-flat CSV", () => {
  it("reads it in memory and writes no per-unit CSV", () => {
    const dir = tempDir();
    const { code, stdout } = antq([
      "danh-gia",
      join(fixtures, "hop-le/khu-dan-cu.csv"),
      "--nam",
      "2024",
      "--ra",
      join(dir, "kq.xlsx"),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("Khu dân cư: 0/5 đạt");
    expect(existsSync(join(dir, "kq.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "kq-don-vi.csv"))).toBe(false);
  });
});
