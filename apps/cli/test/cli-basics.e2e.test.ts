import { describe, expect, it } from "vitest";
import { antq, hasStackTrace } from "./helpers/run.js";

describe("antq --help", () => {
  it("is Vietnamese, lists every command and exits 0", () => {
    const { code, stdout } = antq(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("MÔ TẢ");
    expect(stdout).toContain("CÁCH DÙNG");
    expect(stdout).toContain("Hiển thị hướng dẫn sử dụng");
    for (const command of ["mau, template", "kiem-tra, validate"]) {
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
