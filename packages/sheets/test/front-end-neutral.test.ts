/**
 * @antq/sheets speaks to every front-end (the CLI, the web app, a province's own): its messages on the error and
 * issue paths name templates, sheets, results and choices in words, never an `antq` command or a `--flag`. Each
 * known bad input below is fed to the package and what it says is checked, with its stable code where it has one
 * (a front-end adds its own hint by that code).
 */
import { describe, expect, it } from "vitest";
import {
  assessmentOutcomes,
  assessmentYear,
  COMBINED_SHEET,
  CsvSyntaxError,
  choosePlan,
  DatasetBuilder,
  flatHeaders,
  flatRow,
  inputErrorsMessage,
  MODEL_SHEETS,
  matchCycleSheet,
  noCycleSheetMessage,
  noScoreSheetMessage,
  nothingToAssessMessage,
  placeRows,
  readJsonText,
  readRowsInto,
  readScoreJsonText,
  readTypicalJson,
  ScoreBuilder,
  TYPICAL_SHEET,
  typicalPrevious,
} from "../src/index.js";
import { buildTemplateWorkbook, GUIDE_SHEET } from "../src/xlsx/index.js";
import { plan as anGiangPlan, scoreJson } from "./cycle-fixtures.js";

/** A command of the CLI (`antq mau`, `antq danh-gia`…) or one of its options (`--nam`, `--loai`…). */
const CLI_WORDS = /\bantq [a-z]|--[a-z]/;

const expectNeutral = (message: string | undefined) => {
  expect(message).toBeTypeOf("string");
  expect(message, message).not.toMatch(CLI_WORDS);
  expect(message?.normalize("NFC")).toBe(message);
};

/** The error `run` throws, which must be a {@link CsvSyntaxError}. */
const thrown = (run: () => unknown): CsvSyntaxError => {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  throw new Error("nothing thrown");
};

