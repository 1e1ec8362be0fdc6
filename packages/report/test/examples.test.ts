/**
 * Runs the `@example` lines of the TSDoc of the form `expression; //=> expected` and checks the documented
 * result (as format-vi's test does). Lines using TypeScript-only syntax or names bound elsewhere in the
 * example are skipped; the test requires that a good share is checked, and that every public export has an
 * `@example`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const names = Object.keys(api);
const values = Object.values(api);
const files = readdirSync(SRC).filter((f) => f.endsWith(".ts"));

type Evaluated = { ok: true; value: unknown } | { ok: false; error: unknown };
function evaluate(code: string): Evaluated {
  try {
    return { ok: true, value: new Function(...names, `"use strict"; return (${code});`)(...values) };
  } catch (error) {
    return { ok: false, error };
  }
}

describe("TSDoc examples", () => {
  const all: { file: string; expr: string; expected: string }[] = [];
  for (const file of files) {
    for (const line of readFileSync(SRC + file, "utf8").split("\n")) {
      const m = /^\s*\* (.+?);? \/\/=> (.+)$/.exec(line);
      if (m) all.push({ file, expr: m[1] as string, expected: m[2] as string });
    }
  }
  let checked = 0;
  for (const ex of all) {
    const expected = evaluate(ex.expected);
    const actual = evaluate(ex.expr);
    if (
      !expected.ok ||
      (!actual.ok && (actual.error instanceof SyntaxError || actual.error instanceof ReferenceError))
    ) {
      continue;
    }
    checked++;
    it(`${ex.file}: ${ex.expr}`, () => {
      expect(actual.ok, `example does not run: ${ex.expr}`).toBe(true);
      if (actual.ok) expect(actual.value).toEqual(expected.value);
    });
  }

  it("checks most documented results", () => {
    expect(checked).toBeGreaterThanOrEqual(Math.ceil(all.length * 0.6));
  });

  it("documents every public export with an @example", () => {
    const source = files.map((f) => readFileSync(SRC + f, "utf8")).join("\n");
    for (const name of names) {
      const decl = new RegExp(
        `\\*/\\s*export (?:declare )?(?:async )?(?:function|const|class|interface|type) ${name}\\b`,
      );
      const at = source.search(decl);
      expect(at, `${name} has no TSDoc`).toBeGreaterThan(0);
      const doc = source.slice(source.lastIndexOf("/**", at), at);
      expect(doc, `${name} has no @example`).toContain("@example");
    }
  });
});
