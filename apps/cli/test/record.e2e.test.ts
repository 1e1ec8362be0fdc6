/**
 * `danh-gia` and `phan-loai` with the multi-year record, on the built binary: the year read from the store
 * (`--tu-kho`), last year's counts for TT 124 Điều 4 khoản 4 điểm a read from the record (two imported years
 * whose counts flip the outcome; "cần xem xét" with the reason when last year is absent), results saved with
 * their provenance (`--luu-kho`) and compared with a re-evaluation (`--doi-chieu`). On an embedded store, and on
 * PostgreSQL too when ANTQ_DATABASE_URL is set (CI).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateProvince } from "@antq/datagen";
import { PROVINCE_UNITS } from "@antq/domain";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { antq, fixtures, newStore, tempDir } from "./helpers/run.js";

const shipped = new Set(PROVINCE_UNITS.map((u) => u.id));
const K4A = "tt124.d4.k4.a";

type Counts = { crimes: number; socialEvilCases: number; otherViolationCases: number };
const counts = (crimes: number, socialEvilCases: number, otherViolationCases: number): Counts => ({
  crimes,
  socialEvilCases,
  otherViolationCases,
});

/** A generated province-year; `set` overrides each unit's violation counts (none typed for last year). */
const yearFile = (
  dir: string,
  year: number,
  set: (unitId: string) => Counts | undefined,
  name = `${year}`,
) => {
  const p = generateProvince({ seed: 2024, year, communes: 1 });
  const file = join(dir, `du-lieu-${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      schemaVersion: 1,
      adminUnits: p.adminUnits.filter((a) => !shipped.has(a.id)),
      units: p.units,
      annualFacts: p.facts.map((f) => {
        const { previousYearCounts: _typed, violationCounts, ...rest } = f;
        const c = set(f.unitId) ?? violationCounts;
        return c === undefined ? rest : { ...rest, violationCounts: c };
      }),
      models: p.models,
    }),
  );
  return { file, units: p.units };
};

type UnitJson = {
  unitId: string;
  outcome: string;
  criteria: { id: string; outcome: string; reason?: string }[];
};
const unitsOf = (stdout: string): Map<string, UnitJson> =>
  new Map((JSON.parse(stdout).units as UnitJson[]).map((u) => [u.unitId, u]));
const k4a = (u: UnitJson | undefined) => u?.criteria.find((c) => c.id === K4A);

const databases: string[] = [];
const server = process.env.ANTQ_DATABASE_URL ?? "";
const newDatabase = async (): Promise<string> => {
  const name = `antq_cli_${process.pid}_${databases.length}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  databases.push(name);
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
};
afterAll(async () => {
  if (databases.length === 0) return;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    for (const d of databases) await client.query(`drop database if exists ${d} with (force)`);
  } finally {
    await client.end();
  }
});

const engines: [string, (dir: string) => Promise<string>][] = [
  ["PGlite", async (dir) => newStore(dir)],
  ...(server !== "" ? ([["PostgreSQL", () => newDatabase()]] as [string, () => Promise<string>][]) : []),
];

