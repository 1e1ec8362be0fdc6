/**
 * The demo workbook and its expected results, made by the built CLI (`antq demo`, then `antq danh-gia --json`
 * on the same file), so that the web app is compared with what the CLI computes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

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
export const demoScoreSheets = (demo: Demo) => {
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
  const expected = cliJson(
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
  ) as { units: { unitId: string; levelTitle: string }[]; summary: { total: number } };
  return { file, expected, chuaDat: targets[0]?.unitId as string };
};
