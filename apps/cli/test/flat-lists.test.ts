import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateUnits } from "@antq/datagen";
import { COMBINED_SHEET, columnLetter, flatHeaders, flatRow, type InputIssue } from "@antq/sheets";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { toCsv } from "../src/io/csv.js";
import { readDataset } from "../src/sheets/read.js";
import { tempDir } from "./helpers/run.js";

const CRIME_COUNT = "Các vụ phạm tội: số trường hợp";
const CRIME_DETAIL = "Các vụ phạm tội: chi tiết (JSON)";
const ACCIDENT_COUNT = "Các vụ cháy, nổ, tai nạn, sự cố: số trường hợp";
const ACCIDENT_DETAIL = "Các vụ cháy, nổ, tai nạn, sự cố: chi tiết (JSON)";

const headers = flatHeaders();
const letterOf = (header: string): string => {
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return columnLetter(index + 1);
};

/** A generated residential area of Tiền Giang with its 2024 facts (the template of every row below). */
const base = (() => {
  for (const record of generateUnits({ seed: 11, year: 2024, communes: 1 })) {
    if (record.unit.kind === "residential-area") return record;
  }
  throw new Error("no residential area generated");
})();

const theft = {
  id: "VPT-2024-0101",
  date: "2024-03-05",
  place: {},
  crimeClass: "less-serious",
  penalCode: { article: 173, clause: 1 },
  forceMajeure: false,
  description: "Trộm cắp tài sản",
};
const assault = {
  id: "VPT-2024-0102",
  date: "2024-08-17",
  place: {},
  crimeClass: "serious",
  penalCode: { article: 134, clause: 2 },
  forceMajeure: false,
  description: "Cố ý gây thương tích",
};

/** One flat row of the base unit under the id `id`, with some cells overridden by header. */
const row = (id: string, cells: Readonly<Record<string, string | undefined>>) => {
  const values = flatRow({ ...base.unit, id: id as typeof base.unit.id }, base.facts);
  for (const [header, value] of Object.entries(cells)) values[headers.indexOf(header)] = value;
  return values;
};

const read = async (rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>) => {
  const file = join(tempDir(), "don-vi-va-du-kien.csv");
  writeFileSync(file, toCsv(headers, rows));
  return Effect.runPromise(readDataset([file]));
};

const issuesOfRow = (issues: readonly InputIssue[], row: number) =>
  issues
    .filter((i) => i.row === row)
    .map(({ code, column, header, path, message }) => ({ code, column, header, path, message }));