describe.each(engines)("antq danh-gia với kho dữ liệu (%s)", { timeout: 900_000 }, (_name, location) => {
  it("reads the year and last year's counts from the store, saves the results and compares them", async () => {
    const dir = tempDir();
    const kho = await location(dir);
    const env = { ANTQ_NGUOI_NHAP: "Lê Văn Tâm", ANTQ_DATABASE_URL: "" };
    const now = counts(2, 0, 1);
    // 2023: every residential area reports 2 crimes and 1 other violation.
    const y2023 = yearFile(dir, 2023, () => now);
    const areas = y2023.units.filter((u) => u.kind === "residential-area").map((u) => u.id as string);
    expect(areas.length).toBeGreaterThan(2);
    expect(antq(["nhap", y2023.file, "--nam", "2023", "--kho", kho], { env }).code).toBe(0);

    // Without 2022 in the store: 4.4.a cannot compare, says so, and is "cần xem xét" (never zero).
    const alone = antq(["danh-gia", "--tu-kho", "--nam", "2023", "--kho", kho, "--ra", join(dir, "a.xlsx")], {
      env,
    });
    expect(alone.stderr).toBe("");
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain(
      `Kho chưa có dữ liệu năm 2022: ${y2023.units.length} đơn vị chưa so sánh được số vụ với năm trước (Điều 4 khoản 4 điểm a), kết quả tiêu chí này là "cần xem xét" cho đến khi dữ liệu năm 2022 được nhập vào kho.\nNhập dữ liệu năm 2022: antq nhap <tệp> --nam 2022 --kho ${kho}.`,
    );
    const first = unitsOf(readFileSync(join(dir, "a.json"), "utf8"));
    expect(first.size).toBe(y2023.units.length);
    for (const id of areas) expect(k4a(first.get(id))?.outcome).toBe("can_xem_xet");

    // 2022 with more cases: 4.4.a is met ("kéo giảm") for every area.
    const more = yearFile(dir, 2022, () => counts(5, 1, 3), "2022-nhieu");
    expect(antq(["nhap", more.file, "--nam", "2022", "--kho", kho], { env }).code).toBe(0);
    const saved = antq(
      ["danh-gia", "--tu-kho", "--nam", "2023", "--kho", kho, "--ra", join(dir, "b.xlsx"), "--luu-kho"],
      { env },
    );
    expect(saved.stderr).toBe("");
    expect(saved.code).toBe(0);
    expect(saved.stdout).not.toContain("Kho chưa có dữ liệu năm 2022");
    expect(saved.stdout).toMatch(
      new RegExp(
        `Đã lưu kết quả đánh giá năm 2023 vào kho .* \\(lần 1, ${y2023.units.length} đơn vị, mã băm bộ quy tắc `,
      ),
    );
    const reduced = unitsOf(readFileSync(join(dir, "b.json"), "utf8"));
    for (const id of areas) expect(k4a(reduced.get(id))?.outcome).toBe("dat");
    const passing = areas.filter((id) => reduced.get(id)?.outcome === "dat");
    expect(passing.length).toBeGreaterThan(0);

    // Equal: exit 0.
    const same = antq(["danh-gia", "--tu-kho", "--nam", "2023", "--kho", kho, "--doi-chieu"], { env });
    expect(same.stderr).toBe("");
    expect(same.code).toBe(0);
    expect(same.stdout).toContain(`Trùng khớp: ${y2023.units.length} đơn vị có cùng kết quả.`);

    // 2022 replaced with fewer cases: the counts went up, 4.4.a fails and the passing areas flip.
    const fewer = yearFile(dir, 2022, () => counts(1, 0, 0), "2022-it");
    expect(antq(["nhap", fewer.file, "--nam", "2022", "--kho", kho, "--thay-the"], { env }).code).toBe(0);
    expect(
      antq(["danh-gia", "--tu-kho", "--nam", "2023", "--kho", kho, "--ra", join(dir, "c.xlsx")], { env })
        .code,
    ).toBe(0);
    const flipped = unitsOf(readFileSync(join(dir, "c.json"), "utf8"));
    for (const id of areas) expect(k4a(flipped.get(id))?.outcome).toBe("chua_dat");
    for (const id of passing) expect(flipped.get(id)?.outcome).not.toBe("dat");

    const diff = antq(["danh-gia", "--tu-kho", "--nam", "2023", "--kho", kho, "--doi-chieu"], { env });
    expect(diff.code).toBe(2);
    // The areas and the commune (its own 4.4.a) changed.
    const changed = y2023.units.filter((u) => u.kind === "residential-area" || u.kind === "commune").length;
    expect(diff.stdout).toContain(`Khác nhau ở ${changed}/${y2023.units.length} đơn vị:`);
    const name = y2023.units.find((u) => u.id === passing[0])?.name;
    expect(diff.stdout).toContain(
      `  • ${name} (${passing[0]}): kết quả chung "đạt" → "chưa đạt"; tiêu chí ${K4A} "đạt" → "chưa đạt"`,
    );
    expect(diff.stdout).toContain("Lý do (nguồn gốc khác với lần đã lưu):");
    expect(diff.stdout).toContain(
      "  • Dữ liệu năm trước trong kho (số vụ cho Điều 4 khoản 4 điểm a): năm 2022, lần nhập 2 (đã lưu) → năm 2022, lần nhập 3 (đánh giá lại)",
    );
    expect(diff.stderr).toBe(`Lỗi: Kết quả đánh giá lại năm 2023 khác kết quả đã lưu ở ${changed} đơn vị.\n`);

    // Another reading of "kiềm chế, kéo giảm" changes the rule-set hash: named as the reason.
    const reading = antq(
      [
        "danh-gia",
        "--tu-kho",
        "--nam",
        "2023",
        "--kho",
        kho,
        "--doi-chieu",
        "--hieu-kiem-che-keo-giam",
        "khong_tang",
      ],
      { env },
    );
    expect(reading.code).toBe(2);
    expect(reading.stdout).toContain("  • Mã băm bộ quy tắc: ");
    expect(reading.stdout).toContain("  • Cách hiểu đã chọn: (không có) (đã lưu) → ");

    // Files given with --kho: last year's counts come from the record too.
    const withFiles = unitsOf(
      antq(["danh-gia", y2023.file, "--kho", kho, "--ra", join(dir, "d.xlsx"), "--json"], { env }).stdout,
    );
    for (const id of areas) expect(k4a(withFiles.get(id))?.outcome).toBe("chua_dat");
  });

  it("classifies the stored score sheets with the stored TT 124 results, saves and compares", async () => {
    const dir = tempDir();
    const kho = await location(dir);
    const env = { ANTQ_NGUOI_NHAP: "Lê Văn Tâm", ANTQ_DATABASE_URL: "" };
    const province = JSON.parse(readFileSync(join(fixtures, "hop-le/tinh-mau-2024.json"), "utf8"));
    const sheets = JSON.parse(readFileSync(join(fixtures, "hop-le/bang-diem-2024.json"), "utf8"));
    const file = join(dir, "nam-2024.json");
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        adminUnits: [
          { id: "C28261", code: "28261", name: "Mỹ Thành", type: "commune", parentId: "P82" },
          { id: "C28270", code: "28270", name: "Đạo Thạnh", type: "ward", parentId: "P82" },
        ],
        units: province.units,
        annualFacts: province.facts,
        scoreSheets: sheets.scoreSheets.map(({ kind: _kind, ...sheet }: Record<string, unknown>) => sheet),
      }),
    );
    expect(antq(["nhap", file, "--nam", "2024", "--kho", kho], { env }).code).toBe(0);
    const out = (name: string) => ["--ra", join(dir, name)];
    // No assessment stored yet: the units lack their TT 124 result.
    const before = antq(
      ["phan-loai", "--tu-kho", "--nam", "2024", "--kho", kho, "--luu-kho", ...out("a.xlsx")],
      {
        env,
      },
    );
    expect(before.stderr).toBe("");
    expect(before.code).toBe(0);
    expect(before.stdout).toContain("Đã lưu kết quả phân loại năm 2024 vào kho");
    expect(
      antq(["danh-gia", "--tu-kho", "--nam", "2024", "--kho", kho, "--luu-kho", ...out("kq.xlsx")], { env })
        .code,
    ).toBe(0);
    // Re-classified with the stored TT 124 results: different, and the reason is named.
    const diff = antq(["phan-loai", "--tu-kho", "--nam", "2024", "--kho", kho, "--doi-chieu"], { env });
    expect(diff.code).toBe(2);
    expect(diff.stdout).toContain("Đối chiếu kết quả phân loại năm 2024 trong kho");
    // The commune's stored TT 124 result is "cần xem xét" (2023 is not in the store, so 4.4.a cannot compare):
    // its level is capped.
    expect(diff.stdout).toContain('  • Xã Mỹ Thành (C28261): kết quả chung "Xuất sắc" → "Khá"');
    expect(diff.stdout).toContain(
      '  • Kết quả "An toàn về ANTT" dùng khi phân loại: (không có) (đã lưu) → kho, lần 2 (đánh giá lại)',
    );
    expect(diff.stderr).toMatch(/^Lỗi: Kết quả phân loại lại năm 2024 khác kết quả đã lưu ở \d+ đơn vị\.\n$/);
    // The same figures as from the files; saved; then equal.
    const saved = antq(
      ["phan-loai", "--tu-kho", "--nam", "2024", "--kho", kho, "--luu-kho", ...out("b.xlsx")],
      {
        env,
      },
    );
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain("Khá: 1/2 (50,0%)");
    const same = antq(["phan-loai", "--tu-kho", "--nam", "2024", "--kho", kho, "--doi-chieu"], { env });
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("Trùng khớp: 2 đơn vị có cùng kết quả.");
    // The store counts each kind of run apart; replacing the year removes both, names both and how to save each.
    const shown = antq(["kho", "--kho", kho], { env });
    expect(shown.stdout).toContain("khen thưởng; 1 lần đánh giá, 2 lần phân loại. Nhập lúc ");
    const replaced = antq(["nhap", file, "--nam", "2024", "--kho", kho, "--thay-the"], { env });
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain(
      [
        "  Đã xoá 1 lần đánh giá và 2 lần phân loại đã lưu của năm 2024 (kết quả của dữ liệu cũ, không còn đúng với dữ liệu mới). Muốn đối chiếu sau này, hãy lưu lại kết quả đánh giá và phân loại năm 2024 vào kho.",
        // In the store named with --kho, not the default one.
        `  Lệnh lưu: antq danh-gia --tu-kho --nam 2024 --kho ${kho} --luu-kho.`,
        `  Lệnh lưu: antq phan-loai --tu-kho --nam 2024 --kho ${kho} --luu-kho.`,
        "",
      ].join("\n"),
    );
  });

  it("says what --thay-the removes, why --doi-chieu then has nothing to compare, and a year without score sheets", async () => {
    const dir = tempDir();
    const kho = await location(dir);
    const env = { ANTQ_NGUOI_NHAP: "Lê Văn Tâm", ANTQ_DATABASE_URL: "" };
    const y = yearFile(dir, 2024, () => counts(1, 0, 0));
    expect(antq(["nhap", y.file, "--nam", "2024", "--kho", kho], { env }).code).toBe(0);
    const saved = antq(
      ["danh-gia", "--tu-kho", "--nam", "2024", "--kho", kho, "--ra", join(dir, "a.xlsx"), "--luu-kho"],
      { env },
    );
    expect(saved.code).toBe(0);
    // The stored results belong to the data they were made from: replacing the data removes them, and says so.
    const corrected = yearFile(dir, 2024, () => counts(0, 0, 0), "2024-sua");
    const replaced = antq(["nhap", corrected.file, "--nam", "2024", "--kho", kho, "--thay-the"], {
      env: { ...env, ANTQ_NGUOI_NHAP: "Nguyễn Thị Hoa" },
    });
    expect(replaced.stderr).toBe("");
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain("Đã thay thế dữ liệu năm 2024");
    expect(replaced.stdout).toContain(
      `Đã xoá 1 lần đánh giá đã lưu của năm 2024 (kết quả của dữ liệu cũ, không còn đúng với dữ liệu mới). Muốn đối chiếu sau này, hãy lưu lại kết quả đánh giá năm 2024 vào kho.\n  Lệnh lưu: antq danh-gia --tu-kho --nam 2024 --kho ${kho} --luu-kho.\n`,
    );
    const compare = antq(["danh-gia", "--tu-kho", "--nam", "2024", "--kho", kho, "--doi-chieu"], { env });
    expect(compare.code).toBe(2);
    expect(compare.stderr).toContain(
      "không có kết quả đánh giá năm 2024 để đối chiếu: dữ liệu năm này đã được nhập lại (thay thế dữ liệu cũ) bởi Nguyễn Thị Hoa lúc ",
    );
    expect(compare.stderr).toContain(
      `các kết quả đã lưu của dữ liệu cũ đã bị xoá cùng dữ liệu đó. Hãy lưu kết quả đánh giá năm 2024 của dữ liệu mới vào kho. Lệnh lưu: antq danh-gia --tu-kho --nam 2024 --kho ${kho} --luu-kho.`,
    );
    // No score sheet was imported with 2024: phan-loai --tu-kho says so, and writes nothing.
    const classify = antq(
      ["phan-loai", "--tu-kho", "--nam", "2024", "--kho", kho, "--ra", join(dir, "pl.xlsx")],
      { env },
    );
    expect(classify.code).toBe(2);
    expect(classify.stderr).toContain(
      "không có bảng chấm điểm nào của năm 2024: dữ liệu năm này đã nhập không kèm bảng chấm điểm.",
    );
    expect(classify.stderr).toContain(
      `Nhập lại: antq nhap <tệp> --nam 2024 --thay-the --kho ${kho}; hoặc phân loại từ tệp: antq phan-loai <tệp> --nam 2024.`,
    );
    expect(existsSync(join(dir, "pl.xlsx"))).toBe(false);
  });

  it("refuses unclear combinations with a Vietnamese message (exit 2)", async () => {
    const dir = tempDir();
    const kho = await location(dir);
    const env = { ANTQ_DATABASE_URL: "" };
    const cases: [string[], string][] = [
      [
        ["danh-gia", "--tu-kho", "--kho", kho],
        `Ghi năm cần lấy từ kho bằng --nam, ví dụ: antq danh-gia --tu-kho --nam 2024 --kho ${kho}.`,
      ],
      [["danh-gia", "--nam", "2023"], "Cần ít nhất một tệp dữ liệu, hoặc --tu-kho"],
      [
        ["danh-gia", "x.json", "--luu-kho", "--kho", kho],
        `--luu-kho chỉ dùng với --tu-kho: kết quả lưu và đối chiếu trong kho là kết quả của dữ liệu đã nhập vào kho (nhập tệp bằng antq nhap <tệp> --nam <năm> --kho ${kho}).`,
      ],
      [["danh-gia", "--tu-kho", "--nam", "2019", "--kho", kho], "Kho chưa có dữ liệu năm 2019."],
      [
        ["danh-gia", "--tu-kho", "--nam", "2019", "--kho", kho, "--doi-chieu"],
        "Kho chưa có dữ liệu năm 2019.",
      ],
    ];
    for (const [args, message] of cases) {
      const r = antq(args, { env });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});
