import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { appRoot } from "./helpers/run.js";

/**
 * The npm packages the program loads before any command runs: those reached from the built cli.js through
 * static imports (`import … from "x"`), not through `import()`.
 */
const staticPackages = (entry: string): Set<string> => {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gms)) {
      const specifier = (m[1] ?? m[2]) as string;
      if (!specifier.startsWith(".")) packages.add(specifier);
      else if (existsSync(join(dirname(file), specifier))) visit(join(dirname(file), specifier));
    }
  };
  visit(entry);
  return packages;
};

describe("the program's start", () => {
  const loaded = staticPackages(join(appRoot, ".e2e-dist/cli.js"));

  it("reads its own bundle (the check itself works)", () => {
    // The CSV parser stays an npm dependency, imported by every command that reads data.
    expect(loaded).toContain("papaparse");
  });

  it("loads no workbook, document, chart or database library until a command needs it", () => {
    // exceljs (workbooks), docx, ECharts and resvg (the report), PGlite and pg (the store): together some 80 MB
    // of memory in every run, also the threads' peak of `danh-gia` on a large CSV.
    const heavy = [...loaded].filter((p) =>
      /^(exceljs|docx|echarts|@resvg\/|@electric-sql\/|pg$|pg\/)/.test(p),
    );
    expect(heavy).toEqual([]);
  });

  it("has Effect and zod in its bundle: none of their 300 files is looked up and read at each start", () => {
    expect([...loaded].filter((p) => /^(effect|zod|@effect\/)(\/|$)/.test(p))).toEqual([]);
  });
});
