/**
 * The demo workbook and its expected results, made by the built CLI (`antq demo`, then `antq danh-gia --json`
 * on the same file), so that the web app is compared with what the CLI computes.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateProvince } from "@antq/datagen";
import type { SecurityTeam } from "@antq/domain";
import {
  AWARD_PROPOSAL_SHEET,
  type Column,
  type SheetSpec,
  TEAM_MEMBER_SHEET,
  TEAM_SHEET,
} from "@antq/sheets";
import { buildDataWorkbook, newWorkbook, workbookBytes } from "@antq/sheets/xlsx";

export const CLI = fileURLToPath(new URL("../../cli/dist/main.js", import.meta.url));

/** Runs the built CLI; its JSON output parsed. */
export const cliJson = (args: readonly string[], cwd: string): unknown => {
  try {
    return JSON.parse(
      execFileSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }),
    );
  } catch (error) {
    // danh-gia exits non-zero when rows have errors but still prints its JSON.
    const out = (error as { stdout?: string }).stdout;
    if (out) return JSON.parse(out);
    throw error;
  }
};

/** Runs the built CLI without blocking (its stdout; danh-gia exits non-zero on row errors but prints). */
export const cliAsync = (args: readonly string[], cwd: string): Promise<string> =>
  new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && !stdout) reject(new Error(`antq ${args.join(" ")}: ${stderr || error.message}`));
        else resolve(stdout);
      },
    );
  });

/** {@link cliAsync}'s JSON output parsed. */
export const cliJsonAsync = async (args: readonly string[], cwd: string): Promise<unknown> =>
  JSON.parse(await cliAsync(args, cwd));

export interface Demo {
  readonly dir: string;
  readonly xlsx: string;
  /** `antq danh-gia <xlsx> --json` */
  readonly expected: {
    readonly year: number;
    readonly summary: {
      readonly all: { total: number; passed: number; inScope: number };
      readonly byKind: readonly { kind: string; title: string; passed: number; inScope: number }[];
    };
  };
}

/** Makes the demo workbook in a temporary folder (needs `apps/cli` built). */
export const makeDemo = (): Demo => {
  if (!existsSync(CLI)) throw new Error(`Cần dựng CLI trước (npx nx build @antq/cli): thiếu ${CLI}`);
  const dir = mkdtempSync(join(tmpdir(), "antq-web-"));
  execFileSync(process.execPath, [CLI, "demo", "--ra", join(dir, "demo"), "--json"], { cwd: dir });
  const xlsx = join(dir, "demo", "du-lieu-mau.xlsx");
  const expected = cliJson(
    ["danh-gia", xlsx, "--json", "--ra", join(dir, "kq.xlsx")],
    dir,
  ) as Demo["expected"];
  return { dir, xlsx, expected };
};

export const bytesOf = (file: string) => new Uint8Array(readFileSync(file));

/** A CLI test fixture (apps/cli/test/fixtures/…). */
export const cliFixture = (path: string) =>
  fileURLToPath(new URL(`../../cli/test/fixtures/${path}`, import.meta.url));

/**
 * Score sheets for two of the demo's communes (the CLI's score-sheet fixture, moved onto one commune that is
 * "chưa đạt" and one that is "đạt" in the demo's assessment), and `antq phan-loai --json` on them with the
 * demo's assessment (`--ket-qua-danh-gia`).
 */