describe("lists of cases in the flat layout", () => {
  it("takes the JSON detail as the list, with or without a matching count", async () => {
    const both = JSON.stringify([theft, assault]);
    const dataset = await read([
      row("kdc-chi-tiet", { [CRIME_COUNT]: undefined, [CRIME_DETAIL]: both }),
      row("kdc-so-va-chi-tiet", { [CRIME_COUNT]: "2", [CRIME_DETAIL]: both }),
      row("kdc-khong-co", { [CRIME_COUNT]: "0", [CRIME_DETAIL]: undefined }),
      row("kdc-mang-rong", { [CRIME_COUNT]: undefined, [CRIME_DETAIL]: "[]" }),
      row("kdc-chua-bao-cao", { [CRIME_COUNT]: undefined, [CRIME_DETAIL]: undefined }),
    ]);
    expect(dataset.issues).toEqual([]);
    const crimesOf = (id: string) => dataset.facts.find((f) => f.facts.unitId === id)?.facts.crimes;
    expect(crimesOf("kdc-chi-tiet")).toEqual([theft, assault]);
    expect(crimesOf("kdc-so-va-chi-tiet")).toEqual([theft, assault]);
    expect(crimesOf("kdc-khong-co")).toEqual([]);
    expect(crimesOf("kdc-mang-rong")).toEqual([]);
    expect(dataset.facts.find((f) => f.facts.unitId === "kdc-chua-bao-cao")?.facts).not.toHaveProperty(
      "crimes",
    );
    // The other lists of the generated facts come through the flat row unchanged.
    const facts = dataset.facts.find((f) => f.facts.unitId === "kdc-chi-tiet")?.facts as Record<
      string,
      unknown
    >;
    for (const column of COMBINED_SHEET.columns.filter(
      (c) => c.type === "json-list" && c.path[1] !== "crimes",
    )) {
      const field = column.path[1] as string;
      expect(facts[field], field).toEqual((base.facts as Record<string, unknown>)[field]);
    }
  });

  it("reports a count that disagrees with the detail, and a count without detail, at the count column", async () => {
    const dataset = await read([
      row("kdc-lech", { [CRIME_COUNT]: "3", [CRIME_DETAIL]: JSON.stringify([theft, assault]) }),
      row("kdc-thieu-chi-tiet", { [CRIME_COUNT]: "1", [CRIME_DETAIL]: undefined }),
    ]);
    expect(dataset.facts).toEqual([]);
    expect(issuesOfRow(dataset.issues, 2)).toEqual([
      {
        code: "LIST_COUNT_MISMATCH",
        column: letterOf(CRIME_COUNT),
        header: CRIME_COUNT,
        path: "facts.crimes",
        message: `Ghi 3 trường hợp nhưng cột ${letterOf(CRIME_DETAIL)} "${CRIME_DETAIL}" có 2 trường hợp; hai cột phải khớp nhau.`,
      },
    ]);
    expect(issuesOfRow(dataset.issues, 3)).toEqual([
      {
        code: "CELL_LIST_NOT_SUPPORTED",
        column: letterOf(CRIME_COUNT),
        header: CRIME_COUNT,
        path: "facts.crimes",
        message: `Ghi 1 trường hợp nhưng chưa có chi tiết: nhập từng trường hợp ở cột ${letterOf(CRIME_DETAIL)} "${CRIME_DETAIL}" thành danh sách JSON (xem trang “Hướng dẫn” của mẫu “Đơn vị và dữ kiện”); không có trường hợp nào thì ghi 0.`,
      },
    ]);
  });

  it("reports malformed JSON once, at the detail column", async () => {
    const dataset = await read([
      row("kdc-json-hong", {
        [CRIME_COUNT]: "1",
        [CRIME_DETAIL]: '[{"id":"VPT-2024-0101","date":"2024-03-05",}]',
      }),
    ]);
    expect(dataset.facts).toEqual([]);
    expect(issuesOfRow(dataset.issues, 2)).toEqual([
      expect.objectContaining({
        code: "CELL_NOT_JSON_LIST",
        column: letterOf(CRIME_DETAIL),
        header: CRIME_DETAIL,
        path: "facts.crimes",
      }),
    ]);
  });

  it("reports a wrong field inside a case at the detail column with the path from the row", async () => {
    const dataset = await read([
      row("kdc-sai-ngay", {
        [CRIME_COUNT]: "2",
        [CRIME_DETAIL]: JSON.stringify([theft, { ...assault, date: "2024-02-30" }]),
        [ACCIDENT_COUNT]: undefined,
        [ACCIDENT_DETAIL]: JSON.stringify([
          {
            id: "TN-2024-0007",
            kind: "flood",
            date: "2024-10-02",
            severity: "not-serious",
            deaths: 0,
            forceMajeure: true,
          },
        ]),
      }),
    ]);
    expect(dataset.facts).toEqual([]);
    const issues = issuesOfRow(dataset.issues, 2);
    expect(issues.map(({ code, column, header, path }) => ({ code, column, header, path }))).toEqual([
      {
        code: "INVALID_DATE",
        column: letterOf(CRIME_DETAIL),
        header: CRIME_DETAIL,
        path: "facts.crimes[1].date",
      },
      {
        code: "INVALID_KIND",
        column: letterOf(ACCIDENT_DETAIL),
        header: ACCIDENT_DETAIL,
        path: "facts.accidents[0].kind",
      },
    ]);
    expect(issues[0]?.message).toContain("2024-02-30");
  });
});

