import { assessmentYear, CsvSyntaxError, placeRows } from "@antq/sheets";
import { describe, expect, it } from "vitest";
import { CLI_HINTS, DATASET_JSON_HINTS, problemCode, withHint } from "../src/hints.js";

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
    expect(withHint((error as Error).message, problemCode(error))).toMatch(
      /chỉ rõ loại dữ liệu\. Tạo mẫu bằng antq mau, hoặc chỉ rõ loại bằng --loai\.$/,
    );
  });

  it("leaves other problems as they are, and a JSON shape is hinted only for an input dataset", () => {
    expect(withHint("tệp JSON không đúng cú pháp", "JSON_SYNTAX")).toBe("tệp JSON không đúng cú pháp");
    expect(withHint("không đọc được", undefined)).toBe("không đọc được");
    expect(problemCode(Object.assign(new Error("busy"), { code: "EBUSY" }))).toBeUndefined();
    expect(withHint("không phải tệp JSON kết quả đánh giá", "JSON_SHAPE")).toBe(
      "không phải tệp JSON kết quả đánh giá",
    );
    expect(withHint("tệp JSON là một mảng", "JSON_SHAPE", DATASET_JSON_HINTS)).toBe(
      "tệp JSON là một mảng. Xem dạng tệp JSON đầu vào bằng antq mau --dinh-dang json.",
    );
    expect(withHint("x", "toString")).toBe("x");
  });
});
