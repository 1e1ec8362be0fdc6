/**
 * The yearly cycle through the multi-year store on the built binary: `antq nhap` stores the plan, điển hình
 * registration and Tổ bảo vệ ANTT sheets of a year's workbook, and `antq ke-hoach`, `dien-hinh` and
 * `to-bao-ve` with `--tu-kho` give exactly what they give from the files (An Giang's KH 10/KH-BCĐ-CAT with
 * its 2023–2025 registrations; the Tiền Giang teams of 2025).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateProvince } from "@antq/datagen";
import { PROVINCE_UNITS, type SecurityTeam } from "@antq/domain";
import {
  ACTIVITY_SHEETS,
  AWARD_PROPOSAL_SHEET,
  type Column,
  MODEL_SHEET,
  openCsv,
  PLAN_COUNT_SHEET,
  PLAN_PERCENT_SHEET,
  PLAN_SHEET,
  type SheetSpec,
  TEAM_MEMBER_SHEET,
  TEAM_SHEET,
  TYPICAL_SHEET,
} from "@antq/sheets";
import { buildDataWorkbook } from "@antq/sheets/xlsx";
import { StoreSummaryDocumentSchema } from "@antq/store";
import { describe, expect, it } from "vitest";
import { antq, fixtures, hasStackTrace, newStore, tempDir } from "./helpers/run.js";

const ag = join(fixtures, "cycle/an-giang");
const ADMIN = ["--don-vi-hanh-chinh", join(ag, "don-vi-hanh-chinh.csv")];
const shipped = new Set(PROVINCE_UNITS.map((u) => u.id));

/** The rows of a fixture CSV (header row first), as the officer typed them. */
const csvRows = async (file: string): Promise<string[][]> => {
  const table = await openCsv(readFileSync(file, "utf8"));
  const rows: string[][] = [table.headers.map(String)];
  for await (const batch of table.rows) for (const r of batch) rows.push(r.cells.map((c) => String(c ?? "")));
  return rows;
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

const teamRows = (teams: readonly SecurityTeam[]) => {
  const row = (spec: SheetSpec, value: Record<string, unknown>) =>
    spec.columns.map((c) => typed(c, value[c.path.join(".")]));
  return {
    teams: teams.map((t) => row(TEAM_SHEET, { ...t, ...t.ratings?.[0] })),
    members: teams.flatMap((t) =>
      t.members.map((m) => row(TEAM_MEMBER_SHEET, { ...m, teamId: t.id, ...m.ratings?.[0] })),
    ),
  };
};

/** A year's workbook: generated units and facts, and the cycle sheets given. */
const yearWorkbook = async (
  file: string,
  year: number,
  sheets: readonly { spec: SheetSpec; rows: readonly (readonly unknown[])[]; name?: string }[],
  options: { readonly unitModels?: boolean } = {},
) => {
  const p = generateProvince({ seed: 89 + year, year, communes: 1 });
  const facts = options.unitModels === false ? p.facts.map(({ models: _, ...f }) => f) : p.facts;
  const workbook = buildDataWorkbook(p.units, facts);
  const unitModels = workbook.getWorksheet("Mô hình");
  if (options.unitModels === false && unitModels) workbook.removeWorksheet(unitModels.id);
  for (const { spec, rows, name } of sheets) {
    const sheet = workbook.addWorksheet(name ?? spec.sheetName);
    for (const r of rows) sheet.addRow([...r]);
  }
  await workbook.xlsx.writeFile(file);
  expect(p.adminUnits.some((a) => !shipped.has(a.id))).toBe(true);
};

/** Two training courses of 2025: 26 lớp, 1.502 lượt học viên. */
const training = (() => {
  const spec = ACTIVITY_SHEETS.find((x) => x.activityKind === "training") as SheetSpec;
  const rows = [
    { id: "th-2025-1", "period.from": "2025-03-04", "period.to": "2025-03-08", classes: 20, trainees: 1200 },
    { id: "th-2025-2", "period.from": "2025-09-09", "period.to": "2025-09-13", classes: 6, trainees: 302 },
  ];
  return {
    spec,
    rows: [
      spec.columns.map((c) => c.header),
      ...rows.map((r) => spec.columns.map((c) => typed(c, (r as Record<string, unknown>)[c.path.join(".")]))),
    ],
  };
})();

describe("the yearly cycle from the store (--tu-kho)", { timeout: 600_000 }, () => {
  it("antq nhap stores the cycle sheets; ke-hoach, dien-hinh and to-bao-ve read them back", async () => {
    const dir = tempDir();
    const kho = newStore(dir);
    const plan = await csvRows(join(ag, "ke-hoach.csv"));
    const counts = await csvRows(join(ag, "chi-tieu-so-luong.csv"));
    const percents = await csvRows(join(ag, "chi-tieu-ty-le.csv"));
    const registrations = await csvRows(join(ag, "dang-ky-dien-hinh.csv"));
    const hauGiang = await csvRows(join(fixtures, "cycle/hau-giang/dang-ky-dien-hinh.csv"));
    const chauThanh = JSON.parse(readFileSync(join(fixtures, "to-bao-ve/chau-thanh-2025.json"), "utf8")) as {
      teams: SecurityTeam[];
    };
    const teams = teamRows(chauThanh.teams);
    for (const year of [2023, 2024, 2025]) {
      const file = join(dir, `du-lieu-${year}.xlsx`);
      await yearWorkbook(file, year, [
        // The plan is imported with 2023 only: it still governs 2025.
        ...(year === 2023
          ? [
              { spec: PLAN_SHEET, rows: plan },
              { spec: PLAN_COUNT_SHEET, rows: counts },
              { spec: PLAN_PERCENT_SHEET, rows: percents },
            ]
          : []),
        // Every year's workbook lists every registration; each year keeps its own. 2024 also has Hậu Giang's
        // five units chosen for 2024 (the same sheet, one more file's rows).
        {
          spec: TYPICAL_SHEET,
          rows: year === 2024 ? [...registrations, ...hauGiang.slice(1)] : registrations,
        },
        ...(year === 2025
          ? [
              { spec: TEAM_SHEET, rows: [TEAM_SHEET.columns.map((c) => c.header), ...teams.teams] },
              {
                spec: TEAM_MEMBER_SHEET,
                rows: [TEAM_MEMBER_SHEET.columns.map((c) => c.header), ...teams.members],
              },
              training,
            ]
          : []),
      ]);
      const r = antq(["nhap", file, "--nam", String(year), "--kho", kho]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const expected =
        registrations.slice(1).filter((row) => row[2] === String(year)).length + (year === 2024 ? 5 : 0);
      expect(r.stdout).toContain(`${year === 2023 ? 1 : 0} kế hoạch, ${expected} đăng ký điển hình`);
      if (year === 2025) expect(r.stdout).toContain(`${chauThanh.teams.length} tổ bảo vệ ANTT`);
    }

    // ke-hoach: the same document from the store as from the files.
    const files = [
      "ke-hoach.csv",
      "chi-tieu-so-luong.csv",
      "chi-tieu-ty-le.csv",
      "dang-ky-dien-hinh.csv",
    ].map((f) => join(ag, f));
    const fromFiles = antq([
      "ke-hoach",
      ...files,
      ...ADMIN,
      "--nam",
      "2025",
      "--ra",
      join(dir, "a.xlsx"),
      "--json",
    ]);
    const fromStore = antq([
      "ke-hoach",
      "--tu-kho",
      "--kho",
      kho,
      "--nam",
      "2025",
      ...ADMIN,
      "--ra",
      join(dir, "b.xlsx"),
      "--json",
    ]);
    expect(fromStore.stderr).toBe("");
    expect(fromStore.code).toBe(0);
    expect(JSON.parse(fromStore.stdout)).toEqual(JSON.parse(fromFiles.stdout));
    expect(fromStore.stdout).toContain("Long Xuyên");
    // An Giang's registrations were placed in the province of the year's units (Tiền Giang, generated here):
    // none of them is in Thừa Thiên Huế's scope.
    const elsewhere = antq([
      "ke-hoach",
      "--tu-kho",
      "--kho",
      kho,
      "--nam",
      "2025",
      "--tinh",
      "P46-2025",
      "--ra",
      join(dir, "c.xlsx"),
    ]);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain("Không có kế hoạch nào trong kho");

    const hg = join(fixtures, "cycle/hau-giang");
    // to-bao-ve: the stored teams of 2025 rate as the file's.
    const teamsFile = antq([
      "to-bao-ve",
      join(fixtures, "to-bao-ve/chau-thanh-2025.json"),
      "--nam",
      "2025",
      "--json",
    ]);
    const teamsStore = antq(["to-bao-ve", "--tu-kho", "--kho", kho, "--nam", "2025", "--json"]);
    expect(teamsStore.stderr).toBe("");
    expect(JSON.parse(teamsStore.stdout).summary).toEqual(JSON.parse(teamsFile.stdout).summary);
    const none = antq(["to-bao-ve", "--tu-kho", "--kho", kho, "--nam", "2024"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("không có Tổ bảo vệ ANTT nào năm 2024");
    expect(hasStackTrace(none.stderr)).toBe(false);
    // Two registration sheets would be one silently lost: refused.
    const twice = antq(["ke-hoach", ...files, join(hg, "dang-ky-dien-hinh.csv"), "--nam", "2025"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("cùng loại “Đăng ký điển hình” với");
    const both = antq([
      "to-bao-ve",
      join(fixtures, "to-bao-ve/chau-thanh-2025.json"),
      "--tu-kho",
      "--kho",
      kho,
      "--nam",
      "2025",
    ]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("Đọc từ kho (--tu-kho) thì không dùng tệp đầu vào");

    // hoat-dong: the stored activities of 2025.
    const activities = antq(["hoat-dong", "--tu-kho", "--kho", kho, "--nam", "2025"]);
    expect(activities.stderr).toBe("");
    expect(activities.stdout).toContain("Tập huấn, bồi dưỡng: 2 hoạt động; 26 lớp / 1.502 lượt học viên");

    // dien-hinh: the 2024 registrations and the plan from the store: Hậu Giang's five chosen units.
    const typicalArgs = [
      "--phan-loai",
      join(hg, "ket-qua-phan-loai-2023.json"),
      "--danh-gia",
      join(hg, "ket-qua-danh-gia-2023.json"),
      "--nam",
      "2024",
      "--ma-ke-hoach",
      "kh-10-2023-ag",
      "--json",
    ];
    // The files: the plan's, and one registration sheet with An Giang's and Hậu Giang's rows.
    const merged = join(dir, "dang-ky-dien-hinh.csv");
    const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
    writeFileSync(
      merged,
      [...registrations, ...hauGiang.slice(1)].map((r) => r.map(quote).join(",")).join("\n"),
    );
    const typicalFiles = antq([
      "dien-hinh",
      ...files.slice(0, 3),
      merged,
      ...typicalArgs,
      "--ra",
      join(dir, "dh1.xlsx"),
    ]);
    expect(typicalFiles.stderr).toBe("");
    const typicalStore = antq([
      "dien-hinh",
      "--tu-kho",
      "--kho",
      kho,
      ...typicalArgs,
      "--ra",
      join(dir, "dh2.xlsx"),
    ]);
    expect(typicalStore.stderr).toBe("");
    expect(typicalStore.code).toBe(0);
    const doc = JSON.parse(typicalStore.stdout) as {
      candidates: unknown[];
      chosen: { registrationId: string; eligible: boolean | null }[];
    };
    expect(doc).toEqual(JSON.parse(typicalFiles.stdout));
    expect(doc.candidates.length).toBeGreaterThan(0);
    expect(doc.chosen.map((c) => [c.registrationId, c.eligible])).toEqual([
      ["dh-hg-2024-1", true],
      ["dh-hg-2024-2", true],
      ["dh-hg-2024-3", true],
      ["dh-hg-2024-4", true],
      ["dh-hg-2024-5", true],
    ]);
  });

  it("antq nhap stores the model list, under its name or the old “Mô hình” told apart by its header row", async () => {
    const dir = tempDir();
    const rows = [
      MODEL_SHEET.columns.map((c) => c.header),
      ...[
        {
          id: "MH-TG-01",
          name: "Camera an ninh ấp Long Hưng",
          kind: "security-camera",
          startDate: "2023-03-15",
        },
        {
          id: "MH-TG-02",
          name: "Tổ tự quản bến đò Mỹ Tho",
          kind: "self-managed-team",
          startDate: "2024-06-01",
        },
      ].map((m) =>
        MODEL_SHEET.columns.map((c) => typed(c, (m as Record<string, unknown>)[c.path.join(".")])),
      ),
    ];
    const plan = [
      { spec: PLAN_SHEET, rows: await csvRows(join(ag, "ke-hoach.csv")) },
      { spec: PLAN_COUNT_SHEET, rows: await csvRows(join(ag, "chi-tieu-so-luong.csv")) },
    ];
    // This year's template: the units' "Mô hình" sheet and the model list "Danh sách mô hình" side by side.
    const now = join(dir, "du-lieu-2025.xlsx");
    await yearWorkbook(now, 2025, [...plan, { spec: MODEL_SHEET, rows }]);
    // A file made before: its only "Mô hình" sheet is the model list.
    const before = join(dir, "du-lieu-2025-cu.xlsx");
    await yearWorkbook(before, 2025, [...plan, { spec: MODEL_SHEET, rows, name: "Mô hình" }], {
      unitModels: false,
    });
    for (const [file, kho] of [
      [now, newStore(dir, "kho-1")],
      [before, newStore(dir, "kho-2")],
    ] as const) {
      const r = antq(["nhap", file, "--nam", "2025", "--kho", kho]);
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain(", 2 mô hình,");
      const progress = antq([
        "ke-hoach",
        "--tu-kho",
        "--kho",
        kho,
        "--nam",
        "2025",
        "--ra",
        join(dir, "kh.xlsx"),
      ]);
      expect(progress.stderr).toBe("");
      expect(progress.stdout).toContain("Mô hình: 2 mô hình, 2 điểm, 2 tổ");
    }
    // A header row of both layouts cannot be told apart: refused at its place, nothing stored.
    const both = join(dir, "du-lieu-2025-ca-hai.xlsx");
    const header = [...(rows[0] ?? []), "Mã đơn vị", "Năm đánh giá", "Hiệu quả hoạt động"];
    await yearWorkbook(both, 2025, [{ spec: MODEL_SHEET, rows: [header], name: "Mô hình" }], {
      unitModels: false,
    });
    const kho = newStore(dir, "kho-3");
    const r = antq(["nhap", both, "--nam", "2025", "--kho", kho]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${both}: trang “Mô hình”, dòng 1: dòng tiêu đề có cột của cả hai mẫu`);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(
      StoreSummaryDocumentSchema.parse(JSON.parse(antq(["kho", "--kho", kho, "--json"]).stdout)).years,
    ).toEqual([]);
  });

  it("antq nhap stores the award proposals; khen-thuong --tu-kho checks them as from the file", async () => {
    const dir = tempDir();
    const kho = newStore(dir);
    const headers = AWARD_PROPOSAL_SHEET.columns.map((c) => c.header);
    const proposal = (id: string, name: string, started: string) => ({
      "Mã đề nghị": id,
      "Hình thức khen thưởng": "Kỷ niệm chương",
      "Cấp khen thưởng": "Bộ trưởng Bộ Công an",
      "Tập thể hay cá nhân": "Cá nhân",
      "Tên tập thể, họ tên cá nhân": name,
      "Vai trò của cá nhân": "Thành viên Tổ bảo vệ ANTT",
      "Ngày đề nghị": "25/09/2025",
      "Năm thành tích": 2025,
      "Tóm tắt thành tích": "10 năm tham gia lực lượng bảo vệ an ninh, trật tự ở cơ sở",
      "Giới tính": "Nữ",
      "Ngày bắt đầu tham gia Bảo vệ dân phố, Công an xã": started,
      "Xếp loại năm thành tích": "Hoàn thành tốt nhiệm vụ",
    });
    const rows = [
      proposal("knc-01", "Trần Thị Mai", "25/09/2015"),
      proposal("knc-02", "Lê Thị Hồng", "26/09/2015"),
      proposal("knc-03", "Nguyễn Thị Lan", "02/01/2014"),
    ].map((p) => headers.map((h) => (p as Record<string, unknown>)[h]));
    const file = join(dir, "du-lieu-2025.xlsx");
    await yearWorkbook(file, 2025, [{ spec: AWARD_PROPOSAL_SHEET, rows: [headers, ...rows] }]);
    const imported = antq(["nhap", file, "--nam", "2025", "--kho", kho]);
    expect(imported.stderr).toBe("");
    expect(imported.stdout).toContain("3 đề nghị khen thưởng.");

    const fromFile = antq(["khen-thuong", file, "--json"]);
    const fromStore = antq(["khen-thuong", "--tu-kho", "--kho", kho, "--nam", "2025", "--json"]);
    expect(fromStore.stderr).toBe("");
    expect(fromStore.code).toBe(0);
    const doc = JSON.parse(fromStore.stdout) as { proposals: { id: string; outcome: string }[] };
    expect(doc).toEqual(JSON.parse(fromFile.stdout));
    expect(doc.proposals.map((p) => [p.id, p.outcome])).toEqual([
      ["knc-01", "dat"],
      ["knc-02", "chua_dat"],
      ["knc-03", "dat"],
    ]);
    // The generated units are Tiền Giang's (P82, part of today's Đồng Tháp): none in Thừa Thiên Huế.
    const scoped = antq([
      "khen-thuong",
      "--tu-kho",
      "--kho",
      kho,
      "--nam",
      "2025",
      "--tinh",
      "P82-2025",
      "--json",
    ]);
    expect(JSON.parse(scoped.stdout)).toEqual(doc);
    const elsewhere = antq(["khen-thuong", "--tu-kho", "--kho", kho, "--nam", "2025", "--tinh", "P46-2025"]);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain("không có đề nghị khen thưởng nào năm 2025 của P46-2025");
    const noYear = antq(["khen-thuong", "--tu-kho", "--kho", kho, "--nam", "2024"]);
    expect(noYear.code).toBe(2);
    expect(noYear.stderr).toContain("chưa có dữ liệu năm 2024");
    expect(hasStackTrace(noYear.stderr)).toBe(false);
  });

  it("a bad cycle sheet stops the import with its location; nothing is stored", async () => {
    const dir = tempDir();
    const kho = newStore(dir);
    const registrations = await csvRows(join(ag, "dang-ky-dien-hinh.csv"));
    const bad = registrations.map((r, i) => (i === 2 ? r.map((c, j) => (j === 2 ? "hai nghìn" : c)) : r));
    const file = join(dir, "du-lieu-2023.xlsx");
    await yearWorkbook(file, 2023, [{ spec: TYPICAL_SHEET, rows: bad }]);
    const r = antq(["nhap", file, "--nam", "2023", "--kho", kho]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Lỗi — ${file}, trang "Đăng ký điển hình", dòng 3, cột C (Năm)`);
    expect(r.stderr).toContain("chưa nhập gì vào kho");
    const k = antq(["kho", "--kho", kho, "--json"]);
    expect(StoreSummaryDocumentSchema.parse(JSON.parse(k.stdout)).years).toEqual([]);
  });
});
