import { describe, expect, it } from "vitest";
import { CYCLE_TEXT } from "../src/commands/cycle-text.js";
import { invocation } from "../src/invocation.js";

/** How this test process would show antq's commands (no launcher here: worked out from its own arguments). */
const antq = invocation();

describe("the yearly-cycle commands' messages (CYCLE_TEXT)", () => {
  it("counts errors in Vietnamese style and says what was not done", () => {
    expect(CYCLE_TEXT.errors(1234, "chưa nhập gì vào kho")).toBe(
      "Dữ liệu đầu vào có 1.234 lỗi; chưa nhập gì vào kho.",
    );
  });

  it("names the flags and the template of a missing input", () => {
    expect(CYCLE_TEXT.missingInput("kế hoạch", "ke-hoach")).toBe(
      `Cần tệp kế hoạch (${antq} mau --loai ke-hoach) hoặc --tu-kho --nam <năm> để đọc từ kho.`,
    );
    expect(CYCLE_TEXT.missingInput("Tổ bảo vệ ANTT", "to-bao-ve", false)).toBe(
      `Cần tệp Tổ bảo vệ ANTT (${antq} mau --loai to-bao-ve) hoặc --tu-kho để đọc từ kho.`,
    );
    expect(CYCLE_TEXT.needsYear("năm của các hoạt động")).toBe(
      "Đọc từ kho (--tu-kho) cần --nam (năm của các hoạt động).",
    );
    expect(CYCLE_TEXT.filesWithStore(["ke-hoach.xlsx", "dk.csv"])).toBe(
      "Đọc từ kho (--tu-kho) thì không dùng tệp đầu vào (ke-hoach.xlsx, dk.csv).",
    );
  });

  it("names one year or a period of the store, and the province asked for", () => {
    expect(CYCLE_TEXT.storeEmpty("~/.antq", { from: 2024, to: 2024 })).toBe(
      `Kho ~/.antq chưa có dữ liệu năm 2024. Nhập dữ liệu: ${antq} nhap <tệp> --nam <năm>. Không ghi tệp kết quả nào.`,
    );
    expect(CYCLE_TEXT.storeEmpty("/srv/kho", { from: 2024, to: 2024 }, "/srv/kho")).toContain(
      `Nhập dữ liệu: ${antq} nhap <tệp> --nam <năm> --kho /srv/kho. Không ghi`,
    );
    expect(CYCLE_TEXT.noStoredProposal("/srv/kho", 2024, false, undefined, "/srv/kho")).toContain(
      `${antq} nhap <tệp> --nam 2024 --kho /srv/kho. Không ghi tệp nào.`,
    );
    expect(CYCLE_TEXT.storeEmpty("/home/can-bo/.antq", { from: 2023, to: 2024 })).toContain(
      "chưa có dữ liệu năm nào từ 2023 đến 2024.",
    );
    expect(CYCLE_TEXT.noStoredTeam("~/.antq", 2025, "P82-2025")).toBe(
      "Kho ~/.antq không có Tổ bảo vệ ANTT nào năm 2025 của P82-2025. Không ghi tệp nào.",
    );
    expect(CYCLE_TEXT.noStoredProposal("~/.antq", 2024, false)).toBe(
      `Kho ~/.antq chưa có dữ liệu năm 2024. Nhập danh sách đề nghị cùng dữ liệu năm: ${antq} nhap <tệp> --nam 2024. Không ghi tệp nào.`,
    );
    expect(CYCLE_TEXT.noStoredProposal("~/.antq", 2024, true, "P82-2025")).toBe(
      `Kho ~/.antq không có đề nghị khen thưởng nào năm 2024 của P82-2025. Nhập danh sách đề nghị cùng dữ liệu năm: ${antq} nhap <tệp> --nam 2024. Không ghi tệp nào.`,
    );
  });

  it("says which sheet of which file was empty", () => {
    expect(CYCLE_TEXT.noPlan("ke-hoach.xlsx")).toBe(
      `Không có kế hoạch nào trong ke-hoach.xlsx (trang "Kế hoạch" trống hoặc thiếu; tạo mẫu bằng ${antq} mau --loai ke-hoach). Không ghi tệp kết quả nào.`,
    );
    expect(CYCLE_TEXT.noActivity("hoat-dong.xlsx", 2024)).toBe(
      "Không có hoạt động nào trong hoat-dong.xlsx năm 2024. Không ghi tệp nào.",
    );
    expect(CYCLE_TEXT.noTeam("to-bao-ve.xlsx", "Tổ bảo vệ ANTT")).toBe(
      `Không có Tổ nào trong to-bao-ve.xlsx (trang “Tổ bảo vệ ANTT” trống hoặc thiếu; tạo mẫu bằng ${antq} mau --loai to-bao-ve). Không ghi tệp nào.`,
    );
    expect(CYCLE_TEXT.noProposal("de-nghi.xlsx", "Danh sách đề nghị")).toBe(
      "Danh sách đề nghị trong de-nghi.xlsx trống (trang “Danh sách đề nghị”); không ghi tệp nào.",
    );
  });
});
