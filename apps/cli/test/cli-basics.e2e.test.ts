import { RulesInForceDocumentSchema } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { antq, hasStackTrace } from "./helpers/run.js";

describe("antq --help", () => {
  it("is Vietnamese, lists every command and exits 0", () => {
    const { code, stdout } = antq(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("MÔ TẢ");
    expect(stdout).toContain("CÁCH DÙNG");
    expect(stdout).toContain("Hiển thị hướng dẫn sử dụng");
    for (const command of [
      "mau, template",
      "kiem-tra, validate",
      "danh-gia, assess",
      "phan-loai, classify",
      "quy-dinh, rules",
      "demo",
    ]) {
      expect(stdout).toContain(command);
    }
    for (const english of ["DESCRIPTION", "USAGE", "GLOBAL FLAGS", "Show help information", "SUBCOMMANDS"]) {
      expect(stdout).not.toContain(english);
    }
    expect(stdout).toBe(stdout.normalize("NFC"));
  });

  it("describes a subcommand's flags in Vietnamese", () => {
    const { code, stdout } = antq(["mau", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("TÙY CHỌN");
    expect(stdout).toContain("--loai");
    expect(stdout).toContain("--json");
    expect(stdout).not.toContain("FLAGS");
  });

  it("prints the version", () => {
    const { code, stdout } = antq(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^antq phiên bản \d+\.\d+\.\d+/);
  });
});

describe("invalid invocations", () => {
  it("rejects an unknown command with exit code 2 and a Vietnamese message", () => {
    const { code, stderr } = antq(["danh-gia-lai"]);
    expect(code).toBe(2);
    expect(stderr).toContain('Không có lệnh "danh-gia-lai"');
    expect(stderr).toContain("--help");
    expect(hasStackTrace(stderr)).toBe(false);
  });

  it("rejects an unknown flag with exit code 2", () => {
    const { code, stderr } = antq(["mau", "--khong-co"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Tùy chọn không được hỗ trợ: --khong-co");
  });

  it("rejects an invalid flag value with exit code 2", () => {
    const { code, stderr } = antq(["mau", "--loai", "nha-may"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Giá trị không hợp lệ cho --loai");
  });
});

describe("antq quy-dinh", () => {
  it("lists the rules in force on a date with their legal basis and history", () => {
    const { code, stdout } = antq(["quy-dinh", "--nam", "2024"]);
    expect(code).toBe(0);
    expect(stdout).toContain("QUY ĐỊNH ÁP DỤNG NGÀY 15/11/2024");
    expect(stdout).toContain("[tt124.d4.k1]");
    expect(stdout).toContain("Căn cứ: khoản 1 Điều 4 Thông tư 124/2021/TT-BCA");
    expect(stdout).toContain("Lịch sử: từ 27/04/2012 đến 09/02/2022");
    expect(stdout).toContain("CÁCH HIỂU CÓ THỂ CHỌN");
    expect(stdout).toContain("THAM SỐ");
  });

  it("shows Thông tư 23/2012/TT-BCA before 10/02/2022, as dated versions of the TT 124 rule ids", () => {
    const { code, stdout } = antq(["quy-dinh", "--ngay", "01/01/2022"]);
    expect(code).toBe(0);
    expect(stdout).toContain("[tt124.d1.k2] Đối tượng áp dụng (Thông tư 23/2012/TT-BCA)");
    expect(stdout).toContain(
      "[tt124.d4.k1] Nghị quyết hằng năm, đăng ký và 100% hộ gia đình ký cam kết (Thông tư 23/2012/TT-BCA)",
    );
    expect(stdout).toContain("Căn cứ: khoản 1 Điều 5 Thông tư 23/2012/TT-BCA");
    expect(stdout).toContain("[tt23.noi_dung_chua_doi_chieu]");
    expect(stdout).not.toContain("[tt124.d4.k5]");
  });

  it("prints JSON with --json and rejects a bad date", () => {
    const { code, stdout } = antq(["quy-dinh", "--ngay", "2024-11-15", "--json"]);
    expect(code).toBe(0);
    const json = RulesInForceDocumentSchema.parse(JSON.parse(stdout));
    expect(json.format).toBe("antq.rules-in-force/1");
    expect(json.asOf).toBe("2024-11-15");
    expect(json.inForce.asOf).toBe("2024-11-15");
    expect(json.inForce.rules.map((r) => r.id)).toContain("tt124.d5.k4");
    expect(json.history.asOf).toBeUndefined();
    expect(json.history.rules.length).toBeGreaterThanOrEqual(json.inForce.rules.length);
    const bad = antq(["quy-dinh", "--ngay", "31/02/2024"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Ngày "31/02/2024" không hợp lệ');
  });
});
