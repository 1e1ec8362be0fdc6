/** Checks that every name a package's index exports is declared with TSDoc and an `@example` (CONTRIBUTING.md). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Exported declarations of every source file under `dir`, with their TSDoc (if any). */
function declarations(dir: string): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(".ts") && e.name !== "index.ts") {
        const text = readFileSync(join(d, e.name), "utf8");
        const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:function|const|interface|type|class) (\w+)/g;
        for (const m of text.matchAll(re)) out.set(m[2] as string, m[1]);
      }
    }
  };
  walk(dir);
  return out;
}

/** The names the index exports (values and types) that lack a declaration with an `@example`. */
export function undocumentedExports(srcDir: string): string[] {
  const index = readFileSync(join(srcDir, "index.ts"), "utf8");
  const names = [...index.matchAll(/(?:^|[{,\s])(?:type\s+)?([A-Za-z_]\w*)(?=\s*[,}])/g)].map(
    (m) => m[1] as string,
  );
  const decls = declarations(srcDir);
  return names.filter((n) => !decls.get(n)?.includes("@example"));
}
