/** The vitest suites every package declares with one call: its TSDoc examples, its README blocks, its API docs. */
import { describe, expect, it } from "vitest";
import { publicApiProblems } from "./api-docs.js";
import { type ExampleBlock, exampleBlocks, markdownBlocks, runExample } from "./tsdoc-examples.js";

type Scope = Readonly<Record<string, unknown>>;

/** Where a package's documentation lives and what its examples may use. */
export interface DocumentedPackage {
  /** The package's `src/` folder (absolute path, ending with `/`). */
  readonly srcDir: string;
  /** Names in scope for every example: the public API, plus fixtures. */
  readonly scope: Scope;
  /** Entry points whose exports must all be documented (default: `src/index.ts`). */
  readonly entries?: readonly string[];
  /** Markdown files (absolute path → name shown in test titles) whose ```ts blocks run too. */
  readonly markdown?: Readonly<Record<string, string>>;
  /**
   * Source files (relative to `srcDir`, e.g. `"plan-targets.ts"`) whose blocks are declared but skipped, each with
   * the reason shown in the test title: for files being rewritten elsewhere, never to hide a wrong example.
   */
  readonly skipFiles?: Readonly<Record<string, string>>;
  /**
   * Extra names for the blocks of one source file (e.g. its own non-exported helpers, or a fresh store for the
   * blocks that write); called once per block, with the block.
   */
  readonly ownScope?: (file: string, block: ExampleBlock) => Promise<Scope>;
}

/** Declares the tests: every `@example` block runs, every README block runs, every public export is documented. */
export function describeDocumentation(pkg: DocumentedPackage): void {
  describe("TSDoc examples", () => {
    for (const b of exampleBlocks(pkg.srcDir)) {
      const skipped = pkg.skipFiles?.[b.file];
      if (skipped !== undefined) {
        it.skip(`${b.file}:${b.line} (${skipped})`, () => {});
        continue;
      }
      it(`${b.file}:${b.line}`, async () => {
        const own = pkg.ownScope === undefined ? {} : await pkg.ownScope(b.file, b);
        await runExample(b, { ...pkg.scope, ...own });
      });
    }
  });
  const markdown = Object.entries(pkg.markdown ?? {});
  if (markdown.length > 0)
    describe("README examples", () => {
      for (const [path, name] of markdown)
        for (const b of markdownBlocks(path, name))
          it(`${b.file}:${b.line}`, async () => runExample(b, pkg.scope));
    });
  describe("public API", () => {
    for (const entry of pkg.entries ?? [`${pkg.srcDir}index.ts`])
      it(`${entry.slice(pkg.srcDir.length)}: every export documented with an @example, nothing internal`, () => {
        expect(publicApiProblems(pkg.srcDir, entry)).toEqual([]);
      });
  });
}
