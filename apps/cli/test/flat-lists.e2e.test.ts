import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateUnits } from "@antq/datagen";
import {
  AssessmentDocumentSchema,
  COMBINED_SHEET,
  columnLetter,
  DemoFlatCsvDocumentSchema,
  flatHeaders,
  flatRow,
} from "@antq/sheets";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "../src/io/csv.js";
import { antq, tempDir } from "./helpers/run.js";

/** Lists written as JSON detail in the flat layout. */
const DETAIL_LISTS = COMBINED_SHEET.columns
  .filter((c) => c.type === "json-list")
  .map((c) => c.path[1] as string);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const readCsv = (file: string) =>
  parse(readFileSync(file, "utf8").replace(/^\ufeff/, ""), { columns: true }) as Array<
    Record<string, string>
  >;

/** Per-unit outcomes of the streamed CSV result ("Kết quả" column), by unit id. */
const flatOutcomes = (file: string) =>
  Object.fromEntries(readCsv(file).map((r) => [r["Mã đơn vị"], r["Kết quả"]]));

describe("antq danh-gia on the flat layout with lists of cases", () => {
  it("assesses every unit of a generated province exactly as from the JSON input", () => {
    const records = [...generateUnits({ seed: 2024, year: 2024, communes: 6 })];
    const withCases = records.filter(({ facts }) =>
      DETAIL_LISTS.some(
        (field) => ((facts as Record<string, unknown>)[field] as unknown[] | undefined)?.length,
      ),
    );
    // The province is meaningful only if many units have cases to carry.
    expect(withCases.length).toBeGreaterThan(records.length / 4);

    const dir = tempDir();
    const json = join(dir, "tinh-mau.json");
    writeFileSync(
      json,
      JSON.stringify(
        { schemaVersion: 1, units: records.map((r) => r.unit), annualFacts: records.map((r) => r.facts) },
        null,
        2,
      ),
    );
    const csv = join(dir, "don-vi-va-du-kien.csv");
    writeFileSync(
      csv,
      toCsv(
        flatHeaders(),
        records.map(({ unit, facts }) => flatRow(unit, facts)),
      ),
    );

    const fromJson = antq(["danh-gia", json, "--nam", "2024", "--ra", join(dir, "kq-json.xlsx"), "--json"]);
    expect(fromJson.code).toBe(0);
    const document = AssessmentDocumentSchema.parse(JSON.parse(fromJson.stdout));
    const units = document.units ?? [];
    const fromFlat = antq(["danh-gia", csv, "--nam", "2024", "--ra", join(dir, "kq-phang.xlsx")]);
    expect(fromFlat.stderr).toBe("");
    expect(fromFlat.code).toBe(0);

    const perUnit = readCsv(join(dir, "kq-phang-don-vi.csv"));
    const expected = Object.fromEntries(units.map((u) => [u.unitId, u.outcomeTitle]));
    expect(Object.keys(expected)).toHaveLength(records.length);
    expect(flatOutcomes(join(dir, "kq-phang-don-vi.csv"))).toEqual(expected);
    // Not only the outcome: the same criteria not met, unit by unit.
    const idsIn = (cell: string | undefined) =>
      [...(cell ?? "").matchAll(/\(([A-Za-z0-9_.:-]+)\)(?=; |$)/g)].map((m) => m[1]).sort();
    expect(Object.fromEntries(perUnit.map((r) => [r["Mã đơn vị"], idsIn(r["Tiêu chí chưa đạt"])]))).toEqual(
      Object.fromEntries(
        units.map((u) => [
          u.unitId,
          u.criteria
            .filter((c) => c.outcome === "chua_dat")
            .map((c) => c.id)
            .sort(),
        ]),
      ),
    );
    // Units with cases are assessed on them: units pass and fail, "cần xem xét" stays rare.
    const outcomes = Object.values(expected);
    expect([...new Set(outcomes)]).toEqual(expect.arrayContaining(["đạt", "chưa đạt"]));
    const review = outcomes.filter((o) => o === "cần xem xét").length;
    expect(review / outcomes.length).toBeLessThan(0.1);
    // Before the detail columns, every unit with a case was "cần xem xét" (its lists were not reported).
    const withCaseIds = new Set<string>(withCases.map((r) => r.unit.id));
    const ofUnitsWithCases = perUnit
      .filter((r) => withCaseIds.has(r["Mã đơn vị"] as string))
      .map((r) => r["Kết quả"]);
    expect(ofUnitsWithCases).toHaveLength(withCases.length);
    expect(ofUnitsWithCases.filter((o) => o === "cần xem xét").length / withCases.length).toBeLessThan(0.1);
  });

  it("gives a sample file from antq demo --csv-phang with few units to review", () => {
    const dir = tempDir();
    const demo = antq(["demo", "--csv-phang", "300", "--ra", dir, "--hat-giong", "138", "--json"]);
    expect(demo.code).toBe(0);
    const csv = join(dir, "don-vi-va-du-kien.csv");
    expect(DemoFlatCsvDocumentSchema.parse(JSON.parse(demo.stdout))).toEqual({
      format: "antq.demo-flat-csv/1",
      file: csv,
      rows: 300,
    });
    const rows = readCsv(csv);
    expect(rows).toHaveLength(300);
    const crimes = rows.filter((r) => r["Các vụ phạm tội: số trường hợp"] !== "0");
    expect(crimes.length).toBeGreaterThan(0);
    for (const r of crimes) {
      const detail = JSON.parse(r["Các vụ phạm tội: chi tiết (JSON)"] as string) as unknown[];
      expect(detail).toHaveLength(Number(r["Các vụ phạm tội: số trường hợp"]));
    }
    const run = antq(["danh-gia", csv, "--nam", "2024", "--ra", join(dir, "kq.xlsx")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const outcomes = Object.values(flatOutcomes(join(dir, "kq-don-vi.csv")));
    expect(outcomes.filter((o) => o === "cần xem xét").length / outcomes.length).toBeLessThan(0.1);
  });

  it("reports bad detail cells with row, column letter and field path, and assesses the other rows", () => {
    const records = [...generateUnits({ seed: 5, year: 2024, communes: 1 })].filter(
      (r) => r.unit.kind === "residential-area",
    );
    const headers = flatHeaders();
    const index = (header: string) => headers.indexOf(header);
    const count = "Các vụ phạm tội: số trường hợp";
    const detail = "Các vụ phạm tội: chi tiết (JSON)";
    const crime = {
      id: "VPT-2024-0201",
      date: "2024-06-14",
      place: {},
      crimeClass: "less-serious",
      forceMajeure: false,
      description: "Đánh bạc",
    };
    const rows = records.map(({ unit, facts }) => flatRow(unit, facts));
    const set = (row: number, header: string, value: string | undefined) => {
      (rows[row - 2] as Array<string | number | undefined>)[index(header)] = value;
    };
    set(2, count, "1");
    set(2, detail, '[{"id":"VPT-2024-0201","date":"2024-06-14"');
    set(3, count, "2");
    set(3, detail, JSON.stringify([crime]));
    set(4, count, "1");
    set(4, detail, JSON.stringify([{ ...crime, date: "14/06/2024" }]));
    const dir = tempDir();
    const csv = join(dir, "phang.csv");
    writeFileSync(csv, toCsv(headers, rows));
    const { code, stdout, stderr } = antq(["danh-gia", csv, "--nam", "2024", "--ra", join(dir, "kq.xlsx")]);
    expect(code).toBe(2);
    const countAt = `cột ${columnLetter(index(count) + 1)} (${count})`;
    const detailAt = `cột ${columnLetter(index(detail) + 1)} (${detail})`;
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe(
      "Lỗi: Dữ liệu có 3 lỗi; các dòng lỗi không được đánh giá (kiểm tra dữ liệu để xem từng lỗi). Lệnh kiểm tra: antq kiem-tra <tệp>.",
    );
    expect(lines[0]).toMatch(
      new RegExp(
        `^Lỗi — .*phang\\.csv, trang "Đơn vị và dữ kiện", dòng 2, ${escapeRegExp(detailAt)}: ".*" không phải là JSON hợp lệ \\(lỗi ở ký tự thứ 43, thiếu phần cuối\\).*\\[facts\\.crimes\\]$`,
      ),
    );
    expect(lines[1]).toContain(
      `dòng 3, ${countAt}: Ghi 2 trường hợp nhưng cột ${columnLetter(index(detail) + 1)} "${detail}" có 1 trường hợp; hai cột phải khớp nhau. [facts.crimes]`,
    );
    expect(lines[2]).toContain(
      `dòng 4, ${detailAt}: Ngày (crimes[0].date): "14/06/2024" không phải ngày hợp lệ theo dạng YYYY-MM-DD. [facts.crimes[0].date]`,
    );
    expect(stdout).toContain(`Tổng cộng:`);
    expect(Object.keys(flatOutcomes(join(dir, "kq-don-vi.csv")))).not.toContain(records[0]?.unit.id);
  });
});
