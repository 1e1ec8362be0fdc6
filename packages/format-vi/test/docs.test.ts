/** Every public export has TSDoc with a summary and an `@example` (CONTRIBUTING.md). */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function exportedDeclarations(): { file: string; name: string; doc: string | undefined }[] {
  const out: { file: string; name: string; doc: string | undefined }[] = [];
  for (const file of readdirSync(SRC).filter((f) => f.endsWith(".ts") && f !== "index.ts")) {
    const text = readFileSync(SRC + file, "utf8");
    const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:function|const|interface|type|class) (\w+)/g;
    for (const m of text.matchAll(re)) out.push({ file, name: m[2] as string, doc: m[1] });
  }
  return out;
}

describe("API documentation", () => {
  const decls = exportedDeclarations();

  it("finds the declarations behind every runtime export", () => {
    const names = new Set(decls.map((d) => d.name));
    for (const name of Object.keys(api)) expect(names.has(name), name).toBe(true);
  });

  it("documents every exported declaration with an @example", () => {
    const missing = decls
      .filter((d) => d.doc === undefined || !d.doc.includes("@example"))
      .map((d) => `${d.file}: ${d.name}`);
    expect(missing).toEqual([]);
  });

  it("exports nothing from src/internal", () => {
    const index = readFileSync(`${SRC}index.ts`, "utf8");
    expect(index).not.toMatch(/internal/);
    expect(index).not.toMatch(/export \*/);
  });
});
