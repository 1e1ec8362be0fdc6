import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { antq, appRoot, hasStackTrace, tempDir } from "./helpers/run.js";

/** Tiền Giang, 10-year review of Chỉ thị 07 (25/9/2024): Bằng khen of UBND tỉnh, Giấy khen of the police director. */
const input = join(appRoot, "../../packages/rules-awards/fixtures/tien-giang-2024.json");
const exampleConfig = join(appRoot, "../../packages/rules-awards/golden/vi-du-cau-hinh-tinh.json");

const cellTexts = (sheet: ExcelJS.Worksheet): string[] => {
  const out: string[] = [];
  sheet.eachRow((row) => {
    row.eachCell((c) => {
      if (c.value !== null && c.value !== undefined) out.push(String(c.value));
    });
  });
  return out;
};

describe("antq khen-thuong", () => {
  it("reproduces the Tiền Giang tallies and writes the printable proposal list", async () => {
    const dir = tempDir();
    const out = join(dir, "danh-sach-de-nghi.xlsx");
    const r = antq(["khen-thuong", input, "--ra", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("XÉT ĐIỀU KIỆN KHEN THƯỞNG: 46 đề nghị (28 tập thể, 18 cá nhân)");
    expect(r.stdout).toContain("Bằng khen của Ủy ban nhân dân tỉnh Tiền Giang: 14 tập thể, 5 cá nhân");
    expect(r.stdout).toContain("Giấy khen của Giám đốc Công an tỉnh Tiền Giang: 14 tập thể, 13 cá nhân");
    expect(r.stdout).toContain(
      "Kết quả: đủ điều kiện 5; chưa đủ điều kiện 0; cần xem xét 41; không áp dụng 0",
    );
    expect(r.stdout).toContain(`Đã ghi: ${out}`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const list = workbook.getWorksheet("Danh sách đề nghị") as ExcelJS.Worksheet;
    const texts = cellTexts(list);
    expect(texts).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(texts).toContain("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
    expect(texts).toContain("I. BẰNG KHEN CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG (14 tập thể, 5 cá nhân)");
    expect(texts).toContain("II. GIẤY KHEN CỦA GIÁM ĐỐC CÔNG AN TỈNH TIỀN GIANG (14 tập thể, 13 cá nhân)");
    expect(texts).toContain("THỦ TRƯỞNG ĐƠN VỊ");
    expect(texts.filter((t) => t === "Trường Đại học Tiền Giang")).toHaveLength(1);
    expect(list.pageSetup.paperSize).toBe(9);
    expect(list.pageSetup.orientation).toBe("landscape");
    const summary = workbook.getWorksheet("Tổng hợp") as ExcelJS.Worksheet;
    let totals: unknown[] = [];
    summary.eachRow((row) => {
      if (row.getCell(1).value === "Tổng cộng") totals = [3, 4, 5, 6, 8].map((c) => row.getCell(c).value);
    });
    expect(totals).toEqual([28, 18, 46, 5, 41]);
  });

  it("prints antq.award-proposal/1 with --json", () => {
    const r = antq(["awards", input, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      format: string;
      summary: { groups: { text: string; collective: number; individual: number }[] };
      proposals: { id: string; outcome: string; reasons: { rule: string; citation: string | null }[] }[];
    };
    expect(doc.format).toBe("antq.award-proposal/1");
    expect(doc.summary.groups.map((g) => [g.collective, g.individual])).toEqual([
      [14, 5],
      [14, 13],
    ]);
    const bk = doc.proposals.find((p) => p.id === "bk-cn-01");
    expect(bk?.outcome).toBe("dat");
    expect(bk?.reasons.find((x) => x.rule === "tdkt.d74.k1")?.citation).toBe(
      "khoản 1 Điều 74 Luật 06/2022/QH15",
    );
  });

  it("applies a province configuration (--cau-hinh) to the conditions the national text leaves open", () => {
    const r = antq(["khen-thuong", input, "--cau-hinh", exampleConfig, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { summary: { outcomes: Record<string, number> } };
    // The example configuration asks 2 safe years for collective Bằng khen, 1 for collective Giấy khen, and a
    // "hoàn thành tốt" year for individual Giấy khen: every fixture record meets it.
    expect(doc.summary.outcomes).toEqual({ dat: 46, chua_dat: 0, can_xem_xet: 0, khong_ap_dung: 0 });
  });

  it("names the bad proposal and field in Vietnamese, exits 2 and writes nothing", () => {
    const dir = tempDir();
    const broken = JSON.parse(readFileSync(input, "utf8")) as { proposals: Record<string, unknown>[] };
    (broken.proposals[3] as Record<string, unknown>).proposedOn = "2024-02-30";
    (broken.proposals[20] as Record<string, unknown>).id = broken.proposals[0]?.id;
    const file = join(dir, "hong.json");
    writeFileSync(file, JSON.stringify(broken));
    const out = join(dir, "danh-sach.xlsx");
    const r = antq(["khen-thuong", file, "--ra", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Lỗi — ${file} [proposals.3.proposedOn]`);
    expect(r.stderr).toContain(
      `Lỗi — ${file} [proposals.20.id]: Mã đề nghị “bk-tt-01” trùng với đề nghị thứ 1.`,
    );
    expect(r.stderr).toContain("Tệp đề nghị khen thưởng có 2 lỗi; không ghi tệp nào.");
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it("rejects a malformed province configuration with its location", () => {
    const dir = tempDir();
    const file = join(dir, "cau-hinh.json");
    writeFileSync(
      file,
      JSON.stringify({ province: "Tiền Giang", document: "25/2024/QĐ-UBND", conditions: {} }),
    );
    const r = antq(["khen-thuong", input, "--cau-hinh", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Lỗi — ${file} [conditions.bang-khen.tap-the]`);
  });
});

describe("antq khen-thuong from the Excel template", () => {
  const fill = async (dir: string, rows: Record<string, unknown>[]) => {
    const template = join(dir, "mau.xlsx");
    expect(antq(["mau", "--loai", "de-nghi-khen-thuong", "--ra", template]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(template);
    const sheet = workbook.getWorksheet("Đề nghị khen thưởng") as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
    rows.forEach((r, i) => {
      for (const [h, v] of Object.entries(r)) {
        const c = headers.indexOf(h);
        expect(c, h).toBeGreaterThan(0);
        sheet.getRow(i + 2).getCell(c).value = v as ExcelJS.CellValue;
      }
    });
    const file = join(dir, "de-nghi.xlsx");
    await workbook.xlsx.writeFile(file);
    return file;
  };
  const row = (id: string, extra: Record<string, unknown> = {}) => ({
    "Mã đề nghị": id,
    "Hình thức khen thưởng": "Kỷ niệm chương",
    "Cấp khen thưởng": "Bộ trưởng Bộ Công an",
    "Tập thể hay cá nhân": "Cá nhân",
    "Tên tập thể, họ tên cá nhân": "Trần Thị Mai",
    "Vai trò của cá nhân": "Thành viên Tổ bảo vệ ANTT",
    "Ngày đề nghị": new Date(Date.UTC(2025, 8, 25)),
    "Năm thành tích": 2025,
    "Tóm tắt thành tích": "10 năm tham gia lực lượng bảo vệ an ninh, trật tự ở cơ sở",
    "Giới tính": "Nữ",
    "Ngày bắt đầu tham gia Bảo vệ dân phố, Công an xã": "25/09/2015",
    "Xếp loại năm thành tích": "Hoàn thành tốt nhiệm vụ",
    ...extra,
  });

  it("reads the filled template and checks the Kỷ niệm chương service years", async () => {
    const dir = tempDir();
    const file = await fill(dir, [
      row("knc-01"),
      row("knc-02", { "Ngày bắt đầu tham gia Bảo vệ dân phố, Công an xã": "26/09/2015" }),
    ]);
    const r = antq(["khen-thuong", file, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { proposals: { id: string; outcome: string }[] };
    expect(doc.proposals.map((p) => [p.id, p.outcome])).toEqual([
      ["knc-01", "dat"],
      ["knc-02", "chua_dat"],
    ]);
  });

  it("names the sheet, row and column of a bad cell, exits 2 and writes nothing", async () => {
    const dir = tempDir();
    const file = await fill(dir, [row("knc-01"), row("knc-02", { "Hình thức khen thưởng": "Huân chương" })]);
    const out = join(dir, "ds.xlsx");
    const r = antq(["khen-thuong", file, "--ra", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `Lỗi — ${file}, trang "Đề nghị khen thưởng", dòng 3, cột B (Hình thức khen thưởng): "Huân chương" không có trong danh sách`,
    );
    expect(existsSync(out)).toBe(false);
  });
});
