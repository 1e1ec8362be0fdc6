/**
 * Runs the `@example` lines of the TSDoc that have the form `expression; //=> expected` (date-fns style)
 * and checks the documented result. Lines whose expected value is prose, that use TypeScript-only syntax or
 * names defined elsewhere in the example are skipped; the test requires most examples to be checked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const names = Object.keys(api);
const values = Object.values(api);

interface Example {
  readonly file: string;
  readonly expr: string;
  readonly expected: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(SRC).filter((f) => f.endsWith(".ts"))) {
    for (const line of readFileSync(SRC + file, "utf8").split("\n")) {
      const m = /^\s*\* (.+?);? \/\/=> (.+)$/.exec(line);
      if (m) out.push({ file, expr: m[1] as string, expected: m[2] as string });
    }
  }
  return out;
}

type Evaluated = { ok: true; value: unknown } | { ok: false; error: unknown };

function evaluate(code: string): Evaluated {
  try {
    return { ok: true, value: new Function(...names, `"use strict"; return (${code});`)(...values) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** TypeScript-only syntax or names bound elsewhere in the example: not a standalone line. */
const notStandalone = (r: Evaluated) =>
  !r.ok && (r.error instanceof SyntaxError || r.error instanceof ReferenceError);

describe("TSDoc examples", () => {
  const all = examples();
  const checked: Example[] = [];
  for (const ex of all) {
    const expected = evaluate(ex.expected);
    if (!expected.ok || notStandalone(evaluate(ex.expr))) continue;
    checked.push(ex);
    it(`${ex.file}: ${ex.expr}`, () => {
      const actual = evaluate(ex.expr);
      expect(actual.ok, `example does not run: ${ex.expr}`).toBe(true);
      if (actual.ok) expect(actual.value).toEqual(expected.value);
    });
  }

  it("checks most documented examples", () => {
    expect(checked.length).toBeGreaterThan(100);
    expect(checked.length / all.length).toBeGreaterThan(0.75);
  });
});
