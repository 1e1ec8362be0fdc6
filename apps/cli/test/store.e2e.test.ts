/**
 * `antq nhap` and `antq kho` on the built binary, with an embedded store (a temporary folder): import,
 * refusal and replacement of a year, located errors for bad files, the lock message, and kill -9 during an
 * import leaving the store as it was.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { generateProvince } from "@antq/datagen";
import { PROVINCE_UNITS } from "@antq/domain";
import { ImportDocumentSchema, StoreSummaryDocumentSchema } from "@antq/store";
import { describe, expect, it } from "vitest";
import { processExists } from "../src/io/temporary-files.js";
import { antq, appRoot, binary, hasStackTrace, newStore, tempDir } from "./helpers/run.js";

const shipped = new Set(PROVINCE_UNITS.map((u) => u.id));
const datasetFile = (dir: string, year: number, communes = 2, seed = 138) => {
  const p = generateProvince({ seed, year, communes });
  const file = join(dir, `du-lieu-${year}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      schemaVersion: 1,
      adminUnits: p.adminUnits.filter((a) => !shipped.has(a.id)),
      units: p.units,
      annualFacts: p.facts,
      models: p.models,
    }),
  );
  return { file, units: p.units.length, facts: p.facts.length, models: p.models.length };
};

/** Polls `check` every 25 ms until it holds or `ms` pass. */
const until = async (check: () => boolean, ms: number): Promise<boolean> => {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
};

/** The pid in the store's lock once a process other than `launcher` (its child) has written it. */
const lockHolder = async (kho: string, launcher: number): Promise<number> => {
  const read = () => {
    try {
      return (JSON.parse(readFileSync(join(kho, "antq.lock"), "utf8")) as { pid?: number }).pid;
    } catch {
      return undefined;
    }
  };
  const seen = () => {
    const pid = read();
    return pid !== undefined && pid !== launcher && processExists(pid);
  };
  expect(await until(seen, 30_000)).toBe(true);
  return read() as number;
};

