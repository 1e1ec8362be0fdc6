/**
 * The demo workbook and its expected results, made by the built CLI (`antq demo`, then `antq danh-gia --json`
 * on the same file), so that the web app is compared with what the CLI computes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
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