export const demoScoreSheets = async (demo: Demo) => {
  const units = (
    demo.expected as unknown as {
      units: { unitId: string; unitName: string; kind: string; outcome: string }[];
    }
  ).units;
  const communes = units.filter((u) => u.kind === "commune");
  const targets = [communes.find((u) => u.outcome === "chua_dat"), communes.find((u) => u.outcome === "dat")];
  const sheets = JSON.parse(readFileSync(cliFixture("hop-le/bang-diem-2024.json"), "utf8")) as {
    scoreSheets: { unitId: string; unitName: string }[];
  };
  sheets.scoreSheets.forEach((sheet, i) => {
    const target = targets[i];
    if (!target) throw new Error("Tỉnh mẫu thiếu xã đạt hoặc chưa đạt");
    sheet.unitId = target.unitId;
    sheet.unitName = target.unitName;
  });
  const file = join(demo.dir, "bang-diem.json");
  writeFileSync(file, JSON.stringify(sheets, null, 2));
  const expected = (await cliJsonAsync(
    [
      "phan-loai",
      file,
      "--ket-qua-danh-gia",
      join(demo.dir, "kq.json"),
      "--json",
      "--ra",
      join(demo.dir, "pl.xlsx"),
    ],
    demo.dir,
  )) as { units: { unitId: string; levelTitle: string }[]; summary: { total: number } };
  return { file, expected, chuaDat: targets[0]?.unitId as string };
};

/** A cell as an officer types it: the choice's label, a date as dd/mm/yyyy. */
const typed = (column: Column, value: unknown): string | number | undefined => {
  if (value === undefined || value === null) return undefined;
  const choice = column.choices?.find((c) => c.code === value);
  if (choice) return choice.label;
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return value.split("-").reverse().join("/");
  return value as string | number;
};

/**
 * The CLI's Tổ bảo vệ ANTT fixture (Châu Thành, 2025) typed into the template's two sheets, and
 * `antq to-bao-ve --json` on that workbook.
 */
export const teamsWorkbook = async (demo: Demo) => {
  const { teams } = JSON.parse(readFileSync(cliFixture("to-bao-ve/chau-thanh-2025.json"), "utf8")) as {
    teams: SecurityTeam[];
  };
  const workbook = newWorkbook();
  const sheet = (spec: SheetSpec, values: readonly Record<string, unknown>[]) => {
    const ws = workbook.addWorksheet(spec.sheetName);
    ws.addRow(spec.columns.map((c) => c.header));
    for (const v of values) ws.addRow(spec.columns.map((c) => typed(c, v[c.path.join(".")])));
  };
  sheet(
    TEAM_SHEET,
    teams.map((t) => ({ ...t, ...t.ratings?.[0] })),
  );
  sheet(
    TEAM_MEMBER_SHEET,
    teams.flatMap((t) => t.members.map((m) => ({ ...m, teamId: t.id, ...m.ratings?.[0] }))),
  );
  const file = join(demo.dir, "to-bao-ve.xlsx");
  writeFileSync(file, await workbookBytes(workbook));
  const expected = (await cliJsonAsync(["to-bao-ve", file, "--nam", "2025", "--json"], demo.dir)) as {
    summary: { communes: number };
    communes: { teams: { id: string; ratingTitle: string }[] }[];
  };
  return { file, expected };
};

/**
 * Two Kỷ niệm chương proposals typed into the template's "Đề nghị khen thưởng" sheet (one with 10 years of
 * service on the day, one a day short), and `antq khen-thuong --json` on that workbook.
 */
export const awardsWorkbook = async (demo: Demo) => {
  const file = join(demo.dir, "de-nghi.xlsx");
  writeFileSync(file, await awardsWorkbookBytes());
  const expected = (await cliJsonAsync(["khen-thuong", file, "--json"], demo.dir)) as {
    proposals: { id: string; outcome: string; outcomeTitle: string }[];
  };
  return { file, expected };
};

/** The workbook of {@link awardsWorkbook}: two Kỷ niệm chương proposals, 10 years of service and a day short. */
export const awardsWorkbookBytes = async (): Promise<Uint8Array> => {
  const row = (id: string, since: string): Record<string, unknown> => ({
    "Mã đề nghị": id,
    "Hình thức khen thưởng": "Kỷ niệm chương",
    "Cấp khen thưởng": "Bộ trưởng Bộ Công an",
    "Tập thể hay cá nhân": "Cá nhân",
    "Tên tập thể, họ tên cá nhân": "Trần Thị Mai",
    "Vai trò của cá nhân": "Thành viên Tổ bảo vệ ANTT",
    "Ngày đề nghị": new Date(Date.UTC(2025, 8, 25)),
    "Năm thành tích": 2025,
    "Tóm tắt thành tích": "10 năm tham gia lực lượng bảo vệ an ninh, trật tự ở cơ sở",
    "Giới tính": "Nữ",
    "Ngày bắt đầu tham gia Bảo vệ dân phố, Công an xã": since,
    "Xếp loại năm thành tích": "Hoàn thành tốt nhiệm vụ",
  });
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(AWARD_PROPOSAL_SHEET.sheetName);
  const headers = AWARD_PROPOSAL_SHEET.columns.map((c) => c.header);
  sheet.addRow(headers);
  for (const r of [row("knc-01", "25/09/2015"), row("knc-02", "26/09/2015")])
    sheet.addRow(headers.map((h) => r[h] ?? null));
  return workbookBytes(workbook);
};