describe("attestations and models in the flat layout", () => {
  const MODEL_CODES = "Các mô hình hoạt động hiệu quả (mã mô hình)";
  const MODEL_DETAIL = "Các mô hình và hiệu quả: chi tiết (JSON)";
  const ATTESTATION_CODES = "Các tiêu chí định tính được xác nhận đạt (mã tiêu chí)";
  const ATTESTATION_DETAIL = "Xác nhận tiêu chí định tính: chi tiết (JSON)";

  it("are written as codes when codes say everything, else as JSON detail", () => {
    const cells = (facts: Partial<typeof base.facts>) => {
      const values = flatRow(base.unit, { ...base.facts, ...facts } as typeof base.facts);
      return Object.fromEntries(
        [MODEL_CODES, MODEL_DETAIL, ATTESTATION_CODES, ATTESTATION_DETAIL].map((h) => [
          h,
          values[headers.indexOf(h)],
        ]),
      );
    };
    expect(
      cells({
        models: [
          { modelId: "MH-KDC-28000-01", effectiveness: "effective" },
          { modelId: "MH-KDC-28000-02", effectiveness: "effective" },
        ],
        attestations: [{ criterion: "TT124/Đ4/k2", value: true }],
      } as Partial<typeof base.facts>),
    ).toEqual({
      [MODEL_CODES]: "MH-KDC-28000-01; MH-KDC-28000-02",
      [MODEL_DETAIL]: undefined,
      [ATTESTATION_CODES]: "TT124/Đ4/k2",
      [ATTESTATION_DETAIL]: undefined,
    });
    const notEffective = [
      { modelId: "MH-KDC-28000-01", effectiveness: "effective" },
      { modelId: "MH-KDC-28000-02", effectiveness: "not-effective" },
    ];
    const attested = [{ criterion: "TT124/Đ4/k2", value: true, attestedBy: "Công an xã Mỹ Thành" }];
    expect(cells({ models: notEffective, attestations: attested } as Partial<typeof base.facts>)).toEqual({
      [MODEL_CODES]: undefined,
      [MODEL_DETAIL]: JSON.stringify(notEffective),
      [ATTESTATION_CODES]: undefined,
      [ATTESTATION_DETAIL]: JSON.stringify(attested),
    });
    // "No model at all" is not a blank codes cell (that is "not reported").
    expect(cells({ models: [] })[MODEL_DETAIL]).toBe("[]");
  });

  it("read the JSON detail, and refuse codes and detail together", async () => {
    const models = [{ modelId: "MH-KDC-28000-02", effectiveness: "not-effective" }];
    const dataset = await read([
      row("kdc-mo-hinh-json", { [MODEL_CODES]: undefined, [MODEL_DETAIL]: JSON.stringify(models) }),
      row("kdc-khong-mo-hinh", { [MODEL_CODES]: undefined, [MODEL_DETAIL]: "[]" }),
      row("kdc-hai-cot", { [MODEL_CODES]: "MH-KDC-28000-01", [MODEL_DETAIL]: JSON.stringify(models) }),
      row("kdc-sai-muc", {
        [MODEL_CODES]: undefined,
        [MODEL_DETAIL]: JSON.stringify([{ modelId: "MH-KDC-28000-03", effectiveness: "rất tốt" }]),
      }),
    ]);
    const modelsOf = (id: string) => dataset.facts.find((f) => f.facts.unitId === id)?.facts.models;
    expect(modelsOf("kdc-mo-hinh-json")).toEqual(models);
    expect(modelsOf("kdc-khong-mo-hinh")).toEqual([]);
    expect(dataset.facts.map((f) => f.facts.unitId)).toEqual(["kdc-mo-hinh-json", "kdc-khong-mo-hinh"]);
    expect(issuesOfRow(dataset.issues, 4)).toEqual([
      {
        code: "LIST_GIVEN_TWICE",
        column: letterOf(MODEL_DETAIL),
        header: MODEL_DETAIL,
        path: "facts.models",
        message: `Đã ghi mã ở cột ${letterOf(MODEL_CODES)} "${MODEL_CODES}" nên không ghi thêm cột này; chỉ dùng một trong hai cột (cần ghi thông tin ngoài mã thì ghi tất cả ở cột chi tiết JSON).`,
      },
    ]);
    expect(issuesOfRow(dataset.issues, 5).map(({ code, column, path }) => ({ code, column, path }))).toEqual([
      { code: expect.any(String), column: letterOf(MODEL_DETAIL), path: "facts.models[0].effectiveness" },
    ]);
  });
});
