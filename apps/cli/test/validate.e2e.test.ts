import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ValidationDocumentSchema } from "@antq/sheets";
import { describe, expect, it } from "vitest";
import { antq, fixtures, hasStackTrace, tempDir } from "./helpers/run.js";

const good = [join(fixtures, "hop-le/khu-dan-cu.csv"), join(fixtures, "hop-le/du-kien.csv")];

describe("antq kiem-tra", () => {
  it("accepts valid CSV files with exit code 0 and a Vietnamese summary", () => {
    const { code, stdout } = antq(["kiem-tra", ...good]);
    expect(code).toBe(0);
    expect(stdout).toContain("Đã đọc 2 trang tính, 10 dòng dữ liệu");
    expect(stdout).toContain("Hợp lệ: 5 đơn vị, 5 bộ dữ kiện năm.");
    expect(stdout).toContain("Kết quả: dữ liệu hợp lệ.");
  });

  it("accepts a valid JSON dataset (records, not sheet rows) and refuses one without any record as empty", () => {
    const file = join(fixtures, "hop-le/tinh-mau-2024.json");
    const text = antq(["kiem-tra", file]);
    expect(text.stderr).toBe("");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Hợp lệ: 8 đơn vị, 8 bộ dữ kiện năm.");
    const json = antq(["kiem-tra", "--json", file]);
    expect(json.code).toBe(0);
    const report = ValidationDocumentSchema.parse(JSON.parse(json.stdout));
    expect([report.ok, report.empty, report.counts.validUnits, report.counts.validFacts]).toEqual([
      true,
      false,
      8,
      8,
    ]);
    const none = join(tempDir(), "trong.json");
    writeFileSync(none, JSON.stringify({ schemaVersion: 1, units: [], annualFacts: [] }));
    const empty = antq(["kiem-tra", none]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("Không có dòng dữ liệu nào để kiểm tra");
  });

  it("reports every problem with sheet, row, column and field path, and exits 2", () => {
    const { code, stdout, stderr } = antq(["kiem-tra", join(fixtures, "loi/khu-dan-cu-loi.csv")]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/dòng 3, cột A \(Mã đơn vị\): .*"kdc ap sai ma" không phải mã hợp lệ.* \[id\]/);
    expect(stdout).toMatch(/dòng 4, cột B \(Tên đơn vị\): .*bắt buộc.* \[name\]/);
    expect(stdout).toMatch(/dòng 5, cột E \(Tên gọi khu dân cư\): "Làng xã" không có trong danh sách/);
    expect(stdout).toMatch(/dòng 6, cột F \(Có tổ chức Đảng\): "Có lẽ" không hợp lệ/);
    expect(stdout).toMatch(/dòng 7: Mã đơn vị "kdc-ap-my-loi" bị trùng/);
    // The repeated id's row is an error row and is not assessed, as in the streamed flat CSV (#14; was 4).
    expect(stdout).toContain("6 dòng, 5 dòng có lỗi");
    expect(stdout).toContain("Hợp lệ: 1 đơn vị");
    expect(stdout).toContain("Kết quả: có 5 lỗi");
    expect(stderr).toContain("Lỗi: Dữ liệu có 5 lỗi.");
  });

  it("gives the same problems as JSON with --json", () => {
    const { code, stdout } = antq(["kiem-tra", "--json", join(fixtures, "loi/khu-dan-cu-loi.csv")]);
    expect(code).toBe(2);
    const report = ValidationDocumentSchema.parse(JSON.parse(stdout));
    expect([report.format, report.ok, report.empty]).toEqual(["antq.validation/1", false, false]);
    expect(report.counts).toMatchObject({ errors: 5, rows: 6, rowsWithErrors: 5, validUnits: 1 });
    expect(report.sheets).toEqual([
      expect.objectContaining({ sheet: "Khu dân cư", specId: "khu-dan-cu", rows: 6, rowsWithErrors: 5 }),
    ]);
    expect(report.issues[0]).toMatchObject({ sheet: "Khu dân cư", row: 3, column: "A", path: "id" });
    expect(report.issues.map((i) => i.code)).toContain("CELL_NOT_IN_LIST");
    expect(report.issues.map((i) => i.code)).toContain("DUPLICATE_UNIT_ID");
  });

  it("rejects a file that is not really .xlsx with a message, not a stack trace", () => {
    const { code, stderr } = antq(["kiem-tra", join(fixtures, "loi/hong.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toContain("không phải định dạng Excel .xlsx");
    expect(hasStackTrace(stderr)).toBe(false);
  });

  it("rejects broken JSON with the line and character", () => {
    const dir = tempDir();
    const file = join(dir, "du-lieu.json");
    writeFileSync(file, '{\n  "units": [ { "kind": "residential-area", "id": "kdc-1", \n');
    const { code, stderr } = antq(["kiem-tra", file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/tệp JSON không đúng cú pháp \(dòng \d+, ký tự thứ \d+\)/);
  });

  it("validates JSON input with field paths", () => {
    const dir = tempDir();
    const file = join(dir, "du-lieu.json");
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        units: [
          {
            kind: "residential-area",
            id: "kdc-ap-my-loi",
            name: "Ấp Mỹ Lợi",
            areaType: "ap",
            location: { provinceId: "P82" },
          },
          {
            kind: "residential-area",
            id: "kdc-ap-2",
            name: "Ấp 2",
            areaType: "lang-xa",
            location: { provinceId: "P82" },
          },
        ],
        annualFacts: [
          { unitId: "kdc-ap-my-loi", year: 2024, households: { resident: 300, registered: 315 } },
        ],
      }),
    );
    const { code, stdout } = antq(["kiem-tra", "--json", file]);
    expect(code).toBe(2);
    const report = ValidationDocumentSchema.parse(JSON.parse(stdout));
    expect(report.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["units[1].areaType", "annualFacts[0].households.registered"]),
    );
  });

  it("checks the data set as a whole: a second facts row for one unit and year, facts of an unknown unit", () => {
    const dir = tempDir();
    const facts = join(dir, "du-kien.csv");
    writeFileSync(
      facts,
      [
        "Mã đơn vị,Năm đánh giá,Số hộ gia đình: Số hộ gia đình đang cư trú,Số hộ gia đình: Số hộ gia đình đăng ký tham gia",
        "kdc-ap-my-loi,2024,315,315",
        "kdc-ap-my-loi,2023,310,310",
        "kdc-ap-my-loi,2024,316,316",
        "kdc-khong-co,2024,10,10",
        "",
      ].join("\n"),
    );
    const { code, stdout } = antq(["kiem-tra", "--json", join(fixtures, "hop-le/khu-dan-cu.csv"), facts]);
    expect(code).toBe(2);
    const report = ValidationDocumentSchema.parse(JSON.parse(stdout));
    expect(report.counts).toMatchObject({ errors: 1, warnings: 1 });
    expect(report.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "DUPLICATE_FACTS",
        sheet: "Dữ kiện năm",
        row: 4,
        message: 'Đơn vị "kdc-ap-my-loi" đã có một dòng dữ kiện cho năm 2024 (Dữ kiện năm, dòng 2).',
      }),
      expect.objectContaining({
        severity: "warning",
        code: "UNKNOWN_UNIT",
        row: 5,
        path: "unitId",
        message: 'Dữ kiện năm 2024 thuộc mã đơn vị "kdc-khong-co" không có trong danh sách đơn vị.',
      }),
    ]);
    // Without the units file the facts are checked alone: no unknown-unit warning.
    const alone = ValidationDocumentSchema.parse(JSON.parse(antq(["kiem-tra", "--json", facts]).stdout));
    expect(alone.issues.map((i) => i.code)).toEqual(["DUPLICATE_FACTS"]);
  });

  it("reports duplicate units and facts in JSON input with their paths", () => {
    const dir = tempDir();
    const file = join(dir, "du-lieu.json");
    const unit = {
      kind: "residential-area",
      id: "kdc-1",
      name: "Ấp 1",
      areaType: "ap",
      location: { provinceId: "P82" },
    };
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        units: [unit, { ...unit, name: "Ấp 1 (nhập lại)" }],
        annualFacts: [
          { unitId: "kdc-1", year: 2024 },
          { unitId: "kdc-1", year: 2024 },
        ],
      }),
    );
    const { code, stdout } = antq(["kiem-tra", "--json", file]);
    expect(code).toBe(2);
    const report = ValidationDocumentSchema.parse(JSON.parse(stdout));
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: "DUPLICATE_UNIT_ID",
        path: "units[1].id",
        message: 'Mã đơn vị "kdc-1" bị trùng (đã có ở units[0]).',
      }),
      expect.objectContaining({ code: "DUPLICATE_FACTS", path: "annualFacts[1]" }),
    ]);
  });

  it("reports a missing file and an unsupported extension", () => {
    expect(antq(["kiem-tra", "khong-co.xlsx"]).stderr).toContain("không tìm thấy tệp");
    const dir = tempDir();
    const xls = join(dir, "cu.xls");
    writeFileSync(xls, "x");
    const { code, stderr } = antq(["kiem-tra", xls]);
    expect(code).toBe(2);
    expect(stderr).toContain('định dạng ".xls" chưa được hỗ trợ');
  });
});