/** One year of {@link twoYears}: its workbook and `antq danh-gia --tu-kho --luu-kho --json`'s "X/Y đạt". */
export interface RecordedYear {
  readonly year: number;
  readonly file: string;
  readonly passed: number;
  readonly inScope: number;
}

/**
 * Two years of one generated province as the officer's workbooks, without last year's counts typed (the
 * officer leaves them to the record), put into a CLI store as an officer does (`antq nhap`, then
 * `antq danh-gia --tu-kho --luu-kho`, which takes 2023's counts from the store for 2024), and the sơ kết
 * report `antq bao-cao --tu-kho` writes from that store: what the browser's record must give on the same
 * files. Runs the CLI without blocking, so the browser tests go on meanwhile.
 */
export const twoYears = async (
  demo: Demo,
): Promise<{ years: RecordedYear[]; docx: string; annex: string }> => {
  const store = join(demo.dir, "kho");
  const years: RecordedYear[] = [];
  for (const year of [2023, 2024]) {
    const p = generateProvince({ seed: 2026, year, communes: 2 });
    const facts = p.facts.map(({ previousYearCounts: _typed, ...f }) => f) as typeof p.facts;
    const file = join(demo.dir, `du-lieu-${year}.xlsx`);
    writeFileSync(file, await workbookBytes(buildDataWorkbook(p.units, facts)));
    await cliAsync(["nhap", file, "--nam", String(year), "--kho", store, "--json"], demo.dir);
    const out = JSON.parse(
      await cliAsync(
        [
          "danh-gia",
          "--tu-kho",
          "--nam",
          String(year),
          "--luu-kho",
          "--kho",
          store,
          "--json",
          "--ra",
          join(demo.dir, `kq-${year}.xlsx`),
        ],
        demo.dir,
      ),
    ) as { summary: { all: { passed: number; inScope: number } } };
    years.push({ year, file, passed: out.summary.all.passed, inScope: out.summary.all.inScope });
  }
  const docx = join(demo.dir, "bao-cao-2023-2024.docx");
  await cliAsync(
    ["bao-cao", "--tu-kho", "--kho", store, "--tu", "2023", "--den", "2024", "--ra", docx, "--json"],
    demo.dir,
  );
  return { years, docx, annex: docx.replace(/\.docx$/, "-phu-luc.xlsx") };
};

/** Hậu Giang's điển hình registrations and 2023 results, from the CLI's fixtures. */
export const HAU_GIANG_TYPICAL = [
  "dang-ky-dien-hinh.csv",
  "ket-qua-phan-loai-2023.json",
  "ket-qua-danh-gia-2023.json",
].map((f) => cliFixture(`cycle/hau-giang/${f}`));

/** `antq dien-hinh` on {@link HAU_GIANG_TYPICAL} (with `extra` flags, e.g. `--cau-hinh`), its JSON parsed. */
export const hauGiangTypicalCli = (dir: string, out: string, extra: readonly string[] = []) => {
  const [registrations, classification, assessment] = HAU_GIANG_TYPICAL as [string, string, string];
  return cliJsonAsync(
    [
      "dien-hinh",
      registrations,
      "--phan-loai",
      classification,
      "--danh-gia",
      assessment,
      ...extra,
      "--json",
      "--ra",
      join(dir, out),
    ],
    dir,
  );
};
