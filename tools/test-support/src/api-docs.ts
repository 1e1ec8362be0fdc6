/**
 * Checks that every name a package's entry point exports is declared with TSDoc carrying an `@example`
 * (CONTRIBUTING.md), following `export { … } from "./module.js"` re-exports to the declaring module.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";

const parse = (path: string): ts.SourceFile =>
  ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);

/** `./x.js` → the `.ts` file beside `from`, or undefined for another package or a missing file. */
function localModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = join(dirname(from), specifier.replace(/\.js$/, ""));
  for (const candidate of [`${base}.ts`, join(base, "index.ts")]) if (existsSync(candidate)) return candidate;
  return undefined;
}

const declaredName = (s: ts.Statement): string[] => {
  if (ts.isVariableStatement(s))
    return s.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  if (
    ts.isFunctionDeclaration(s) ||
    ts.isClassDeclaration(s) ||
    ts.isInterfaceDeclaration(s) ||
    ts.isTypeAliasDeclaration(s) ||
    ts.isEnumDeclaration(s)
  )
    return s.name === undefined ? [] : [s.name.text];
  return [];
};

const isExported = (s: ts.Statement): boolean =>
  ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The TSDoc comments directly above `node`. */
const leadingDocs = (file: ts.SourceFile, node: ts.Node): string =>
  (ts.getLeadingCommentRanges(file.text, node.getFullStart()) ?? [])
    .map((r) => file.text.slice(r.pos, r.end))
    .filter((c) => c.startsWith("/**"))
    .join("\n");

/** Where `name` is declared, starting at `path` and following local re-exports; its TSDoc, or undefined. */
function docOf(path: string, name: string, seen = new Set<string>()): string | undefined {
  const key = `${path}#${name}`;
  if (seen.has(key)) return undefined;
  seen.add(key);
  const file = parse(path);
  for (const s of file.statements) {
    if (isExported(s) && declaredName(s).includes(name)) return leadingDocs(file, s);
    if (!ts.isExportDeclaration(s) || s.moduleSpecifier === undefined) continue;
    const target = localModule(path, (s.moduleSpecifier as ts.StringLiteral).text);
    const clause = s.exportClause;
    if (clause !== undefined && ts.isNamedExports(clause)) {
      const el = clause.elements.find((e) => e.name.text === name);
      if (el !== undefined)
        return target === undefined
          ? "@example (another package)"
          : docOf(target, (el.propertyName ?? el.name).text, seen);
    }
  }
  return undefined;
}

/** The names an entry point exports from its own package (re-exports of other packages are theirs to document). */
export function exportedNames(entry: string): string[] {
  const names: string[] = [];
  for (const s of parse(entry).statements) {
    if (ts.isExportDeclaration(s)) {
      const spec = s.moduleSpecifier === undefined ? undefined : (s.moduleSpecifier as ts.StringLiteral).text;
      if (spec !== undefined && !spec.startsWith(".")) continue;
      const clause = s.exportClause;
      if (clause !== undefined && ts.isNamedExports(clause))
        names.push(...clause.elements.map((e) => e.name.text));
      else if (clause !== undefined && ts.isNamespaceExport(clause)) names.push(clause.name.text);
    } else if (isExported(s)) names.push(...declaredName(s));
  }
  return names;
}

/**
 * The names the entry point `srcDir/index.ts` (or `entry`) exports that lack a declaration whose TSDoc has an
 * `@example`. An `export * as ns from "./m.js"` namespace counts as documented when the module's own comment
 * (its first TSDoc) has one.
 */
export function undocumentedExports(srcDir: string, entry = join(srcDir, "index.ts")): string[] {
  const file = parse(entry);
  const namespaces = new Map<string, string | undefined>();
  for (const s of file.statements)
    if (ts.isExportDeclaration(s) && s.exportClause !== undefined && ts.isNamespaceExport(s.exportClause)) {
      const target = localModule(entry, (s.moduleSpecifier as ts.StringLiteral).text);
      namespaces.set(
        s.exportClause.name.text,
        target === undefined ? "@example" : readFileSync(target, "utf8").match(/\/\*\*[\s\S]*?\*\//)?.[0],
      );
    }
  return exportedNames(entry).filter((n) => {
    const doc = namespaces.has(n) ? namespaces.get(n) : docOf(entry, n);
    return !doc?.includes("@example");
  });
}

/**
 * Every problem of a package's public surface, as readable lines: exports without TSDoc `@example`, anything
 * exported from `internal/`, and wildcard re-exports (`export *` without a namespace name).
 */
export function publicApiProblems(srcDir: string, entry = join(srcDir, "index.ts")): string[] {
  const problems = undocumentedExports(srcDir, entry).map((n) => `${n}: không có TSDoc với @example`);
  for (const s of parse(entry).statements) {
    if (!ts.isExportDeclaration(s) || s.moduleSpecifier === undefined) continue;
    const spec = (s.moduleSpecifier as ts.StringLiteral).text;
    if (/(^|\/)internal(\/|$)/.test(spec)) problems.push(`${spec}: xuất từ internal/`);
    if (s.exportClause === undefined) problems.push(`${spec}: export * (hãy liệt kê tên)`);
  }
  return problems;
}
