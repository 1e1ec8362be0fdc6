import { assessmentYear, CsvSyntaxError, placeRows } from "@antq/sheets";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  CLI_HINTS,
  COMMAND_HINTS,
  DATASET_JSON_HINTS,
  problemCode,
  storeArgument,
  withHint,
} from "../src/hints.js";
import { INVOCATION_VARIABLE, invocation } from "../src/invocation.js";

/** How this test process would show antq's commands (no launcher here: worked out from its own arguments). */
const antq = invocation();

/** The error `run` throws. */
const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("nothing thrown");
};

describe("the CLI's hints on @antq/sheets' problems, by code", () => {
  it("adds the option that gives the year to each year problem of assessmentYear", () => {
    const problems = [
      assessmentYear(undefined, [], "du-lieu.xlsx"),
      assessmentYear(undefined, [2023, 2024], "du-lieu.xlsx"),
      assessmentYear(2025, [2024], "du-lieu.xlsx"),
    ].flatMap((r) => (r.ok ? [] : r.issues));
    expect(problems.map((i) => i.code)).toEqual(["YEAR_UNKNOWN", "YEAR_AMBIGUOUS", "YEAR_NOT_IN_DATA"]);
    for (const issue of problems) {
      const shown = withHint(issue.message, issue.code);
      expect(shown.startsWith(`${issue.message} `)).toBe(true);
      expect(shown.endsWith(CLI_HINTS[issue.code] as string)).toBe(true);
      expect(shown).toContain("--nam");
    }
  });

  it("adds how to make a template or name the layout to a layout that is not recognised", () => {
    const error = thrown(() => placeRows({ file: "danh-ba.csv", headers: ["Họ tên"], rows: [] }));
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(problemCode(error)).toBe("UNKNOWN_LAYOUT");
    expect(
      withHint((error as Error).message, problemCode(error)).endsWith(
        `chỉ rõ loại dữ liệu. Tạo mẫu bằng ${antq} mau, hoặc chỉ rõ loại bằng --loai.`,
      ),
    ).toBe(true);
  });

  it("leaves other problems as they are, and a JSON shape is hinted only for an input dataset", () => {
    expect(withHint("tệp JSON không đúng cú pháp", "JSON_SYNTAX")).toBe("tệp JSON không đúng cú pháp");
    expect(withHint("không đọc được", undefined)).toBe("không đọc được");
    expect(problemCode(Object.assign(new Error("busy"), { code: "EBUSY" }))).toBeUndefined();
    expect(withHint("không phải tệp JSON kết quả đánh giá", "JSON_SHAPE")).toBe(
      "không phải tệp JSON kết quả đánh giá",
    );
    expect(withHint("tệp JSON là một mảng", "JSON_SHAPE", DATASET_JSON_HINTS)).toBe(
      `tệp JSON là một mảng. Xem dạng tệp JSON đầu vào bằng ${antq} mau --dinh-dang json.`,
    );
    expect(withHint("x", "toString")).toBe("x");
  });
});

describe("the hints are written the way antq was started", () => {
  const saved = process.env[INVOCATION_VARIABLE];
  afterEach(() => {
    if (saved === undefined) delete process.env[INVOCATION_VARIABLE];
    else process.env[INVOCATION_VARIABLE] = saved;
    vi.resetModules();
  });

  it("the store's hints (empty store, year already stored, nothing saved to compare with) name a command", () => {
    expect(COMMAND_HINTS.importAnyYear()).toBe(`Lệnh nhập: ${antq} nhap <tệp> --nam <năm>.`);
    expect(COMMAND_HINTS.replaceYear(2024)).toBe(`Lệnh nhập lại: ${antq} nhap <tệp> --nam 2024 --thay-the.`);
    expect(COMMAND_HINTS.saveRun("classification", 2023)).toBe(
      `Lệnh lưu: ${antq} phan-loai --tu-kho --nam 2023 --luu-kho.`,
    );
    expect(COMMAND_HINTS.saveRun("assessment", 2023)).toBe(
      `Lệnh lưu: ${antq} danh-gia --tu-kho --nam 2023 --luu-kho.`,
    );
  });

  it("a store named with --kho is named again, so that the pasted command runs against the same store", () => {
    expect(COMMAND_HINTS.saveRun("assessment", 2024, "./kho-tinh")).toBe(
      `Lệnh lưu: ${antq} danh-gia --tu-kho --nam 2024 --kho ./kho-tinh --luu-kho.`,
    );
    expect(COMMAND_HINTS.replaceYear(2024, "D:\\Dữ liệu\\kho 2024")).toBe(
      `Lệnh nhập lại: ${antq} nhap <tệp> --nam 2024 --thay-the --kho "D:\\Dữ liệu\\kho 2024".`,
    );
    expect(COMMAND_HINTS.importAnyYear("/srv/antq/kho")).toBe(
      `Lệnh nhập: ${antq} nhap <tệp> --nam <năm> --kho /srv/antq/kho.`,
    );
    expect(COMMAND_HINTS.importYear(2023, "./kho")).toBe(
      `Nhập dữ liệu năm 2023: ${antq} nhap <tệp> --nam 2023 --kho ./kho.`,
    );
    expect(COMMAND_HINTS.reimportScores(2024, "./kho")).toBe(
      `Nhập lại: ${antq} nhap <tệp> --nam 2024 --thay-the --kho ./kho; hoặc phân loại từ tệp: ${antq} phan-loai <tệp> --nam 2024.`,
    );
    // A server's password is never printed; a placeholder stands in its place.
    expect(storeArgument("postgresql://can-bo:m%E1t-kh%E1u@may-chu:5432/antq")).toBe(
      ' --kho "postgresql://can-bo:<mật-khẩu>@may-chu:5432/antq"',
    );
    expect(storeArgument("postgres://can-bo@may-chu/antq")).toBe(" --kho postgres://can-bo@may-chu/antq");
    expect(storeArgument(undefined)).toBe("");
  });

  it("with the invocation handed down by the launcher (npx antq), every command starts with it", async () => {
    process.env[INVOCATION_VARIABLE] = "npx antq";
    vi.resetModules();
    const hints = await import("../src/hints.js");
    expect(hints.CLI_HINTS.UNKNOWN_LAYOUT).toBe("Tạo mẫu bằng npx antq mau, hoặc chỉ rõ loại bằng --loai.");
    expect(hints.COMMAND_HINTS.validate).toBe("Lệnh kiểm tra: npx antq kiem-tra <tệp>.");
    expect(hints.COMMAND_HINTS.replaceYear(2024)).toBe(
      "Lệnh nhập lại: npx antq nhap <tệp> --nam 2024 --thay-the.",
    );
    expect(hints.COMMAND_HINTS.reimportScores(2024)).toBe(
      "Nhập lại: npx antq nhap <tệp> --nam 2024 --thay-the; hoặc phân loại từ tệp: npx antq phan-loai <tệp> --nam 2024.",
    );
  });
});