describe("messages name no CLI command or option", () => {
  it("the year problems, each with its own code", () => {
    const cases = [
      [assessmentYear(2025, [2024], "du-lieu.xlsx"), "YEAR_NOT_IN_DATA", "năm đánh giá 2025"],
      [assessmentYear(undefined, [], "du-lieu.xlsx"), "YEAR_UNKNOWN", "hãy chỉ rõ năm đánh giá"],
      [assessmentYear(undefined, [2023, 2024], "du-lieu.xlsx"), "YEAR_AMBIGUOUS", "ví dụ năm 2024"],
    ] as const;
    for (const [result, code, words] of cases) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map((i) => i.code)).toEqual([code]);
      expect(result.issues[0]?.message).toContain(words);
      expectNeutral(result.issues[0]?.message);
    }
  });

  it("a layout that is not recognised, or not known, keeps code UNKNOWN_LAYOUT", () => {
    const byHeaders = thrown(() => placeRows({ file: "a.csv", headers: ["Họ tên", "Ghi chú"], rows: [] }));
    const byId = thrown(() => placeRows({ file: "a.csv", headers: [], rows: [] }, "khong-co"));
    for (const error of [byHeaders, byId]) {
      expect(error.code).toBe("UNKNOWN_LAYOUT");
      expectNeutral(error.message);
    }
    expect(byHeaders.message).toContain(
      "hãy dùng đúng tiêu đề cột của mẫu nhập liệu hoặc chỉ rõ loại dữ liệu",
    );
    expect(byHeaders.line).toBe(1);
    expect(byId.message).toMatch(/^không có loại dữ liệu "khong-co"; chọn một trong: /);
  });

  it("a count of cases without their detail in the flat layout points at the template's guide sheet", async () => {
    const builder = new DatasetBuilder();
    const headers = flatHeaders();
    const cells = flatRow(
      { id: "kdc-1", kind: "residential-area", name: "Ấp Mỹ Lợi" } as never,
      {
        unitId: "kdc-1",
        year: 2024,
      } as never,
    );
    cells[headers.indexOf("Các vụ phạm tội: số trường hợp")] = "1";
    cells[headers.indexOf("Các vụ phạm tội: chi tiết (JSON)")] = undefined;
    await readRowsInto(builder, {
      file: "don-vi-va-du-kien.csv",
      headers,
      rows: [[{ line: 2, cells }]],
    });
    const issue = builder.finish().issues.find((i) => i.code === "CELL_LIST_NOT_SUPPORTED");
    expect(issue?.row).toBe(2);
    expect(issue?.message).toContain(`(xem trang “Hướng dẫn” của mẫu “${COMBINED_SHEET.sheetName}”)`);
    expectNeutral(issue?.message);
  });

  it("a JSON file that is not a dataset, or not an assessment's result, keeps code JSON_SHAPE", () => {
    for (const text of ["[]", '{ "schemaVersion": 2, "units": [] }', '{ "units": [], "facts": [] }']) {
      const error = thrown(() => readJsonText(new DatasetBuilder(), text, "du-lieu.json"));
      expect(error.code).toBe("JSON_SHAPE");
      expect(error.message).toContain("xem lược đồ JSON của mẫu nhập liệu");
      expectNeutral(error.message);
    }
    const notAssessment = thrown(() => assessmentOutcomes('{ "format": "antq.classification/1" }'));
    expect(notAssessment.code).toBe("JSON_SHAPE");
    expect(notAssessment.message).toContain("không phải tệp JSON kết quả đánh giá “An toàn về ANTT”");
    expectNeutral(notAssessment.message);
  });

  it("nothing to assess or classify, and input errors", () => {
    const records = [] as const;
    const messages = [
      nothingToAssessMessage(["mau-antq.xlsx"]),
      inputErrorsMessage(3),
      noScoreSheetMessage({ records, year: 2024, files: ["mau-bang-diem.xlsx"] }),
      noScoreSheetMessage({ records, year: 2024, store: "/srv/antq/kho", files: [] }),
    ];
    expect(messages[1]).toBe(
      "Dữ liệu có 3 lỗi; các dòng lỗi không được đánh giá (kiểm tra dữ liệu để xem từng lỗi).",
    );
    for (const message of messages) expectNeutral(message);
  });

  it("the yearly cycle's files: plans, sheets, models and previous results", () => {
    const plan = anGiangPlan();
    const several = choosePlan([plan, { ...plan, id: "kh-02" }] as never);
    expect(several?.message).toMatch(/^Có 2 kế hoạch .*; hãy chọn một mã kế hoạch\.$/);
    const sheets = noCycleSheetMessage([TYPICAL_SHEET]);
    const model = matchCycleSheet(MODEL_SHEETS, "Mô hình", ["Họ tên"]);
    expect(model).toHaveProperty("message");
    const json = [
      readTypicalJson("x.json", { format: "antq.assessment/1" }, "classification"),
      readTypicalJson("x.json", { format: "antq.classification/1" }, "assessment"),
      readTypicalJson("x.json", {}),
    ];
    const builder = new ScoreBuilder();
    readScoreJsonText(builder, scoreJson(), "bang-diem-2024.json");
    const scores = { file: "bang-diem-2024.json", records: builder.finish().records };
    const previous = typicalPrevious(scores, {
      file: "du-lieu.csv",
      dataset: { units: [], facts: [] } as never,
    });
    expect(previous.ok).toBe(false);
    const messages = [
      several?.message,
      sheets,
      (model as { message: string }).message,
      ...json.map((r) => (r.ok ? undefined : r.message)),
      previous.ok ? undefined : previous.message,
    ];
    expect(messages[5]).toBe(
      "không phải tệp JSON kết quả phân loại phong trào (antq.classification/1) hay kết quả đánh giá “An toàn về ANTT” (antq.assessment/1)",
    );
    for (const message of messages) expectNeutral(message);
  });

  it("the template's guide sheet and column notes", () => {
    const workbook = buildTemplateWorkbook([COMBINED_SHEET]);
    const texts: string[] = [];
    workbook.getWorksheet(GUIDE_SHEET)?.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === "string") texts.push(cell.value);
      });
    });
    expect(texts.some((t) => t.startsWith("Kiểm tra dữ liệu của tệp trước khi đánh giá"))).toBe(true);
    expect(texts.some((t) => t.includes("xem lược đồ JSON của mẫu nhập liệu"))).toBe(true);
    for (const text of texts) expectNeutral(text);
  });
});
