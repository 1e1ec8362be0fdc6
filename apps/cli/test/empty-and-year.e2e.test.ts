import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ValidationDocumentSchema } from "@antq/sheets";
import { describe, expect, it } from "vitest";
import { antq, fixtures, hasStackTrace, tempDir } from "./helpers/run.js";

const PROVINCE = join(fixtures, "hop-le/tinh-mau-2024.json");

describe("danh-gia: the year of the data", () => {
  it("uses the one year of the facts records when --nam is not given", () => {
    const dir = tempDir();
    const { code, stdout } = antq(["danh-gia", PROVINCE, "--ra", join(dir, "kq.xlsx")]);
    expect(code).toBe(0);
    expect(stdout).toContain("NĂM 2024");
    expect(stdout).toContain("áp dụng tại ngày 15/11/2024");
    expect(readdirSync(dir).sort()).toEqual(["kq.json", "kq.xlsx"]);
  });

  it("names the default result file after the inferred year", () => {
    const dir = tempDir();
    const { code } = antq(["danh-gia", PROVINCE], { cwd: dir });
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["ket-qua-danh-gia-2024.json", "ket-qua-danh-gia-2024.xlsx"]);
  });

  it("refuses a --nam of which the data has no facts, and writes nothing", () => {
    const dir = tempDir();
    const { code, stderr } = antq(["danh-gia", PROVINCE, "--nam", "2025", "--ra", join(dir, "kq.xlsx")]);
    expect(code).toBe(2);
    expect(stderr).toContain("Dữ liệu không có dữ kiện năm 2025 (chỉ có năm 2024)");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("infers the year of a flat CSV read as a stream", () => {
    const dir = tempDir();
    expect(antq(["demo", "--csv-phang", "40", "--nam", "2023", "--ra", dir, "--json"]).code).toBe(0);
    const { code, stdout } = antq([
      "danh-gia",
      join(dir, "don-vi-va-du-kien.csv"),
      "--ra",
      join(dir, "kq.xlsx"),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain("NĂM 2023");
  });

  it.each([
    ["in one thread", "1"],
    ["in two threads", "2"],
  ])(
    "refuses a --nam that the years of a streamed CSV do not have (%s), and writes nothing",
    (_, threads) => {
      const data = tempDir();
      expect(antq(["demo", "--csv-phang", "40", "--nam", "2023", "--ra", data, "--json"]).code).toBe(0);
      const csv = join(data, "don-vi-va-du-kien.csv");
      const dir = tempDir();
      const run = antq(["danh-gia", csv, "--nam", "2024", "--ra", join(dir, "kq.xlsx")], {
        env: { ANTQ_SO_LUONG: threads },
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Dữ liệu không có dữ kiện năm 2024 (chỉ có năm 2023) trong ${csv}`);
      expect(run.stderr).toContain(
        "Kiểm tra lại năm đánh giá 2024 hoặc tệp dữ liệu. Không ghi tệp kết quả nào. Sửa năm ghi ở --nam cho đúng năm của dữ liệu.",
      );
      expect(hasStackTrace(run.stderr)).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
      // The year of the data is accepted, and the results are written.
      const ok = antq(["danh-gia", csv, "--nam", "2023", "--ra", join(dir, "kq.xlsx")], {
        env: { ANTQ_SO_LUONG: threads },
      });
      expect(ok.code).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(["kq-don-vi.csv", "kq.json", "kq.xlsx"]);
    },
  );

  it("asks for --nam when the facts are of several years or of none", () => {
    const dir = tempDir();
    const units = join(fixtures, "hop-le/khu-dan-cu.csv");
    const noFacts = antq(["danh-gia", units, "--ra", join(dir, "kq.xlsx")]);
    expect(noFacts.code).toBe(2);
    // The package says what is missing; the CLI adds, by the problem's code, how to give the year.
    expect(noFacts.stderr).toContain(
      "Không xác định được năm đánh giá: dữ liệu không có dòng dữ kiện năm nào; hãy chỉ rõ năm đánh giá. Ghi năm bằng --nam, ví dụ --nam 2024.",
    );
    // Last year's facts next to this year's: which year is meant is not for antq to guess.
    const province = JSON.parse(readFileSync(PROVINCE, "utf8")) as { annualFacts: { year: number }[] };
    const twoYears = join(dir, "hai-nam.json");
    writeFileSync(
      twoYears,
      JSON.stringify({
        ...province,
        annualFacts: [...province.annualFacts, { ...province.annualFacts[0], year: 2023 }],
      }),
    );
    const several = antq(["danh-gia", twoYears, "--ra", join(dir, "kq.xlsx")]);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain(
      "Dữ liệu có dữ kiện của nhiều năm (2023, 2024); hãy chọn một năm đánh giá, ví dụ năm 2024. Chọn năm bằng --nam <năm>.",
    );
    expect(antq(["danh-gia", twoYears, "--nam", "2024", "--ra", join(dir, "kq.xlsx")]).code).toBe(0);
    expect(
      readdirSync(dir)
        .filter((f) => f.startsWith("kq"))
        .sort(),
    ).toEqual(["kq.json", "kq.xlsx"]);
  });
});

describe("empty or unrelated input is not a success", () => {
  const inputs = (dir: string) => {
    const empty = join(dir, "trong.csv");
    writeFileSync(empty, "");
    const blank = join(dir, "mau-trong.xlsx");
    expect(antq(["mau", "--ra", blank]).code).toBe(0);
    return { empty, blank };
  };

  it("danh-gia says nothing was assessed, exits 2 and writes no result", () => {
    const dir = tempDir();
    const { empty, blank } = inputs(dir);
    for (const file of [empty, blank]) {
      const { code, stdout, stderr } = antq([
        "danh-gia",
        file,
        "--nam",
        "2024",
        "--ra",
        join(dir, "kq.xlsx"),
      ]);
      expect(code).toBe(2);
      expect(stderr).toContain("Không có đơn vị nào để đánh giá");
      // The package's message names no command; the CLI adds its own.
      expect(stderr).toContain("Không ghi tệp kết quả nào. Lệnh kiểm tra: antq kiem-tra <tệp>.");
      expect(stdout).not.toContain("Đã ghi");
    }
    expect(readdirSync(dir).sort()).toEqual(["mau-trong.xlsx", "trong.csv"]);
  });

  it("kiem-tra does not call an empty file valid", () => {
    const dir = tempDir();
    const { empty, blank } = inputs(dir);
    for (const file of [empty, blank]) {
      const { code, stdout, stderr } = antq(["kiem-tra", file]);
      expect(code).toBe(2);
      expect(stdout).not.toContain("dữ liệu hợp lệ");
      expect(stderr).toContain("Không có dòng dữ liệu nào để kiểm tra");
    }
    const json = antq(["kiem-tra", blank, "--json"]);
    expect(json.code).toBe(2);
    const report = ValidationDocumentSchema.parse(JSON.parse(json.stdout));
    expect(report).toMatchObject({ format: "antq.validation/1", ok: false, empty: true, issues: [] });
    expect(report.counts.rows).toBe(0);
  });

  it("phan-loai refuses a blank score sheet and a year without sheets, writing nothing", () => {
    const dir = tempDir();
    const blank = join(dir, "bang-diem-trong.xlsx");
    expect(antq(["mau", "--loai", "bang-diem", "--ra", blank]).code).toBe(0);
    const none = antq(["phan-loai", blank, "--ra", join(dir, "pl.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Không có bảng điểm nào để phân loại");
    expect(none.stderr).toContain("Không ghi tệp kết quả nào. Tạo mẫu bằng antq mau --loai bang-diem.");
    const wrongYear = antq([
      "phan-loai",
      join(fixtures, "hop-le/bang-diem-2024.json"),
      "--nam",
      "2023",
      "--ra",
      join(dir, "pl.xlsx"),
    ]);
    expect(wrongYear.code).toBe(2);
    expect(wrongYear.stderr).toContain("Không có bảng điểm năm 2023 (các bảng điểm có năm 2024)");
    expect(readdirSync(dir)).toEqual(["bang-diem-trong.xlsx"]);
  });
});
