import { Option } from "effect";
import { CliError } from "effect/cli";
import { describe, expect, it } from "vitest";
import { formatCliErrorVi, formatHelpVi } from "../src/i18n/help.js";

describe("Vietnamese help", () => {
  it("renders headings, built-in flags and generated choice lists in Vietnamese", () => {
    const text = formatHelpVi({
      description: "Đánh giá",
      usage: "antq danh-gia [flags] <tệp...>",
      flags: [
        {
          name: "nam",
          aliases: [],
          type: "integer",
          description: Option.some("Năm đánh giá"),
          required: false,
        },
        {
          name: "hieu-dac-khu",
          aliases: [],
          type: "choice",
          description: Option.some("Đặc khu (choices: nhu_xa, can_xem_xet)"),
          required: false,
        },
      ],
      globalFlags: [
        {
          name: "help",
          aliases: ["-h"],
          type: "boolean",
          description: Option.some("Show help information"),
          required: false,
        },
      ],
      annotations: undefined as never,
    });
    expect(text).toContain("MÔ TẢ");
    expect(text).toContain("CÁCH DÙNG\n  antq danh-gia [tùy chọn] <tệp...>");
    expect(text).toContain("--nam số nguyên");
    expect(text).toContain("(lựa chọn: nhu_xa, can_xem_xet)");
    expect(text).toContain("Hiển thị hướng dẫn sử dụng");
    expect(text).not.toMatch(/Show help|choices:|FLAGS|USAGE/);
  });

  it("translates parse errors", () => {
    expect(formatCliErrorVi(new CliError.MissingOption({ option: "nam" }))).toBe(
      "Thiếu tùy chọn bắt buộc: --nam",
    );
    expect(
      formatCliErrorVi(new CliError.UnknownSubcommand({ subcommand: "danhgia", suggestions: ["danh-gia"] })),
    ).toContain('Không có lệnh "danhgia"');
  });
});
