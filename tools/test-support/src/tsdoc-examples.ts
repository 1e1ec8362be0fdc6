/**
 * Runs the TSDoc `@example` blocks of a package's source (the mechanism of format-vi's examples test, extended to
 * whole blocks): each block is transpiled from TypeScript and run with the package's API and a few example
 * fixtures in scope; a line `expression; //=> expected` also checks the documented result when `expected` is a
 * JavaScript value, and a line `expression; // throws ErrorName` checks that it throws that error (or a subclass).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { expect } from "vitest";

export interface ExampleBlock {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** A block without its `import … from "…";` lines: the names they bring come from the scope. */
const withoutImports = (code: string): string => code.replace(/^import\s[\s\S]*?from\s+"[^"]+";\n/gm, "");

/** The `@example` blocks of every `.ts` file under `dir` (not `internal/`); import lines are dropped. */
export function exampleBlocks(dir: string): ExampleBlock[] {
  const out: ExampleBlock[] = [];
  const walk = (d: string, rel: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== "internal") walk(join(d, entry.name), `${rel}${entry.name}/`);
        continue;
      }
      if (!entry.name.endsWith(".ts")) continue;
      const lines = readFileSync(join(d, entry.name), "utf8").split("\n");
      for (let i = 0; i < lines.length; i++) {
        if (!/^\s*\*\s*@example\s*$/.test(lines[i] as string)) continue;
        const body: string[] = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
          const l = lines[j] as string;
          if (/^\s*\*\/\s*$/.test(l) || /^\s*\*\s*@\w+/.test(l)) break;
          const line = l.replace(/^\s*\* ?/, "");
          if (!/^```\w*\s*$/.test(line)) body.push(line); // Markdown fences inside @example are not code
        }
        out.push({ file: `${rel}${entry.name}`, line: i + 1, code: withoutImports(body.join("\n")) });
        i = j - 1;
      }
    }
  };
  walk(dir, "");
  return out;
}

/** The ```ts blocks of a Markdown file, import lines removed (the names come from the scope). */
export function markdownBlocks(path: string, file: string): ExampleBlock[] {
  const out: ExampleBlock[] = [];
  const text = readFileSync(path, "utf8");
  for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const line = text.slice(0, m.index).split("\n").length;
    const code = withoutImports(m[1] as string).replace(/^export /gm, "");
    out.push({ file, line, code });
  }
  return out;
}

const parses = (text: string): boolean => {
  try {
    new Function(`return (${text});`);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs one block with `scope` in scope; throws (a failed expectation or the example's own error) on failure. A
 * block that uses `await` runs as an async function, and the returned promise settles when it is done.
 */
export function runExample(
  block: ExampleBlock,
  scope: Readonly<Record<string, unknown>>,
): Promise<void> | undefined {
  // A complete `expression;` followed by a line `//=> expected` reads as `expression; //=> expected`.
  const joined: string[] = [];
  for (const l of block.code.split("\n")) {
    const prev = joined.at(-1)?.replace(/;\s*$/, "");
    if (/^\s*\/\/=> /.test(l) && prev !== undefined && !prev.includes("//") && parses(prev))
      joined[joined.length - 1] = `${prev}; ${l.trim()}`;
    else joined.push(l);
  }
  const lines = joined.map((l) => {
    const thrown = /^(.+?);? \/\/ throws (\w+)\b.*$/.exec(l);
    if (thrown !== null) return `__throws(() => (${thrown[1]}), ${JSON.stringify(thrown[2])});`;
    const m = /^(.+?);? \/\/=> (.+)$/.exec(l);
    if (m === null || !parses(m[2] as string)) return l;
    return `__check(${m[1]}, ${m[2]});`;
  });
  const js = ts.transpileModule(lines.join("\n"), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None, removeComments: false },
  }).outputText;
  const check = (actual: unknown, expected: unknown) => expect(actual).toEqual(expected);
  const throws = (run: () => unknown, name: string) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error, `the example should throw ${name}`).toBeInstanceOf(Error);
    const names = [];
    for (let c = error as object | null; c !== null; c = Object.getPrototypeOf(c))
      names.push(c.constructor.name);
    expect(names, `the example should throw ${name}`).toContain(name);
  };
  const names = Object.keys(scope);
  const body = `"use strict";\n{\n${js}\n}`;
  const AsyncFunction = (async () => {}).constructor as FunctionConstructor;
  const run = /\bawait\b/.test(js)
    ? new AsyncFunction(...names, "__check", "__throws", body)
    : new Function(...names, "__check", "__throws", body);
  return run(...Object.values(scope), check, throws) as Promise<void> | undefined;
}
