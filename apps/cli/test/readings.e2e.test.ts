import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseProvinceSettings } from "../src/readings/settings-file.js";
import { antq, fixtures, tempDir } from "./helpers/run.js";

const KIEM_CHE = "tt124.d4.k4.a.kiem_che_keo_giam";
const PHAM_VI = "tt124.d4.k4.a.pham_vi_so_sanh";

describe("undecided readings in the danh-gia summary", () => {
  const demo = () => {
    const dir = tempDir();
    expect(antq(["demo", "--ra", dir, "--json"]).code).toBe(0);
    return { dir, input: join(dir, "du-lieu-mau.xlsx") };
  };

  it("says how many results are 'cần xem xét' because of an undecided reading, and how to decide them", () => {
    const { dir, input } = demo();
    const { code, stdout } = antq(["danh-gia", input, "--ra", join(dir, "kq.xlsx")]);
    expect(code).toBe(0);
    const line = /CÁCH HIỂU CHƯA QUYẾT ĐỊNH: (\d+) kết quả "cần xem xét" \(khu dân cư (\d+)/.exec(stdout);
    expect(line).not.toBeNull();
    const pending = Number(
      /Khu dân cư: \d+\/\d+ đạt \([^)]*\); chưa đạt \d+, cần xem xét (\d+)/.exec(stdout)?.[1],
    );
    // The demo's khu dân cư "cần xem xét" all come from 4.4.a.
    expect(Number(line?.[2])).toBe(pending);
    expect(pending).toBeGreaterThan(0);
    expect(stdout).toContain(`mã ${KIEM_CHE}`);
    expect(stdout).toContain("giam = Phải giảm so với năm trước; khong_tang = Không tăng so với năm trước");
    expect(stdout).toContain(`--cach-hieu ${KIEM_CHE}=giam`);
    expect(stdout).toContain("--cau-hinh tinh.json");
    const json = JSON.parse(readFileSync(join(dir, "kq.json"), "utf8"));
    expect(json.undecidedReadings.results).toBe(Number(line?.[1]));

    // The hint works as printed: the settings file it shows decides every one of them.
    const settings = /--cau-hinh tinh\.json: (\{.*\})$/m.exec(stdout)?.[1] as string;
    writeFileSync(join(dir, "tinh.json"), settings);
    const decided = antq([
      "danh-gia",
      input,
      "--cau-hinh",
      join(dir, "tinh.json"),
      "--ra",
      join(dir, "kq2.xlsx"),
    ]);
    expect(decided.code).toBe(0);
    expect(decided.stdout).not.toContain("CÁCH HIỂU CHƯA QUYẾT ĐỊNH");
    expect(decided.stdout).toMatch(/Khu dân cư: \d+\/\d+ đạt \([^)]*\); chưa đạt \d+, cần xem xét 0,/);
    expect(decided.stdout).toContain(`${KIEM_CHE} = giam; ${PHAM_VI} = tong`);
  });

  it("names the undecided options for a CSV read as a stream, with its 'cần xem xét' count", () => {
    const dir = tempDir();
    expect(antq(["demo", "--csv-phang", "300", "--ra", dir, "--json"]).code).toBe(0);
    const csv = join(dir, "don-vi-va-du-kien.csv");
    const { code, stdout } = antq(["danh-gia", csv, "--ra", join(dir, "kq.xlsx")]);
    expect(code).toBe(0);
    const pending = JSON.parse(readFileSync(join(dir, "kq.json"), "utf8")).summary.all.review as number;
    expect(pending).toBeGreaterThan(0);
    expect(stdout).toContain(
      `CÁCH HIỂU CHƯA QUYẾT ĐỊNH: ${pending} kết quả "cần xem xét"; một phần có thể do`,
    );
    expect(stdout).toContain(`mã ${KIEM_CHE}: giam = Phải giảm so với năm trước`);
    // Decided, the options are no longer listed.
    const decided = antq([
      "danh-gia",
      csv,
      "--cach-hieu",
      `${KIEM_CHE}=giam`,
      "--cach-hieu",
      `${PHAM_VI}=tong`,
      "--cach-hieu",
      "tt124.d7.k4.cach_hieu=ky_luat",
      "--ra",
      join(dir, "kq2.xlsx"),
    ]);
    expect(decided.code).toBe(0);
    expect(decided.stdout).not.toContain("CÁCH HIỂU CHƯA QUYẾT ĐỊNH");
  });

  it("lets --cach-hieu override the settings file", () => {
    const { dir, input } = demo();
    writeFileSync(
      join(dir, "tinh.json"),
      JSON.stringify({ cachHieu: { [KIEM_CHE]: "giam", [PHAM_VI]: "tong" } }),
    );
    const { code, stdout } = antq([
      "danh-gia",
      input,
      "--cau-hinh",
      join(dir, "tinh.json"),
      "--cach-hieu",
      `${KIEM_CHE}=khong_tang`,
      "--ra",
      join(dir, "kq.xlsx"),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${KIEM_CHE} = khong_tang`);
  });

  it("rejects a bad settings file with the file and the field, writing nothing", () => {
    const dir = tempDir();
    const file = join(dir, "tinh.json");
    writeFileSync(file, JSON.stringify({ cachHieu: { [KIEM_CHE]: 1 }, nam: 2024 }));
    const { code, stderr } = antq([
      "danh-gia",
      join(fixtures, "hop-le/tinh-mau-2024.json"),
      "--cau-hinh",
      file,
      "--ra",
      join(dir, "kq.xlsx"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(`Tệp đầu vào ${file}: tệp cấu hình tỉnh không hợp lệ`);
    expect(stderr).toContain(`trường cachHieu.${KIEM_CHE}: cần chuỗi ký tự`);
    expect(stderr).toContain("trường không được hỗ trợ: nam");
  });
});

describe("parseProvinceSettings", () => {
  it("locates broken JSON by line and column", () => {
    const result = parseProvinceSettings('{\n  "cachHieu": {\n    "a": "b",\n  }\n}', "tinh.json");
    expect(result).toEqual({ ok: false, messages: [expect.stringContaining("dòng 4, cột 3")] });
  });

  it("resolves package paths against the settings file's folder", () => {
    const result = parseProvinceSettings(
      JSON.stringify({
        tinh: "Bắc Ninh",
        goiQuyDinh: ["./goi.mjs", "@tinh/bac-ninh"],
        cachHieu: { x: null },
      }),
      "/srv/antq/tinh.json",
    );
    expect(result).toEqual({
      ok: true,
      value: { readings: { x: null }, packages: ["/srv/antq/goi.mjs", "@tinh/bac-ninh"] },
    });
  });
});
