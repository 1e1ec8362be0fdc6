/**
 * Documentation checks: every public export has TSDoc with an `@example`; the examples of the form
 * `expression; //=> expected` are run and their documented result checked (as in @antq/format-vi); the
 * migrations module is exactly what scripts/gen-migrations.mjs makes from migrations/*.sql.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain .mjs script without types
import { renderMigrationsModule } from "../scripts/gen-migrations.mjs";
import * as api from "../src/index.js";
import * as nodeApi from "../src/node/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const scope = { ...api, ...nodeApi };
const files = [
  ...readdirSync(SRC).filter((f) => f.endsWith(".ts")),
  ...readdirSync(`${SRC}node`).map((f) => `node/${f}`),
].filter((f) => !f.endsWith("index.ts"));

describe("TSDoc", () => {
  it("documents every public export with an @example", () => {
    const missing: string[] = [];
    for (const f of files) {
      const text = readFileSync(SRC + f, "utf8");
      for (const m of text.matchAll(/^export (?:async )?(?:function|const|class|interface|type) (\w+)/gm)) {
        if (!((m[1] as string) in scope) && !/^export (interface|type)/.test(m[0])) continue;
        const before = text.slice(0, m.index);
        const doc = before.slice(before.lastIndexOf("/**"));
        if (!doc.includes("@example") || doc.includes("*/\n\n") || before.trimEnd().endsWith("*/") === false)
          missing.push(`${f}: ${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  const examples: { file: string; expr: string; expected: string }[] = [];
  for (const f of files)
    for (const line of readFileSync(SRC + f, "utf8").split("\n")) {
      const m = /^\s*\* (.+?);? \/\/=> (.+)$/.exec(line);
      if (m) examples.push({ file: f, expr: m[1] as string, expected: m[2] as string });
    }
  const run = (code: string) =>
    new Function(...Object.keys(scope), `"use strict"; return (${code});`)(...Object.values(scope));
  it("has runnable examples", () => expect(examples.length).toBeGreaterThanOrEqual(10));
  for (const ex of examples)
    it(`${ex.file}: ${ex.expr}`, () => {
      expect(run(ex.expr)).toEqual(run(ex.expected));
    });
});

describe("browser-safe main entry", () => {
  it("imports no node:* module, no pg and nothing from ./node", () => {
    for (const f of [...readdirSync(SRC), ...readdirSync(`${SRC}internal`).map((x) => `internal/${x}`)]) {
      if (!f.endsWith(".ts")) continue;
      expect(readFileSync(SRC + f, "utf8"), f).not.toMatch(/from "(node:|pg\b|pg-copy-streams|\.\/node\/)/);
    }
  });
});

describe("migrations", () => {
  it("ships the .sql files unchanged in the generated module", () => {
    const dir = fileURLToPath(new URL("../migrations/", import.meta.url));
    const files = readdirSync(dir).sort();
    expect(api.MIGRATIONS).toEqual(
      files.map((f) => ({ version: f.replace(/\.sql$/, ""), sql: readFileSync(dir + f, "utf8") })),
    );
    expect(renderMigrationsModule()).toContain(JSON.stringify(api.MIGRATIONS.at(-1)?.sql));
  });

  it("keeps to the PostgreSQL 15 subset and sorts no Vietnamese names in SQL", () => {
    for (const m of api.MIGRATIONS) {
      expect(m.sql).not.toMatch(/uuidv7|\bvirtual\b|merge\s+into|collate/i);
    }
    for (const f of files) expect(readFileSync(SRC + f, "utf8")).not.toMatch(/order by [\w.]*name\b/i);
  });
});