// Each run opens PGlite (a fresh data folder is an initdb: seconds, tens of seconds on busy cores).
describe("antq nhap / antq kho", { timeout: 600_000 }, () => {
  it("imports years, refuses a second import without --thay-the and shows what the store holds", () => {
    const dir = tempDir();
    const kho = join(dir, "kho");
    const d2023 = datasetFile(dir, 2023);
    const d2024 = datasetFile(dir, 2024);
    const env = { ANTQ_NGUOI_NHAP: "Trần Thị Mai", ANTQ_DATABASE_URL: "" };
    const first = antq(["nhap", d2023.file, "--nam", "2023", "--kho", kho], { env });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Đã nhập dữ liệu năm 2023 vào kho ${kho}:`);
    expect(first.stdout).toContain(
      `${d2023.units} đơn vị, ${d2023.units} bản dữ kiện, ${d2023.models} mô hình`,
    );
    const second = antq(["nhap", d2024.file, "--nam", "2024", "--kho", kho, "--json"], { env });
    expect(second.code).toBe(0);
    const imported = ImportDocumentSchema.parse(JSON.parse(second.stdout));
    expect(imported).toMatchObject({ format: "antq.import/1", location: kho, year: 2024, replaced: false });
    expect(imported.counts).toMatchObject({
      units: d2024.units,
      annualFacts: d2024.facts,
      models: d2024.models,
    });

    const again = antq(["nhap", d2024.file, "--nam", "2024", "--kho", kho], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /^Lỗi: Kho đã có dữ liệu năm 2024 \(do Trần Thị Mai nhập lúc .* từ tệp du-lieu-2024\.json\)\. Muốn thay thế dữ liệu năm này, hãy nhập lại với tùy chọn thay thế\. Lệnh nhập lại: antq nhap <tệp> --nam 2024 --thay-the --kho \S+\.\n$/,
    );
    expect(again.stderr).toContain(`--thay-the --kho ${kho}.\n`);
    const replaced = antq(["nhap", d2024.file, "--nam", "2024", "--kho", kho, "--thay-the"], { env });
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain("Đã thay thế dữ liệu năm 2024");

    const shown = antq(["kho", "--kho", kho], { env });
    expect(shown.code).toBe(0);
    // The version of the store's tables as a number, not the migration's file name.
    expect(shown.stdout).toMatch(/^Kho dữ liệu: .* \(lưu trên máy, lược đồ \d+\)\n/);
    expect(shown.stdout).toContain(`Kho dữ liệu: ${kho} (lưu trên máy, lược đồ`);
    expect(shown.stdout).toContain(`  • Năm 2023: ${d2023.units} đơn vị`);
    expect(shown.stdout).toContain("bởi Trần Thị Mai từ tệp du-lieu-2024.json (thay thế lần nhập trước).");
    expect(shown.stdout).toContain("Lịch sử: 3 lần nhập.");
    const json = StoreSummaryDocumentSchema.parse(
      JSON.parse(antq(["kho", "--kho", kho, "--json"], { env }).stdout),
    );
    expect([json.format, json.location, json.engine]).toEqual(["antq.store-summary/1", kho, "pglite"]);
    expect(json.years.map((y) => [y.year, y.import.counts.units])).toEqual([
      [2023, d2023.units],
      [2024, d2024.units],
    ]);
    expect(json.imports[2]).toMatchObject({
      year: 2024,
      replaced: true,
      fileName: "du-lieu-2024.json",
      importedBy: "Trần Thị Mai",
    });
    expect(json.imports[2]?.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.imports[1]?.id).toBe(imported.importId);
  });

  it("antq kho on an empty store prints the import command the way antq was started", () => {
    const kho = newStore(tempDir());
    const env = { ANTQ_DATABASE_URL: "" };
    const hint = (invocation: string) =>
      `Kho chưa có dữ liệu năm nào: hãy nhập dữ liệu của một năm vào kho.\nLệnh nhập: ${invocation} nhap <tệp> --nam <năm> --kho ${kho}.\n`;
    const npx = antq(["kho", "--kho", kho], { env: { ...env, ANTQ_LENH: "npx antq" } });
    expect(npx.code).toBe(0);
    expect(npx.stdout).toContain(hint("npx antq"));
    // Started as `node .e2e-dist/main.js` from the app's folder, with nothing handed down (and not under npx,
    // as this test run may be): the launcher works the invocation out and hands it to the program.
    const { ANTQ_LENH: _, npm_command: __, ...inherited } = process.env;
    const direct = spawnSync(process.execPath, [relative(appRoot, binary), "kho", "--kho", kho], {
      cwd: appRoot,
      encoding: "utf8",
      env: { ...inherited, ...env, TZ: "UTC" },
    });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toContain(hint(`node ${join(".e2e-dist", "main.js")}`));
  });

  it("reports bad files with their location and writes nothing", () => {
    const dir = tempDir();
    const kho = newStore(dir);
    const broken = join(dir, "hong.json");
    writeFileSync(broken, '{\n  "schemaVersion": 1,\n  "units": [\n    { "id": "x", }\n  ]\n}\n');
    const r1 = antq(["nhap", broken, "--nam", "2024", "--kho", kho]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/^Lỗi: Tệp .*hong\.json không phải JSON hợp lệ \(dòng 4, cột \d+\)/);
    expect(hasStackTrace(r1.stderr)).toBe(false);

    const invalid = join(dir, "sai.json");
    const { file } = datasetFile(dir, 2024, 1);
    const doc = JSON.parse(readFileSync(file, "utf8"));
    doc.units[1].name = "";
    writeFileSync(invalid, JSON.stringify(doc));
    const r2 = antq(["nhap", invalid, "--nam", "2024", "--kho", kho]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain(`Lỗi — ${invalid}, trường units[1].name:`);
    expect(r2.stderr).toContain("Lỗi: Dữ liệu có 1 lỗi; chưa nhập gì vào kho.");
    // Nothing was written: the store shows no year.
    expect(antq(["kho", "--kho", kho]).stdout).toContain(
      `Kho chưa có dữ liệu năm nào: hãy nhập dữ liệu của một năm vào kho.\nLệnh nhập: antq nhap <tệp> --nam <năm> --kho ${kho}.\n`,
    );

    const missing = antq(["nhap", join(dir, "khong-co.json"), "--nam", "2024", "--kho", kho]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("tệp không tồn tại");
  });

  it("tells a second process who holds the store (exit 2), and a killed importer leaves it as it was", async () => {
    const dir = tempDir();
    const kho = newStore(dir);
    const env = { ANTQ_DATABASE_URL: "" };
    const small = datasetFile(dir, 2023, 1);
    expect(antq(["nhap", small.file, "--nam", "2023", "--kho", kho], { env }).code).toBe(0);
    const big = datasetFile(dir, 2024, 400, 7);
    const launcher = spawn(process.execPath, [binary, "nhap", big.file, "--nam", "2024", "--kho", kho], {
      stdio: "ignore",
      env: { ...process.env, ...env },
    });
    // nhap runs under the launcher: the lock is held by its child. Once the child has written its lock, stop it
    // there (a fast machine could otherwise finish the import before the second process starts), check the
    // message another process gets, then kill it -9.
    const holder = await lockHolder(kho, launcher.pid as number);
    expect(holder).not.toBe(launcher.pid);
    process.kill(holder, "SIGSTOP");
    const locked = antq(["kho", "--kho", kho], { env });
    expect(locked.code).toBe(2);
    expect(locked.stderr).toMatch(
      new RegExp(`^Lỗi: Kho dữ liệu ${kho} đang được tiến trình ${holder} trên máy .+ sử dụng từ `),
    );
    const importAgain = antq(["nhap", small.file, "--nam", "2023", "--thay-the", "--kho", kho], { env });
    expect(importAgain.code).toBe(2);
    expect(importAgain.stderr).toContain(`đang được tiến trình ${holder}`);
    process.kill(holder, "SIGKILL");
    await new Promise((r) => launcher.once("exit", r));
    expect(launcher.exitCode ?? 128 + 9).not.toBe(0);
    const after = StoreSummaryDocumentSchema.parse(
      JSON.parse(antq(["kho", "--kho", kho, "--json"], { env }).stdout),
    );
    expect(after.years.map((y) => y.year)).toEqual([2023]);
    expect(after.imports).toHaveLength(1);
  });

  it("runs nhap under the launcher: its heap is capped, and SIGKILL of the launcher stops the import", async () => {
    const dir = tempDir();
    const kho = newStore(dir);
    const env = { ANTQ_DATABASE_URL: "" };
    const small = datasetFile(dir, 2023, 1);
    const first = antq(["nhap", small.file, "--nam", "2023", "--kho", kho], {
      env: { ...env, ANTQ_DEBUG: "1" },
    });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("antq: chạy chương trình với --max-old-space-size=768");
    const big = datasetFile(dir, 2024, 400, 7);
    const launcher = spawn(process.execPath, [binary, "nhap", big.file, "--nam", "2024", "--kho", kho], {
      stdio: "ignore",
      env: { ...process.env, ...env },
    });
    const child = await lockHolder(kho, launcher.pid as number);
    launcher.kill("SIGKILL");
    await new Promise((r) => launcher.once("exit", r));
    // The child loses its IPC channel and exits; it does not finish the import alone.
    expect(await until(() => !processExists(child), 20_000)).toBe(true);
    const after = antq(["kho", "--kho", kho, "--json"], { env });
    expect(after.code).toBe(0);
    const shown = StoreSummaryDocumentSchema.parse(JSON.parse(after.stdout));
    expect(shown.years.map((y) => y.year)).toEqual([2023]);
    expect(shown.imports).toHaveLength(1);
  });

  it("refuses a store that cannot be opened with exit 2 and a Vietnamese message", () => {
    const dir = tempDir();
    const notAFolder = join(dir, "kho.txt");
    writeFileSync(notAFolder, "không phải thư mục");
    const small = datasetFile(dir, 2023, 1);
    const r = antq(["nhap", small.file, "--nam", "2023", "--kho", notAFolder], {
      env: { ANTQ_DATABASE_URL: "" },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Lỗi: Không mở được kho dữ liệu ${notAFolder}`);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const shown = antq(["kho", "--kho", notAFolder], { env: { ANTQ_DATABASE_URL: "" } });
    expect(shown.code).toBe(2);
    expect(readFileSync(notAFolder, "utf8")).toBe("không phải thư mục");
  });

  it("imports the officer's workbook read by @antq/sheets, and refuses a file with an error row, importing nothing", () => {
    const dir = tempDir();
    const kho = newStore(dir);
    const env = { ANTQ_DATABASE_URL: "" };
    expect(antq(["demo", "--ra", dir], { env }).code).toBe(0);
    const demo = JSON.parse(readFileSync(join(dir, "du-lieu-mau.json"), "utf8")) as { units: unknown[] };
    const imported = antq(["nhap", join(dir, "du-lieu-mau.xlsx"), "--nam", "2024", "--kho", kho], { env });
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`${demo.units.length} đơn vị`);

    const csv = join(dir, "loi.csv");
    writeFileSync(csv, "Không phải mẫu;Cột lạ\nmột;hai\n");
    const refused = antq(["nhap", csv, "--nam", "2023", "--kho", kho], { env });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("loi.csv");
    const shown = antq(["kho", "--kho", kho, "--json"], { env });
    expect(shown.code).toBe(0);
    const held = StoreSummaryDocumentSchema.parse(JSON.parse(shown.stdout));
    expect(held.years.map((y) => y.year)).toEqual([2024]);
    expect(held.imports.map((i) => i.year)).toEqual([2024]);
  });
});