describe("antq kiem-tra --loai", () => {
  it("rejects an unknown kind with the list of kinds", () => {
    const { code, stderr } = antq(["kiem-tra", "--loai", "nha-may", join(fixtures, "hop-le/khu-dan-cu.csv")]);
    expect(code).toBe(2);
    expect(stderr).toContain('không có loại dữ liệu "nha-may"');
    expect(stderr).toContain("khu-dan-cu");
    expect(stderr).toContain(". Tạo mẫu bằng antq mau, hoặc chỉ rõ loại bằng --loai.");
  });

  it("refuses a JSON file that is not a dataset, with the CLI's hint on the input JSON's shape", () => {
    const file = join(tempDir(), "cu.json");
    writeFileSync(file, JSON.stringify({ units: [], facts: [] }));
    const { code, stdout, stderr } = antq(["kiem-tra", file]);
    expect(code).toBe(2);
    expect(stderr).toContain('trường "facts" là dạng cũ');
    expect(stderr).toContain(
      "(cấu trúc Dataset của @antq/domain; xem lược đồ JSON của mẫu nhập liệu). Xem dạng tệp JSON đầu vào bằng antq mau --dinh-dang json.",
    );
    expect(hasStackTrace(stdout + stderr)).toBe(false);
  });

  it("reads a ';'-separated CSV exported by Excel in a Vietnamese locale", () => {
    const dir = tempDir();
    const file = join(dir, "kdc.csv");
    writeFileSync(
      file,
      "\ufeffMã đơn vị;Tên đơn vị;Mã tỉnh, thành phố;Tên gọi khu dân cư\nkdc-1;Ấp Mỹ Lợi;P82;Ấp\n",
    );
    const { code, stdout } = antq(["kiem-tra", file]);
    expect(stdout).toContain("Hợp lệ: 1 đơn vị");
    expect(code).toBe(0);
  });
});
